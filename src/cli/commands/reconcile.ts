import type { Command } from 'commander';
import type { Lang } from '../../report/messages/index.js';
import type { NumberFormat } from '../../report/ranking-rows.js';
import { reconcileReport } from '../../report/reconcile-report.js';
import { renderReconcileCsv, renderReconcileJson } from '../../report/render-reconcile.js';
import { renderSectionsMd, renderSectionsTable, withSettings } from '../../report/render-sections.js';
import type { ReportSettings } from '../../report/report-settings.js';
import { renderReconcileXlsx } from '../../report/render-xlsx.js';
import type { ReconciledUnit } from '../../scoring/reconcile-units.js';
import { addCommonOptions, addOutputOptions, addWideOption, outputMark, report, reportDate, tableLayout, type CommonOptions } from '../common.js';
import type { Job } from '../load-job.js';
import { loadReconcile, type ReconcileJobOptions } from '../load-reconcile.js';
import { decideColor, emit, guardOutput } from '../output.js';
import { addJobOptions } from './score.js';
import { addReportOptions, reportSettings, type ReportOptions } from '../report-options.js';

interface ReconcileOptions extends CommonOptions, ReconcileJobOptions, ReportOptions {
  format: 'table' | 'csv' | 'json' | 'md' | 'xlsx';
  output?: string;
  date?: string;
  wide?: boolean;
}

function render(job: Job, units: ReconciledUnit[], o: ReconcileOptions, settings: ReportSettings, color: boolean): string | Uint8Array {
  const f: NumberFormat = { precision: job.criteria.precision, mark: outputMark(o) };
  const lang: Lang = o.lang;
  switch (o.format) {
    case 'csv':
      return renderReconcileCsv(units, f, job.findings);
    case 'xlsx': {
      const date = reportDate(o);
      return renderReconcileXlsx(job.criteria, units, { lang, inputs: job.fingerprints, ...(date ? { date } : {}) }, job.findings);
    }
    case 'json':
      return renderReconcileJson(job.criteria, units, { inputs: job.fingerprints }, job.findings);
    case 'md':
      return renderSectionsMd(withSettings(reconcileReport(job.criteria, units, f, lang, job.findings), settings));
    default:
      return renderSectionsTable(withSettings(reconcileReport(job.criteria, units, f, lang, job.findings), settings), color, lang, tableLayout(o, 'csv'));
  }
}

export function reconcileCommand(program: Command): void {
  const cmd = program
    .command('reconcile')
    .description("the units' self-assessed scores against the appraised ones: every cell the appraisal changed")
    .requiredOption('--self <file>', "the units' self-assessment CSV (same shape as the scores; no survey columns)");
  addReportOptions(addOutputOptions(addJobOptions(cmd), ['table', 'csv', 'json', 'md', 'xlsx']));
  addWideOption(cmd);
  addCommonOptions(cmd).addHelpText('after', `
Both files are read over the same criteria set and compared leaf by leaf AFTER each leaf's rule:
a self "có" (0.5) against an appraised "không" (0) is a change of -0.50; two rates that fall in the
same step are no change. csv/json: one row per unit and changed leaf,
  unit,name,code,title,self,appraised,change      (change = appraised - self, in points)
A leaf marked not applicable and excluded ("whenNotApplicable": "exclude") has no points on that
side: its cell is empty (null in JSON) and it counts as 0 in the change and in every total, so a
unit's changes add up to its appraised minus self-assessed appraisal points. A leaf that applies on
one side only is listed even when the points are equal. N/A with "full" or "zero" gives points and
is compared as such. Survey, bonus and penalty are not compared. The table lists the units with
the largest adjustments (sum of |change|) first, then totals per field, then every changed cell.
With --findings FILE (or notes per row in a long scores sheet), a note column follows change: the
appraisal's remarks on that cell, the reason it changed (csv/json: note; json also findings).

Examples:
  cchc reconcile --self samples/huong-son-2021/self-assessment.csv -s samples/huong-son-2021/scores.csv
  cchc reconcile --self self.csv -s scores.csv -u survey.csv -f csv -o adjustments.csv
  cchc reconcile --self self.csv -s scores.csv -f md --lang en
  cchc reconcile --self self.csv -s scores.csv --findings findings.csv -f csv -o adjustments.csv
  cchc reconcile --self self.csv -s scores.csv -f md --date 2021-11-26 -o doi-chieu.md
  cchc reconcile --self self.xlsx -s scores.xlsx -o adjustments.xlsx
  cchc reconcile --self self.csv -s scores.csv --findings findings.csv --wide | less -S

On a terminal the tables fit its width (a line names the columns left out); --wide gives them all.

--title replaces the heading of the table and Markdown; --date (default today, or
SOURCE_DATE_EPOCH) is shown after the criteria set. CSV and JSON are unchanged by both.`);
  cmd.action(async (o: ReconcileOptions) => {
    if (!guardOutput(o.output, [o.self, o.scores, o.survey, o.criteria, o.findings], o)) return;
    const settings = reportSettings(o);
    const { job, units, diagnostics } = await loadReconcile({ ...o, hashInputs: o.format === 'json' || o.format === 'xlsx' });
    const code = report(diagnostics, o);
    if (!job || !units || code !== 0) return void (process.exitCode = code);
    const toFile = o.output !== undefined && o.output !== '-';
    return emit(render(job, units, o, settings, !toFile && decideColor(process.stdout)), o.output);
  });
}
