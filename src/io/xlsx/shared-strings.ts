// sharedStrings.xml: every `<si>` is one string, its rich-text runs joined, its phonetic runs
// (`<rPh>`, furigana) left out, Excel's `_xHHHH_` escapes decoded, in NFC.
import type { ByteSource } from './byte-source.js';
import { MAX_STRINGS_BYTES } from './limits.js';
import { parseXml } from './parse-xml.js';
import { partText } from './read-parts.js';
import { cleanString } from './string-text.js';
import type { ZipEntry } from './zip-directory.js';

export function readSharedStrings(src: ByteSource, entries: Map<string, ZipEntry>, part: string | undefined): string[] {
  const text = part ? partText(src, entries, part, MAX_STRINGS_BYTES) : undefined;
  if (!text) return [];
  const strings: string[] = [];
  const t = new StringCollector();
  parseXml(part as string, text, {
    open: (name) => t.open(name),
    close(name) {
      if (name === 'si') strings.push(t.take());
      else t.close(name);
    },
    text: (s) => t.text(s),
  });
  return strings;
}

/** The text of `<t>` elements outside `<rPh>`: shared strings and inline strings alike. */
export class StringCollector {
  private parts: string[] = [];
  private inT = false;
  private phonetic = 0;

  open(name: string): void {
    if (name === 't') this.inT = true;
    else if (name === 'rPh') this.phonetic++;
  }

  close(name: string): void {
    if (name === 't') this.inT = false;
    else if (name === 'rPh') this.phonetic--;
  }

  text(s: string): void {
    if (this.inT && this.phonetic === 0) this.parts.push(s);
  }

  take(): string {
    const s = cleanString(this.parts.length === 1 ? (this.parts[0] as string) : this.parts.join(''));
    this.parts = [];
    return s;
  }
}
