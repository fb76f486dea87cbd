// `cchc check`: the problems of each criteria file, as ESLint-style text or JSON.
import type { CheckedFile } from '../../core/run-check.js';
import { messageOf } from '../messages/index.js';
import { renderDiagnostics } from '../render-diagnostics.js';
import type { Renderers } from './render-settings.js';

export const CHECK_FORMATS = ['text', 'json'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

const count = (r: CheckedFile, severity: 'error' | 'warning') => r.diagnostics.filter((d) => d.severity === severity).length;

export const CHECK_RENDERERS: Renderers<CheckFormat, readonly CheckedFile[]> = {
  json: (results, s) => {
    const json = results.map((r) => ({
      file: r.file,
      errorCount: count(r, 'error'),
      warningCount: count(r, 'warning'),
      diagnostics: r.diagnostics.map((d) => ({ code: d.code, severity: d.severity, ...d.loc, message: messageOf(d, s.lang).text, args: d.args })),
    }));
    return `${JSON.stringify(json, null, 2)}\n`;
  },
  text: (results, s) => {
    const all = results.flatMap((r) => r.diagnostics);
    const text = renderDiagnostics(all, { lang: s.lang, color: s.color, verbose: true });
    const n = results.length;
    const done = s.lang === 'en' ? `✔ ${n} file${n === 1 ? '' : 's'} checked: no problems\n` : `✔ đã kiểm tra ${n} tệp: không có vấn đề\n`;
    return text + (all.every((d) => d.severity === 'info') ? done : '');
  },
};
