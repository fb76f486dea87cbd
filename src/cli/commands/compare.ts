import type { Command } from 'commander';
import { runCompare } from '../../core/run-compare.js';
import { inputSource } from '../../io/input-source.js';
import { COMPARE_FORMATS, COMPARE_RENDERERS, compareModel, type CompareFormat } from '../../report/kinds/compare.js';
import type { Lang } from '../../report/messages/index.js';
import { addCommonOptions, addDecimalOptions, addOutputOptions, addWideOption, deliver, type CommonOptions } from '../common.js';
import { compareHelp } from '../help/compare-help.js';
import { optionHelp } from '../help/option-help.js';
import { openOutput } from '../output.js';
import { addReportOptions, type ReportOptions } from '../report-options.js';
import { readerFromFlags, renderSettings, type ReaderFlags } from '../requests.js';

interface CompareOptions extends CommonOptions, ReportOptions, ReaderFlags {
  format: CompareFormat;
  output?: string;
  outputDecimal?: 'dot' | 'comma';
  wide?: boolean;
}

export function compareCommand(program: Command, lang: Lang): void {
  const h = compareHelp(lang);
  const h2 = optionHelp(lang);
  const cmd = program.command('compare').description(h.description).argument(h.before.name, h.before.text).argument(h.after.name, h.after.text);
  addOutputOptions(cmd, COMPARE_FORMATS, lang).option(h2.convertTcvn3.flags, h2.convertTcvn3.text);
  addDecimalOptions(cmd, lang);
  addReportOptions(cmd, lang);
  addWideOption(cmd, lang);
  addCommonOptions(cmd, lang).addHelpText('after', h.text);
  cmd.action(async (before: string, after: string, o: CompareOptions) => {
    const out = openOutput(o.output, [before, after], o.lang);
    if (!out) return;
    const settings = renderSettings(o, out);
    const { reader, done } = readerFromFlags(o, { hash: true });
    const { rows, inputs, diagnostics } = await runCompare({ before: inputSource(before), after: inputSource(after), reader });
    done();
    await deliver(diagnostics, o, rows && (async () => out.write(await COMPARE_RENDERERS[o.format](compareModel(rows, inputs), settings))));
  });
}
