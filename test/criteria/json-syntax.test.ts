// A criteria file's JSON syntax errors say what is wrong in words, each mistake once: the problem
// found from the parser's errors and the text around them, then its wording in both languages.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJsonSource } from '../../src/criteria/json-source.js';
import type { JsonProblem } from '../../src/diagnostics/codes-criteria.js';
import { messageOf } from '../../src/report/messages/index.js';

const problems = (text: string) =>
  parseJsonSource(text, 'f.json').diagnostics.map((d) => ({ line: d.loc.line, column: d.loc.column, ...d.args }));

describe('what is wrong, in a person’s terms', () => {
  it.each<[string, string, { problem: JsonProblem; found?: string; expected?: string; line?: number; column?: number }[]]>([
    ['a trailing comma in a list, located at the comma', '{"a": [1, 2,]}', [{ problem: 'trailing-comma', found: ']', column: 12 }]],
    ['a trailing comma in an object (reported once)', '{"a": 1,\n}', [{ problem: 'trailing-comma', found: '}', line: 1, column: 8 }]],
    ['two trailing commas, both', '{"a": [1,],\n "b": {"c": 1,},\n}', [
      { problem: 'trailing-comma', found: ']', line: 1 },
      { problem: 'trailing-comma', found: '}', line: 2, column: 14 },
      { problem: 'trailing-comma', found: '}', line: 2, column: 16 },
    ]],
    ['two commas in a row', '{"a": 1,, "b": 2}', [{ problem: 'extra-comma' }]],
    ['a line comment', '{"a": 1 // note\n}', [{ problem: 'comment', column: 9 }]],
    ['a block comment', '{"a": /* x */ 1}', [{ problem: 'comment' }]],
    ['a comment never closed (no second error for the brace it hides)', '{"a": 1 /* x ', [{ problem: 'unclosed-comment' }]],
    ['missing commas, each', '{"a": 1\n "b": 2\n "c": 3}', [{ problem: 'missing-comma', line: 2 }, { problem: 'missing-comma', line: 3 }]],
    ['missing colons, each', '{"a" 1,\n "b" 2}', [{ problem: 'missing-colon', line: 1 }, { problem: 'missing-colon', line: 2 }]],
    ['= for :', '{"a" = 1}', [{ problem: 'missing-colon' }]],
    ['a decimal comma', '{"max": 1,5}', [{ problem: 'decimal-comma', found: '1,5' }]],
    ['a key without quotes', '{\n  max: 1\n}', [{ problem: 'unquoted-key', found: 'max', line: 2, column: 3 }]],
    ['text without quotes (one problem, not one per word)', '{"title": Xã Sơn Ninh}', [{ problem: 'unquoted-text', found: 'Xã Sơn Ninh' }]],
    ['single quotes', "{'a': 1}", [{ problem: 'single-quotes', found: "'a'" }]],
    ['True for true', '{"a": True}', [{ problem: 'bad-literal', found: 'True' }]],
    ['NaN', '{"a": NaN}', [{ problem: 'bad-literal', found: 'NaN' }]],
    ['.5', '{"a": .5}', [{ problem: 'bad-number', found: '.5' }]],
    ['+1', '{"a": +1}', [{ problem: 'bad-number', found: '+1' }]],
    ['1.', '{"a": 1.}', [{ problem: 'bad-number' }]],
    ['a leading zero', '{"a": 01}', [{ problem: 'bad-number', found: '01' }]],
    ['a number for a key', '{1: 2}', [{ problem: 'key-expected', found: '1' }]],
    ['a value missing', '{"a": , "b": 1}', [{ problem: 'value-expected', found: ',' }]],
    ['an unclosed string (not a missing comma on the next line)', '{\n "a": "abc,\n "b": 1\n}', [{ problem: 'unclosed-string', line: 2, column: 7 }]],
    ['a backslash in a path', '{"a": "C:\\path"}', [{ problem: 'bad-escape', found: '\\p' }]],
    ['a tab in a string', '{"a": "x\ty"}', [{ problem: 'control-character' }]],
    ['a short \\u', '{"a": "\\u12"}', [{ problem: 'bad-unicode' }]],
    ['a cut file: every bracket it misses, once', '{"a": [1, 2', [{ problem: 'unclosed', found: '] }' }]],
    ['a missing brace', '{"a": {"b": 1}', [{ problem: 'unclosed', found: '}' }]],
    ['a bracket that closes the wrong thing', '{"a": [1, 2}', [{ problem: 'mismatched-bracket', found: '}', expected: ']' }]],
    ['a brace too many', '{"a": 1}}', [{ problem: 'after-end', found: '}' }]],
    ['two objects', '{"a": 1}\n{"b": 2}', [{ problem: 'after-end', line: 2 }]],
    ['the end in the middle', '{"a":', [{ problem: 'unexpected-end' }]],
    ['an empty file', '', [{ problem: 'empty' }]],
    ['only white space', '  \n ', [{ problem: 'empty' }]],
  ])('%s', (_, text, expected) => {
    expect(problems(text)).toMatchObject(expected);
    expect(problems(text)).toHaveLength(expected.length);
  });
});

const say = (text: string, lang: 'vi' | 'en') => parseJsonSource(text, 'f.json').diagnostics.map((d) => messageOf(d, lang));

describe('the words', () => {
  it.each([
    ['{"a": [1, 2,]}', 'dấu phẩy thừa sau phần tử cuối', 'trailing comma after the last element'],
    ['{"a": {"b": 1}', 'thiếu dấu ngoặc đóng }', 'missing closing bracket }'],
    ['{"a": "abc', 'chuỗi chưa đóng', 'unclosed string'],
    ['{"a": 1 // x\n}', 'JSON không cho phép chú thích', 'JSON allows no comments'],
    ['{"max": 1,5}', 'số 1,5 viết bằng dấu phẩy thập phân', 'the number 1,5 has a decimal comma'],
    ['{\n  max: 1\n}', 'tên khóa max chưa đặt trong dấu ngoặc kép', 'the key max is not in double quotes'],
    ['{"a" 1}', 'thiếu dấu hai chấm', 'a colon (:) is missing'],
    ['{"a": 1\n "b": 2}', 'thiếu dấu phẩy giữa hai phần tử', 'a comma is missing between two elements'],
  ])('%j', (text, vi, en) => {
    expect(say(text, 'vi')[0]?.text).toMatch(new RegExp(`^lỗi cú pháp JSON: ${vi.replace(/[()[\]{}.*+?^$|\\]/g, '\\$&')}`));
    expect(say(text, 'en')[0]?.text).toContain(en);
  });

  it('says what to do: remove the comma, write the point', () => {
    expect(say('{"a": [1, 2,]}', 'vi')[0]?.hint).toBe('xóa dấu phẩy đứng ngay trước ]');
    expect(say('{"max": 1,5}', 'en')[0]?.hint).toBe('write 1.5');
  });
});

// The parser's names for its errors (PropertyNameExpected, InvalidSymbol…) never reach a person.
const PARSER_WORDS = /[A-Z][a-z]+(?:Expected|Token|Symbol|Format|Character|Unicode|Comment|String|Number)\b|EndOf/;
const bundled = readFileSync('criteria/example.json', 'utf8');

describe('any damaged file (property)', () => {
  it('is told in words in both languages, located inside the text, never with the parser’s names', () => {
    const edit = fc.record({ at: fc.nat({ max: bundled.length }), cut: fc.nat({ max: 3 }), insert: fc.constantFrom('', ',', '}', ']', '"', "'", ':', '//', '/*', 'x', '1,5', '\\', '\t', '{', '[') });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        let text = bundled;
        for (const e of edits) text = text.slice(0, e.at) + e.insert + text.slice(e.at + e.cut);
        const lines = text.split('\n').length;
        for (const d of parseJsonSource(text, 'f.json').diagnostics) {
          if (d.code !== 'CRITERIA_JSON_SYNTAX') continue;
          expect(d.loc.line).toBeGreaterThanOrEqual(1);
          expect(d.loc.line).toBeLessThanOrEqual(lines);
          for (const lang of ['vi', 'en'] as const) {
            const m = messageOf(d, lang);
            expect(m.text).not.toMatch(PARSER_WORDS);
            expect(m.text).not.toContain('undefined');
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
