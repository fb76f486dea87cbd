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
}

const EXAMPLES = 3;
const MEMO_LIMIT = 4096;
type Kind = 'comma' | 'dot' | 'both';

export function detectDecimal(samples: Iterable<string>): DecimalGuess {
  const seen = { comma: [] as string[], dot: [] as string[], both: [] as string[] };
  const counts = { comma: 0, dot: 0, both: 0 };
  // A column repeats a few values many times: each distinct text is read (twice) only once.
  const memo = new Map<string, Kind | undefined>();
  for (const sample of samples) {
    let kind = memo.get(sample);
    if (kind === undefined && !memo.has(sample)) {
      kind = classify(sample);
      if (memo.size < MEMO_LIMIT) memo.set(sample, kind);
    }
    if (!kind) continue;
    counts[kind]++;
    if (seen[kind].length < EXAMPLES) seen[kind].push(sample.trim());
  }
  if (counts.comma > 0 && counts.dot > 0) return { ambiguous: true, evidence: [...seen.comma, ...seen.dot] };
  if (counts.comma > 0) return { mark: 'comma', ambiguous: false, evidence: seen.comma };
  if (counts.dot > 0) return { mark: 'dot', ambiguous: false, evidence: seen.dot };
  if (counts.both > 0) return { ambiguous: true, evidence: seen.both };
  return { ambiguous: false, evidence: [] };
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
