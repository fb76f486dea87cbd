// Text into XML: escaped, and without the characters XML 1.0 cannot hold (control characters,
// lone surrogates), which Excel would refuse to open.
const INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xmlText(s: string): string {
  return s.replace(INVALID, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A sheet name Excel accepts: no `[]:*?/\`, not empty, at most 31 characters, unique in the book. */
export function sheetName(name: string, taken: ReadonlySet<string>): string {
  const base = [...name.replace(INVALID, '').replace(/[[\]:*?/\\]/g, ' ').trim()].slice(0, 31).join('').replace(/^'|'$/g, '') || 'Sheet';
  let candidate = base;
  for (let k = 2; taken.has(candidate.toLowerCase()); k++) candidate = `${[...base].slice(0, 31 - String(k).length - 1).join('')}~${k}`;
  return candidate;
}
