// Decides, per file, whether numbers use a decimal point or a decimal comma. Only values that read
// differently under the two marks count; `1.234` reads under both (1.234 or 1234) so it proves nothing.
import { parseNumber, type DecimalMark } from './parse-number.js';

export interface DecimalGuess {
  /** The mark the file uses; undefined when there is no evidence or the evidence conflicts. */
  mark?: DecimalMark;
  /** True when the values contradict each other, or when only values that read both ways were seen. */
  ambiguous: boolean;
  /** Up to a few sample values of each kind that decided (or failed to decide). */
  evidence: string[];
  /** How many values proved each mark. */
  comma: number;
  dot: number;
}

const EXAMPLES = 3;
const MEMO_LIMIT = 4096;
type Kind = 'comma' | 'dot' | 'both';

export function detectDecimal(samples: Iterable<string>): DecimalGuess {
  const tally = new DecimalTally();
  for (const sample of samples) tally.see(sample);
  return tally.guess();
}

const COMMA = 0;
const DOT = 1;
const BOTH = 2;
const NONE = 3;
const KIND_OF = { comma: COMMA, dot: DOT, both: BOTH } as const;

/**
 * detectDecimal one value at a time, for a caller that walks its own cells (a national sheet has
 * 600,000: no generator, no per-value object). A column repeats a few values many times: each
 * distinct text is read (twice) only once, and the value last seen is checked before the memo.
 */
export class DecimalTally {
  private readonly seen: [string[], string[], string[]] = [[], [], []];
  private readonly counts = [0, 0, 0];
  private readonly memo = new Map<string, number>();
  private lastText = '';
  private lastKind = NONE;

  see(sample: string): void {
    let kind: number | undefined;
    if (sample === this.lastText) kind = this.lastKind;
    else {
      kind = this.memo.get(sample);
      if (kind === undefined) {
        const k = classify(sample);
        kind = k === undefined ? NONE : KIND_OF[k];
        if (this.memo.size < MEMO_LIMIT) this.memo.set(sample, kind);
      }
      this.lastText = sample;
      this.lastKind = kind;
    }
    if (kind === NONE) return;
    this.counts[kind]!++;
    const seen = this.seen[kind as 0 | 1 | 2];
    if (seen.length < EXAMPLES) seen.push(sample.trim());
  }

  guess(): DecimalGuess {
    const [comma, dot, both] = this.counts as [number, number, number];
    const [seenComma, seenDot, seenBoth] = this.seen;
    if (comma > 0 && dot > 0) return { ambiguous: true, evidence: [...seenComma, ...seenDot], comma, dot };
    if (comma > 0) return { mark: 'comma', ambiguous: false, evidence: seenComma, comma, dot };
    if (dot > 0) return { mark: 'dot', ambiguous: false, evidence: seenDot, comma, dot };
    if (both > 0) return { ambiguous: true, evidence: seenBoth, comma, dot };
    return { ambiguous: false, evidence: [], comma, dot };
  }
}

/** Which mark a single value proves: one of them, 'both' (reads either way, differently), or nothing. */
export function classify(sample: string): Kind | undefined {
  const c = parseNumber(sample, 'comma');
  const d = parseNumber(sample, 'dot');
  if (c.ok && d.ok) return c.value === d.value ? undefined : 'both';
  if (c.ok) return 'comma';
  if (d.ok) return 'dot';
  return undefined;
}
