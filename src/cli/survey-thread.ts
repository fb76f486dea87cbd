// A large raw-answers survey read in a worker thread while this thread reads the scores: the two
// files are independent, and on a national survey each is a good part of the run. The result comes
// back as reading it here would give it (the same steps run there). A sheet that is not raw
// answers is read here, as if no worker had run; a fault in the worker is one of cchc's (exit 3).
import { existsSync, statSync } from 'node:fs';
import { splitSheetRef } from '../io/workbook.js';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CriteriaSet } from '../criteria/model.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SheetHead } from '../io/read-sheet.js';
import { moduleDir } from '../io/module-dir.js';
import { AnswerCounts, countsSize, type CountLayout } from '../scoring/answer-counts.js';
import type { SurveyTallies } from '../sheets/read-survey-answers.js';

/** Below this size the survey is read here: a worker's start (~40 ms) would cost more than it saves. */
const MIN_BYTES = 4 << 20;

export interface SurveyJob {
  path: string;
  file: string;
  /** The set as -c named it (the worker loads it itself). */
  criteria: string | undefined;
  convertTcvn3: boolean;
  hash: boolean;
  /** The language of a progress line on the terminal; none when undefined. */
  progress: 'vi' | 'en' | undefined;
}

/** What the worker sends back: all a read here would have given, or nothing to go on. */
export type SurveyMessage =
  | { fallback: true }
  | { fault: string }
  | {
      fallback: false;
      sha256: string;
      sheetDiagnostics: Diagnostic[];
      head?: SheetHead;
      answerDiagnostics: Diagnostic[];
      forms: number;
      layout?: CountLayout;
      units: { key: string; unit: string; line: number }[];
      counts: Uint32Array;
    };

export interface CountedSurvey {
  sha256: string;
  sheetDiagnostics: Diagnostic[];
  head?: SheetHead;
  answerDiagnostics: Diagnostic[];
  tallies: SurveyTallies;
}

/** The worker's file: dist/survey-worker.cjs, beside the bundle (absent when running from src/). */
const workerFile = () => join(moduleDir(import.meta.url), 'survey-worker.cjs');

/** Starts reading `path` in a worker; undefined when it is better read here (small, a pipe, no survey section). */
export function startSurveyWorker(criteria: CriteriaSet, path: string, file: string, o: Omit<SurveyJob, 'path' | 'file'>): Promise<CountedSurvey | undefined> | undefined {
  if (!criteria.survey || path === '-') return undefined;
  try {
    const stat = statSync(splitSheetRef(path).path);
    if (!stat.isFile() || stat.size < MIN_BYTES || !existsSync(workerFile())) return undefined;
  } catch {
    return undefined;
  }
  const job: SurveyJob = { path, file, ...o };
  const worker = new Worker(workerFile(), { workerData: job, stdout: false, stderr: false });
  return new Promise((resolve, reject) => {
    const fault = (why: string) => reject(new Error(`the thread reading ${file} stopped: ${why}`));
    worker.once('error', (error) => fault(error.message));
    worker.once('exit', (code) => fault(`exit ${code}`));
    worker.once('message', (m: SurveyMessage) => {
      if ('fault' in m) fault(m.fault);
      else resolve(m.fallback ? undefined : unpack(m));
      void worker.terminate();
    });
  });
}

function unpack(m: Extract<SurveyMessage, { fallback: false }>): CountedSurvey {
  const units: SurveyTallies['units'] = new Map();
  const size = m.layout ? countsSize(m.layout) : 0;
  m.units.forEach(({ key, unit, line }, i) => {
    units.set(key, { unit, line, tally: new AnswerCounts(m.layout as CountLayout, m.counts.subarray(i * size, (i + 1) * size)) });
  });
  const { sha256, sheetDiagnostics, head, answerDiagnostics, forms } = m;
  return { sha256, sheetDiagnostics, ...(head ? { head } : {}), answerDiagnostics, tallies: { units, forms } };
}
