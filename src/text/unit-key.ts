// The key two spellings of a unit (or of a group) are compared by: foldKey (NFC, case folded,
// trimmed, runs of white space, no-break spaces included, as one space) without the characters
// that show nothing (zero-width spaces and joiners, soft hyphens) that text pasted from the web or
// Word carries. See src/scoring/unit-identity.ts.
import { foldKey } from './normalize.js';

/** Printable ASCII with no white space (nearly every code): its key is its lower case. */
const PLAIN = /^[\x21-\x7e]*$/;
/** Zero-width space, non-joiner and joiner, word joiner, soft hyphen, Mongolian vowel separator. */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200d\u2060]/g;
const HAS_INVISIBLE = /[\u00ad\u180e\u200b-\u200d\u2060]/;

export function unitKey(text: string): string {
  if (PLAIN.test(text)) return text.toLowerCase();
  return foldKey(HAS_INVISIBLE.test(text) ? text.replace(INVISIBLE, '') : text);
}
