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

export function addJobOptions(cmd: Command): Command {
  return addDecimalOptions(
    cmd
      .option('-c, --criteria <file|id[@version]>', 'criteria set: a JSON file or a bundled id (default: newest ha-tinh-xa)')
      .requiredOption('-s, --scores <file|->', 'appraised scores CSV or workbook (wide or long; book.xlsx#Sheet picks a sheet); - reads stdin')
      .option('-u, --survey <file>', 'survey CSV or workbook: raw answers (one row per form) or survey points per unit')
      .option('--findings <file>', "the appraisal's remarks per unit and criterion (CSV or workbook: unit, code, note, evidence, kind): shown in explain, reconcile, json and html")
      .addOption(new Option('--missing <policy>', 'treat missing appraisal values as 0 points').choices(['zero']))
      .option('--convert-tcvn3', 'convert legacy TCVN3 (ABC) font text instead of stopping'),
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

export function scoreCommand(program: Command): void {
  const cmd = program
    .command('score')
    .description('compute the index, component indices, ranks and bands from score and survey sheets');
  addOutputOptions(addJobOptions(cmd), ['table', 'csv', 'json', 'md', 'html', 'docx', 'xlsx'], 'output format (html: the council\'s report to publish or print; docx: the decision\'s annex in Word; xlsx: the ranking as a workbook)');
  addReportOptions(cmd, true);
  addUncertaintyOptions(cmd);
  cmd.option('--with-findings', "the Word file (-f docx) gets a second annex: each unit's shortcomings and recommendations (from --findings)");
  addWideOption(cmd);
  addCommonOptions(cmd).addHelpText('after', `
Examples:
  cchc score -s samples/huong-son-2021/scores.csv -u samples/huong-son-2021/survey.csv
  cchc score -c ha-tinh-xa@2021 -s scores.csv -u survey.csv -f csv -o ranking.csv
  cchc score -c my-set.json -s scores.csv --decimal comma -f md
  cchc score -s scores.csv -u survey.csv -f csv --output-decimal comma -o ranking.csv
  cchc score -s scores.csv -u survey.csv -f html -o report.html --date 2021-11-26 --place "Hương Sơn"
  cchc score -s scores.csv -u survey.csv -o phu-luc.docx --date 2021-11-26 --decision 123/QĐ-UBND \\
       --issuer "ỦY BAN NHÂN DÂN|HUYỆN HƯƠNG SƠN" --place "Hương Sơn" \\
       --signer "TM. ỦY BAN NHÂN DÂN|KT. CHỦ TỊCH|PHÓ CHỦ TỊCH" --signer-name "Nguyễn Văn A"
  cchc score -s scores.csv -u survey.csv --uncertainty                  # rank as 4 (3–6): how sure it is
  cchc score -s scores.csv -u survey.csv --uncertainty --replicates 5000 --seed 7 --level 95% -f csv -o ranking.csv
  cchc score -s scores.csv -u survey.csv --findings findings.csv -f html -o report.html   # + the council's findings, per unit
  cchc score -s scores.csv -u survey.csv --findings findings.csv --with-findings -o phu-luc.docx
  cchc score -s scores.csv -u survey.csv --wide | less -S                # every column: each field's points

On a terminal the table fits its width: rank, unit, name, total, index and band always, then the
other columns while there is room (a line under the table names those left out); long names are
shortened with …. To a pipe or a file it is written whole; --wide adds each field's points.

Report settings: --date (default today, or SOURCE_DATE_EPOCH), --year, --title, --issuer, --signer,
--signer-name, --decision, --place. The HTML report and the Word annex show them all, Markdown the
title and the date, JSON the date and the title (meta.report); the CSV and the table none. Lines of
--issuer and --signer are separated by |; what is not given is a dotted blank (…………) to fill in by
hand. The same inputs and --date give the same bytes in every format, the .docx included.

Workbooks (.xlsx) are read wherever a CSV is, recognised by content: without #Sheet, the first
visible sheet whose header cchc recognises (--verbose says which). -o ranking.xlsx (or -f xlsx)
writes the ranking as a workbook: the CSV's columns, numbers as numbers, the header bold and frozen,
a legend sheet with the inputs' SHA-256; dated only by --date or SOURCE_DATE_EPOCH.
  cchc score -s "book.xlsx#Điểm" -u "book.xlsx#Khảo sát" -o ranking.xlsx
  cchc score -s scores.xlsx -u survey.xlsx --verbose

--format json and html also give the SHA-256 of every input file and of the criteria file
(json: meta.inputs, [{ role, file, sha256 }]), so a published ranking can be traced to its data.

--uncertainty resamples each unit's survey forms (within each respondent group) and re-scores
every unit by the set's rules, --replicates times (default 1000); each index and rank gets the
interval holding --level of the resamples (default 0.9, i.e. 90%). The same --seed (default 1)
gives the same intervals. csv adds the columns rank_low,rank_high,index_low,index_high; json the
same per unit; the table, md and html show the rank as 4 (3–6) and the index interval, html
draws it on the chart and lists the neighbours the survey cannot tell apart (--verbose lists them
too); the Word annex stays as published. Survey points given per unit (not forms) have no
sampling error: those units' index interval is the index itself (a warning says so).
--replicates, --seed or --level alone imply --uncertainty.

--findings FILE gives the appraisal's remarks, one row per remark: unit (code or name), code (a
criterion at any level; empty: the unit as a whole), the remark (note, ghi chú, nhận xét; a column
headed tồn tại or kiến nghị says its remarks' kind), evidence (tài liệu kiểm chứng) and kind
(tồn tại, kiến nghị, ghi nhận, nhận xét). A long-form scores sheet may carry note and evidence per
row, a wide one per unit. json gives each unit's findings; html adds an appendix "Nhận xét của Hội
đồng thẩm định" per unit, by field; --with-findings adds them to the Word file as a second annex;
the csv and the table are unchanged (--verbose counts the remarks).`);
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
