// commandLineError on commander's real errors, for what the program itself does not raise today
// (a value refused by a parser, an argument's choices) and for help and version (not mistakes).
import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { describe, expect, it } from 'vitest';
import { commandLineError } from '../../src/cli/commander-error.js';
import { UsageError } from '../../src/cli/usage-error.js';
import type { Lang } from '../../src/report/messages/index.js';

/** A program `demo` with one command `run`, its errors turned by commandLineError in `lang`. */
function run(argv: string[], lang: Lang): Error {
  const program = new Command('demo').version('1.0.0');
  program
    .command('run')
    .addArgument(new Argument('<kind>', 'the kind').choices(['a', 'b']))
    .argument('[n]', 'a count', (v: string) => {
      if (!/^\d+$/.test(v)) throw new InvalidArgumentError(lang === 'en' ? 'a whole number' : 'cần một số nguyên');
      return Number(v);
    })
    .addOption(new Option('--size <s>', 'a size').argParser((v) => {
      if (v !== 'big') throw new InvalidArgumentError(lang === 'en' ? 'only big' : 'chỉ nhận big');
      return v;
    }))
    .action(() => {});
  for (const cmd of [program, ...program.commands]) {
    cmd.configureOutput({ writeOut: () => {}, writeErr: () => {}, outputError: () => {} });
    cmd.exitOverride((error) => {
      throw commandLineError(error, cmd, lang);
    });
  }
  try {
    program.parse(argv, { from: 'user' });
  } catch (error) {
    return error as Error;
  }
  throw new Error('no error');
}

describe('commandLineError', () => {
  it.each<[string[], Lang, string, string]>([
    [['run', 'a', 'x'], 'vi', 'giá trị "x" của <n> không hợp lệ: cần một số nguyên', 'Xem hướng dẫn: demo run --help'],
    [['run', 'a', 'x'], 'en', '"x" is not a valid value of <n>: a whole number', 'For help: demo run --help'],
    [['run', 'a', '--size', 'small'], 'vi', 'giá trị "small" của --size không hợp lệ: chỉ nhận big', 'Xem hướng dẫn: demo run --help'],
    [['run', 'c'], 'vi', '<kind> không nhận giá trị "c"; chọn một trong: a, b', 'Xem hướng dẫn: demo run --help'],
    [['run', 'c'], 'en', '<kind> does not take "c"; choose one of: a, b', 'For help: demo run --help'],
  ])('%j in %s', (argv, lang, message, hint) => {
    const error = run(argv, lang);
    expect(error).toBeInstanceOf(UsageError);
    expect([error.message, (error as UsageError).notes]).toEqual([message, [hint]]);
  });

  it('help and version shown are not mistakes: commander’s error goes on', () => {
    for (const argv of [['--help'], ['--version'], ['run', '--help']]) {
      const error = run(argv, 'vi');
      expect(error).toBeInstanceOf(CommanderError);
      expect((error as CommanderError).exitCode).toBe(0);
    }
  });
});
