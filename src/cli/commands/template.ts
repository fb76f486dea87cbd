import type { Command } from 'commander';
import { csvCells } from '../../report/csv-cells.js';
import { renderCsvTable } from '../../report/render-csv.js';
import { renderTemplateXlsx } from '../../report/render-xlsx.js';
import { scoresTemplateSheet, surveyTemplateSheet, type TemplateSheet } from '../../report/template-sheet.js';
import { addCommonOptions, addOutputOptions, report, type CommonOptions } from '../common.js';
import { helpText } from '../help-lang.js';
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

export function templateCommand(program: Command): void {
  const cmd = program
    .command('template')
    .description('write a blank sheet for data entry: scores (unit,name,group, every appraisal leaf code, bonus/penalty when the set has them, note) or, with --survey, raw survey answers')
    .option('-c, --criteria <file|id[@version]>', 'criteria set (default: newest ha-tinh-xa)')
    .option('--survey', helpText({
      vi: 'mẫu phiếu điều tra xã hội học thay vì bảng điểm: unit, respondent, group (nếu bộ tiêu chí chia nhóm), rồi từng cột câu hỏi; mỗi phiếu một dòng',
      en: 'the raw-answers sheet instead of the scores: unit, respondent, group (when the set weights groups), then every question column; one row per form',
    }))
    .option('--titles', helpText({
      vi: 'CSV: thêm dòng thứ hai: tên từng cột, điểm tối đa và cách ghi (điểm, có/không, tỷ lệ %, số lần, mức đánh giá); để lại trong bảng cũng được, cchc bỏ qua và báo. Tệp Excel luôn có dòng này, phía trên dòng tiêu đề',
      en: "CSV: add a second row: each column's title, its maximum and what to enter (points, có/không, a rate in %, a count, a level); it may stay, cchc skips it with a notice. A workbook always has it, above the header",
    }));
  addOutputOptions(cmd, ['csv', 'xlsx'], 'csv or xlsx (a workbook with pick lists and number limits)', 'csv');
  addCommonOptions(cmd).addHelpText('after', `
A workbook (-o scores.xlsx or -f xlsx) has a row of titles and maxima above the header (cchc skips
it when reading), the header bold and frozen, pick lists for yes/no and level criteria (and for
groups and answers with --survey), and number limits from each criterion's maximum. Filled in and
saved, it scores as it is.

Examples:
  cchc template -o scores.csv
  cchc template -c ha-tinh-xa@2021 --titles -o scores-with-titles.csv
  cchc template --survey --titles -o survey.csv
  cchc template -o scores.xlsx
  cchc template --survey -o survey.xlsx`);
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
