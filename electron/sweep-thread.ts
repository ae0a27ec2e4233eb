/**
 * Entry of one sweep thread (electron/node/sweep-threads.ts starts it): sweeps the chunks it
 * takes (sweepJobParts) and posts each part back, its arrays moved, not copied. Only an
 * entry: nothing imports it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { sweepJobParts, type SweepJob } from '../shared/metrics/path-sweep';
import type { SweepThreadMessage } from './node/sweep-threads';

for (const part of sweepJobParts(workerData as SweepJob)) {
  const message: SweepThreadMessage = { part };
  parentPort?.postMessage(message, [part.betweenness.buffer, part.harmonicIn.buffer, part.reach.buffer] as ArrayBuffer[]);
}
