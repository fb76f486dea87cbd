import { Option, type Command } from 'commander';
import { checkCriteriaFile } from '../../core/run-check.js';
import { inputLimit } from '../../io/input-limit.js';
import { stdinTwice } from '../../io/read-input.js';
import { CHECK_FORMATS, CHECK_RENDERERS, type CheckFormat } from '../../report/kinds/check.js';
import type { Lang } from '../../report/messages/index.js';
import { addCommonOptions, type CommonOptions } from '../common.js';
import { getExitCode } from '../exit-code.js';
import { checkHelp } from '../help/check-help.js';
import { decideColor, writeStdout } from '../output.js';
import { reportSettings } from '../report-options.js';

interface CheckOptions extends CommonOptions {
  format: CheckFormat;
}

export function checkCommand(program: Command, lang: Lang): void {
  const h = checkHelp(lang);
  const cmd = program
    .command('check')
    .description(h.description)
    .argument(h.files.name, h.files.text)
    .addOption(new Option(h.format.flags, h.format.text).choices(CHECK_FORMATS).default('text'));
  addCommonOptions(cmd, lang).addHelpText('after', h.after);
  cmd.action(async (files: string[], o: CheckOptions) => {
    // Standard input can be read once: `check - -` is refused before anything is read.
    const twice = stdinTwice(files);
    const results = twice ? [{ file: '<stdin>', diagnostics: [twice] }] : files.map((f) => checkCriteriaFile(f, inputLimit(process.env)));
    const settings = { lang: o.lang, mark: '.' as const, color: decideColor(process.stdout), report: reportSettings(o) };
    writeStdout(await CHECK_RENDERERS[o.format](results, settings), o.lang);
    process.exitCode = getExitCode(results.flatMap((r) => r.diagnostics));
  });
}
