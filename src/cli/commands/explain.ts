import type { Command } from 'commander';
import { diag, hasErrors } from '../../diagnostics/diagnostic.js';
import type { NumberFormat } from '../../report/ranking-rows.js';
import { explainReport, renderExplainJson } from '../../report/render-explain.js';
import { findingsOf } from '../../report/findings-json.js';
import { renderSectionsMd, renderSectionsTable, withSettings, type TextReport } from '../../report/render-sections.js';
import { renderWhatIfJson, whatIfReport } from '../../report/render-what-if.js';
import { renderSectionsXlsx } from '../../report/render-xlsx.js';
import { explainUnit } from '../../scoring/explain-unit.js';
import { findUnit } from '../../scoring/find-unit.js';
import { addCommonOptions, addOutputOptions, addWideOption, outputMark, report, reportDate, tableLayout, type CommonOptions } from '../common.js';
import { loadJob, type JobOptions } from '../load-job.js';
import { decideColor, emit, guardOutput } from '../output.js';
import { parseSetOptions, runWhatIf } from '../run-what-if.js';
import { addJobOptions } from './score.js';
import { helpText } from '../help-lang.js';
import { addReportOptions, reportSettings, type ReportOptions } from '../report-options.js';

interface ExplainOptions extends CommonOptions, JobOptions, ReportOptions {
  format: 'table' | 'json' | 'md' | 'xlsx';
  output?: string;
  set?: string[];
  wide?: boolean;
}

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

export function explainCommand(program: Command): void {
  const cmd = program
    .command('explain')
    .description("one unit's sheet: every criterion's points and component index, where it lost points, how far from the next rank and band")
    .argument('<unit>', 'the unit code or name, as in the scores file (case and Unicode form do not matter)');
  addReportOptions(addOutputOptions(addJobOptions(cmd), ['table', 'json', 'md', 'xlsx']));
  cmd.option('--set <code=value>', 'what if this cell held VALUE (repeatable): the unit before and after, the others unchanged', collect);
  addWideOption(cmd);
  addCommonOptions(cmd).addHelpText('after', `
The unit is scored with all the others, exactly as by cchc score, so its total, index, rank and band
are the ranking's. Points and maxima are the unit's applicable ones (a criterion not applicable to it
has max 0 and no index). Losses are max - points on the leaves, largest first.
  gapToNextRank  total of the nearest unit ranked above minus this unit's total (null for rank 1 or
                 an unranked unit; units rank on the index, so with unequal maxima it can be <= 0)
  gapToNextBand  the unit's max x the next band's minimum / 100 - its total (null in the top band)
--format json gives { unit, name, rank, appraisal, survey, bonus, penalty, total, max, index, band,
gapToNextRank, nextRank: { unit, name, rank, index, pointsToMatch }, gapToNextBand,
nodes: [{ code, title, depth, max, points, index }], losses: [{ code, title, max, points, lost }] }.
An unknown unit is an error (exit 1) naming the close matches.
${helpText({
  vi: `Bảng điểm cộng đến tổng điểm: các lĩnh vực, + điểm thưởng, − điểm trừ = tổng điểm. Dưới dòng hạng,
một câu nói khoảng cách nghĩa là gì: đơn vị xếp ngay trên, chỉ số của đơn vị đó và số điểm cần thêm để
bằng chỉ số ấy (xếp hạng theo chỉ số, nên khác khoảng cách điểm khi điểm tối đa khác nhau), và số điểm
cần thêm để lên loại trên.`,
  en: `The sheet adds up to the total: the fields, + bonus, − penalty = total. Under the rank, a sentence
says what the gaps mean: the unit ranked just above, its index and the points this unit needs to reach
it (units rank on the index, so with unequal maxima this differs from the points gap), and the points
needed for the next band.`,
})}

With --findings FILE (the appraisal's remarks: unit, code, note, evidence, kind), or remarks in the
scores sheet, the table and md go on with each criterion's remarks and evidence beside its points
and the points it lost, then the remarks on the unit as a whole; json adds findings: [{ code, kind,
note, evidence, file, line }] to the unit (code null: the unit as a whole) and to each node.

What-if: --set CODE=VALUE (repeatable) changes the unit's cell of leaf CODE (or its bonus or
penalty) and scores every unit again: the changed cells' points, then the unit's points, total,
max, index, rank and band before and after, and the other units whose rank moves; exactly what
scoring the sheet with those cells changed gives. VALUE is read as the sheet reads the cell, with
its decimal mark: points (1.75), có/không (đạt, x, 1/0…), a rate (96,5%), a count, a level label,
"-" for not applicable; a survey leaf takes points, in place of what the unit's forms gave.
--format json gives { unit, name, changes: [{ code, title, value, before, after }], before, after:
{ appraisal, survey, bonus, penalty, total, max, index, rank, band }, moved: [{ unit, name,
rankBefore, rankAfter }] }. A value the leaf cannot take is an error (exit 1) naming the --set.

Examples:
  cchc explain SONNINH -s samples/huong-son-2021/scores.csv -u samples/huong-son-2021/survey.csv
  cchc explain "Sơn Kim 1" -s scores.csv -u survey.csv -f json -o son-kim-1.json
  cchc explain "thị trấn phố châu" -s scores.csv -f md --lang en
  cchc explain SONNINH -s scores.csv -u survey.csv -f md --date 2021-11-26 --title "Phiếu điểm xã Sơn Ninh"
  cchc explain SONNINH -s scores.csv -u survey.csv --set 3.2.1=100% --set "5.2=Hoàn thành xuất sắc"
  cchc explain "Sơn Ninh" -s scores.csv -u survey.csv --findings findings.csv   # why it lost points
  cchc explain "Sơn Hà" -s scores.csv -u survey.csv --set 1.1.1=có --set bonus=1.5 -f json
  cchc explain "Sơn Kim 1" -s scores.xlsx -u survey.xlsx -o son-kim-1.xlsx
  cchc explain "Sơn Ninh" -s scores.csv -u survey.csv --findings findings.csv --wide   # whole titles

On a terminal the tables fit its width: titles shortened with …, remarks wrapped, the least needed
columns left out (a line says which); --wide (or a pipe, a file) gives every column.

--title replaces the heading of the table and Markdown; --date (default today, or
SOURCE_DATE_EPOCH) is shown after the criteria set. JSON is unchanged by both.`);
  cmd.action(async (query: string, o: ExplainOptions) => {
    if (!guardOutput(o.output, [o.scores, o.survey, o.criteria, o.findings], o)) return;
    const settings = reportSettings(o);
    const sets = parseSetOptions(o.set ?? [], o.lang);
    const { job, diagnostics } = await loadJob({ ...o, hashInputs: o.format === 'xlsx' });
    if (job) {
      const found = findUnit(job.units, query);
      if (found.unit) {
        const xlsx = o.format === 'xlsx';
        // A workbook's numbers are numbers: written with a point, whatever mark the text output uses.
        const f: NumberFormat = { precision: job.criteria.precision, mark: xlsx ? '.' : outputMark(o) };
        const toFile = o.output !== undefined && o.output !== '-';
        const date = xlsx ? reportDate(o) : undefined;
        const text = (r: TextReport): string | Uint8Array =>
          xlsx ? renderSectionsXlsx(r, { lang: o.lang, inputs: job.fingerprints, ...(date ? { date } : {}) }, job.criteria)
            : o.format === 'md' ? renderSectionsMd(withSettings(r, settings)) : renderSectionsTable(withSettings(r, settings), !toFile && decideColor(process.stdout), o.lang, tableLayout(o, 'md'));
        if (sets.length > 0) {
          const w = hasErrors(diagnostics) ? undefined : runWhatIf(job, found.unit, sets, o.decimal, diagnostics);
          const code = report(diagnostics, o);
          if (!w || code !== 0) return void (process.exitCode = code);
          return emit(o.format === 'json' ? renderWhatIfJson(job.criteria, w.result, w.cells) : text(whatIfReport(job.criteria, w.result, w.cells, f, o.lang)), o.output);
        }
        const code = report(diagnostics, o);
        if (code !== 0) return void (process.exitCode = code);
        const explained = explainUnit(job.criteria, job.units, found.unit);
        if (o.format === 'json') return emit(renderExplainJson(job.criteria, explained, job.findings), o.output);
        const remarks = job.findings.given ? findingsOf(job.findings, found.unit.unit) : undefined;
        return emit(text(explainReport(job.criteria, explained, f, o.lang, (d) => (xlsx ? '' : o.format === 'md' ? '\u00a0\u00a0' : '  ').repeat(d), remarks)), o.output);
      }
      const suggestions = found.suggestions.map((u) => `"${u.unit}"${u.name ? ` (${u.name})` : ''}`).join(', ');
      const file = job.fingerprints.find((p) => p.role === 'scores')?.file ?? o.scores;
      diagnostics.push(diag('SCORE_UNIT_UNKNOWN', 'error', { file }, { unit: query, suggestions }));
    }
    process.exitCode = report(diagnostics, o);
  });
}
