// The worker side of survey-thread.ts (built as dist/survey-worker.cjs): reads a large raw-answers
// survey exactly as the main thread would (readSheetFile, createSurveyAnswerReader) and sends back
// what it found, the counts packed in one buffer; or says that the sheet is not raw answers, for
// the main thread to read it itself; or the fault that stopped it.
import { parentPort, workerData } from 'node:worker_threads';
import type { SheetHead } from '../io/read-sheet.js';
import { readSheetFile } from '../io/read-sheet-file.js';
import { countsSize, type AnswerCounts } from '../scoring/answer-counts.js';
import { createSurveyAnswerReader, hasQuestionColumns, type SurveyAnswerReader } from '../sheets/read-survey-answers.js';
import { headerKeys, isKnownHeaderIn } from './known-header.js';
import { loadCriteria } from './load-criteria.js';
import { createProgress } from './progress.js';
import type { SurveyJob, SurveyMessage } from './survey-thread.js';

async function count(job: SurveyJob): Promise<Exclude<SurveyMessage, { fault: string }>> {
  const { path, file } = job;
  // The set is loaded again here, as the main thread loaded it: its exact numbers are class
  // instances, which a message between threads would turn into plain objects.
  const { criteria } = loadCriteria(job.criteria);
  if (!criteria?.survey) return { fallback: true };
  const spec = criteria.survey;
  let head: SheetHead | undefined;
  let answers: SurveyAnswerReader | undefined;
  const onHead = (h: SheetHead) => {
    head = h;
    if (hasQuestionColumns(h.header, spec)) answers = createSurveyAnswerReader(criteria, file, h.header, h.headerLine);
  };
  const progress = createProgress(job.progress !== undefined, job.progress);
  const opts = { file, isKnownHeader: isKnownHeaderIn(headerKeys(criteria)), convertTcvn3: job.convertTcvn3, onHead, onProgress: progress.update, hash: job.hash };
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
  // A fault of ours: the main thread reports it (exit 3), it does not hide it by reading again.
  (error: unknown) => parentPort?.postMessage({ fault: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies SurveyMessage),
);
