// The CLI's entry: wires the commands, maps usage errors to exit 2 and faults to exit 3.
import { Command, CommanderError } from 'commander';
import { checkCommand } from './commands/check.js';
import { compareCommand } from './commands/compare.js';
import { criteriaCommand } from './commands/criteria.js';
import { explainCommand } from './commands/explain.js';
import { reconcileCommand } from './commands/reconcile.js';
import { scoreCommand } from './commands/score.js';
import { templateCommand } from './commands/template.js';
import { UsageError } from './common.js';
import { EXIT } from './exit-code.js';
import { writeStderr, writeStdout } from './output.js';
import { parseSize } from '../io/input-limit.js';
import { visibleText } from '../text/visible-text.js';

const maxInputText = (lang: 'vi' | 'en', set: string): string =>
  lang === 'en'
    ? `CCHC_MAX_INPUT=${set} is not a size: write bytes, or a number with K, M or G (e.g. CCHC_MAX_INPUT=8G)`
    : `CCHC_MAX_INPUT=${set} không phải là một kích thước: hãy ghi số byte, hoặc một số kèm K, M hay G (ví dụ CCHC_MAX_INPUT=8G)`;

declare const CCHC_VERSION: string;

const COMMANDS: Record<string, (program: Command) => void> = {
  score: scoreCommand,
  check: checkCommand,
  criteria: criteriaCommand,
  template: templateCommand,
  reconcile: reconcileCommand,
  explain: explainCommand,
  compare: compareCommand,
};

/** The program with every command. */
export function buildProgram(): Command {
  const program = new Command('cchc')
    .description('Chỉ số cải cách hành chính (PAR Index): criteria sets, scoring, ranking')
    .version(typeof CCHC_VERSION === 'string' ? CCHC_VERSION : 'dev')
    .showHelpAfterError('(cchc --help for usage)')
    // commander quotes the arguments in its errors (an unknown option): shown, never obeyed.
    .configureOutput({ writeOut: (text) => writeStdout(text), writeErr: (text) => writeStderr(text.split('\n').map((l) => visibleText(l)).join('\n')) })
    .exitOverride();
  for (const add of Object.values(COMMANDS)) add(program);
  for (const cmd of program.commands) cmd.exitOverride();
  // CCHC_MAX_INPUT (src/io/input-limit.ts) is checked before anything is read.
  program.hook('preAction', (_, action) => {
    const set = process.env['CCHC_MAX_INPUT'];
    if (set !== undefined && parseSize(set) === undefined) throw new UsageError(maxInputText(action.opts<{ lang?: 'vi' | 'en' }>().lang ?? 'vi', set));
  });
  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help shown (exit 0) keeps a worse code already set: stdout on a full disk is exit 1.
      process.exitCode = err.exitCode === 0 ? (process.exitCode ?? EXIT.ok) : EXIT.usage;
    } else if (err instanceof UsageError) {
      // A usage message quotes the command line (--date 2021…): shown, never obeyed.
      writeStderr(`cchc: ${visibleText(err.message)}\n`);
      process.exitCode = EXIT.usage;
    } else {
      const e = err as Error;
      writeStderr(`cchc: internal error (please report it): ${visibleText(e.message)}\n${process.env['CCHC_DEBUG'] ? `${e.stack}\n` : ''}`);
      process.exitCode = EXIT.internal;
    }
  }
}
