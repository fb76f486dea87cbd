import type { Command } from 'commander';
import { renderCsvTable } from '../../report/render-csv.js';
import { addCommonOptions, report, type CommonOptions } from '../common.js';
import { loadCriteria } from '../load-criteria.js';
import { emit } from '../output.js';

interface TemplateOptions extends CommonOptions {
  criteria?: string;
  titles?: boolean;
  output?: string;
}

export function templateCommand(program: Command): void {
  const cmd = program
    .command('template')
    .description('write a blank wide scores CSV for data entry: unit,name,group, then every appraisal leaf code')
    .option('-c, --criteria <file|id[@version]>', 'criteria set (default: newest ha-tinh-xa)')
    .option('--titles', 'add a second row with the leaf titles (delete it before scoring)')
    .option('-o, --output <file>', 'write to a file instead of stdout');
  addCommonOptions(cmd).addHelpText('after', `
Examples:
  cchc template -o scores.csv
  cchc template -c ha-tinh-xa@2021 --titles -o scores-with-titles.csv`);
  cmd.action((o: TemplateOptions) => {
    const loaded = loadCriteria(o.criteria);
    const code = report(loaded.diagnostics, o);
    if (!loaded.criteria || code !== 0) return void (process.exitCode = code);
    const leaves = loaded.criteria.leaves.filter((l) => l.source === 'appraisal');
    const header = ['unit', 'name', 'group', ...leaves.map((l) => l.code)];
    const rows = o.titles ? [['', '', '', ...leaves.map((l) => l.title)]] : [];
    emit(renderCsvTable(header, rows), o.output);
  });
}
