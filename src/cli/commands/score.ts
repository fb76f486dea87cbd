import { Option, type Command } from 'commander';
import { renderCsv } from '../../report/render-csv.js';
import { renderHtml } from '../../report/render-html.js';
import { renderJson } from '../../report/render-json.js';
import { renderMd } from '../../report/render-md.js';
import { renderTable } from '../../report/render-table.js';
import { addCommonOptions, addDecimalOptions, addOutputOptions, outputMark, refuseOutputOverInput, report, type CommonOptions } from '../common.js';
import { loadJob, type Job } from '../load-job.js';
import { decideColor, emit } from '../output.js';

export type ScoreFormat = 'table' | 'csv' | 'json' | 'md' | 'html';

interface ScoreOptions extends CommonOptions {
  criteria?: string;
  scores: string;
  survey?: string;
  format: ScoreFormat;
  output?: string;
  missing?: 'zero';
  decimal?: 'dot' | 'comma';
  outputDecimal?: 'dot' | 'comma';
  convertTcvn3?: boolean;
}

export function addJobOptions(cmd: Command): Command {
  return addDecimalOptions(
    cmd
      .option('-c, --criteria <file|id[@version]>', 'criteria set: a JSON file or a bundled id (default: newest ha-tinh-xa)')
      .requiredOption('-s, --scores <file|->', 'appraised scores CSV (wide or long); - reads stdin')
      .option('-u, --survey <file>', 'survey CSV: raw answers (one row per form) or survey points per unit')
      .addOption(new Option('--missing <policy>', 'treat missing appraisal values as 0 points').choices(['zero']))
      .option('--convert-tcvn3', 'convert legacy TCVN3 (ABC) font text instead of stopping'),
  );
}

export function renderRanking(job: Job, o: ScoreOptions, color: boolean): string {
  const f = { precision: job.criteria.precision, mark: outputMark(o) };
  switch (o.format) {
    case 'csv':
      return renderCsv(job.criteria, job.units, f);
    case 'json':
      return renderJson(job.criteria, job.units, { inputs: job.fingerprints, surveyGiven: job.surveyGiven });
    case 'md':
      return renderMd(job.criteria, job.units, f, o.lang);
    case 'html':
      return renderHtml({ criteria: job.criteria, units: job.units, inputs: job.fingerprints, surveyGiven: job.surveyGiven }, f, o.lang);
    default:
      return renderTable(job.criteria, job.units, f, o.lang, color);
  }
}

export function scoreCommand(program: Command): void {
  const cmd = program
    .command('score')
    .description('compute the index, component indices, ranks and bands from score and survey sheets');
  addOutputOptions(addJobOptions(cmd), ['table', 'csv', 'json', 'md', 'html'], 'output format (html: a self-contained report to publish or print)');
  addCommonOptions(cmd).addHelpText('after', `
Examples:
  cchc score -s samples/huong-son-2021/scores.csv -u samples/huong-son-2021/survey.csv
  cchc score -c ha-tinh-xa@2021 -s scores.csv -u survey.csv -f csv -o ranking.csv
  cchc score -c my-set.json -s scores.csv --decimal comma -f md
  cchc score -s scores.csv -u survey.csv -f csv --output-decimal comma -o ranking.csv
  cchc score -s scores.csv -u survey.csv -f html -o report.html

--format json and html also give the SHA-256 of every input file and of the criteria file
(json: meta.inputs, [{ role, file, sha256 }]), so a published ranking can be traced to its data.`);
  cmd.action((o: ScoreOptions) => {
    refuseOutputOverInput(o.output, [o.scores, o.survey, o.criteria]);
    // Only the JSON and HTML reports show the inputs' SHA-256: the others skip computing it.
    const { job, diagnostics } = loadJob({ ...o, hashInputs: o.format === 'json' || o.format === 'html' });
    const code = report(diagnostics, o);
    if (!job || code !== 0) return void (process.exitCode = code);
    const toFile = o.output !== undefined && o.output !== '-';
    emit(renderRanking(job, o, !toFile && decideColor(process.stdout)), o.output);
  });
}
