// A large raw-answers survey counted in a worker thread while this thread reads the scores: the
// two files are independent, and a national survey is a third of the run. The result comes back
// as it would from reading here (diagnostics in the same order, the counts packed in one buffer);
// whenever the worker cannot say for sure (not a raw-answers sheet, not plain UTF-8, any fault),
// the survey is read here, as if no worker had run.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { CriteriaSet, SurveySpec } from '../criteria/model.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SheetHead } from '../io/read-sheet.js';
import { moduleDir } from '../io/module-dir.js';
import { AnswerCounts, countsSize, type CountLayout } from '../scoring/answer-counts.js';
import type { SurveyTallies } from '../sheets/read-survey-answers.js';
import { headerKeys } from './known-header.js';
import { processStart } from './progress.js';

/** Below this size the survey is read here: a worker's start-up would cost more than it saves. */
const MIN_BYTES = 4 << 20;

export interface SurveyJob {
  path: string;
  file: string;
  keys: string[];
  spec: SurveySpec;
  convertTcvn3: boolean;
  /** Whether to compute the file's SHA-256 (see JobOptions.hashInputs). */
  hash: boolean;
  /** The language of a progress line on the terminal; none when undefined. */
  progress: 'vi' | 'en' | undefined;
  /** When the main thread started (Date.now() clock): the progress line waits for the job's first second. */
  since: number;
  done: Int32Array;
}

/** What the worker sends back: all a read here would have given, or nothing to go on. */
export type SurveyMessage =
  | { fallback: true }
  | {
      fallback: false;
      sha256: string;
      sheetDiagnostics: Diagnostic[];
      head: SheetHead;
      answerDiagnostics: Diagnostic[];
      forms: number;
      layout: CountLayout;
      units: { key: string; unit: string; line: number }[];
      counts: Uint32Array;
    };

export interface CountedSurvey {
  sha256: string;
  sheetDiagnostics: Diagnostic[];
  head: SheetHead;
  answerDiagnostics: Diagnostic[];
  tallies: SurveyTallies;
}

export interface PendingSurvey {
  /** Waits for the worker; undefined when the survey is to be read here. */
  take(): CountedSurvey | undefined;
}

/** The worker's file: dist/survey-worker.cjs, beside the bundle (absent when running from src/). */
const workerFile = () => join(moduleDir(import.meta.url), 'survey-worker.cjs');

/**
 * dist/cchc.js starts the worker for `score -u <file of MIN_BYTES or more>` before the CLI is
 * even compiled, so that it boots (~40 ms) meanwhile; the job follows in a message. Taken once.
 */
const EARLY = Symbol.for('cchc.surveyWorker');
function takeEarlyWorker(): Worker | undefined {
  const g = globalThis as unknown as Record<symbol, Worker | undefined>;
  const worker = g[EARLY];
  delete g[EARLY];
  return worker;
}

/** Starts counting `path` in a worker; undefined when it is better read here. */
export function startSurveyCount(criteria: CriteriaSet, path: string, file: string, convertTcvn3: boolean, hash: boolean, progress: () => 'vi' | 'en' | undefined): PendingSurvey | undefined {
  const spec = criteria.survey;
  if (!spec || path === '-' || process.env['CCHC_NO_WORKER']) return undefined;
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return undefined;
  }
  if (size < MIN_BYTES || !existsSync(workerFile())) return undefined;
  // A worker that dies without a word (a fault while loading, out of memory) would leave this
  // thread waiting for ever: past a generous budget (10 s + 1 s per MB, where 14 MB takes about
  // 0.4 s) the survey is read here instead.
  const budgetMs = 10_000 + Math.ceil(size / 1e6) * 1000;
  const done = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const job: SurveyJob = { path, file, keys: headerKeys(criteria), spec, convertTcvn3, hash, progress: progress(), since: processStart(), done };
  let worker = takeEarlyWorker();
  if (worker) worker.postMessage({ job, port: port2 }, [port2]);
  else {
    worker = new Worker(workerFile(), { workerData: { job, port: port2 }, transferList: [port2], stdout: false, stderr: false });
    worker.unref();
  }
  return {
    take() {
      if (Atomics.wait(done, 0, 0, budgetMs) === 'timed-out') {
        void worker.terminate();
        port1.close();
        return undefined;
      }
      const received = receiveMessageOnPort(port1)?.message as SurveyMessage | undefined;
      port1.close();
      if (!received || received.fallback) return undefined;
      const size = countsSize(received.layout);
      const units: SurveyTallies['units'] = new Map();
      received.units.forEach(({ key, unit, line }, i) => {
        units.set(key, { unit, line, tally: new AnswerCounts(received.layout, received.counts.subarray(i * size, (i + 1) * size)) });
      });
      const { sha256, sheetDiagnostics, head, answerDiagnostics, forms } = received;
      return { sha256, sheetDiagnostics, head, answerDiagnostics, tallies: { units, forms } };
    },
  };
}
