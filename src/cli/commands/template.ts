import type { Command } from 'commander';
import { loadCriteria } from '../../core/load-criteria.js';
import { inputLimit } from '../../io/input-limit.js';
import { TEMPLATE_FORMATS, TEMPLATE_RENDERERS, templateModel, type TemplateFormat } from '../../report/kinds/template.js';
import type { Lang } from '../../report/messages/index.js';
import { addCommonOptions, addOutputOptions, deliver, type CommonOptions } from '../common.js';
import { templateHelp } from '../help/template-help.js';
import { openOutput } from '../output.js';
import { renderSettings } from '../requests.js';
import { UsageError } from '../usage-error.js';

interface TemplateOptions extends CommonOptions {
  criteria?: string;
  titles?: boolean;
  survey?: boolean;
  format: TemplateFormat;
  output?: string;
}

const NO_SURVEY = {
  vi: (set: string) => `--survey: bộ tiêu chí ${set} không có phần điều tra xã hội học (survey.questions): không có phiếu để lập mẫu`,
  en: (set: string) => `--survey: the criteria set ${set} has no survey section (survey.questions): there is no form to write`,
};

export function templateCommand(program: Command, lang: Lang): void {
  const h = templateHelp(lang);
  const cmd = program
    .command('template')
    .description(h.description)
    .option(h.criteria.flags, h.criteria.text)
    .option('--survey', h.survey)
    .option('--titles', h.titles);
  addOutputOptions(cmd, TEMPLATE_FORMATS, lang, h.format, 'csv');
  addCommonOptions(cmd, lang).addHelpText('after', h.after);
  cmd.action(async (o: TemplateOptions) => {
    const out = openOutput(o.output, [o.criteria], o.lang);
    if (!out) return;
    const { criteria, diagnostics } = loadCriteria(o.criteria, inputLimit(process.env));
    const model = criteria && templateModel(criteria, { survey: o.survey === true, titles: o.titles === true, lang: o.lang });
    if (criteria && !model) throw new UsageError(NO_SURVEY[o.lang](`${criteria.id}@${criteria.version}`));
    await deliver(diagnostics, o, model && (async () => out.write(await TEMPLATE_RENDERERS[o.format](model, renderSettings(o, out)))));
  });
}
