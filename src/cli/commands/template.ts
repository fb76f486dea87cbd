import type { Command } from 'commander';
import { csvCells } from '../../report/csv-cells.js';
import { renderCsvTable } from '../../report/render-csv.js';
import { renderTemplateXlsx } from '../../report/render-xlsx.js';
import type { CriteriaSet } from '../../criteria/model.js';
import { addCommonOptions, addOutputOptions, report, type CommonOptions } from '../common.js';
import { loadCriteria } from '../load-criteria.js';
import { emit, guardOutput } from '../output.js';

interface TemplateOptions extends CommonOptions {
  criteria?: string;
  titles?: boolean;
  survey?: boolean;
  format: 'csv' | 'xlsx';
  output?: string;
}

/** The CSV template: the header, and with --titles a second row of titles (to delete before scoring). */
function csvTemplate(criteria: CriteriaSet, o: TemplateOptions): string {
  if (o.survey) {
    const questions = criteria.survey?.questions ?? [];
    const fixed = criteria.survey?.groups ? ['unit', 'respondent', 'group'] : ['unit', 'respondent'];
    const titles = o.titles ? [[...fixed.map(() => ''), ...questions.map((q) => criteria.nodes.get(q.code)?.title ?? '')]] : [];
    return renderCsvTable(csvCells([...fixed, ...questions.map((q) => q.header)]), titles.map(csvCells));
  }
  const leaves = criteria.leaves.filter((l) => l.source === 'appraisal');
  const header = ['unit', 'name', 'group', ...leaves.map((l) => l.code)];
  return renderCsvTable(csvCells(header), o.titles ? [csvCells(['', '', '', ...leaves.map((l) => l.title)])] : []);
}

export function templateCommand(program: Command): void {
  const cmd = program
    .command('template')
    .description('write a blank sheet for data entry: scores (unit,name,group, then every appraisal leaf code) or, with --survey, raw survey answers')
    .option('-c, --criteria <file|id[@version]>', 'criteria set (default: newest ha-tinh-xa)')
    .option('--survey', 'the raw-answers sheet: unit, respondent, group (when the set weights groups), every question column')
    .option('--titles', 'CSV: add a second row with the titles (delete it before scoring); a workbook always has them, above the header');
  addOutputOptions(cmd, ['csv', 'xlsx'], 'csv or xlsx (a workbook with pick lists and number limits)', 'csv');
  addCommonOptions(cmd).addHelpText('after', `
A workbook (-o scores.xlsx or -f xlsx) has a row of titles and maxima above the header (cchc skips
it when reading), the header bold and frozen, pick lists for yes/no and level criteria (and for
groups and answers with --survey), and number limits from each criterion's maximum. Filled in and
saved, it scores as it is.

Examples:
  cchc template -o scores.csv
  cchc template -c ha-tinh-xa@2021 --titles -o scores-with-titles.csv
  cchc template -o scores.xlsx
  cchc template --survey -o survey.xlsx`);
  cmd.action((o: TemplateOptions) => {
    if (!guardOutput(o.output, [o.criteria], o)) return;
    const loaded = loadCriteria(o.criteria);
    const code = report(loaded.diagnostics, o);
    if (!loaded.criteria || code !== 0) return void (process.exitCode = code);
    if (o.format === 'xlsx') return emit(renderTemplateXlsx(loaded.criteria, o.lang, o.survey === true), o.output);
    return emit(csvTemplate(loaded.criteria, o), o.output);
  });
}
