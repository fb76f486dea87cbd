import type { Command } from 'commander';
import { runReconcile } from '../../core/run-reconcile.js';
import { RECONCILE_FORMATS, RECONCILE_RENDERERS, type ReconcileFormat } from '../../report/kinds/reconcile.js';
import type { Lang } from '../../report/messages/index.js';
import { addCommonOptions, addOutputOptions, addWideOption, deliver, type CommonOptions } from '../common.js';
import { reconcileHelp } from '../help/reconcile-help.js';
import { openOutput } from '../output.js';
import { addReportOptions, type ReportOptions } from '../report-options.js';
import { inputsOf, jobRequest, readerFromFlags, renderSettings, type JobFlags } from '../requests.js';
import { addJobOptions } from './score.js';

interface ReconcileOptions extends CommonOptions, JobFlags, ReportOptions {
  self: string[];
  format: ReconcileFormat;
  output?: string;
  outputDecimal?: 'dot' | 'comma';
  wide?: boolean;
}

export function reconcileCommand(program: Command, lang: Lang): void {
  const h = reconcileHelp(lang);
  const cmd = program.command('reconcile').description(h.description).requiredOption(h.self.flags, h.self.text);
  addReportOptions(addOutputOptions(addJobOptions(cmd, lang), RECONCILE_FORMATS, lang), lang);
  addWideOption(cmd, lang);
  addCommonOptions(cmd, lang).addHelpText('after', h.after);
  cmd.action(async (o: ReconcileOptions) => {
    const out = openOutput(o.output, [o.self, o.scores, o.survey, o.criteria, o.findings], o.lang);
    if (!out) return;
    const settings = renderSettings(o, out);
    const { reader, done } = readerFromFlags(o, { hash: o.format === 'json' || o.format === 'xlsx' });
    const { job, units, diagnostics } = await runReconcile({ ...jobRequest(o, reader), self: inputsOf(o.self, o.lang) });
    done();
    const model = job && units ? { criteria: job.criteria, units, findings: job.findings, inputs: job.fingerprints } : undefined;
    await deliver(diagnostics, o, model && (async () => out.write(await RECONCILE_RENDERERS[o.format](model, settings))));
  });
}
