// The worker side of survey-thread.ts (built as dist/survey-worker.cjs): reads a large raw-answers
// survey exactly as the main thread would (readSheetFile, createSurveyAnswerReader) and sends back
// what it found, the counts packed in one buffer; or says that the sheet is not raw answers, for
// the main thread to read it itself.
import { parentPort, workerData } from 'node:worker_threads';
import type { CriteriaSet } from '../criteria/model.js';
import type { SheetHead } from '../io/read-sheet.js';
import { readSheetFile } from '../io/read-sheet-file.js';
import { countsSize, type AnswerCounts } from '../scoring/answer-counts.js';
import { createSurveyAnswerReader, hasQuestionColumns, type SurveyAnswerReader } from '../sheets/read-survey-answers.js';
import { isKnownHeaderIn } from './known-header.js';
import { createProgress } from './progress.js';
import type { SurveyJob, SurveyMessage } from './survey-thread.js';

async function count(job: SurveyJob): Promise<SurveyMessage> {
  const { path, file, spec } = job;
  // The reader only reads the survey section of the set.
  const criteria = { survey: spec } as CriteriaSet;
  let head: SheetHead | undefined;
  let answers: SurveyAnswerReader | undefined;
  const onHead = (h: SheetHead) => {
    head = h;
    if (hasQuestionColumns(h.header, spec)) answers = createSurveyAnswerReader(criteria, file, h.header, h.headerLine);
  };
  const progress = createProgress(job.progress !== undefined, job.progress);
  const opts = { file, isKnownHeader: isKnownHeaderIn(job.keys), convertTcvn3: job.convertTcvn3, onHead, onProgress: progress.update, hash: job.hash };
  const read = await readSheetFile(path, opts, (row) => answers?.onRow(row));
  progress.done();
  if (head && !answers) return { fallback: true };
  const finished = answers?.finish();
  const entries = [...(finished?.tallies.units ?? [])];
  const layout = (entries[0]?.[1].tally as AnswerCounts | undefined)?.layout;
  const size = layout ? countsSize(layout) : 0;
  const counts = new Uint32Array(entries.length * size);
  entries.forEach(([, { tally }], i) => counts.set((tally as AnswerCounts).counts, i * size));
  return {
    fallback: false,
    sha256: read.sha256,
    sheetDiagnostics: read.diagnostics,
    ...(head ? { head } : {}),
    answerDiagnostics: finished?.diagnostics ?? [],
    forms: finished?.tallies.forms ?? 0,
    ...(layout ? { layout } : {}),
    units: entries.map(([key, { unit, line }]) => ({ key, unit, line })),
    counts,
  };
}

const job = workerData as SurveyJob;
count(job).then(
  (message) => parentPort?.postMessage(message, message.fallback ? [] : [message.counts.buffer as ArrayBuffer]),
  () => parentPort?.postMessage({ fallback: true } satisfies SurveyMessage),
);
