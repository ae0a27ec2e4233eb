/**
 * The page's side of the map worker. Every job belongs to an owner (one map on screen);
 * jobs run one at a time in order, and cancelling an owner drops its waiting jobs and,
 * when its job is the one running, restarts the worker — other owners' jobs go on.
 */
import type { Point, TieRoute } from '../../shared/layout/geometry';
import type { ForceLayoutInput } from '../../shared/layout/force-layout';
import type { RoutedTie } from '../../shared/layout/route-ties';
import type { Disc } from '../../shared/layout/geometry';
import type { MapAnswer, MapJob, MapResponseMessage } from './map-protocol';

/** Who asked: a map creates one owner and cancels it when it goes away. */
export interface MapJobOwner {
  readonly name: string;
}

interface Queued {
  id: number;
  owner: MapJobOwner;
  job: MapJob;
  resolve: (answer: MapAnswer | null) => void;
}

let worker: Worker | null = null;
let nextId = 1;
let running: Queued | null = null;
const queue: Queued[] = [];

function start(): void {
  if (running || queue.length === 0) return;
  running = queue.shift() as Queued;
  if (!worker) {
    worker = new Worker(new URL('./map.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<MapResponseMessage>) => {
      const done = running;
      if (!done || done.id !== event.data.id) return;
      running = null;
      done.resolve(event.data.ok ? event.data.answer : null);
      start();
    };
  }
  worker.postMessage({ id: running.id, job: running.job });
}

export function createOwner(name: string): MapJobOwner {
  return { name };
}

function run(owner: MapJobOwner, job: MapJob): Promise<MapAnswer | null> {
  return new Promise((resolve) => {
    queue.push({ id: nextId++, owner, job, resolve });
    start();
  });
}

/** Drops the owner's jobs: their promises answer null. */
export function cancelOwner(owner: MapJobOwner): void {
  for (let i = queue.length - 1; i >= 0; i--) {
    if (queue[i]?.owner !== owner) continue;
    queue[i]?.resolve(null);
    queue.splice(i, 1);
  }
  if (running?.owner === owner) {
    worker?.terminate();
    worker = null;
    const cancelled = running;
    running = null;
    cancelled.resolve(null);
    start();
  }
}

/** Force-directed positions (ForceAtlas2); null when cancelled or failed. */
export async function forcePositions(owner: MapJobOwner, input: ForceLayoutInput): Promise<Record<string, Point> | null> {
  const answer = await run(owner, { kind: 'force', input });
  return answer?.kind === 'force' ? answer.positions : null;
}

/** Routes that keep ties clear of people; null when cancelled or failed. */
export async function tieRoutes(owner: MapJobOwner, discs: Disc[], ties: RoutedTie[]): Promise<{ routes: Map<string, TieRoute>; unresolved: string[] } | null> {
  const answer = await run(owner, { kind: 'route', discs, ties });
  return answer?.kind === 'route' ? { routes: new Map(answer.routes), unresolved: answer.unresolved } : null;
}
