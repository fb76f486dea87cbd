// A large raw-answers survey read in a worker thread while this thread reads the scores: the two
// files are independent, and on a national survey each is a good part of the run. The worker runs
// readSurvey (read-survey.ts), the same function as this thread, and sends its result back, the
// counts packed in one buffer. A sheet that is not raw answers is read here, as if no worker had
// run; a fault in the worker is one of cchc's (an internal error).
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CriteriaSet } from '../criteria/model.js';
import type { InputSource } from '../io/input-source.js';
import { moduleDir } from '../io/module-dir.js';
import { AnswerCounts, countsSize, type CountLayout } from '../scoring/answer-counts.js';
import type { SurveyTallies } from '../sheets/read-survey-answers.js';
import type { CriteriaRequest } from './load-criteria.js';
import type { ReaderOptions } from './reader-options.js';
import type { SurveyReadResult } from './read-survey.js';

/** Below this size the survey is read here: a worker's start (~40 ms) would cost more than it saves. */
const MIN_BYTES = 4 << 20;

/** What the worker is given: plain data (functions and class instances do not cross threads). */
export interface SurveyJob {
  source: InputSource;
  /** The set as the caller named it (the worker loads it itself: its exact numbers are class instances). */
  criteria: CriteriaRequest | undefined;
  options: Omit<ReaderOptions, 'onProgress'>;
  progress: boolean;
}

/** What the worker sends: rows read so far, then the result (or nothing to go on, or the fault that stopped it). */
export type SurveyMessage =
  | { progress: number }
  | { fallback: true }
  | { fault: string }
  | {
      fallback: false;
      read: Omit<SurveyReadResult, 'survey'>;
      file: string;
      forms: number;
      /** Forms read (the tallies' `read`). */
      formsRead: number;
      leftOut: SurveyTallies['leftOut'];
      layout?: CountLayout;
      units: PackedUnit[];
      counts: Uint32Array;
    };

/** A unit spelling's forms as the worker sends them (its counts in the shared buffer). */
type PackedUnit = { key: string; unit: string; line: number; count: number; lines: number[]; spellings: string[] };

export type CountedSurvey = SurveyReadResult;

/** The worker's file: dist/survey-worker.cjs, beside the bundle (absent when running from src/). */
const workerFile = () => join(moduleDir(import.meta.url), 'survey-worker.cjs');

/**
 * Starts reading `source` in a worker; undefined when it is better read here (small, a pipe, bytes,
 * no survey section, forms to keep).
 */
export function startSurveyWorker(criteria: CriteriaSet, request: CriteriaRequest | undefined, source: InputSource, options: ReaderOptions): Promise<CountedSurvey | undefined> | undefined {
  if (!criteria.survey || source.bytes || source.path === '-' || options.keepForms) return undefined;
  try {
    const stat = statSync(source.path);
    if (!stat.isFile() || stat.size < MIN_BYTES || !existsSync(workerFile())) return undefined;
  } catch {
    return undefined;
  }
  const { onProgress, ...plain } = options;
  const job: SurveyJob = { source, criteria: request, options: plain, progress: onProgress !== undefined };
  const worker = new Worker(workerFile(), { workerData: job, stdout: false, stderr: false });
  return new Promise((resolve, reject) => {
    const fault = (why: string) => reject(new Error(`the thread reading ${source.name} stopped: ${why}`));
    worker.once('error', (error) => fault(error.message));
    worker.once('exit', (code) => fault(`exit ${code}`));
    worker.on('message', (m: SurveyMessage) => {
      if ('progress' in m) return onProgress?.(m.progress);
      if ('fault' in m) fault(m.fault);
      else resolve(m.fallback ? undefined : unpack(m));
      void worker.terminate();
    });
  });
}

/** The tallies as the worker packs them: one buffer of counts, units in order. */
export function packTallies(tallies: SurveyTallies): { layout?: CountLayout; units: PackedUnit[]; counts: Uint32Array } {
  const entries = [...tallies.units];
  const layout = (entries[0]?.[1].tally as AnswerCounts | undefined)?.layout;
  const size = layout ? countsSize(layout) : 0;
  const counts = new Uint32Array(entries.length * size);
  entries.forEach(([, { tally }], i) => counts.set((tally as AnswerCounts).counts, i * size));
  return { ...(layout ? { layout } : {}), units: entries.map(([key, { unit, line, count, lines, spellings }]) => ({ key, unit, line, count, lines, spellings })), counts };
}

function unpack(m: Extract<SurveyMessage, { fallback: false }>): CountedSurvey {
  const units: SurveyTallies['units'] = new Map();
  const size = m.layout ? countsSize(m.layout) : 0;
  m.units.forEach(({ key, unit, line, count, lines, spellings }, i) => {
    units.set(key, { unit, line, count, lines, spellings, tally: new AnswerCounts(m.layout as CountLayout, m.counts.subarray(i * size, (i + 1) * size)) });
  });
  const { forms, formsRead, leftOut } = m;
  return m.read.head ? { ...m.read, survey: { kind: 'answers', file: m.file, tallies: { units, forms, read: formsRead, leftOut } } } : m.read;
}
