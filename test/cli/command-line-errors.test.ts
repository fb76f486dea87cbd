// commander's own errors, from the built binary, in the run's language: one line saying what is
// wrong (the option, the value, what is allowed, the nearest option or command), then where the
// help is; exit 2, never a stack trace, never commander's English in Vietnamese.
import { describe, expect, it } from 'vitest';
import { runCliAsync } from '../helpers/run-cli.js';

const SCORES = 'samples/huong-son-2021/scores.csv';

const CASES: { name: string; args: string[]; vi: string; en: string; help: string }[] = [
  { name: 'an unknown option, before a required one is given', args: ['score', '--scroes', SCORES], vi: 'không có tùy chọn --scroes (có phải --scores?)', en: 'unknown option --scroes (did you mean --scores?)', help: 'cchc score' },
  { name: 'an unknown option, with its nearest', args: ['score', '-s', SCORES, '--ouput', 'x.csv'], vi: 'không có tùy chọn --ouput (có phải --output?)', en: 'unknown option --ouput (did you mean --output?)', help: 'cchc score' },
  { name: 'an unknown option, nothing near', args: ['check', 'criteria/example.json', '--zzzzzz'], vi: 'không có tùy chọn --zzzzzz', en: 'unknown option --zzzzzz', help: 'cchc check' },
  { name: 'an unknown option of the program', args: ['--bogus'], vi: 'không có tùy chọn --bogus', en: 'unknown option --bogus', help: 'cchc' },
  { name: 'an unknown command, with its nearest', args: ['scor'], vi: 'không có lệnh "scor" (có phải score?)', en: 'unknown command "scor" (did you mean score?)', help: 'cchc' },
  {
    name: 'an unknown command, the commands listed',
    args: ['rank'],
    vi: 'không có lệnh "rank"; các lệnh: score, check, criteria, template, reconcile, explain, compare, notices, help',
    en: 'unknown command "rank"; the commands are score, check, criteria, template, reconcile, explain, compare, notices, help',
    help: 'cchc',
  },
  { name: 'an unknown subcommand', args: ['criteria', 'lst'], vi: 'không có lệnh "lst" (có phải list?)', en: 'unknown command "lst" (did you mean list?)', help: 'cchc criteria' },
  { name: 'a required option missing', args: ['score'], vi: 'thiếu tùy chọn bắt buộc -s, --scores <tệp...>', en: 'the required option -s, --scores <files...> is missing', help: 'cchc score' },
  { name: 'a required option missing (reconcile)', args: ['reconcile', '-s', SCORES], vi: 'thiếu tùy chọn bắt buộc --self <tệp...>', en: 'the required option --self <files...> is missing', help: 'cchc reconcile' },
  { name: 'an option without its value', args: ['score', '-s', SCORES, '-o'], vi: 'tùy chọn -o, --output <tệp> cần một giá trị đi kèm', en: 'option -o, --output <file> needs a value', help: 'cchc score' },
  {
    name: 'an argument missing',
    args: ['explain', '-s', SCORES],
    vi: 'thiếu đối số bắt buộc <đơn-vị>: mã hoặc tên đơn vị, như trong bảng điểm',
    en: 'the required argument <unit> is missing: the unit code or name, as in the scores file',
    help: 'cchc explain',
  },
  { name: 'a second argument missing', args: ['compare', 'a.csv'], vi: 'thiếu đối số bắt buộc <sau>: bảng xếp hạng sau', en: 'the required argument <after> is missing: the later ranking', help: 'cchc compare' },
  {
    name: 'an argument too many (a file without its option)',
    args: ['score', 'scores.csv', '-s', SCORES],
    vi: 'lệnh cchc score không nhận đối số nào, nhưng có: "scores.csv"',
    en: 'cchc score takes no arguments, but was given: "scores.csv"',
    help: 'cchc score',
  },
  { name: 'arguments too many', args: ['explain', 'A', 'B', '-s', SCORES], vi: 'lệnh cchc explain chỉ nhận 1 đối số; thừa: "B"', en: 'cchc explain takes 1 argument; too many: "B"', help: 'cchc explain' },
  {
    name: 'a value not among the choices',
    args: ['score', '-s', SCORES, '-f', 'xml'],
    vi: '--format không nhận giá trị "xml"; chọn một trong: table, csv, json, md, html, docx, xlsx',
    en: '--format does not take "xml"; choose one of: table, csv, json, md, html, docx, xlsx',
    help: 'cchc score',
  },
  { name: 'a choice of a subcommand', args: ['criteria', 'list', '--format', 'yaml'], vi: '--format không nhận giá trị "yaml"; chọn một trong: text, json', en: '--format does not take "yaml"; choose one of: text, json', help: 'cchc criteria list' },
];

describe.each([
  { lang: 'vi' as const, extra: [] as string[], hint: 'Xem hướng dẫn:' },
  { lang: 'en' as const, extra: ['--lang', 'en'], hint: 'For help:' },
])('commander’s errors in $lang', ({ lang, extra, hint }) => {
  it.concurrent.each(CASES.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    const r = await runCliAsync([...c.args, ...extra]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain(`cchc: ${c[lang]}`);
    expect(lines[1]).toBe(`${hint} ${c.help} --help`);
    expect(r.stderr).not.toMatch(/\n\s+at |error: |Error/);
  });
});

describe('the language itself', () => {
  it.each([
    ['--lang fr', ['score', '--lang', 'fr'], {}],
    ['--lang=EN', ['--lang=EN', 'score'], {}],
    ['CCHC_LANG=fr', ['score'], { CCHC_LANG: 'fr' }],
  ])('%s is a usage error said in both languages', async (what, args, env) => {
    const r = await runCliAsync(args, { env });
    expect(r.code).toBe(2);
    const given = what.replace('--lang=', '--lang ');
    expect(r.stderr).toBe(`cchc: ${given}: ngôn ngữ chỉ có thể là vi (tiếng Việt) hoặc en (tiếng Anh)\n${given}: the language is vi (Vietnamese) or en (English)\n`);
  });

  it('CCHC_LANG chooses English for the errors; --lang vi on the command line wins', async () => {
    const [en, vi, upper] = await Promise.all([
      runCliAsync(['score'], { env: { CCHC_LANG: 'en' } }),
      runCliAsync(['score', '--lang', 'vi'], { env: { CCHC_LANG: 'en' } }),
      runCliAsync(['score'], { env: { CCHC_LANG: ' EN ' } }),
    ]);
    expect(en.stderr).toContain('the required option -s, --scores <files...> is missing');
    expect(vi.stderr).toContain('thiếu tùy chọn bắt buộc -s, --scores <tệp...>');
    expect(upper.stderr).toBe(en.stderr);
  });

  it('an empty CCHC_LANG is no choice: Vietnamese', async () => {
    expect((await runCliAsync(['score'], { env: { CCHC_LANG: '' } })).stderr).toContain('thiếu tùy chọn bắt buộc');
  });

  it('--lang before the command is the same as after it', async () => {
    const [before, after] = await Promise.all([runCliAsync(['--lang', 'en', 'score', '--bogus']), runCliAsync(['score', '--bogus', '--lang', 'en'])]);
    expect(before.stderr).toBe(after.stderr);
    expect(before.stderr).toContain('unknown option --bogus');
  });

  it('a value typed with control characters is shown, not obeyed', async () => {
    const r = await runCliAsync(['score', '-s', SCORES, '-f', 'x\u001b[2Jy']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('\u001b');
  });
});
