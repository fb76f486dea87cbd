// Every text that comes from a user's file or command line (unit names, titles, band labels, file
// names, --title, --issuer…) goes through here before it is put in the HTML report or its SVG
// chart, so no text can inject markup, and none acts instead of showing: control characters (ESC,
// U+0001, a C1 control) and the bidirectional overrides and isolates (U+202A–202E, U+2066–2069,
// which would turn a name around) become U+FFFD as in the table and Markdown (visibleText), line
// breaks and tabs a space, and noncharacters (U+FFFE, U+FFFF, U+FDD0–FDEF) U+FFFD.
import { visibleText } from '../../text/visible-text.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const NONCHARACTERS = /[\ufdd0-\ufdef\ufffe\uffff]/g;

export const escapeHtml = (s: string): string => visibleText(s, ' ').replace(NONCHARACTERS, '\ufffd').replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
