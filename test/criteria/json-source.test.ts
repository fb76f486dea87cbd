// parseJsonSource keeps positions: syntax errors and duplicate keys located by line:column, and
// locate() for any JSON path, falling back to the nearest ancestor that exists.
import { describe, expect, it } from 'vitest';
import { formatPath, parseJsonSource, type JsonSource, type PathSegment } from '../../src/criteria/json-source.js';
import { expectDiagnostics, type Expected } from './expect-diagnostics.js';

describe('formatPath', () => {
  it.each<[PathSegment[], string]>([
    [[], '(root)'],
    [['fields'], 'fields'],
    [['fields', 0, 'children', 1, 'max'], 'fields[0].children[1].max'],
    [['$schema'], '$schema'],
    [[0], '[0]'],
    [[0, 'code'], '[0].code'],
    [['b', 1, 0], 'b[1][0]'],
    [['survey', 'questions', 'Q1'], 'survey.questions.Q1'],
    [['survey', 'groups', 'HĐND'], 'survey.groups["HĐND"]'],
    [['rule', 'levels', 'Hoàn thành tốt'], 'rule.levels["Hoàn thành tốt"]'],
    [['groups', '1'], 'groups["1"]'],
    [['a-b'], '["a-b"]'],
    [['say "hi"'], '["say \\"hi\\""]'],
  ])('%j → %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});

describe('parseJsonSource: problems', () => {
  const cases: [string, string, Expected[]][] = [
    // The parser also says a value is missing at the `}` after x: that is x again, not a second problem.
    ['a bad value on line 3', '{\n  "a": 1,\n  "b": x\n}', [['CRITERIA_JSON_SYNTAX', 3, 8]]],
    ['a missing comma on line 3', '{\n  "a": 1\n  "b": 2\n}', [['CRITERIA_JSON_SYNTAX', 3, 3]]],
    ['an unterminated string on line 3', '{\n  "a": 1,\n  "b": "open\n}', [['CRITERIA_JSON_SYNTAX', 3, 8]]],
    ['a line comment', '{"a": 1} // note', [['CRITERIA_JSON_SYNTAX', 1, 10]]],
    ['a block comment', '{"a": /* c */ 1}', [['CRITERIA_JSON_SYNTAX', 1, 7]]],
    ['a raw tab inside a string', '{"a": "x\ty"}', [['CRITERIA_JSON_SYNTAX', 1, 7]]],
    ['two values', '{} {}', [['CRITERIA_JSON_SYNTAX', 1, 4]]],
    ['empty text', '', [['CRITERIA_JSON_SYNTAX', 1, 1]]],
    ['only white space', '  \n ', [['CRITERIA_JSON_SYNTAX', 2, 2]]],
    ['a BOM, then a syntax error (the BOM is not a column)', '\ufeff{"a": 1,}', [['CRITERIA_JSON_SYNTAX', 1, 8]]],
    ['a duplicate key on line 3', '{\n  "a": 1,\n  "a": 2\n}', [['CRITERIA_JSON_DUPLICATE_KEY', 3, 3, 'a', { key: 'a', firstLine: 2 }]]],
    ['a duplicate key, CRLF line ends', '{\r\n  "a": 1,\r\n  "a": 2\r\n}', [['CRITERIA_JSON_DUPLICATE_KEY', 3, 3, 'a', { firstLine: 2 }]]],
    ['a duplicate key deep in arrays', '{"x": [{"k": 1},\n {"k": 2, "k": 3}]}', [['CRITERIA_JSON_DUPLICATE_KEY', 2, 11, 'x[1].k', { key: 'k', firstLine: 2 }]]],
    ['a duplicate label', '{"levels": {\n"Tốt": 1,\n"Tốt": 2}}', [['CRITERIA_JSON_DUPLICATE_KEY', 3, 1, 'levels["Tốt"]', { key: 'Tốt', firstLine: 2 }]]],
    ['two duplicate keys', '{"a": 1, "a": 2,\n "b": 1, "b": 2}', [['CRITERIA_JSON_DUPLICATE_KEY', 1, 10, 'a'], ['CRITERIA_JSON_DUPLICATE_KEY', 2, 10, 'b']]],
  ];
  it.each(cases)('%s', (_, text, expected) => {
    const { source, diagnostics } = parseJsonSource(text, 'f.json');
    expect(source).toBeUndefined();
    expectDiagnostics(diagnostics, expected);
    for (const d of diagnostics) expect([d.severity, d.loc.file]).toEqual(['error', 'f.json']);
  });

  it('keys that differ only in case are not duplicates', () => {
    expect(parseJsonSource('{"a": 1, "A": 2}', 'f.json').diagnostics).toEqual([]);
  });
});

describe('parseJsonSource: values', () => {
  it.each<[string, string, unknown]>([
    ['an object', '{"a": [1, 2.5, -0.25e1], "b": null, "c": true, "d": "Đạt"}', { a: [1, 2.5, -2.5], b: null, c: true, d: 'Đạt' }],
    ['a BOM', '\ufeff{"a": 1}', { a: 1 }],
    ['CRLF line ends', '{\r\n"a": 1\r\n}', { a: 1 }],
    ['an array', '[1, {"x": []}]', [1, { x: [] }]],
    ['a scalar', '"text"', 'text'],
  ])('accepts %s', (_, text, value) => {
    const { source, diagnostics } = parseJsonSource(text, 'f.json');
    expect(diagnostics).toEqual([]);
    expect(source?.value).toEqual(value);
    expect(source?.file).toBe('f.json');
  });
});

describe('parseJsonSource: locate', () => {
  const text = ['{', '  "fields": [', '    { "code": "1" },', '    {', '      "code": "2", "max": 3', '    }', '  ],', '  "a": null', '}'].join('\n');
  const src = parseJsonSource(text, 'f.json').source as JsonSource;
  it.each<[PathSegment[], number, number, string]>([
    [[], 1, 1, '(root)'],
    [['fields'], 2, 13, 'fields'],
    [['fields', 1], 4, 5, 'fields[1]'],
    [['fields', 1, 'max'], 5, 27, 'fields[1].max'],
    [['fields', 0, 'code'], 3, 15, 'fields[0].code'],
    [['a'], 8, 8, 'a'],
    // absent: the nearest ancestor's position, the path as asked
    [['fields', 0, 'max'], 3, 5, 'fields[0].max'],
    [['fields', 7], 2, 13, 'fields[7]'],
    [['fields', 7, 'code'], 2, 13, 'fields[7].code'],
    [['a', 'b'], 8, 8, 'a.b'],
    [['nope', 'deeper'], 1, 1, 'nope.deeper'],
  ])('%j → %i:%i', (path, line, column, formatted) => {
    expect(src.locate(path)).toEqual({ line, column, path: formatted });
  });

  it.each<[PathSegment[], number, number]>([
    [['fields', 1, 'max'], 5, 20],
    [['a'], 8, 3],
    [['fields', 0, 'max'], 3, 5], // absent: still the ancestor
  ])('%j with key → %i:%i', (path, line, column) => {
    expect(src.locate(path, { key: true })).toMatchObject({ line, column });
  });

  it('ignores the BOM and counts columns after leading white space', () => {
    const s = parseJsonSource('\ufeff\n  {"a": [1, [2, 3]]}', 'f.json').source as JsonSource;
    expect(s.locate([])).toMatchObject({ line: 2, column: 3 });
    expect(s.locate(['a', 1, 0])).toMatchObject({ line: 2, column: 14 });
  });
});
