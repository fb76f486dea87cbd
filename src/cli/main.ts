// The CLI's entry: the run's language first, then the program built in it; maps usage errors to
// exit 2 and faults to exit 3.
import { Command, CommanderError } from 'commander';
import { checkCommand } from './commands/check.js';
import { compareCommand } from './commands/compare.js';
import { criteriaCommand } from './commands/criteria.js';
import { explainCommand } from './commands/explain.js';
import { noticesCommand } from './commands/notices.js';
import { reconcileCommand } from './commands/reconcile.js';
import { scoreCommand } from './commands/score.js';
import { templateCommand } from './commands/template.js';
import { langOption, report, UsageError } from './common.js';
import { isDiagnosticsError } from '../diagnostics/diagnostic.js';
import { chooseLang, LANG_VARIABLE, type ChosenLang } from './choose-lang.js';
import { commandLineError } from './commander-error.js';
import { rejectRepeatedOptions } from './single-value-options.js';
import { EXIT } from './exit-code.js';
import { localizeHelp, versionText } from './help/localize-help.js';
import { programHelp } from './help/program-help.js';
import { writeStderr, writeStdout } from './output.js';
import { parseSize } from '../io/input-limit.js';
import { internalErrorText } from '../report/messages/command-line.js';
import type { Lang } from '../report/messages/index.js';
import { visibleText } from '../text/visible-text.js';

const maxInputText = (lang: Lang, set: string): string =>
  lang === 'en'
    ? `CCHC_MAX_INPUT=${set} is not a size: write bytes, or a number with K, M or G (e.g. CCHC_MAX_INPUT=8G)`
    : `CCHC_MAX_INPUT=${set} không phải là một kích thước: hãy ghi số byte, hoặc một số kèm K, M hay G (ví dụ CCHC_MAX_INPUT=8G)`;

declare const CCHC_VERSION: string;

const COMMANDS: Record<string, (program: Command, lang: Lang) => void> = {
  score: scoreCommand,
  check: checkCommand,
  criteria: criteriaCommand,
  template: templateCommand,
  reconcile: reconcileCommand,
  explain: explainCommand,
  compare: compareCommand,
  notices: noticesCommand,
};

const allCommands = (cmd: Command): Command[] => [cmd, ...cmd.commands.flatMap(allCommands)];

/** What the help says --lang is without it: CCHC_LANG's language when it set the run's, else Vietnamese unless CCHC_LANG says otherwise. */
const langDefault = ({ lang, from }: ChosenLang): string => {
  if (from === 'env') return lang === 'en' ? `${lang}, from ${LANG_VARIABLE}` : `${lang}, theo ${LANG_VARIABLE}`;
  return lang === 'en' ? `vi, or as ${LANG_VARIABLE} says` : `vi, hoặc theo ${LANG_VARIABLE}`;
};

/** The program with every command, its help and its errors in the run's language. */
export function buildProgram(chosen: ChosenLang = { lang: 'vi', from: 'default' }): Command {
  const { lang } = chosen;
  const program = new Command('cchc')
    .description(programHelp(lang).description)
    .version(typeof CCHC_VERSION === 'string' ? CCHC_VERSION : 'dev', '-V, --version', versionText(lang))
    // --lang before or after the command: `cchc --lang en score …` as well as `cchc score … --lang en`.
    .addOption(langOption(lang))
    .addHelpText('after', programHelp(lang).after);
  for (const add of Object.values(COMMANDS)) add(program, lang);
  for (const cmd of allCommands(program)) {
    localizeHelp(cmd, lang);
    // An option that takes one value, given twice, is a usage error (issue 19).
    rejectRepeatedOptions(cmd, lang);
    // Every command's --lang defaults to the run's language (it was read before the program was built).
    const langOpt = cmd.options.find((o) => o.long === '--lang');
    if (langOpt) cmd.setOptionValueWithSource(langOpt.default(lang, langDefault(chosen)).attributeName(), lang, 'default');
    // commander's own error text is English: ours is printed instead (main), from its error.
    cmd.configureOutput({
      writeOut: (text) => writeStdout(text, lang),
      // commander quotes the arguments in its help on error: shown, never obeyed.
      writeErr: (text) => writeStderr(text.split('\n').map((l) => visibleText(l)).join('\n')),
      outputError: () => {},
    });
    cmd.exitOverride((error) => {
      throw commandLineError(error, cmd, lang);
    });
  }
  // CCHC_MAX_INPUT (src/io/input-limit.ts) is checked before anything is read.
  program.hook('preAction', () => {
    const set = process.env['CCHC_MAX_INPUT'];
    if (set !== undefined && parseSize(set) === undefined) throw new UsageError(maxInputText(lang, set));
  });
  return program;
}

export async function main(argv: string[]): Promise<void> {
  let lang: Lang = 'vi';
  try {
    const chosen = chooseLang(argv);
    lang = chosen.lang;
    await buildProgram(chosen).parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help shown (exit 0) keeps a worse code already set: stdout on a full disk is exit 1.
      process.exitCode = err.exitCode === 0 ? (process.exitCode ?? EXIT.ok) : EXIT.usage;
    } else if (isDiagnosticsError(err)) {
      // A renderer refused what its format cannot hold, before writing anything.
      process.exitCode = report(err.diagnostics, { lang });
    } else if (err instanceof UsageError) {
      // A usage message quotes the command line (--date 2021…): shown, never obeyed.
      writeStderr(`cchc: ${visibleText(err.message)}\n${err.notes.map((n) => `${visibleText(n)}\n`).join('')}`);
      process.exitCode = EXIT.usage;
    } else {
      const e = err as Error;
      writeStderr(`cchc: ${internalErrorText(lang)}: ${visibleText(e.message)}\n${process.env['CCHC_DEBUG'] ? `${e.stack}\n` : ''}`);
      process.exitCode = EXIT.internal;
    }
  }
}
