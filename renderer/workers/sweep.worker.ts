/**
 * One sweep Web Worker, started by the analysis worker (sweep-pool.ts): sweeps the chunks it
 * takes (sweepJobParts) and posts each part back, its arrays moved, not copied. Imports shared/
 * only.
 */
import { sweepJobParts, type SweepJob } from '../../shared/metrics/path-sweep';
import type { SweepWorkerMessage } from './sweep-pool';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SweepJob>) => void) | null;
  postMessage: (message: SweepWorkerMessage, transfer: ArrayBuffer[]) => void;
};

scope.onmessage = (event) => {
  for (const part of sweepJobParts(event.data))
    scope.postMessage({ part }, [part.betweenness.buffer, part.harmonicIn.buffer, part.reach.buffer] as ArrayBuffer[]);
};
