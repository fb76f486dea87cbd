// Finds the delimiter by counting fields per record, outside quotes, over the first records:
// the right one splits (nearly) every record into the same number of fields. csv-parse's
// `delimiter_auto` is not used: it miscounts on quoted fields and decimal commas.
import { parse } from 'csv-parse/sync';

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
  let seen = 0;
  try {
    parse(sample, {
      delimiter,
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_quotes: true,
      relax_column_count: true,
      on_record: (cells: string[]) => {
        if (seen++ === SAMPLE_RECORDS) throw ENOUGH;
        if (cells.length === 1 && cells[0]?.trim() === '') return null;
        records++;
        tally.set(cells.length, (tally.get(cells.length) ?? 0) + 1);
        return null;
      },
    });
  } catch {
    // ENOUGH records, or the sample ends inside a quoted cell: what was read so far tells.
  }
  let best: Consistency = { agreeing: 0, records: Math.max(records, 1), fields: 1 };
  for (const [fields, agreeing] of tally) {
    if (fields > 1 && (agreeing > best.agreeing || (agreeing === best.agreeing && fields > best.fields))) {
      best = { agreeing, records: best.records, fields };
    }
  }
  return best;
}

const ENOUGH = new Error('enough records');
