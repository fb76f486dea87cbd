import { Option, type Command } from 'commander';
import { listBundled } from '../../io/bundled-criteria.js';
import { criteriaReport, renderCriteriaJson } from '../../report/render-criteria.js';
import { renderSectionsMd, renderSectionsTable } from '../../report/render-sections.js';
import { addCommonOptions, addOutputOptions, addWideOption, report, tableLayout, type CommonOptions } from '../common.js';
import { helpText } from '../help-lang.js';
import { loadCriteria } from '../load-criteria.js';
import { decideColor, emit, guardOutput, writeStdout } from '../output.js';

interface ShowOptions extends CommonOptions {
  format: 'table' | 'md' | 'json';
  output?: string;
  wide?: boolean;
}

function showCommand(parent: Command): void {
  const cmd = parent
    .command('show')
    .argument('[set]', helpText({ vi: 'mã bộ tiêu chí có sẵn (ha-tinh-xa, ha-tinh-xa@2021) hoặc tệp JSON; mặc định: ha-tinh-xa mới nhất', en: 'a bundled set (ha-tinh-xa, ha-tinh-xa@2021) or a JSON file; default: the newest ha-tinh-xa' }))
    .description(helpText({
      vi: 'trình bày một bộ tiêu chí: cây tiêu chí với mã, tên, điểm tối đa, cách chấm từng tiêu chí bằng lời, không áp dụng; điều tra xã hội học; xếp loại và xếp hạng',
      en: 'a criteria set explained: the tree with codes, titles, maxima, each rule in words, not applicable; the survey; bands and ranking rules',
    }));
  addOutputOptions(cmd, ['table', 'md', 'json'], helpText({ vi: 'định dạng: table (màn hình), md (Markdown), json', en: 'format: table (the terminal), md (Markdown), json' }));
  addWideOption(cmd);
  addCommonOptions(cmd).addHelpText('after', helpText({
    vi: `
Cho biết: căn cứ, tổng điểm (thẩm định + điều tra), cách tính chỉ số, làm tròn, xếp hạng (theo chỉ số
công bố hay chính xác, so tiếp khi bằng nhau, theo nhóm), điểm thưởng và điểm trừ tối đa; từng tiêu chí
với điểm tối đa và cách chấm ("≥ 100% → 3,5 điểm; ≥ 95% → 2,5 điểm; …"), khi ghi "không áp dụng";
trọng số câu trả lời, câu trả lời không tính, nhóm người trả lời và tỷ trọng, công thức; câu hỏi → tiêu chí;
xếp loại. --format json cho cùng nội dung dạng dữ liệu.

Ví dụ:
  cchc criteria show
  cchc criteria show ha-tinh-xa@2021 -f md -o bo-tieu-chi.md
  cchc criteria show my-set.json --lang en
  cchc criteria show example -f json`,
    en: `
Says: the source, the total (appraisal + survey), how the index is computed, rounding, ranking (on
the published or the exact index, tie-breaks, by group), the bonus and penalty caps; every criterion
with its maximum and its rule in words ("≥ 100% → 3.5 points; ≥ 95% → 2.5 points; …"), what "not
applicable" does; the answer weights, ignored answers, respondent groups and shares, the formula;
questions → criteria; the bands. --format json gives the same as data.

Examples:
  cchc criteria show
  cchc criteria show ha-tinh-xa@2021 -f md -o criteria.md
  cchc criteria show my-set.json --lang en
  cchc criteria show example -f json`,
  }));
  cmd.action((set: string | undefined, o: ShowOptions) => {
    if (!guardOutput(o.output, set ? [set] : [], o)) return;
    const loaded = loadCriteria(set);
    const code = report(loaded.diagnostics, o);
    const criteria = loaded.criteria;
    if (!criteria || code !== 0) return void (process.exitCode = code);
    if (o.format === 'json') return emit(renderCriteriaJson(criteria, o.lang), o.output);
    const md = o.format === 'md';
    const r = criteriaReport(criteria, o.lang, (depth) => (md ? '\u00a0\u00a0' : '  ').repeat(depth));
    const toFile = o.output !== undefined && o.output !== '-';
    emit(md ? renderSectionsMd(r) : renderSectionsTable(r, !toFile && decideColor(process.stdout), o.lang, tableLayout(o, 'md')), o.output);
  });
}

export function criteriaCommand(program: Command): void {
  const cmd = program.command('criteria').description(helpText({
    vi: 'các bộ tiêu chí: list liệt kê các bộ có sẵn, show trình bày một bộ (có sẵn hoặc tệp JSON)',
    en: 'the criteria sets: list the bundled ones, show one (bundled or a JSON file)',
  }));
  cmd
    .command('list')
    .description('list the bundled sets: id, version, title')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action((o: { format: 'text' | 'json' }) => {
      const sets = listBundled().map(({ id, version, title }) => ({ id, version, title }));
      if (o.format === 'json') return writeStdout(`${JSON.stringify(sets, null, 2)}\n`);
      const w = Math.max(...sets.map((s) => `${s.id}@${s.version}`.length), 10);
      writeStdout(sets.map((s) => `${`${s.id}@${s.version}`.padEnd(w)}  ${s.title}\n`).join(''));
    });
  showCommand(cmd);
}
