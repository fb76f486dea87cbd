// A schema error names the bad value and what is allowed, in both languages; zod's own text
// ("Invalid input: expected …", "Too small: …") never reaches a person.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCriteria } from '../../src/criteria/parse-criteria.js';
import { messageOf } from '../../src/report/messages/index.js';

const leaf = (extra: string) =>
  `{"format": "cchc-criteria/1", "id": "x", "version": "1", "fields": [{"code": "1", "max": 100, "children": [{"code": "1.1", "max": 100${extra}}]}]}`;
const words = (text: string) =>
  parseCriteria(text, 'x.json').diagnostics.filter((d) => d.severity === 'error').map((d) => ({ code: d.code, vi: messageOf(d, 'vi'), en: messageOf(d, 'en') }));

describe('schema errors in words', () => {
  it.each([
    [
      'an unknown rule type names it and the six types',
      leaf(', "rule": {"type": "percent"}'),
      'loại quy tắc chấm "percent" không có; các loại là: points, yesno, steps, proportional, deduction, levels',
      'unknown rule type "percent"; the types are: points, yesno, steps, proportional, deduction, levels',
    ],
    [
      'a string where a number is needed, and the fix',
      leaf('').replace('"max": 100}', '"max": "100"}'),
      '"max" cần một số, nhưng giá trị là một chuỗi: "100" (bỏ dấu ngoặc kép: 100)',
      '"max" needs a number, but the value is a string: "100" (remove the quotes: 100)',
    ],
    [
      'a decimal comma in quotes',
      leaf(', "rule": {"type": "proportional", "of": "1,5"}'),
      '"of" cần một số, nhưng giá trị là một chuỗi: "1,5" (bỏ dấu ngoặc kép: 1.5)',
      '"of" needs a number, but the value is a string: "1,5" (remove the quotes: 1.5)',
    ],
    [
      'a value not among the allowed ones',
      leaf(', "whenNotApplicable": "skip"'),
      '"whenNotApplicable" không nhận "skip"; chọn một trong: "exclude", "full", "zero"',
      '"whenNotApplicable" does not take "skip"; use one of: "exclude", "full", "zero"',
    ],
    [
      'the one value allowed',
      leaf(', "unit": "percent", "rule": {"type": "steps", "steps": [{"min": 0, "points": 1}]}'),
      '"unit" chỉ nhận "%", không nhận "percent"',
      '"unit" takes only "%", not "percent"',
    ],
    [
      'an empty list',
      leaf(', "rule": {"type": "steps", "steps": []}'),
      '"steps" là danh sách trống: cần ít nhất 1 phần tử',
      '"steps" is an empty list: it needs at least 1 element',
    ],
    [
      'a decimal where a whole number is needed',
      leaf('').replace('"version": "1",', '"version": "1", "precision": 1.5,'),
      '"precision" cần một số nguyên, nhưng giá trị là một số thập phân: 1.5',
      '"precision" needs a whole number, but the value is a decimal number: 1.5',
    ],
    [
      'a number past its maximum',
      leaf('').replace('"version": "1",', '"version": "1", "precision": 9,'),
      '"precision" phải từ 6 trở xuống, không phải 9',
      '"precision" must be at most 6, not 9',
    ],
    [
      'a number below its minimum',
      leaf('').replace('"version": "1",', '"version": "1", "adjustments": {"bonusMax": -1},'),
      '"bonusMax" phải từ 0 trở lên, không phải -1',
      '"bonusMax" must be at least 0, not -1',
    ],
    ['an id that is not kebab-case', leaf('').replace('"id": "x"', '"id": "Ha Tinh"'), 'id "Ha Tinh" không hợp lệ', 'id "Ha Tinh" is not valid'],
    ['a code with a space', leaf('').replace('"code": "1.1"', '"code": "1 1"'), 'mã tiêu chí "1 1" không hợp lệ', 'criterion code "1 1" is not valid'],
    ['an empty band label', leaf('').replace('"version": "1",', '"version": "1", "bands": [{"label": "", "min": 0}],'), '"label" không được để trống', '"label" may not be empty'],
    ['a list where an object is needed', leaf('').replace('"version": "1",', '"version": "1", "survey": {"answers": {"A": 1}, "questions": []},'), '"questions" cần một đối tượng { … }, nhưng giá trị là một danh sách [ … ]: []', '"questions" needs an object { … }, but the value is a list [ … ]: []'],
    ['a string in a list of nodes', leaf('').replace('"fields": [', '"fields": ["x", '), '"fields[0]" cần một đối tượng { … }, nhưng giá trị là một chuỗi: "x"', '"fields[0]" needs an object { … }, but the value is a string: "x"'],
  ])('%s', (_, text, vi, en) => {
    const [first] = words(text);
    expect(first?.vi.text).toContain(vi);
    expect(first?.en.text).toContain(en);
  });

  it('a value of the wrong type is one problem: not also "too short"', () => {
    const errors = words(leaf('').replace('"version": "1"', '"version": []'));
    expect(errors.map((e) => [e.code, e.en.text])).toEqual([['CRITERIA_WRONG_TYPE', '"version" needs a string (text in double quotes), but the value is a list [ … ]: []']]);
  });

  it('explains the rule types in the hint', () => {
    const [first] = words(leaf(', "rule": {"type": "percent"}'));
    expect(first?.vi.hint).toContain('steps (theo bậc)');
    expect(first?.en.hint).toContain('levels (named levels)');
  });
});

// zod's words, as its default messages use them.
const ZOD_WORDS = /Invalid (input|option|discriminator|element|key)|Too (small|big)|expected (string|number|array|object|one of)|received|>=|<=/;
const base = JSON.parse(readFileSync('criteria/example.json', 'utf8')) as unknown;

/** Every path to a value in `v`. */
function pathsOf(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (v === null || typeof v !== 'object') return [at];
  const entries = Array.isArray(v) ? v.map((x, i) => [i, x] as const) : Object.entries(v);
  return [at, ...entries.flatMap(([k, x]) => pathsOf(x, [...at, k]))];
}
const paths = pathsOf(base).filter((p) => p.length > 0);

function withValue(path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(base) as Record<string | number, unknown>;
  let o = copy;
  for (const k of path.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
  o[path.at(-1) as string | number] = value;
  return copy;
}

describe('any value replaced (property)', () => {
  it('is told without zod’s words, naming the value, in both languages', () => {
    const value = fc.oneof(fc.string({ maxLength: 6 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -3, max: 200 }), fc.boolean(), fc.constant(null), fc.constant([]), fc.constant({}), fc.constant('percent'));
    fc.assert(
      fc.property(fc.constantFrom(...paths), value, (path, v) => {
        for (const d of parseCriteria(JSON.stringify(withValue(path, v), null, 2), 'x.json').diagnostics) {
          if (d.code !== 'CRITERIA_WRONG_TYPE' && d.code !== 'CRITERIA_INVALID_VALUE') continue;
          for (const lang of ['vi', 'en'] as const) {
            const text = messageOf(d, lang).text;
            // The value quoted may itself hold such words (a random "<=").
            const words = typeof d.args.value === 'string' && d.args.value !== '' ? text.replaceAll(d.args.value, '') : text;
            expect(words).not.toMatch(ZOD_WORDS);
            expect(words).not.toContain('undefined');
            // An empty text or list is named by its key alone.
            if (d.code === 'CRITERIA_WRONG_TYPE' || (d.args.problem !== 'empty-text' && d.args.problem !== 'empty-list')) expect(text).toContain(d.args.value);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
