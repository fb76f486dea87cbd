// The worker side of survey-thread.ts (built as dist/survey-worker.cjs): runs readSurvey, as the
// main thread would, and sends back what it found, the counts packed in one buffer; or says that
// the sheet is not raw answers, for the main thread to read it itself; or the fault that stopped it.
import { parentPort, workerData } from 'node:worker_threads';
import { loadCriteria } from './load-criteria.js';
import { readSurvey } from './read-survey.js';
import { packTallies, type SurveyJob, type SurveyMessage } from './survey-thread.js';

async function count(job: SurveyJob): Promise<Exclude<SurveyMessage, { fault: string } | { progress: number }>> {
  const { criteria } = loadCriteria(job.criteria, job.options.limit);
  if (!criteria?.survey) return { fallback: true };
  const onProgress = job.progress ? (rows: number) => parentPort?.postMessage({ progress: rows } satisfies SurveyMessage) : undefined;
  const { survey, ...read } = await readSurvey(criteria, job.source, { ...job.options, ...(onProgress ? { onProgress } : {}) });
  // Survey points, not answers: read by the main thread, with the scores' rules.
  if (read.head && survey?.kind !== 'answers') return { fallback: true };
  const tallies = survey?.kind === 'answers' ? survey.tallies : { units: new Map(), forms: 0, read: 0, leftOut: {} };
  return { fallback: false, read, file: job.source.name, forms: tallies.forms, formsRead: tallies.read, leftOut: tallies.leftOut, ...packTallies(tallies) };
}

const job = workerData as SurveyJob;
count(job).then(
  (message) => parentPort?.postMessage(message, message.fallback ? [] : [message.counts.buffer as ArrayBuffer]),
  // A fault of ours: the main thread reports it (an internal error), it does not hide it by reading again.
  (error: unknown) => parentPort?.postMessage({ fault: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies SurveyMessage),
);
