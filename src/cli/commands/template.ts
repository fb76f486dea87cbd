import type { Command } from 'commander';
import { csvCells } from '../../report/csv-cells.js';
import { renderCsvTable } from '../../report/render-csv.js';
import { renderTemplateXlsx } from '../../report/render-xlsx.js';
import { scoresTemplateSheet, surveyTemplateSheet, type TemplateSheet } from '../../report/template-sheet.js';
import { addCommonOptions, addOutputOptions, report, type CommonOptions } from '../common.js';
import { templateHelp } from '../help/template-help.js';
import type { Lang } from '../../report/messages/index.js';
import { loadCriteria } from '../load-criteria.js';
import { UsageError } from '../usage-error.js';
import { emit, guardOutput } from '../output.js';

interface TemplateOptions extends CommonOptions {
  criteria?: string;
  titles?: boolean;
  survey?: boolean;
  format: 'csv' | 'xlsx';
  output?: string;
}

/** The CSV template: the header, and with --titles a second row of titles (it may stay: cchc skips it with a notice). */
const csvTemplate = (sheet: TemplateSheet, o: TemplateOptions): string => renderCsvTable(csvCells(sheet.header), o.titles ? [csvCells(sheet.titles)] : []);

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
  addOutputOptions(cmd, ['csv', 'xlsx'], lang, h.format, 'csv');
  addCommonOptions(cmd, lang).addHelpText('after', h.after);
  cmd.action((o: TemplateOptions) => {
    if (!guardOutput(o.output, [o.criteria], o)) return;
    const loaded = loadCriteria(o.criteria);
    const code = report(loaded.diagnostics, o);
    if (!loaded.criteria || code !== 0) return void (process.exitCode = code);
    const criteria = loaded.criteria;
    const sheet = o.survey ? surveyTemplateSheet(criteria, o.lang) : scoresTemplateSheet(criteria, o.lang);
    if (!sheet) throw new UsageError(NO_SURVEY[o.lang](`${criteria.id}@${criteria.version}`));
    if (o.format === 'xlsx') return emit(renderTemplateXlsx(criteria, o.lang, o.survey === true), o.output);
    return emit(csvTemplate(sheet, o), o.output);
  });
}
