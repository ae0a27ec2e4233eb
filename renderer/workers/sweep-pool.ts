/**
 * The shortest-path sweep over a pool of Web Workers, one per core, started from the analysis
 * worker for the length of one sweep (so cancelling an analysis, which ends the analysis worker,
 * ends them too). Where the page may share memory (cross-origin isolated) the workers take
 * chunks from one counter; otherwise each takes a fixed share. Either way the parts are merged
 * in chunk order (path-sweep.ts): the figures are those of one thread. Small sweeps stay on
 * the analysis worker (worthThreads).
 */
import { sweepHere, worthThreads, type SweepJob, type SweepPart, type Sweeper } from '../../shared/metrics/path-sweep';

/** What a sweep worker posts back: one chunk's part. */
export interface SweepWorkerMessage {
  part: SweepPart;
}

interface PoolScope {
  navigator?: { hardwareConcurrency?: number };
  crossOriginIsolated?: boolean;
}

export function webWorkerSweeper(): Sweeper {
  const scope = self as unknown as PoolScope;
  const cores = scope.navigator?.hardwareConcurrency ?? 1;
  return (input, chunks, onProgress) => {
    if (cores < 2 || chunks.length < 2 || !worthThreads(input) || typeof Worker === 'undefined') return Promise.resolve(sweepHere(input, onProgress));
    const workers = Math.min(cores, chunks.length);
    const counter = scope.crossOriginIsolated === true ? new Int32Array(new SharedArrayBuffer(4)) : null;
    return new Promise((resolve) => {
      const pool: Worker[] = [];
      const parts: SweepPart[] = [];
      let swept = 0;
      const stop = (): void => {
        for (const w of pool) w.terminate();
        pool.length = 0;
        resolve(parts);
      };
      for (let worker = 0; worker < workers; worker++) {
        const w = new Worker(new URL('./sweep.worker.ts', import.meta.url), { type: 'module' });
        pool.push(w);
        w.onmessage = (event: MessageEvent<SweepWorkerMessage>) => {
          const { part } = event.data;
          parts.push(part);
          swept += part.to - part.from;
          onProgress?.(swept / input.sources.length);
          if (parts.length === chunks.length) stop();
        };
        // A worker that cannot start or fails (a host that forbids nested workers): the sweep is done here
        // instead — slower, the same figures — rather than the analysis failing.
        w.onerror = (event) => {
          event.preventDefault();
          for (const other of pool) other.terminate();
          pool.length = 0;
          if (parts.length < chunks.length) resolve(sweepHere(input, onProgress));
        };
        const job: SweepJob = { input, chunks, counter, worker, workers };
        w.postMessage(job);
      }
    });
  };
}
