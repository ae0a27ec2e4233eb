/**
 * The UI side of the analysis worker: one worker, requests matched to answers by id, and
 * only the newest request's answer is used (an older one finishing late is ignored).
 */
import type { ThresholdOverrides } from '../../shared/findings/thresholds';
import type { AnalysisResponseMessage, WorkerJob } from './analysis-protocol';

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (message: AnalysisResponseMessage) => void>();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<AnalysisResponseMessage>) => {
      pending.get(event.data.id)?.(event.data);
      pending.delete(event.data.id);
    };
  }
  return worker;
}

export function analyse(job: WorkerJob, thresholds: ThresholdOverrides, reconstruct = false): Promise<AnalysisResponseMessage> {
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    getWorker().postMessage({ id, job, thresholds, reconstruct });
  });
}

export function isLatest(id: number): boolean {
  return id === nextId - 1;
}
