// Options and steps shared by the commands: language, verbosity, printing diagnostics.
import { Option, type Command } from 'commander';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Lang } from '../report/messages/index.js';
import { renderDiagnostics } from '../report/render-diagnostics.js';
import { getExitCode } from './exit-code.js';
import { UsageError } from './usage-error.js';
import { decideColor, decideWidth, writeStderr } from './output.js';
import { resolveFormatBeforeAction } from './output-format.js';
import { formatDefault, optionHelp } from './help/option-help.js';

export interface CommonOptions {
  lang: Lang;
  verbose?: boolean;
}

export { UsageError } from './usage-error.js';

/** --decimal forces the inputs' mark and sets the output's; --output-decimal sets the output's alone. */
export function addDecimalOptions(cmd: Command, lang: Lang): Command {
  const h = optionHelp(lang);
  return cmd
    .addOption(new Option(h.decimal.flags, h.decimal.text).choices(['dot', 'comma']))
    .addOption(new Option(h.outputDecimal.flags, h.outputDecimal.text).choices(['dot', 'comma']));
}

/**
 * -f/--format (the command's formats) and -o/--output, written whole or not at all. Without -f the
 * format is the extension's of -o (`ranking.csv` → csv), else `table`.
 */
export function addOutputOptions(cmd: Command, formats: readonly string[], lang: Lang, formatHelp?: string, fallback = 'table'): Command {
  const h = optionHelp(lang);
  const format = new Option(h.format.flags, formatHelp ?? h.format.text).choices(formats);
  // No default value (the action resolves it), but the help says what it is.
  format.defaultValueDescription = formatDefault(lang, fallback);
  cmd.addOption(format).option(h.output.flags, h.output.text);
  resolveFormatBeforeAction(cmd, formats, fallback);
  return cmd;
}

/** --wide: the terminal table is otherwise fitted to the terminal's width. */
export function addWideOption(cmd: Command, lang: Lang): Command {
  return cmd.option('--wide', optionHelp(lang).wide.text);
}

/** --lang (its default, the run's language, is set where the program is built: main.ts) and --verbose. */
export function addCommonOptions(cmd: Command, lang: Lang): Command {
  const h = optionHelp(lang);
  return cmd.addOption(langOption(lang)).option(h.verbose.flags, h.verbose.text);
}

/** --lang: vi or en. Its value is known before the program is built (choose-lang.ts); commander checks it again. */
export const langOption = (lang: Lang): Option => new Option(optionHelp(lang).lang.flags, optionHelp(lang).lang.text).choices(['vi', 'en']);

/** Prints the diagnostics to stderr and returns the exit code they call for. */
export function report(diagnostics: readonly Diagnostic[], opts: CommonOptions, forceInfo = false): 0 | 1 | 2 {
  const verbose = forceInfo || opts.verbose === true;
  // Nothing to show (only info, not verbose): nothing rendered, and stderr (a stream to set up) not asked.
  // On a terminal each problem wraps at its edge (issue 19: a warning may list many units).
  const width = decideWidth(process.stderr);
  if (verbose || diagnostics.some((d) => d.severity !== 'info')) writeStderr(renderDiagnostics(diagnostics, { lang: opts.lang, color: decideColor(process.stderr), verbose, ...(width === undefined ? {} : { width }) }));
  return getExitCode(diagnostics);
}

/**
 * The one step after a command's work: its problems told on stderr, then (none of them an error)
 * the report rendered and written to its output. The exit code is set from the problems.
 */
export async function deliver(diagnostics: readonly Diagnostic[], opts: CommonOptions, write: (() => Promise<void>) | undefined): Promise<void> {
  const code = report(diagnostics, opts);
  if (code !== 0 || !write) {
    process.exitCode = code;
    return;
  }
  await write();
}
