import { Option, type Command } from 'commander';
import { runScore } from '../../core/run-score.js';
import { diag } from '../../diagnostics/diagnostic.js';
import { RANKING_FORMATS, RANKING_RENDERERS, rankingModel, type RankingFormat } from '../../report/kinds/ranking.js';
import type { Lang } from '../../report/messages/index.js';
import { addCommonOptions, addDecimalOptions, addOutputOptions, addWideOption, deliver, type CommonOptions } from '../common.js';
import { optionHelp } from '../help/option-help.js';
import { scoreHelp } from '../help/score-help.js';
import { openOutput } from '../output.js';
import { barText, createProgress, wantsProgress } from '../progress.js';
import { addReportOptions, type ReportOptions } from '../report-options.js';
import { jobRequest, readerFromFlags, renderSettings, type JobFlags } from '../requests.js';
import { addUncertaintyOptions, parseUncertaintyOptions, type UncertaintyFlags } from '../uncertainty-options.js';
import { UsageError } from '../usage-error.js';

export type ScoreFormat = RankingFormat;

const COMPUTING_INTERVALS = { vi: 'đang tính khoảng tin cậy', en: 'computing the intervals' };

interface ScoreOptions extends CommonOptions, ReportOptions, UncertaintyFlags, JobFlags {
  format: ScoreFormat;
  output?: string;
  outputDecimal?: 'dot' | 'comma';
  withFindings?: boolean;
  wide?: boolean;
}

/** The options of a job (score, explain, reconcile): the set, the sheets, how to read them. */
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

const DOCX_TO_TERMINAL = {
  vi: '-f docx ghi một tệp Word: thêm -o phu-luc.docx (hoặc chuyển hướng ra tệp: > phu-luc.docx)',
  en: '-f docx writes a Word file: add -o annex.docx (or redirect to a file: > annex.docx)',
};

export function scoreCommand(program: Command, lang: Lang): void {
  const h = scoreHelp(lang);
  const cmd = program.command('score').description(h.description);
  addOutputOptions(addJobOptions(cmd, lang), RANKING_FORMATS, lang, h.format);
  addReportOptions(cmd, lang, true);
  addUncertaintyOptions(cmd, lang);
  cmd.option('--with-findings', h.withFindings);
  addWideOption(cmd, lang);
  addCommonOptions(cmd, lang).addHelpText('after', h.after);
  cmd.action(async (o: ScoreOptions) => {
    const out = openOutput(o.output, [o.scores, o.survey, o.criteria, o.findings], o.lang);
    if (!out) return;
    // Settings first: a bad --date is a usage error before any file is read.
    const settings = renderSettings(o, out);
    if (o.format === 'docx' && !out.toFile && process.stdout.isTTY) throw new UsageError(DOCX_TO_TERMINAL[o.lang]);
    const uncertainty = parseUncertaintyOptions(o, o.lang);
    // Only the JSON, HTML and workbook reports show the inputs' SHA-256: the others skip computing it.
    const { reader, done } = readerFromFlags(o, { hash: o.format === 'json' || o.format === 'html' || o.format === 'xlsx' });
    // Intervals that take long draw a bar on a terminal.
    const bar = createProgress(() => wantsProgress(), o.lang, undefined, undefined, undefined, barText(o.lang, COMPUTING_INTERVALS));
    const run = await runScore({ ...jobRequest(o, reader), ...(uncertainty ? { uncertainty, onUncertaintyProgress: bar.update } : {}) });
    done();
    bar.done();
    const { job } = run;
    if (job && o.withFindings && o.format === 'docx' && !job.findings.given) run.diagnostics.push(diag('SCORE_FINDINGS_NOT_GIVEN', 'warning', {}, {}));
    await deliver(run.diagnostics, o, job && (async () => out.write(await RANKING_RENDERERS[o.format](rankingModel(job, run.uncertainty), settings))));
  });
}
