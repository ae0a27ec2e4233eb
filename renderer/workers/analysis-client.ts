/**
 * The UI side of the analysis worker: one worker, requests matched to answers by id, and
 * only the newest request's answer is used (an older one finishing late is ignored).
 */
import type { ThresholdOverrides } from '../../shared/findings/thresholds';
import type { AnalysisResponseMessage, SerializeJob, WorkerJob } from './analysis-protocol';
import { joinLists, type ResultPart } from './result-parts';

let worker: Worker | null = null;
let nextId = 1;
let latest = 0;
const pending = new Map<number, (message: AnalysisResponseMessage) => void>();
const progress = new Map<number, (stage: 'reading' | 'analysing', fraction: number) => void>();
// Parts of an answer's large lists, until the answer itself arrives (result-parts.ts).
const parts = new Map<number, ResultPart[]>();

function settle(message: AnalysisResponseMessage): void {
  const received = parts.get(message.id) ?? [];
  parts.delete(message.id);
  if (message.ok && (message.kind === 'result' || message.kind === 'log')) joinLists(message.result, received);
  pending.get(message.id)?.(message);
  pending.delete(message.id);
  progress.delete(message.id);
}

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<AnalysisResponseMessage>) => {
      const message = event.data;
      if (message.ok && message.kind === 'progress') return progress.get(message.id)?.(message.stage, message.fraction);
      if (message.ok && message.kind === 'part') {
        if (!pending.has(message.id)) return;
        const received = parts.get(message.id) ?? [];
        received.push(message.part);
        parts.set(message.id, received);
        return;
      }
      settle(message);
    };
  }
  return worker;
}

/**
 * Runs a job in the worker. `track: false` marks a background job (another wave's
 * analysis) that must not make the current load look outdated.
 */
export function analyse(
  job: WorkerJob,
  thresholds: ThresholdOverrides,
  reconstruct = false,
  { track = true, onProgress }: { track?: boolean; onProgress?: (stage: 'reading' | 'analysing', fraction: number) => void } = {},
): Promise<AnalysisResponseMessage> {
  const id = nextId++;
  if (track) latest = id;
  if (onProgress) progress.set(id, onProgress);
  return new Promise((resolve) => {
    pending.set(id, resolve);
    getWorker().postMessage({ id, job, thresholds, reconstruct });
  });
}

export function isLatest(id: number): boolean {
  return id === latest;
}

/**
 * Stops whatever the worker is doing (a long import or analysis): the worker is ended and
 * every waiting job answers "cancelled"; the next job starts a fresh worker.
 */
export function cancelJobs(): void {
  worker?.terminate();
  worker = null;
  for (const [id, resolve] of pending) resolve({ id, ok: false, error: { key: 'app.cancelled', params: {} } });
  pending.clear();
  progress.clear();
  parts.clear();
}

/** The project as project-file text, written in the worker; null when cancelled or failed. */
export async function serializeInWorker(job: Omit<SerializeJob, 'kind'>): Promise<string | null> {
  const answer = await analyse({ kind: 'serialize', ...job }, {}, false, { track: false });
  return answer.ok && answer.kind === 'serialized' ? answer.content : null;
}
