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

interface CompareOptions extends CommonOptions, ReportOptions {
  format: 'table' | 'csv' | 'json' | 'md' | 'xlsx';
  output?: string;
  decimal?: 'dot' | 'comma';
  outputDecimal?: 'dot' | 'comma';
  convertTcvn3?: boolean;
  wide?: boolean;
}

export function compareCommand(program: Command): void {
  const cmd = program
    .command('compare')
    .description('two rankings written by cchc score --format csv or xlsx (e.g. two years): rank and index changes per unit')
    .argument('<before>', 'the earlier ranking (CSV or workbook)')
    .argument('<after>', 'the later ranking (CSV or workbook)');
  addOutputOptions(cmd, ['table', 'csv', 'json', 'md', 'xlsx']).option('--convert-tcvn3', 'convert legacy TCVN3 (ABC) font text instead of stopping');
  addDecimalOptions(cmd);
  addReportOptions(cmd);
  addWideOption(cmd);
  addCommonOptions(cmd).addHelpText('after', `
Units are matched by the unit column (after NFC and case folding); the files may come from different
criteria versions or years. csv/json columns:
  unit,name,rank_before,rank_after,rank_change,index_before,index_after,index_change
rank_change = rank_before - rank_after (positive: moved up); index_change = index_after - index_before,
exact on the published values, written with the most decimals either file used. A unit in one file
only (a merged or new commune) has empty cells on the other side; the table says which file it is in.
Rows follow the after file's ranking; units only in the before file come last.

Examples:
  cchc compare ranking-2021.csv ranking-2022.csv
  cchc compare ranking-2021.csv ranking-2022.csv -f csv -o changes.csv
  cchc compare before.csv after.csv --decimal comma -f md --lang en
  cchc compare ranking-2021.csv ranking-2022.csv -f md --date 2022-12-15 --title "Chỉ số CCHC 2021 và 2022"
  cchc compare ranking-2021.xlsx ranking-2022.xlsx -o changes.xlsx
  cchc compare ranking-2021.csv ranking-2022.csv --wide

On a terminal the table fits its width (a line names the columns left out); --wide gives them all.

--title replaces the heading of the table and Markdown; --date (default today, or
SOURCE_DATE_EPOCH) is shown after the file names. CSV and JSON are unchanged by both.`);
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
