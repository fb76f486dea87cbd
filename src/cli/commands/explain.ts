import type { Command } from 'commander';
import { runExplain } from '../../core/run-explain.js';
import { EXPLAIN_FORMATS, EXPLAIN_RENDERERS, WHAT_IF_RENDERERS, type ExplainFormat } from '../../report/kinds/explain.js';
import type { Lang } from '../../report/messages/index.js';
import { addCommonOptions, addOutputOptions, addWideOption, deliver, type CommonOptions } from '../common.js';
import { explainHelp } from '../help/explain-help.js';
import { openOutput } from '../output.js';
import { addReportOptions, type ReportOptions } from '../report-options.js';
import { jobRequest, readerFromFlags, renderSettings, type JobFlags } from '../requests.js';
import { parseSetOptions } from '../set-options.js';
import { addJobOptions } from './score.js';

interface ExplainOptions extends CommonOptions, JobFlags, ReportOptions {
  format: ExplainFormat;
  output?: string;
  outputDecimal?: 'dot' | 'comma';
  set?: string[];
  wide?: boolean;
}

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

export function explainCommand(program: Command, lang: Lang): void {
  const h = explainHelp(lang);
  const cmd = program.command('explain').description(h.description).argument(h.unit.name, h.unit.text);
  addReportOptions(addOutputOptions(addJobOptions(cmd, lang), EXPLAIN_FORMATS, lang), lang);
  cmd.option(h.set.flags, h.set.text, collect);
  addWideOption(cmd, lang);
  addCommonOptions(cmd, lang).addHelpText('after', h.after);
  cmd.action(async (query: string, o: ExplainOptions) => {
    const out = openOutput(o.output, [o.scores, o.survey, o.criteria, o.findings], o.lang);
    if (!out) return;
    const settings = renderSettings(o, out);
    const set = parseSetOptions(o.set ?? [], o.lang);
    const { reader, done } = readerFromFlags(o, { hash: o.format === 'xlsx' });
    const run = await runExplain({ ...jobRequest(o, reader), unit: query, set });
    done();
    const { job, explained, whatIf } = run;
    const render = !job
      ? undefined
      : whatIf
        ? () => WHAT_IF_RENDERERS[o.format]({ criteria: job.criteria, ...whatIf, inputs: job.fingerprints }, settings)
        : explained
          ? () => EXPLAIN_RENDERERS[o.format]({ criteria: job.criteria, explained, findings: job.findings, inputs: job.fingerprints }, settings)
          : undefined;
    await deliver(run.diagnostics, o, render && (async () => out.write(await render())));
  });
}
