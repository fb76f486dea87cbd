// How a run reads its inputs, decided once from what the caller asked: every reader of the job
// (scores, survey, self-assessment, findings, rankings) takes these, never the caller's options.
import { DEFAULT_LIMIT, type InputLimit } from '../io/input-limit.js';
import type { DecimalMark } from '../text/parse-number.js';

export interface ReaderOptions {
  /** The inputs' decimal mark, forced; detected per file when absent. */
  decimal?: DecimalMark;
  /** Text in the TCVN3 (ABC) font encoding converted to Unicode instead of refused. */
  convertTcvn3: boolean;
  /** A missing appraisal value: an error, or 0 points. */
  missing: 'error' | 'zero';
  /**
   * The inputs' SHA-256 computed as they are read (a report shows it); otherwise only if asked for
   * later, from the file.
   */
  hash: boolean;
  /** Each unit's survey forms kept (--uncertainty resamples them); the survey is then read in this thread. */
  keepForms: boolean;
  /** Told every few thousand rows how many a read has got (for a progress line). */
  onProgress?: (rows: number) => void;
  /** The largest input read: 2 GiB unless the caller says otherwise (the CLI: CCHC_MAX_INPUT). */
  limit: InputLimit;
}

export interface ReaderRequest {
  decimal?: DecimalMark;
  convertTcvn3?: boolean;
  missing?: 'error' | 'zero';
  hash?: boolean;
  keepForms?: boolean;
  onProgress?: (rows: number) => void;
  limit?: InputLimit;
}

/** The one place a run's reader options are built. */
export function readerOptions(r: ReaderRequest): ReaderOptions {
  return {
    ...(r.decimal ? { decimal: r.decimal } : {}),
    convertTcvn3: r.convertTcvn3 === true,
    missing: r.missing ?? 'error',
    hash: r.hash ?? true,
    keepForms: r.keepForms === true,
    limit: r.limit ?? DEFAULT_LIMIT,
    ...(r.onProgress ? { onProgress: r.onProgress } : {}),
  };
}
