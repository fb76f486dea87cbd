import { Option, type Command } from 'commander';
import { renderDocx } from '../../report/docx/render-docx.js';
import { renderCsv } from '../../report/render-csv.js';
import { renderHtml } from '../../report/render-html.js';
import { renderJson } from '../../report/render-json.js';
import { renderMd } from '../../report/render-md.js';
import { renderTable } from '../../report/render-table.js';
import { renderRankingXlsx } from '../../report/render-xlsx.js';
import { addCommonOptions, addDecimalOptions, addOutputOptions, addWideOption, outputMark, report, reportDate, tableLayout, type CommonOptions } from '../common.js';
import { loadJob, type Job } from '../load-job.js';
import { decideColor, emit, guardOutput } from '../output.js';
import { isoDate, resultsTitle, type ReportSettings } from '../../report/report-settings.js';
import { addReportOptions, reportSettings, type ReportOptions } from '../report-options.js';
import { UsageError } from '../usage-error.js';
import type { Uncertainty } from '../../scoring/estimate-uncertainty.js';
import { diag, hasErrors } from '../../diagnostics/diagnostic.js';
import { runUncertainty } from '../run-uncertainty.js';
import { addUncertaintyOptions, parseUncertaintyOptions, type UncertaintyFlags } from '../uncertainty-options.js';
import { optionHelp } from '../help/option-help.js';
import { scoreHelp } from '../help/score-help.js';
import type { Lang } from '../../report/messages/index.js';

export type ScoreFormat = 'table' | 'csv' | 'json' | 'md' | 'html' | 'docx' | 'xlsx';

interface ScoreOptions extends CommonOptions, ReportOptions, UncertaintyFlags {
  criteria?: string;
  scores: string;
  survey?: string;
  findings?: string;
  format: ScoreFormat;
  output?: string;
  missing?: 'zero';
  decimal?: 'dot' | 'comma';
  outputDecimal?: 'dot' | 'comma';
  convertTcvn3?: boolean;
  date?: string;
  withFindings?: boolean;
  wide?: boolean;
}

export function addJobOptions(cmd: Command, lang: Lang): Command {
  const h = optionHelp(lang);
  return addDecimalOptions(
    cmd
      .option(h.criteria.flags, h.criteria.text)
      .requiredOption(h.scores.flags, h.scores.text)
      .option(h.survey.flags, h.survey.text)
      .option(h.findings.flags, h.findings.text)
      .addOption(new Option(h.missing.flags, h.missing.text).choices(['zero']))
      .option(h.convertTcvn3.flags, h.convertTcvn3.text),
    lang,
  );
}

export function renderRanking(job: Job, o: ScoreOptions, settings: ReportSettings, color: boolean, uncertainty?: Uncertainty): string | Uint8Array | Promise<Uint8Array> {
  const f = { precision: job.criteria.precision, mark: outputMark(o) };
  switch (o.format) {
    case 'xlsx': {
      const date = reportDate(o);
      return renderRankingXlsx(job.criteria, job.units, { lang: o.lang, inputs: job.fingerprints, ...(date ? { date } : {}) });
    }
    case 'csv':
      return renderCsv(job.criteria, job.units, f, uncertainty);
    case 'json': {
      const report = { date: isoDate(settings.date), title: resultsTitle(settings, o.lang), cchc: settings.version };
      return renderJson(job.criteria, job.units, { inputs: job.fingerprints, surveyGiven: job.surveyGiven, report }, uncertainty, job.findings);
    }
    case 'md':
      return renderMd(job.criteria, job.units, f, o.lang, settings, uncertainty);
    case 'html':
      return renderHtml({ criteria: job.criteria, units: job.units, inputs: job.fingerprints, surveyGiven: job.surveyGiven, settings, findings: job.findings, ...(uncertainty ? { uncertainty } : {}) }, f, o.lang);
    case 'docx':
      return renderDocx({ criteria: job.criteria, units: job.units, settings, ...(o.withFindings ? { findings: job.findings } : {}) }, f);
    default:
      return renderTable(job.criteria, job.units, f, o.lang, color, uncertainty, tableLayout(o, 'csv'));
  }
}

const DOCX_TO_TERMINAL = {
  vi: '-f docx ghi một tệp Word: thêm -o phu-luc.docx (hoặc chuyển hướng ra tệp: > phu-luc.docx)',
  en: '-f docx writes a Word file: add -o annex.docx (or redirect to a file: > annex.docx)',
};

export function scoreCommand(program: Command, lang: Lang): void {
  const h = scoreHelp(lang);
  const cmd = program.command('score').description(h.description);
  addOutputOptions(addJobOptions(cmd, lang), ['table', 'csv', 'json', 'md', 'html', 'docx', 'xlsx'], lang, h.format);
  addReportOptions(cmd, lang, true);
  addUncertaintyOptions(cmd, lang);
  cmd.option('--with-findings', h.withFindings);
  addWideOption(cmd, lang);
  addCommonOptions(cmd, lang).addHelpText('after', h.after);
  cmd.action(async (o: ScoreOptions) => {
    if (!guardOutput(o.output, [o.scores, o.survey, o.criteria, o.findings], o)) return;
    // Settings first: a bad --date is a usage error before any file is read.
    const settings = reportSettings(o);
    if (o.format === 'docx' && (o.output === undefined || o.output === '-') && process.stdout.isTTY) throw new UsageError(DOCX_TO_TERMINAL[o.lang]);
    const intervals = parseUncertaintyOptions(o, o.lang);
    // Only the JSON and HTML reports show the inputs' SHA-256: the others skip computing it.
    const { job, diagnostics } = await loadJob({ ...o, hashInputs: o.format === 'json' || o.format === 'html' || o.format === 'xlsx', keepForms: intervals !== undefined });
    const uncertainty = job && intervals && !hasErrors(diagnostics) ? runUncertainty(job, intervals, diagnostics) : undefined;
    if (job && o.withFindings && o.format === 'docx' && !job.findings.given) diagnostics.push(diag('SCORE_FINDINGS_NOT_GIVEN', 'warning', {}, {}));
    const code = report(diagnostics, o);
    if (!job || code !== 0) return void (process.exitCode = code);
    const toFile = o.output !== undefined && o.output !== '-';
    return emit(await renderRanking(job, o, settings, !toFile && decideColor(process.stdout), uncertainty), o.output);
  });
}
