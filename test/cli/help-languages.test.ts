// Every command's --help (and cchc --help, and cchc help <command>) from the built binary, in
// Vietnamese (the default), with --lang en and with CCHC_LANG=en: in that language throughout
// (no tell-tale word of the other), every option and argument with its description, the examples.
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/main.js';
import type { Lang } from '../../src/report/messages/index.js';
import { runCliAsync } from '../helpers/run-cli.js';

/** Words of one language's help that the other's never has (commander's headings, prose). */
const TELLS: Record<Lang, string[]> = {
  en: ['Usage:', 'Options:', 'Commands:', 'Arguments:', 'Examples:', 'default:', 'one of:', 'show this help', ' the ', ' and ', ' of ', ' with ', ' is ', ' or ', ' from ', 'instead'],
  vi: ['Cách dùng:', 'Tùy chọn:', 'Lệnh:', 'Đối số:', 'Ví dụ:', 'mặc định', 'một trong', 'xem hướng dẫn', ' tệp', ' hoặc ', ' được ', ' không ', ' theo ', ' các ', ' là ', ' cho '],
};
const OTHER: Record<Lang, Lang> = { vi: 'en', en: 'vi' };
const EXAMPLES: Record<Lang, string> = { vi: 'Ví dụ:', en: 'Examples:' };

const allCommands = (cmd: Command): Command[] => [cmd, ...cmd.commands.flatMap(allCommands)];
const pathOf = (cmd: Command): string[] => (cmd.parent ? [...pathOf(cmd.parent), cmd.name()] : []);
const programs = { vi: buildProgram({ lang: 'vi', from: 'default' }), en: buildProgram({ lang: 'en', from: 'argv' }) };
const commands = (lang: Lang) => allCommands(programs[lang]).map((cmd) => ({ name: ['cchc', ...pathOf(cmd)].join(' '), path: pathOf(cmd), cmd }));

const MODES: { mode: string; lang: Lang; args: string[]; env: Record<string, string> }[] = [
  { mode: 'Vietnamese by default', lang: 'vi', args: [], env: {} },
  { mode: '--lang en', lang: 'en', args: ['--lang', 'en'], env: {} },
  { mode: 'CCHC_LANG=en', lang: 'en', args: [], env: { CCHC_LANG: 'en' } },
];

/** The text after `term` on its line (its description, padded to a column), or undefined. */
function describedAs(help: string, term: string): string | undefined {
  const line = help.split('\n').find((l) => l.trimStart().startsWith(`${term} `) && l.startsWith('  '));
  return line?.slice(line.indexOf(term) + term.length).trim();
}

describe('the same commands and options in both languages', () => {
  it('every command has the same options (long flags, value or not) and arguments in Vietnamese and English', () => {
    const shape = (lang: Lang) =>
      commands(lang).map(({ name, cmd }) => ({
        name,
        options: cmd.options.map((o) => [o.short, o.long, o.attributeName(), o.required, o.mandatory, o.argChoices]),
        args: cmd.registeredArguments.map((a) => [a.required, a.variadic]),
      }));
    expect(shape('en')).toEqual(shape('vi'));
    expect(commands('vi').length).toBe(11);
  });
});

describe.each(MODES)('--help, $mode', ({ lang, args, env }) => {
  it.concurrent.each(commands(lang).map((c) => [c.name, c] as const))('%s', async (_, { path, cmd }) => {
    const r = await runCliAsync([...path, '--help', ...args], { env });
    expect([r.code, r.stderr]).toEqual([0, '']);
    const help = r.stdout;
    for (const word of TELLS[OTHER[lang]]) expect(help, `"${word}" in the ${lang} help of ${path.join(' ') || 'cchc'}`).not.toContain(word);
    for (const word of TELLS[lang].slice(0, 2)) expect(help).toContain(word);
    // Every option and argument, with its description; the help option too.
    for (const o of cmd.options) expect(describedAs(help, o.flags), o.flags).toMatch(/\S/);
    expect(describedAs(help, '-h, --help')).toBe(lang === 'en' ? 'show this help' : 'xem hướng dẫn này');
    for (const a of cmd.registeredArguments) expect(describedAs(help, a.name()), a.name()).toMatch(/\S/);
    // The examples: a heading, then command lines.
    expect(help).toMatch(new RegExp(`${EXAMPLES[lang]}\\n  cchc ${path.join(' ')}`));
  });
});

describe('cchc help <command>', () => {
  it.concurrent.each(programs.vi.commands.map((c) => [c.name()]))('%s: the same text as --help, in either language', async (name) => {
    for (const lang of [[], ['--lang', 'en']]) {
      const [viaHelp, viaOption] = await Promise.all([runCliAsync(['help', name, ...lang]), runCliAsync([name, '--help', ...lang])]);
      expect(viaHelp.code).toBe(0);
      expect(viaHelp.stdout).toBe(viaOption.stdout);
    }
  });
});

describe('what the help says of the language', () => {
  it('--lang says where its default comes from', async () => {
    const [plain, fromEnv, fromArg] = await Promise.all([
      runCliAsync(['check', '--help']),
      runCliAsync(['check', '--help'], { env: { CCHC_LANG: 'en' } }),
      runCliAsync(['check', '--help', '--lang', 'en']),
    ]);
    const flat = (s: string) => s.replace(/\s+/g, ' ');
    expect(flat(plain.stdout)).toContain('(một trong: vi, en; mặc định: vi, hoặc theo CCHC_LANG)');
    expect(flat(fromEnv.stdout)).toContain('(one of: vi, en; default: en, from CCHC_LANG)');
    expect(flat(fromArg.stdout)).toContain('(one of: vi, en; default: vi, or as CCHC_LANG says)');
  });

  it('cchc --help tells how to choose the language', async () => {
    const [vi, en] = await Promise.all([runCliAsync(['--help']), runCliAsync(['--help'], { env: { CCHC_LANG: 'en' } })]);
    expect(vi.stdout).toContain('--lang en cho tiếng Anh, hoặc đặt biến\nmôi trường CCHC_LANG=en');
    expect(en.stdout).toContain('the environment variable CCHC_LANG=en');
  });

  it('--lang on the command line wins over CCHC_LANG, before or after the command', async () => {
    const runs = await Promise.all([
      runCliAsync(['score', '--help', '--lang', 'vi'], { env: { CCHC_LANG: 'en' } }),
      runCliAsync(['--lang', 'vi', 'score', '--help'], { env: { CCHC_LANG: 'en' } }),
      runCliAsync(['--lang=en', 'score', '--help']),
    ]);
    expect(runs.map((r) => r.stdout.split('\n')[0])).toEqual(['Cách dùng: cchc score [tùy-chọn]', 'Cách dùng: cchc score [tùy-chọn]', 'Usage: cchc score [options]']);
  });
});
