// Finds the delimiter by counting fields per record, outside quotes, over the first records:
// the right one splits (nearly) every record into the same number of fields. csv-parse's
// `delimiter_auto` is not used: it miscounts on quoted fields and decimal commas. Counting is all
// this needs, not the records themselves (csv-parse reads those, once the delimiter is known):
// three cold csv-parse runs over the first records cost a district's run ~8 ms.

export type Delimiter = ',' | ';' | '\t';

export interface DelimiterFound {
  delimiter: Delimiter;
  /** Where the data starts: after Excel's `sep=;` line when there is one. */
  start: number;
  startLine: number;
}

// Ties go to the rarer character in ordinary text: a tab is never typed in a cell, a `;` seldom.
const CANDIDATES: Delimiter[] = ['\t', ';', ','];
const SAMPLE_RECORDS = 50;
const SAMPLE_CHARS = 64 * 1024;
const SEP_LINE = /^"?sep=([,;\t])"?[,;\t]*(?:\r\n|\n|\r|$)/i;

export function detectDelimiter(text: string): DelimiterFound {
  const sep = SEP_LINE.exec(text);
  if (sep) return { delimiter: sep[1] as Delimiter, start: sep[0].length, startLine: 2 };

  const sample = text.slice(0, SAMPLE_CHARS);
  let best: Consistency & { delimiter: Delimiter } = { delimiter: ',', agreeing: 0, records: 1, fields: 1 };
  for (const delimiter of CANDIDATES) {
    const c = consistency(sample, delimiter);
    // Compare shares of agreeing records (cross-multiplied); on a tie, more fields wins.
    const diff = c.agreeing * best.records - best.agreeing * c.records;
    if (diff > 0 || (diff === 0 && c.agreeing > 0 && c.fields > best.fields)) best = { ...c, delimiter };
  }
  return { delimiter: best.delimiter, start: 0, startLine: 1 };
}

interface Consistency {
  /** Records with the most common field count (0 when that count is 1: the delimiter never occurs). */
  agreeing: number;
  records: number;
  fields: number;
}

/**
 * The share, not the number, of records that agree: a wrong delimiter reads a quoted line break
 * as a record end and so makes more (short) records, which must not outvote the right one.
 */
function consistency(sample: string, delimiter: Delimiter): Consistency {
  const tally = new Map<number, number>();
  let records = 0;
  for (const fields of fieldCounts(sample, delimiter)) {
    records++;
    tally.set(fields, (tally.get(fields) ?? 0) + 1);
  }
  let best: Consistency = { agreeing: 0, records: Math.max(records, 1), fields: 1 };
  for (const [fields, agreeing] of tally) {
    if (fields > 1 && (agreeing > best.agreeing || (agreeing === best.agreeing && fields > best.fields))) {
      best = { agreeing, records: best.records, fields };
    }
  }
  return best;
}

/** What a record's count looks at: quotes, line breaks and each candidate delimiter. */
const SPECIAL: Record<Delimiter, RegExp> = { ',': /[",\r\n]/g, ';': /[";\r\n]/g, '\t': /["\t\r\n]/g };

/**
 * The number of fields of each of the first records that is not blank: delimiters outside quotes
 * (a quote opens or closes a quoted stretch; a doubled one inside closes and opens it again), a
 * record ending at a line break outside quotes (CRLF, LF or a lone CR). The text is crossed from
 * one such character to the next (a native search), not character by character.
 */
function fieldCounts(sample: string, delimiter: Delimiter): number[] {
  const counts: number[] = [];
  const special = SPECIAL[delimiter];
  let fields = 1;
  let start = 0;
  let quoted = false;
  const end = (at: number) => {
    if (fields > 1 || sample.slice(start, at).trim() !== '') counts.push(fields);
    fields = 1;
  };
  special.lastIndex = 0;
  for (let m = special.exec(sample); m && counts.length < SAMPLE_RECORDS; m = special.exec(sample)) {
    const c = m[0];
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === delimiter) fields++;
    else {
      end(m.index);
      if (c === '\r' && sample[m.index + 1] === '\n') special.lastIndex++;
      start = special.lastIndex;
    }
  }
  if (!quoted && counts.length < SAMPLE_RECORDS) end(sample.length);
  return counts;
}
