// `notices`: the council's notice to each unit as data (its number, its file's name, its sheet as
// `cchc explain -f json` gives it), and on request each notice's bytes (docx) or text (md), or all
// of them in one file (`combined`), as `cchc notices` writes them.
import { runNotices } from '../core/run-notices.js';
import { NOTICE_EXTENSION, NOTICES_FORMATS, NOTICES_RENDERERS, noticesModel, type NoticesFormat } from '../report/kinds/notices.js';
import { noticeNumber, numberingOf, type NumberPattern } from '../report/notice-number.js';
import { usageMessage } from '../report/messages/usage.js';
import { explainJsonDoc } from '../report/render-explain.js';
import { okOf, publicDiagnostics } from './diagnostics.js';
import { formatOf, jobOf, langOf, renderOf, type JobOptions } from './requests.js';
import type { RenderOptions, Result } from './types.js';

export interface NoticesOptions extends JobOptions, RenderOptions<NoticesFormat> {
  /** Units by code or name, as a person types them; every unit when absent. */
  units?: readonly string[];
  /** The number pattern (`{n}/TB-HĐTĐ`: {n} the place in the ranking, {n+K}, {year}); dots to fill in by hand when absent. */
  number?: string;
  /** With `format`: one output with every notice instead of one per notice. */
  combined?: boolean;
}

export interface NoticeEntry {
  unit: string;
  name: string;
  /** `5/TB-HĐTĐ`, as the notice says it after `Số:`. */
  number: string;
  /** The file's name as the CLI writes it (`SONNINH.docx`; `.md` for Markdown): safe on every file system, one per unit. */
  file: string;
  /** The unit's sheet: the numbers the notice states, as `explain` gives them. */
  explained: Record<string, unknown>;
  /** With `format` (and not `combined`): the notice's bytes (docx) or text (md). */
  output?: string | Uint8Array;
}

export interface NoticesResult extends Result {
  notices: NoticeEntry[];
  /** With `format` and `combined`: every notice in one file. */
  combined?: string | Uint8Array;
}

/** The number pattern, checked: a mistake is the calling program's (a RangeError), said as the CLI says it. */
function numberPattern(text: string | undefined, units: readonly string[]): NumberPattern {
  const p = numberingOf(text, units.length === 1);
  if (typeof p === 'string') throw new RangeError(`cchc: ${usageMessage(p === 'unknown' ? 'number' : 'numberSame', text ?? '', 'en')}`);
  return p;
}

export async function notices(options: NoticesOptions): Promise<NoticesResult> {
  const lang = langOf(options);
  const format = formatOf(options.format, NOTICES_FORMATS);
  const settings = renderOf(options);
  const units = options.units ?? [];
  const numbering = numberPattern(options.number, units);
  const run = await runNotices({ ...jobOf(options), units });
  const diagnostics = publicDiagnostics(run.diagnostics, lang);
  const { job } = run;
  const ok = okOf(run.diagnostics);
  if (!job || !run.notices || !ok) return { ok, notices: [], diagnostics };
  const model = noticesModel(job, run.notices, numbering);
  const renderer = format ? NOTICES_RENDERERS[format] : undefined;
  const outputs = renderer && !options.combined ? await renderer.files(model, settings) : [];
  const entries = run.notices.map((n, i) => ({
    unit: n.explained.unit.unit,
    name: n.explained.unit.name,
    number: noticeNumber(numbering, n.seq, settings.report.year),
    file: `${n.file}${NOTICE_EXTENSION[format ?? 'docx']}`,
    explained: explainJsonDoc(job.criteria, n.explained, job.findings),
    ...(outputs[i] !== undefined ? { output: outputs[i] } : {}),
  }));
  return { ok, notices: entries, diagnostics, ...(renderer && options.combined ? { combined: await renderer.combined(model, settings) } : {}) };
}
