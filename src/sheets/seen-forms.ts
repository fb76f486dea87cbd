// The survey forms already read, to find a form copied twice: by unit and respondent id, or by the
// whole row where there is no id. A national survey has 300,000 forms: each is kept as three 32-bit
// hashes and its line in typed arrays (an open-addressing table, ~24 bytes a form), not as strings
// (~100 bytes a form in a Map). Two hashes of the key make a false match about one in 10^19 pairs.

/** The offset bases of three FNV-1a hashes: two of a form's key, one of its content. */
export const SEED_A = 0x811c9dc5;
export const SEED_B = 0x9747b28c;
export const SEED_C = 0x2f6b1d3a;

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
    if (++this.size * 2 > this.lines.length) this.grow();
    return undefined;
  }

  private grow(): void {
    const [a, b, content, lines] = [this.a, this.b, this.content, this.lines];
    const n = lines.length * 2;
    [this.a, this.b, this.content, this.lines, this.size] = [new Uint32Array(n), new Uint32Array(n), new Uint32Array(n), new Int32Array(n), 0];
    for (let i = 0; i < lines.length; i++) if (lines[i] !== 0) this.check(a[i] as number, b[i] as number, content[i] as number, lines[i] as number);
  }
}
