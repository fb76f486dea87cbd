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

/**
 * The program with every command, or with `only` the one a run names (its options, help and
 * errors are that command's alone): setting up the other six costs a short run ~1 ms.
 */
export function buildProgram(only?: string): Command {
  const program = new Command('cchc')
    .description('Chỉ số cải cách hành chính (PAR Index): criteria sets, scoring, ranking')
    .version(typeof CCHC_VERSION === 'string' ? CCHC_VERSION : 'dev')
    .showHelpAfterError('(cchc --help for usage)')
    .configureOutput({ writeOut: (text) => writeStdout(text) })
    .exitOverride();
  const one = only !== undefined && Object.hasOwn(COMMANDS, only) ? COMMANDS[only] : undefined;
  if (one) one(program);
  else for (const add of Object.values(COMMANDS)) add(program);
  for (const cmd of program.commands) cmd.exitOverride();
  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram(argv[2]).parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    } else if (err instanceof UsageError) {
      writeStderr(`cchc: ${err.message}\n`);
      process.exitCode = EXIT.usage;
    } else {
      const e = err as Error;
      writeStderr(`cchc: internal error (please report it): ${e.message}\n${process.env['CCHC_DEBUG'] ? `${e.stack}\n` : ''}`);
      process.exitCode = EXIT.internal;
    }
  }
}

// main() reports every error itself; Node waits for it to settle (the bundle is CommonJS: no top-level await).
void main(process.argv);
