import { Option, type Command } from 'commander';
import { listBundled } from '../../io/bundled-criteria.js';
import { criteriaReport, renderCriteriaJson } from '../../report/render-criteria.js';
import { renderSectionsMd, renderSectionsTable } from '../../report/render-sections.js';
import { addCommonOptions, addOutputOptions, addWideOption, report, tableLayout, type CommonOptions } from '../common.js';
import { criteriaHelp } from '../help/criteria-help.js';
import type { Lang } from '../../report/messages/index.js';
import { loadCriteria } from '../load-criteria.js';
import { decideColor, emit, guardOutput, writeStdout } from '../output.js';

interface ShowOptions extends CommonOptions {
  format: 'table' | 'md' | 'json';
  output?: string;
  wide?: boolean;
}

function showCommand(parent: Command, lang: Lang): void {
  const h = criteriaHelp(lang);
  const cmd = parent.command('show').argument(h.set.name, h.set.text).description(h.show);
  addOutputOptions(cmd, ['table', 'md', 'json'], lang, h.showFormat);
  addWideOption(cmd, lang);
  addCommonOptions(cmd, lang).addHelpText('after', h.showAfter);
  cmd.action((set: string | undefined, o: ShowOptions) => {
    if (!guardOutput(o.output, set ? [set] : [], o)) return;
    const loaded = loadCriteria(set);
    const code = report(loaded.diagnostics, o);
    const criteria = loaded.criteria;
    if (!criteria || code !== 0) return void (process.exitCode = code);
    if (o.format === 'json') return emit(renderCriteriaJson(criteria, o.lang), o.output);
    const md = o.format === 'md';
    const r = criteriaReport(criteria, o.lang, (depth) => (md ? '\u00a0\u00a0' : '  ').repeat(depth));
    const toFile = o.output !== undefined && o.output !== '-';
    emit(md ? renderSectionsMd(r) : renderSectionsTable(r, !toFile && decideColor(process.stdout), o.lang, tableLayout(o, 'md')), o.output);
  });
}

export function criteriaCommand(program: Command, lang: Lang): void {
  const h = criteriaHelp(lang);
  const cmd = program.command('criteria').description(h.description).addHelpText('after', h.after);
  cmd
    .command('list')
    .description(h.list)
    .addOption(new Option(h.listFormat.flags, h.listFormat.text).choices(['text', 'json']).default('text'))
    .addHelpText('after', h.listAfter)
    .action((o: { format: 'text' | 'json' }) => {
      const sets = listBundled().map(({ id, version, title }) => ({ id, version, title }));
      if (o.format === 'json') return writeStdout(`${JSON.stringify(sets, null, 2)}\n`);
      const w = Math.max(...sets.map((s) => `${s.id}@${s.version}`.length), 10);
      writeStdout(sets.map((s) => `${`${s.id}@${s.version}`.padEnd(w)}  ${s.title}\n`).join(''));
    });
  showCommand(cmd, lang);
}
