// The worker side of survey-thread.ts (built as dist/survey-worker.cjs): counts a large raw-answers
// survey and sends the result back, or says to read it in the main thread. It always signals, even
// when something throws, so that the main thread never waits for nothing.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { CriteriaSet } from '../criteria/model.js';
import type { SheetHead } from '../io/read-sheet.js';
import { streamSheetFile } from '../io/stream-sheet-file.js';
import { countsSize, type AnswerCounts } from '../scoring/answer-counts.js';
import { createSurveyAnswerReader, hasQuestionColumns, type SurveyAnswerReader } from '../sheets/read-survey-answers.js';
import { isKnownHeaderIn } from './known-header.js';
import { createProgress } from './progress.js';
import type { SurveyJob, SurveyMessage } from './survey-thread.js';

interface Start {
  job: SurveyJob;
  port: MessagePort;
}

function count(job: SurveyJob): SurveyMessage {
  const { path, file, spec } = job;
  // The reader only reads the survey section of the set.
  const criteria = { survey: spec } as CriteriaSet;
  let head: SheetHead | undefined;
  let answers: SurveyAnswerReader | undefined;
  const onHead = (h: SheetHead) => {
    head = h;
    if (hasQuestionColumns(h.header, spec)) answers = createSurveyAnswerReader(criteria, file, h.header, h.headerLine);
  };
  const progress = createProgress(job.progress !== undefined, job.progress, job.since);
  // One pass: should the file need a word from streamSheet, these rows are thrown away.
  const read = streamSheetFile(path, { file, isKnownHeader: isKnownHeaderIn(job.keys), convertTcvn3: job.convertTcvn3, onHead, onProgress: progress.update }, (row) => answers?.onRow(row), { onePass: true, hash: job.hash });
  progress.done();
  if (!read || !head || !answers) return { fallback: true };
  const { tallies, diagnostics } = answers.finish();
  const entries = [...tallies.units];
  const layout = (entries[0]?.[1].tally as AnswerCounts | undefined)?.layout;
  if (!layout) return { fallback: true };
  const size = countsSize(layout);
  const counts = new Uint32Array(entries.length * size);
  entries.forEach(([, { tally }], i) => counts.set((tally as AnswerCounts).counts, i * size));
  return {
    fallback: false,
    sha256: read.sha256,
    sheetDiagnostics: read.diagnostics,
    head,
    answerDiagnostics: diagnostics,
    forms: tallies.forms,
    layout,
    units: entries.map(([key, { unit, line }]) => ({ key, unit, line })),
    counts,
  };
}

function run({ job, port }: Start): void {
  let message: SurveyMessage;
  try {
    message = count(job);
  } catch {
    message = { fallback: true };
  }
  port.postMessage(message, message.fallback ? [] : [message.counts.buffer as ArrayBuffer]);
  Atomics.store(job.done, 0, 1);
  Atomics.notify(job.done, 0);
}

// Started early by dist/cchc.js (see survey-thread.ts), the job comes in a message; else with the worker.
if ((workerData as { early?: boolean }).early) parentPort?.once('message', run);
else run(workerData as Start);
