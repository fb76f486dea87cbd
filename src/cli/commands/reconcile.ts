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
import { reconcileHelp } from '../help/reconcile-help.js';

interface ReconcileOptions extends CommonOptions, ReconcileJobOptions, ReportOptions {
  format: 'table' | 'csv' | 'json' | 'md' | 'xlsx';
  output?: string;
  date?: string;
  wide?: boolean;
}

function render(job: Job, units: ReconciledUnit[], o: ReconcileOptions, settings: ReportSettings, color: boolean): string | Uint8Array {
  const f: NumberFormat = { precision: job.criteria.precision, mark: outputMark(o) };
  const lang = o.lang;
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

export function reconcileCommand(program: Command, lang: Lang): void {
  const h = reconcileHelp(lang);
  const cmd = program.command('reconcile').description(h.description).requiredOption(h.self.flags, h.self.text);
  addReportOptions(addOutputOptions(addJobOptions(cmd, lang), ['table', 'csv', 'json', 'md', 'xlsx'], lang), lang);
  addWideOption(cmd, lang);
  addCommonOptions(cmd, lang).addHelpText('after', h.after);
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
