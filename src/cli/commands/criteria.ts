import { Option, type Command } from 'commander';
import { loadCriteria } from '../../core/load-criteria.js';
import { inputLimit } from '../../io/input-limit.js';
import { listBundled } from '../../io/bundled-criteria.js';
import { CRITERIA_FORMATS, CRITERIA_RENDERERS, LIST_FORMATS, LIST_RENDERERS, type CriteriaFormat, type ListFormat } from '../../report/kinds/criteria.js';
import type { Lang } from '../../report/messages/index.js';
import { addCommonOptions, addOutputOptions, addWideOption, deliver, type CommonOptions } from '../common.js';
import { criteriaHelp } from '../help/criteria-help.js';
import { decideColor, openOutput, writeStdout } from '../output.js';
import { reportSettings } from '../report-options.js';
import { renderSettings } from '../requests.js';

interface ShowOptions extends CommonOptions {
  format: CriteriaFormat;
  output?: string;
  wide?: boolean;
}

function showCommand(parent: Command, lang: Lang): void {
  const h = criteriaHelp(lang);
  const cmd = parent.command('show').argument(h.set.name, h.set.text).description(h.show);
  addOutputOptions(cmd, CRITERIA_FORMATS, lang, h.showFormat);
  addWideOption(cmd, lang);
  addCommonOptions(cmd, lang).addHelpText('after', h.showAfter);
  cmd.action(async (set: string | undefined, o: ShowOptions) => {
    const out = openOutput(o.output, set ? [set] : [], o.lang);
    if (!out) return;
    const settings = renderSettings(o, out);
    const { criteria, diagnostics } = loadCriteria(set, inputLimit(process.env));
    await deliver(diagnostics, o, criteria && (async () => out.write(await CRITERIA_RENDERERS[o.format](criteria, settings))));
  });
}

export function criteriaCommand(program: Command, lang: Lang): void {
  const h = criteriaHelp(lang);
  const cmd = program.command('criteria').description(h.description).addHelpText('after', h.after);
  cmd
    .command('list')
    .description(h.list)
    .addOption(new Option(h.listFormat.flags, h.listFormat.text).choices(LIST_FORMATS).default('text'))
    .addHelpText('after', h.listAfter)
    .action(async (o: { format: ListFormat; lang: Lang }) => {
      const sets = listBundled().map(({ id, version, title }) => ({ id, version, title }));
      const settings = { lang: o.lang ?? lang, mark: '.' as const, color: decideColor(process.stdout), report: reportSettings({}) };
      writeStdout(await LIST_RENDERERS[o.format](sets, settings), lang);
    });
  showCommand(cmd, lang);
}
