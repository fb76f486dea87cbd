// The worker side of uncertainty-threads.ts (built as dist/uncertainty-worker.cjs): draws units
// until none is left, says so, then on the word ranks replicates until none is left, and says so.
// A fault is thrown: the main thread hears it as the worker's error (exit 3, one of cchc's).
import { parentPort, workerData } from 'node:worker_threads';
import { drawClaimed, rankClaimed, type SharedWork } from './uncertainty-work.js';

const work = workerData as SharedWork;
drawClaimed(work);
parentPort?.postMessage('drawn');
parentPort?.once('message', () => {
  rankClaimed(work);
  parentPort?.postMessage('ranked');
});
