// A scanner for the XML of a worksheet, the one part whose size grows with the data: saxes reads
// a LibreOffice sheet at 45–65 MB/s once V8 has optimised it and at a few MB/s before (a district's
// run), so the rows of a 100,000-form survey took 2.5 s where the CSV takes 0.4 s. This scanner
// finds tags and attribute values with indexOf (native code from the first call) and
// calls the same handlers as parseXml, piece by piece: elements by local name, attributes,
// text with the five XML entities and character references decoded, CDATA as text, comments and
// processing instructions skipped, a DOCTYPE refused. It does not check that tags nest (saxes does,
// on every other part); test/io/xlsx-scan-xml.test.ts holds the two to the same events.
import type { Attributes, XmlHandlers } from './parse-xml.js';
import { damaged, WorkbookRefusal } from './refusal.js';

const NONE: Attributes = Object.freeze({}) as Attributes;

/** A tag's attributes with no `>` inside a quoted value: names, `=`, values in either quotes, an optional `/`. */
const BALANCED = /^(?:\s+[^\s=/>"']+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*\/?$/;
const ENTITY = /&([^;&<\s]*)(;?)/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

const local = (name: string): string => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

/** The local name of s[start, end): the sheet's one-letter elements without making a string each time. */
function nameAt(s: string, start: number, end: number): string {
  if (end - start === 1) {
    const c = s.charCodeAt(start);
    if (c === 99) return 'c';
    if (c === 118) return 'v';
    if (c === 102) return 'f';
    if (c === 116) return 't';
  }
  return local(s.slice(start, end).trim());
}

/** Whether s[start, end) is one of `keys`, without making it a string. */
function isOneOf(s: string, start: number, end: number, keys: readonly string[]): boolean {
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k] as string;
    if (end - start === key.length && s.startsWith(key, start)) return true;
  }
  return false;
}

/** The five XML entities and character references; anything else after `&` is not XML (saxes says so too). */
function decode(s: string, part: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (_, body: string, semi: string) => {
    const named = NAMED[body];
    if (semi && named !== undefined) return named;
    const m = semi ? /^#(?:(\d{1,7})|x([0-9a-fA-F]{1,6}))$/.exec(body) : null;
    if (!m) throw damaged('entity', part, `&${body}${semi}`);
    const code = m[1] ? Number(m[1]) : parseInt(m[2] as string, 16);
    if (code > 0x10ffff || code === 0 || (code >= 0xd800 && code <= 0xdfff)) throw damaged('character-reference', part, code);
    return String.fromCodePoint(code);
  });
}

/**
 * A scanner fed piece by piece; what a piece leaves unfinished (half a tag) waits for the next.
 * `wanted`: the elements whose attributes the handlers read, and which (all when undefined). The
 * handlers then get one object per element name, reused from tag to tag: they read it at once.
 */
export function scanXml(part: string, h: Required<XmlHandlers>, wanted?: ReadonlyMap<string, readonly string[]>): { write(piece: string): void; close(): void } {
  const reused = new Map([...(wanted ?? [])].map(([name, keys]) => [name, { keys, attrs: {} as Record<string, string | undefined> }]));
  let carry = '';
  const text = (s: string) => {
    if (s !== '') h.text(decode(s, part));
  };
  /** Scans `s` from 0; returns where the unfinished rest starts (s.length when nothing is left). */
  const scan = (s: string, final: boolean): number => {
    let i = 0;
    for (;;) {
      const lt = s.indexOf('<', i);
      if (lt < 0) {
        // Text runs to the next tag: at the end of a piece it may go on in the next.
        if (final) text(s.slice(i));
        return final ? s.length : i;
      }
      if (lt > i) text(s.slice(i, lt));
      const c = s.charCodeAt(lt + 1);
      if (c === 47 /* / */) {
        const gt = s.indexOf('>', lt);
        if (gt < 0) return lt;
        h.close(nameAt(s, lt + 2, gt));
        i = gt + 1;
      } else if (c === 33 /* ! */ || c === 63 /* ? */) {
        const end = special(s, lt);
        if (end < 0) return lt;
        i = end;
      } else if (Number.isNaN(c)) {
        return lt;
      } else {
        const end = openTag(s, lt, final);
        if (end < 0) return lt;
        i = end;
      }
    }
  };
  /**
   * An opening tag at `lt`: its handler called, the index after it returned (-1 when the tag is
   * not all here). Attribute values are found with indexOf and made strings only for the elements
   * whose attributes are wanted (a LibreOffice row carries seven nobody reads).
   */
  const openTag = (s: string, lt: number, final: boolean): number => {
    let at = lt + 1;
    for (let c = s.charCodeAt(at); c === c && c !== 32 && c !== 47 && c !== 62 && c !== 9 && c !== 10 && c !== 13; c = s.charCodeAt(++at));
    if (at >= s.length) return -1;
    const name = nameAt(s, lt + 1, at);
    if (name === '') throw damaged('malformed-tag', part);
    // `<v>`, `<is>`, `<t>`: no attributes at all, the most common tags of a sheet.
    if (s.charCodeAt(at) === 62) {
      h.open(name, NONE, false);
      return at + 1;
    }
    const only = reused.get(name);
    const keep = wanted === undefined || only !== undefined;
    let attrs: Attributes | undefined;
    if (only) {
      for (const k of only.keys) only.attrs[k] = undefined;
      attrs = only.attrs as Attributes;
    }
    // An element whose attributes nobody reads (`<v>`, `<f aca="false">`, LibreOffice's `<sheetView …>`)
    // ends at the next `>` unless a quoted value holds one: found in native code, not walked.
    if (!keep) {
      const gt = s.indexOf('>', at);
      if (gt < 0 && !final) return -1;
      if (gt >= 0 && BALANCED.test(s.slice(at, gt))) {
        const self = s.charCodeAt(gt - 1) === 47;
        h.open(name, NONE, self);
        if (self) h.close(name);
        return gt + 1;
      }
    }
    for (;;) {
      let c = s.charCodeAt(at);
      while (c === 32 || c === 9 || c === 10 || c === 13) c = s.charCodeAt(++at);
      if (c !== c) return -1; // the piece ends inside the tag
      if (c === 62 /* > */ || (c === 47 /* / */ && s.charCodeAt(at + 1) === 62)) {
        const self = c === 47;
        h.open(name, attrs ?? {}, self);
        if (self) h.close(name);
        return at + (self ? 2 : 1);
      }
      if (c === 47 && at + 1 >= s.length) return -1;
      let nameEnd = at;
      for (c = s.charCodeAt(nameEnd); c === c && c !== 61 && c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 62 && c !== 47; c = s.charCodeAt(++nameEnd));
      let eq = nameEnd;
      while (c === 32 || c === 9 || c === 10 || c === 13) c = s.charCodeAt(++eq);
      if (c !== c) return -1;
      if (c !== 61 /* = */) return bad();
      let q = eq + 1;
      let quote = s.charCodeAt(q);
      while (quote === 32 || quote === 9 || quote === 10 || quote === 13) quote = s.charCodeAt(++q);
      if (quote !== quote) return -1;
      if (quote !== 34 && quote !== 39) return bad();
      const close = s.indexOf(quote === 34 ? '"' : "'", q + 1);
      if (close < 0) return final ? bad() : -1;
      if (keep && (!only || isOneOf(s, at, nameEnd, only.keys))) (attrs ??= {})[s.slice(at, nameEnd)] = decode(s.slice(q + 1, close), part);
      at = close + 1;
    }
  };
  const bad = (): never => {
    throw damaged('malformed-tag', part);
  };
  /** `<!-- -->`, `<![CDATA[ ]]>` (its text), `<? ?>`: the index after it, or -1 when it is not all here. */
  const special = (s: string, lt: number): number => {
    if (s.startsWith('<!--', lt)) {
      const end = s.indexOf('-->', lt + 4);
      return end < 0 ? -1 : end + 3;
    }
    if (s.startsWith('<![CDATA[', lt)) {
      const end = s.indexOf(']]>', lt + 9);
      if (end < 0) return -1;
      h.text(s.slice(lt + 9, end));
      return end + 3;
    }
    if (s.startsWith('<?', lt)) {
      const end = s.indexOf('?>', lt + 2);
      return end < 0 ? -1 : end + 2;
    }
    if (s.length - lt < 9) return -1;
    if (s.startsWith('<!DOCTYPE', lt)) throw new WorkbookRefusal({ kind: 'doctype', part });
    throw damaged('markup', part, s.slice(lt, lt + 9));
  };
  return {
    write(piece) {
      const s = carry === '' ? piece : carry + piece;
      carry = s.slice(scan(s, false));
      // Half a tag never grows past a megabyte: a piece ends mid-tag, not mid-file.
      if (carry.length > 1 << 20) throw damaged('unended-tag', part);
    },
    close() {
      if (carry !== '') {
        const rest = scan(carry, true);
        if (rest < carry.length) throw damaged('cut-short', part);
      }
    },
  };
}
