// The survey sheet, read the one way whatever thread reads it: raw answers counted as they stream
// (nothing per row kept unless the forms are asked for), or survey points per unit held whole.
// The worker thread of survey-thread.ts runs this same function.
import type { CriteriaSet } from '../criteria/model.js';
import { appendAll, diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { InputSource } from '../io/input-source.js';
import { readSheetFile } from '../io/read-sheet-file.js';
import type { SheetHead } from '../io/read-sheet.js';
import { locateInSheet } from '../io/workbook.js';
import type { SurveyRead } from '../sheets/merge-inputs.js';
import { readScores } from '../sheets/read-scores.js';
import { createSurveyAnswerReader, hasQuestionColumns, type SurveyAnswerReader } from '../sheets/read-survey-answers.js';
import type { SheetRow } from '../sheets/sheet.js';
import { foldKey } from '../text/normalize.js';
import { detectedInfo } from './detected-info.js';
import { knownHeader } from './known-header.js';
import type { ReaderOptions } from './reader-options.js';

export interface SurveyReadResult {
  head?: SheetHead;
  /** Every problem found, located in the workbook's sheet when the file is one. */
  diagnostics: Diagnostic[];
  sha256: string;
  regular: boolean;
  survey?: SurveyRead;
}

/** `isUnit`: a unit of the scores, for a row below a signature block (read when it names one). */
export async function readSurvey(criteria: CriteriaSet, source: InputSource, options: ReaderOptions, isUnit?: (text: string) => boolean): Promise<SurveyReadResult> {
  const file = source.name;
  let answers: SurveyAnswerReader | undefined;
  let head: SheetHead | undefined;
  const rows: SheetRow[] = [];
  const onHead = (h: SheetHead) => {
    head = h;
    if (hasQuestionColumns(h.header, criteria.survey)) answers = createSurveyAnswerReader(criteria, file, h.header, h.headerLine, { keepForms: options.keepForms });
  };
  const sheetOpts = { file, isKnownHeader: knownHeader(criteria), convertTcvn3: options.convertTcvn3, onHead, hash: options.hash, limit: options.limit, ...(options.onProgress ? { onProgress: options.onProgress } : {}), ...(isUnit ? { isUnit } : {}) };
  const read = await readSheetFile(source, sheetOpts, (row) => (answers ? answers.onRow(row) : rows.push(row)));
  const out = [...read.diagnostics];
  const result = { diagnostics: out, sha256: read.sha256, regular: read.regular };
  if (!head) return result;
  out.push(detectedInfo(head));
  const located = (survey?: SurveyRead): SurveyReadResult => {
    // Every problem found in a workbook's sheet is located in it (the readers locate by file and line).
    locateInSheet(out, file, head?.sheet);
    return { ...result, head: head as SheetHead, ...(survey ? { survey } : {}) };
  };
  if (answers) {
    const { tallies, diagnostics } = answers.finish();
    appendAll(out, diagnostics);
    return located({ kind: 'answers', file, tallies });
  }
  const surveyCodes = new Set(criteria.leaves.filter((l) => l.source === 'survey').map((l) => foldKey(l.code)));
  if (!head.header.some((h) => surveyCodes.has(foldKey(h)))) {
    out.push(diag('SCORE_SURVEY_NO_QUESTIONS', 'error', { file, line: head.headerLine }, {}));
    return located();
  }
  const data = { file, ...(head.sheet === undefined ? {} : { sheet: head.sheet }), header: head.header, headerLine: head.headerLine, rows };
  const points = readScores(data, criteria, { missing: options.missing, scope: 'survey', ...(options.decimal ? { decimal: options.decimal } : {}) });
  appendAll(out, points.diagnostics);
  return located({ kind: 'points', file, read: points });
}
