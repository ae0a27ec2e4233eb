/**
 * The shortest-path sweep over worker threads, one per core. Each thread gets the network once
 * and takes chunks of sources from a shared counter until none are left, posting each part
 * back (sweepJobParts); a thread never waits for this one, which meanwhile computes the other
 * measures. The parts are merged in chunk order (path-sweep.ts), so the figures do not depend
 * on how many threads ran. Small sweeps stay on the calling thread (worthThreads).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { sweepHere, worthThreads, type SweepJob, type SweepPart, type Sweeper } from '../../shared/metrics/path-sweep';

/** What a sweep thread posts back: one chunk's part. */
export interface SweepThreadMessage {
  part: SweepPart;
}

/** The threads to use: every core, or at most TALKMAP_THREADS (a whole number of 1 or more) when set. */
export function threadCount(setting: string | undefined, cores = availableParallelism()): number {
  const asked = Number(setting);
  return setting !== undefined && Number.isInteger(asked) && asked >= 1 ? Math.min(asked, cores) : cores;
}

/** `entry`: the built sweep-thread.mjs (electron/sweep-thread.ts). */
export function threadSweeper(entry: URL, threads = availableParallelism()): Sweeper {
  return (input, chunks, onProgress) => {
    if (threads < 2 || chunks.length < 2 || !worthThreads(input)) return Promise.resolve(sweepHere(input, onProgress));
    const workers = Math.min(threads, chunks.length);
    const counter = new Int32Array(new SharedArrayBuffer(4));
    return runOnThreads(
      entry,
      Array.from({ length: workers }, (_, worker): SweepJob => ({ input, chunks, counter, worker, workers })),
      onProgress,
    );
  };
}

function runOnThreads(entry: URL, jobs: SweepJob[], onProgress?: (fraction: number) => void): Promise<SweepPart[]> {
  const { input, chunks } = jobs[0] as SweepJob;
  return new Promise((resolve) => {
    const parts: SweepPart[] = [];
    const workers: Worker[] = [];
    let swept = 0;
    let settled = false;
    // A thread that cannot start or fails: the sweep is done on this thread instead (slower, the same figures).
    const stop = (failed = false): void => {
      if (settled) return;
      settled = true;
      for (const w of workers) void w.terminate();
      resolve(failed ? sweepHere(input, onProgress) : parts);
    };
    for (const job of jobs) {
      const worker = new Worker(entry, { workerData: job });
      workers.push(worker);
      worker.on('message', ({ part }: SweepThreadMessage) => {
        parts.push(part);
        swept += part.to - part.from;
        onProgress?.(swept / input.sources.length);
        if (parts.length === chunks.length) stop();
      });
      worker.on('error', () => stop(true));
      worker.on('exit', (code) => {
        if (code !== 0) stop(true);
      });
    }
  });
}
