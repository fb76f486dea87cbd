// The survey forms already read, to find a form copied twice: by unit and respondent id, or by the
// whole row where there is no id. A national survey has 300,000 forms: each is kept as three 32-bit
// hashes and its line in typed arrays (an open-addressing table filled to 3/4 at most, ≤ 28 bytes a
// form: 8 MB for 300,000), not as strings (~100 bytes a form in a Map). Two hashes of the key make
// a false match about one in 10^19 pairs.
import { foldKey } from '../text/normalize.js';

/**
 * A unit key's two 32-bit hashes, made once per unit spelling: FNV-1a, and a second one of another
 * multiplier with a shift mixed in (FNV's low bits follow its input's: two FNVs would fail together).
 */
export interface UnitHash {
  readonly a: number;
  readonly b: number;
}

const PRIME = 0x01000193;
const M = 0x5bd1e995;
const stepB = (b: number, c: number): number => {
  const h = Math.imul(b ^ c, M);
  return h ^ (h >>> 13);
};

export function unitHash(key: string): UnitHash {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, PRIME);
    b = stepB(b, c);
  }
  return { a, b };
}

/**
 * A form's key, written into `key` (two 32-bit hashes): its unit with its respondent id (folded as
 * foldKey folds it: an ASCII id's letters lower-cased here, any other through foldKey), or with
 * its content where it has no id. No array is made or taken apart per form: a survey reads this
 * 300,000 times, and cold, in a district's run, destructuring cost more than the hashing.
 */
export function formKey(unit: UnitHash, respondent: string, content: number, key: Uint32Array): void {
  let a = unit.a;
  let b = unit.b;
  if (respondent === '') {
    key[0] = Math.imul(a ^ content, PRIME);
    key[1] = stepB(b, content);
    return;
  }
  a = Math.imul(a ^ 0x1f, PRIME);
  b = stepB(b, 0x1f);
  let id = respondent;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if (c <= 32 || c >= 127) {
      id = foldKey(respondent);
      break;
    }
  }
  for (let i = 0; i < id.length; i++) {
    let c = id.charCodeAt(i);
    if (c >= 65 && c <= 90) c |= 0x20;
    a = Math.imul(a ^ c, PRIME);
    b = stepB(b, c);
  }
  key[0] = a;
  key[1] = b;
}

const INITIAL = 1 << 10;

export class SeenForms {
  private a = new Uint32Array(INITIAL);
  private b = new Uint32Array(INITIAL);
  private content = new Uint32Array(INITIAL);
  /** 0: an empty slot (lines start at 1). */
  private lines = new Int32Array(INITIAL);
  private size = 0;

  /**
   * The form read before with the same key (hashes `a`, `b`): its line and whether its content hash
   * is this one's. Undefined when there is none; this form is then remembered.
   */
  check(a: number, b: number, content: number, line: number): { line: number; same: boolean } | undefined {
    const mask = this.lines.length - 1;
    let i = (a ^ Math.imul(b, 0x9e3779b1)) & mask;
    for (;;) {
      const at = this.lines[i] as number;
      if (at === 0) break;
      if (this.a[i] === a && this.b[i] === b) return { line: at, same: this.content[i] === content };
      i = (i + 1) & mask;
    }
    this.a[i] = a;
    this.b[i] = b;
    this.content[i] = content;
    this.lines[i] = line;
    if (++this.size * 4 > this.lines.length * 3) this.grow();
    return undefined;
  }

  private grow(): void {
    const [a, b, content, lines] = [this.a, this.b, this.content, this.lines];
    const n = lines.length * 2;
    [this.a, this.b, this.content, this.lines, this.size] = [new Uint32Array(n), new Uint32Array(n), new Uint32Array(n), new Int32Array(n), 0];
    for (let i = 0; i < lines.length; i++) if (lines[i] !== 0) this.check(a[i] as number, b[i] as number, content[i] as number, lines[i] as number);
  }
}
