// Text into a workbook's XML: made safe and escaped by the one sanitiser (text/xml-text.ts).
import { xmlEscape, xmlSafe } from '../../text/xml-text.js';

export const xmlText = xmlEscape;

/** A sheet name Excel accepts: no `[]:*?/\`, not empty, at most 31 characters, unique in the book. */
export function sheetName(name: string, taken: ReadonlySet<string>): string {
  // Cut by code points: a pair of surrogates is never split.
  const base = [...xmlSafe(name).replace(/[[\]:*?/\\]/g, ' ').trim()].slice(0, 31).join('').replace(/^'|'$/g, '') || 'Sheet';
  let candidate = base;
  for (let k = 2; taken.has(candidate.toLowerCase()); k++) candidate = `${[...base].slice(0, 31 - String(k).length - 1).join('')}~${k}`;
  return candidate;
}
