import type { Command } from 'commander';
import type { NumberFormat } from '../../report/ranking-rows.js';
import { compareReport, publishedPlaces, renderCompareCsv, renderCompareJson } from '../../report/render-compare.js';
import { renderSectionsMd, renderSectionsTable, withSettings } from '../../report/render-sections.js';
import { renderCompareXlsx } from '../../report/render-xlsx.js';
import { compareRankings } from '../../scoring/compare-rankings.js';
import { addCommonOptions, addDecimalOptions, addOutputOptions, addWideOption, outputMark, report, reportDate, tableLayout, type CommonOptions } from '../common.js';
import { loadRanking } from '../load-ranking.js';
import { decideColor, emit, guardOutput } from '../output.js';
import { addReportOptions, reportSettings, type ReportOptions } from '../report-options.js';
import { compareHelp } from '../help/compare-help.js';
import { optionHelp } from '../help/option-help.js';
import type { Lang } from '../../report/messages/index.js';

interface CompareOptions extends CommonOptions, ReportOptions {
  format: 'table' | 'csv' | 'json' | 'md' | 'xlsx';
  output?: string;
  decimal?: 'dot' | 'comma';
  outputDecimal?: 'dot' | 'comma';
  convertTcvn3?: boolean;
  wide?: boolean;
}

export function compareCommand(program: Command, lang: Lang): void {
  const h = compareHelp(lang);
  const h2 = optionHelp(lang);
  const cmd = program.command('compare').description(h.description).argument(h.before.name, h.before.text).argument(h.after.name, h.after.text);
  addOutputOptions(cmd, ['table', 'csv', 'json', 'md', 'xlsx'], lang).option(h2.convertTcvn3.flags, h2.convertTcvn3.text);
  addDecimalOptions(cmd, lang);
  addReportOptions(cmd, lang);
  addWideOption(cmd, lang);
  addCommonOptions(cmd, lang).addHelpText('after', h.text);
  cmd.action(async (beforePath: string, afterPath: string, o: CompareOptions) => {
    if (!guardOutput(o.output, [beforePath, afterPath], o)) return;
    const settings = reportSettings(o);
    const before = await loadRanking(beforePath, o);
    const after = await loadRanking(afterPath, o);
    const code = report([...before.diagnostics, ...after.diagnostics], o);
    if (!before.entries || !after.entries || code !== 0) return void (process.exitCode = code);
    const rows = compareRankings(before.entries, after.entries);
    const places = publishedPlaces(rows);
    const f: NumberFormat = { precision: places, mark: outputMark(o) };
    const meta = { inputs: [{ role: 'before', ...before.fingerprint }, { role: 'after', ...after.fingerprint }] };
    const toFile = o.output !== undefined && o.output !== '-';
    if (o.format === 'csv') return emit(renderCompareCsv(rows, f), o.output);
    if (o.format === 'xlsx') {
      const date = reportDate(o);
      return emit(renderCompareXlsx(rows, places, { lang: o.lang, inputs: meta.inputs, ...(date ? { date } : {}) }), o.output);
    }
    if (o.format === 'json') return emit(renderCompareJson(rows, places, meta), o.output);
    const r = withSettings(compareReport(rows, f, o.lang, { before: before.fingerprint.file, after: after.fingerprint.file }), settings);
    return emit(o.format === 'md' ? renderSectionsMd(r) : renderSectionsTable(r, !toFile && decideColor(process.stdout), o.lang, tableLayout(o, 'csv')), o.output);
  });
}
