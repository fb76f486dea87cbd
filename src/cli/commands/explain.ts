import type { Command } from 'commander';
import { diag, hasErrors } from '../../diagnostics/diagnostic.js';
import type { NumberFormat } from '../../report/ranking-rows.js';
import { explainReport, renderExplainJson } from '../../report/render-explain.js';
import { findingsOf } from '../../report/findings-json.js';
import { renderSectionsMd, renderSectionsTable, withSettings, type TextReport } from '../../report/render-sections.js';
import { renderWhatIfJson, whatIfReport } from '../../report/render-what-if.js';
import { renderSectionsXlsx } from '../../report/render-xlsx.js';
import { explainUnit } from '../../scoring/explain-unit.js';
import { findUnit } from '../../scoring/find-unit.js';
import { addCommonOptions, addOutputOptions, addWideOption, outputMark, report, reportDate, tableLayout, type CommonOptions } from '../common.js';
import { loadJob, type JobOptions } from '../load-job.js';
import { decideColor, emit, guardOutput } from '../output.js';
import { parseSetOptions, runWhatIf } from '../run-what-if.js';
import { addJobOptions } from './score.js';
import { explainHelp } from '../help/explain-help.js';
import type { Lang } from '../../report/messages/index.js';
import { addReportOptions, reportSettings, type ReportOptions } from '../report-options.js';

interface ExplainOptions extends CommonOptions, JobOptions, ReportOptions {
  format: 'table' | 'json' | 'md' | 'xlsx';
  output?: string;
  set?: string[];
  wide?: boolean;
}

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

export function explainCommand(program: Command, lang: Lang): void {
  const h = explainHelp(lang);
  const cmd = program.command('explain').description(h.description).argument(h.unit.name, h.unit.text);
  addReportOptions(addOutputOptions(addJobOptions(cmd, lang), ['table', 'json', 'md', 'xlsx'], lang), lang);
  cmd.option(h.set.flags, h.set.text, collect);
  addWideOption(cmd, lang);
  addCommonOptions(cmd, lang).addHelpText('after', h.after);
  cmd.action(async (query: string, o: ExplainOptions) => {
    if (!guardOutput(o.output, [o.scores, o.survey, o.criteria, o.findings], o)) return;
    const settings = reportSettings(o);
    const sets = parseSetOptions(o.set ?? [], o.lang);
    const { job, diagnostics } = await loadJob({ ...o, hashInputs: o.format === 'xlsx' });
    if (job) {
      const found = findUnit(job.units, query);
      if (found.unit) {
        const xlsx = o.format === 'xlsx';
        // A workbook's numbers are numbers: written with a point, whatever mark the text output uses.
        const f: NumberFormat = { precision: job.criteria.precision, mark: xlsx ? '.' : outputMark(o) };
        const toFile = o.output !== undefined && o.output !== '-';
        const date = xlsx ? reportDate(o) : undefined;
        const text = (r: TextReport): string | Uint8Array =>
          xlsx ? renderSectionsXlsx(r, { lang: o.lang, inputs: job.fingerprints, ...(date ? { date } : {}) }, job.criteria)
            : o.format === 'md' ? renderSectionsMd(withSettings(r, settings)) : renderSectionsTable(withSettings(r, settings), !toFile && decideColor(process.stdout), o.lang, tableLayout(o, 'md'));
        if (sets.length > 0) {
          const w = hasErrors(diagnostics) ? undefined : runWhatIf(job, found.unit, sets, o.decimal, diagnostics);
          const code = report(diagnostics, o);
          if (!w || code !== 0) return void (process.exitCode = code);
          return emit(o.format === 'json' ? renderWhatIfJson(job.criteria, w.result, w.cells) : text(whatIfReport(job.criteria, w.result, w.cells, f, o.lang)), o.output);
        }
        const code = report(diagnostics, o);
        if (code !== 0) return void (process.exitCode = code);
        const explained = explainUnit(job.criteria, job.units, found.unit);
        if (o.format === 'json') return emit(renderExplainJson(job.criteria, explained, job.findings), o.output);
        const remarks = job.findings.given ? findingsOf(job.findings, found.unit.unit) : undefined;
        return emit(text(explainReport(job.criteria, explained, f, o.lang, (d) => (xlsx ? '' : o.format === 'md' ? '\u00a0\u00a0' : '  ').repeat(d), remarks)), o.output);
      }
      const suggestions = found.suggestions.map((u) => `"${u.unit}"${u.name ? ` (${u.name})` : ''}`).join(', ');
      const file = job.fingerprints.find((p) => p.role === 'scores')?.file ?? o.scores;
      diagnostics.push(diag('SCORE_UNIT_UNKNOWN', 'error', { file }, { unit: query, suggestions }));
    }
    process.exitCode = report(diagnostics, o);
  });
}
