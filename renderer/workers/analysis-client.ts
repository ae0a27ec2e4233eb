/**
 * The page's side of the analysis worker. Every job belongs to an owner — the app's
 * network, the import wizard, the log dialog, the autosave, the waves analysed in the
 * background — and an owner's newest job is the one whose answer counts (an older one
 * finishing late is ignored). Cancelling an owner stops only its jobs: the worker is ended
 * (a running analysis cannot be interrupted otherwise) and every other owner's waiting
 * jobs are sent again to a fresh worker, so cancelling an import never loses an autosave.
 */
import type { ThresholdOverrides } from '../../shared/findings/thresholds';
import type { AnalysisRequestMessage, AnalysisResponseMessage, SerializeJob, WorkbookJob, WorkerJob } from './analysis-protocol';
import { joinLists, type ResultPart } from './result-parts';

/** Who runs a job; made once per caller. */
export interface JobOwner {
  readonly name: string;
}

export function createJobOwner(name: string): JobOwner {
  return { name };
}

interface Pending {
  owner: JobOwner;
  message: AnalysisRequestMessage;
  resolve: (message: AnalysisResponseMessage) => void;
  onProgress?: (stage: 'reading' | 'analysing', fraction: number) => void;
  /** Parts of the answer's large lists, until the answer itself arrives (result-parts.ts). */
  parts: ResultPart[];
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();
const latest = new Map<JobOwner, number>();

function settle(message: AnalysisResponseMessage): void {
  const job = pending.get(message.id);
  if (!job) return;
  pending.delete(message.id);
  if (message.ok && (message.kind === 'result' || message.kind === 'log')) joinLists(message.result, job.parts);
  job.resolve(message);
}

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<AnalysisResponseMessage>) => {
      const message = event.data;
      if (message.ok && message.kind === 'progress') return pending.get(message.id)?.onProgress?.(message.stage, message.fraction);
      if (message.ok && message.kind === 'part') return void pending.get(message.id)?.parts.push(message.part);
      settle(message);
    };
  }
  return worker;
}

/** Runs a job in the worker for `owner`; it becomes the owner's newest job. */
export function runInWorker(
  owner: JobOwner,
  job: WorkerJob,
  {
    thresholds = {},
    reconstruct = false,
    onProgress,
  }: { thresholds?: ThresholdOverrides; reconstruct?: boolean; onProgress?: (stage: 'reading' | 'analysing', fraction: number) => void } = {},
): Promise<AnalysisResponseMessage> {
  const id = nextId++;
  latest.set(owner, id);
  const message: AnalysisRequestMessage = { id, job, thresholds, reconstruct };
  return new Promise((resolve) => {
    pending.set(id, { owner, message, resolve, ...(onProgress ? { onProgress } : {}), parts: [] });
    getWorker().postMessage(message);
  });
}

/** Whether this answer is for the owner's newest job (an older one is ignored). */
export function isLatest(owner: JobOwner, id: number): boolean {
  return latest.get(owner) === id;
}

/**
 * Stops the owner's jobs: each answers "cancelled". Other owners' jobs are sent again to a
 * fresh worker and answer as if nothing happened.
 */
export function cancelOwner(owner: JobOwner): void {
  const mine = [...pending.entries()].filter(([, p]) => p.owner === owner);
  if (mine.length === 0) return;
  worker?.terminate();
  worker = null;
  for (const [id, job] of mine) {
    pending.delete(id);
    job.resolve({ id, ok: false, error: { key: 'app.cancelled', params: {} } });
  }
  for (const job of pending.values()) {
    job.parts = [];
    getWorker().postMessage(job.message);
  }
}

/** The project as project-file text, written in the worker; null when cancelled or failed. */
export async function serializeInWorker(owner: JobOwner, job: Omit<SerializeJob, 'kind'>): Promise<string | null> {
  const answer = await runInWorker(owner, { kind: 'serialize', ...job });
  return answer.ok && answer.kind === 'serialized' ? answer.content : null;
}

/** The results as .xlsx bytes, written in the worker; throws the worker's error (translated by the caller). */
export async function workbookInWorker(owner: JobOwner, job: Omit<WorkbookJob, 'kind'>): Promise<Uint8Array> {
  const answer = await runInWorker(owner, { kind: 'workbook', ...job });
  if (answer.ok && answer.kind === 'workbook') return answer.bytes;
  throw new Error(answer.ok ? 'unexpected answer' : answer.error.key);
}
