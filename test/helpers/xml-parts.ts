// Every XML part of a zip file cchc writes (.docx, .xlsx), read by a strict XML parser: saxes
// stops at what XML 1.0 forbids and at any markup that is not well formed; a UTF-8 decoder that
// refuses bad bytes; and a check of the characters saxes lets through (a lone high surrogate
// reaches it as U+FFFD) and of the bidirectional overrides no part may carry raw.
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';

const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The problems of one XML text: parse errors, then forbidden characters; empty when it is well formed. */
export function xmlProblems(text: string): string[] {
  const errors: string[] = [];
  const p = new SaxesParser({ xmlns: true, position: true });
  p.on('error', (e) => errors.push(e.message));
  try {
    p.write(text).close();
  } catch (e) {
    errors.push((e as Error).message);
  }
  const bad = FORBIDDEN.exec(text);
  if (bad) errors.push(`character U+${bad[0].codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')} at ${bad.index}`);
  return errors;
}

/** Each XML part of a zip (`.xml`, `.rels`) with its problems; parts without any are left out. */
export function badXmlParts(zip: Uint8Array): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const parts = unzipSync(zip);
  if (Object.keys(parts).length === 0) out['(zip)'] = ['no part'];
  for (const [name, bytes] of Object.entries(parts)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      out[name] = ['not UTF-8'];
      continue;
    }
    const problems = xmlProblems(text);
    if (problems.length > 0) out[name] = problems;
  }
  return out;
}
