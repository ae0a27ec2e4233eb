/**
 * One sweep of breadth-first searches — one from every person — that yields every
 * shortest-path measure at once: Brandes betweenness, harmonic in- and out-closeness, and
 * the mean distance inside the largest strong component. O(n·m) in total, on flat typed
 * arrays (CSR).
 *
 * The sources are cut into a fixed number of chunks that depend only on the network's size;
 * each chunk is summed on its own and the chunks are added up in order. So the figures are the
 * same to the last bit whether one thread runs every chunk (pathSweep) or several threads
 * share them (a `Sweeper`: worker threads in the CLI, Web Workers in the app).
 */
import type { TalkGraph } from '../network/build-graph';

export interface PathSweep {
  ids: string[];
  betweenness: Float64Array;
  harmonicOut: Float64Array;
  harmonicIn: Float64Array;
  /** Mean distance over ordered pairs inside `within`, or null when it has fewer than two members. */
  averageDistanceWithin: number | null;
}

/** The network as the sweep reads it: plain typed arrays, so it can be posted to another thread. */
export interface SweepInput {
  n: number;
  /** Out-ties in CSR form: the targets of person i are targets[offsets[i]..offsets[i+1]). */
  offsets: Int32Array;
  targets: Int32Array;
  /** 1 for the members of the component whose mean distance is measured. */
  within: Uint8Array;
  /** The people searched from, in order (everyone for the exact sweep; a sample for an estimate). */
  sources: Int32Array;
  /** Distances only (no betweenness): the reversed searches of an estimate (path-estimate.ts). */
  distancesOnly?: boolean;
}

/** What the searches from sources[from..to) add: per person, and the distances inside `within`. */
export interface SweepPart {
  from: number;
  to: number;
  betweenness: Float64Array;
  harmonicIn: Float64Array;
  /** The reach sum of each of this chunk's sources, in source order. */
  reach: Float64Array;
  withinTotal: number;
  withinPairs: number;
}

/** Runs the chunks of a sweep (in any order, on any threads) and returns their parts. */
export type Sweeper = (input: SweepInput, chunks: readonly (readonly [number, number])[], onProgress?: (fraction: number) => void) => Promise<SweepPart[]>;

/**
 * Below this much work (sources × ties) a sweep runs on the thread that asked: starting
 * threads would cost more than it saves (a 500-person school: about a million).
 */
export const THREADS_FROM_WORK = 10_000_000;

export function worthThreads(input: SweepInput): boolean {
  return input.sources.length * input.targets.length >= THREADS_FROM_WORK;
}

/** About this many chunks per sweep: enough to share over many cores and report progress often. */
const CHUNKS = 64;

/** The chunks of `sources` sources: fixed by the count alone, never by the number of threads. */
export function sweepChunks(sources: number): [number, number][] {
  const size = Math.max(1, Math.ceil(sources / CHUNKS));
  const chunks: [number, number][] = [];
  for (let from = 0; from < sources; from += size) chunks.push([from, Math.min(sources, from + size)]);
  return chunks;
}

/**
 * The graph's ties as CSR, with `within` marked; `sources` defaults to everyone. `reversed`
 * follows ties backwards (who reaches a person), for the out-closeness of an estimate.
 */
export function sweepInput(graph: TalkGraph, within: readonly string[] = [], sources?: Int32Array, reversed = false): { ids: string[]; input: SweepInput } {
  const ids = graph.nodes();
  const n = ids.length;
  const index = new Map(ids.map((id, i) => [id, i] as const));
  const offsets = new Int32Array(n + 1);
  graph.forEachNode((id) => {
    const i = index.get(id) as number;
    offsets[i + 1] = reversed ? graph.inDegree(id) : graph.outDegree(id);
  });
  for (let i = 0; i < n; i++) offsets[i + 1] = (offsets[i + 1] as number) + (offsets[i] as number);
  const targets = new Int32Array(offsets[n] as number);
  const fill = offsets.slice(0, n);
  graph.forEachEdge((_e, _a, source, target) => {
    const i = index.get(reversed ? target : source) as number;
    const at = fill[i] as number;
    targets[at] = index.get(reversed ? source : target) as number;
    fill[i] = at + 1;
  });
  const inWithin = new Uint8Array(n);
  for (const id of within) inWithin[index.get(id) as number] = 1;
  const everyone = sources ?? Int32Array.from({ length: n }, (_, i) => i);
  return { ids, input: { n, offsets, targets, within: inWithin, sources: everyone } };
}

/**
 * The searches from sources[from..to), level by level. Per source: a breadth-first search that
 * counts shortest paths (sigma) and writes down the tie steps that lie on one (the DAG), then
 * Brandes' accumulation back along those steps only.
 *
 * Each level is found the cheaper way (Beamer's direction-optimising search): top-down, along
 * the out-ties of the level just found, while those are fewer than the in-ties of everyone not
 * yet reached; bottom-up, along the in-ties of everyone not yet reached, once the search has
 * spread over most of the network (on a school-like network of 50,000 the bottom-up levels
 * look at about half the ties the top-down ones would). A top-down level writes each person's
 * steps to their successors (pulled back: a person adds up their successors' shares); a
 * bottom-up level writes each new person's steps from their predecessors (pushed back: a person
 * hands their share to their predecessors). Once a person's dependency is known, their sigma
 * slot holds (1 + dependency) / sigma, what their predecessors add up.
 */
interface Scratch {
  sigma: Float64Array;
  /** Shares pushed back along bottom-up steps, per person; left at 0 for the next search. */
  pushed: Float64Array;
  dist: Int32Array;
  order: Int32Array;
  dag: Int32Array;
  /** Per position in `order`: where that person's steps to successors (top-down) start in `dag`. */
  successorsAt: Int32Array;
  /** Per position in `order`: where that person's steps from predecessors (bottom-up) start in `dag`. */
  predecessorsAt: Int32Array;
  /** Where level L starts in `order`. */
  levelAt: Int32Array;
  /** 1 when level L was found bottom-up. */
  foundBottomUp: Uint8Array;
  /** The people not yet reached, during bottom-up levels. */
  unreached: Int32Array;
  /** In-ties in CSR form: the sources of person i are inSources[inOffsets[i]..inOffsets[i+1]). */
  inOffsets: Int32Array;
  inSources: Int32Array;
}

/**
 * The search's working arrays, made once per network and thread and reused by every chunk (each
 * search leaves `dist` at -1 and `pushed` at 0 for the next): a network of imagined answers
 * (findings' bounds) has hundreds of thousands of ties, and a fresh array per chunk cost more
 * than the searches.
 */
const scratches = new WeakMap<SweepInput, Scratch>();
/** The in-ties in CSR form, from the out-ties: who reaches each person in one step. */
function inTies({ n, offsets, targets }: SweepInput): { inOffsets: Int32Array; inSources: Int32Array } {
  const inOffsets = new Int32Array(n + 1);
  for (let k = 0; k < targets.length; k++) inOffsets[(targets[k] as number) + 1] = (inOffsets[(targets[k] as number) + 1] as number) + 1;
  for (let i = 0; i < n; i++) inOffsets[i + 1] = (inOffsets[i + 1] as number) + (inOffsets[i] as number);
  const inSources = new Int32Array(targets.length);
  const fill = inOffsets.slice(0, n);
  for (let v = 0; v < n; v++) {
    for (let k = offsets[v] as number, end = offsets[v + 1] as number; k < end; k++) {
      const w = targets[k] as number;
      const at = fill[w] as number;
      inSources[at] = v;
      fill[w] = at + 1;
    }
  }
  return { inOffsets, inSources };
}

function scratchFor(input: SweepInput): Scratch {
  let scratch = scratches.get(input);
  if (!scratch) {
    const { n, targets } = input;
    scratch = {
      sigma: new Float64Array(n),
      pushed: new Float64Array(n),
      dist: new Int32Array(n).fill(-1),
      order: new Int32Array(n),
      dag: new Int32Array(input.distancesOnly === true ? 0 : targets.length),
      successorsAt: new Int32Array(n + 1),
      predecessorsAt: new Int32Array(n + 1),
      levelAt: new Int32Array(n + 2),
      foundBottomUp: new Uint8Array(n + 2),
      unreached: new Int32Array(n),
      ...inTies(input),
    };
    scratches.set(input, scratch);
  }
  return scratch;
}

export function sweepRange(input: SweepInput, from: number, to: number, onSource?: () => void): SweepPart {
  const { n, offsets, targets, within, sources } = input;
  const accumulate = input.distancesOnly !== true;
  const betweenness = new Float64Array(n);
  const harmonicIn = new Float64Array(n);
  const reach = new Float64Array(to - from);
  const { sigma, pushed, dist, order, dag, successorsAt, predecessorsAt, levelAt, foundBottomUp, unreached, inOffsets, inSources } = scratchFor(input);
  const ties = targets.length;
  let withinTotal = 0;
  let withinPairs = 0;
  for (let at = from; at < to; at++) {
    const s = sources[at] as number;
    dist[s] = 0;
    sigma[s] = 1;
    order[0] = s;
    levelAt[0] = 0;
    // The level just found is order[lo..hi); `level` is its distance.
    let lo = 0;
    let hi = 1;
    let level = 0;
    let steps = 0;
    let unreachedCount = -1;
    let levelOutTies = (offsets[s + 1] as number) - (offsets[s] as number);
    let unreachedInTies = ties - ((inOffsets[s + 1] as number) - (inOffsets[s] as number));
    while (lo < hi) {
      const next = level + 1;
      let tail = hi;
      let nextOutTies = 0;
      if (levelOutTies <= unreachedInTies) {
        for (let i = lo; i < hi; i++) {
          const v = order[i] as number;
          successorsAt[i] = steps;
          const sv = sigma[v] as number;
          for (let k = offsets[v] as number, end = offsets[v + 1] as number; k < end; k++) {
            const w = targets[k] as number;
            const dw = dist[w] as number;
            if (dw < 0) {
              dist[w] = next;
              order[tail++] = w;
              nextOutTies += (offsets[w + 1] as number) - (offsets[w] as number);
              unreachedInTies -= (inOffsets[w + 1] as number) - (inOffsets[w] as number);
              if (!accumulate) continue;
              sigma[w] = sv;
              dag[steps++] = w;
            } else if (accumulate && dw === next) {
              sigma[w] = (sigma[w] as number) + sv;
              dag[steps++] = w;
            }
          }
        }
        successorsAt[hi] = steps;
        foundBottomUp[next] = 0;
        unreachedCount = -1;
      } else {
        if (unreachedCount < 0) {
          unreachedCount = 0;
          for (let v = 0; v < n; v++) if ((dist[v] as number) < 0) unreached[unreachedCount++] = v;
        }
        let still = 0;
        for (let j = 0; j < unreachedCount; j++) {
          const w = unreached[j] as number;
          const start = steps;
          let sw = 0;
          for (let k = inOffsets[w] as number, end = inOffsets[w + 1] as number; k < end; k++) {
            const u = inSources[k] as number;
            if (dist[u] === level) {
              if (!accumulate) {
                sw = 1;
                break;
              }
              sw += sigma[u] as number;
              dag[steps++] = u;
            }
          }
          if (sw > 0) {
            dist[w] = next;
            sigma[w] = sw;
            predecessorsAt[tail] = start;
            order[tail++] = w;
            nextOutTies += (offsets[w + 1] as number) - (offsets[w] as number);
            unreachedInTies -= (inOffsets[w + 1] as number) - (inOffsets[w] as number);
          } else unreached[still++] = w;
        }
        unreachedCount = still;
        predecessorsAt[tail] = steps;
        foundBottomUp[next] = 1;
      }
      level = next;
      levelAt[level] = hi;
      lo = hi;
      hi = tail;
      levelOutTies = nextOutTies;
    }
    // `level` is now one past the deepest level reached; level L is order[levelAt[L]..levelAt[L+1]).
    let reachSum = 0;
    const sourceWithin = within[s] === 1;
    for (let L = level - 1; L >= 1; L--) {
      const first = levelAt[L] as number;
      const last = (levelAt[L + 1] as number) - 1;
      const inv = 1 / L;
      reachSum += (last - first + 1) * inv;
      const pull = foundBottomUp[L + 1] === 0;
      const push = foundBottomUp[L] === 1;
      for (let i = last; i >= first; i--) {
        const v = order[i] as number;
        dist[v] = -1;
        harmonicIn[v] = (harmonicIn[v] as number) + inv;
        if (sourceWithin && within[v] === 1) {
          withinTotal += L;
          withinPairs++;
        }
        if (!accumulate) continue;
        let shares: number;
        if (pull) {
          shares = 0;
          for (let k = successorsAt[i] as number, end = successorsAt[i + 1] as number; k < end; k++) shares += sigma[dag[k] as number] as number;
        } else {
          shares = pushed[v] as number;
          pushed[v] = 0;
        }
        const sv = sigma[v] as number;
        const dependency = sv * shares;
        betweenness[v] = (betweenness[v] as number) + dependency;
        const share = (1 + dependency) / sv;
        sigma[v] = share;
        if (push) {
          for (let k = predecessorsAt[i] as number, end = predecessorsAt[i + 1] as number; k < end; k++) {
            const u = dag[k] as number;
            pushed[u] = (pushed[u] as number) + share;
          }
        }
      }
    }
    pushed[s] = 0;
    dist[s] = -1;
    reach[at - from] = reachSum;
    onSource?.();
  }
  return { from, to, betweenness, harmonicIn, reach, withinTotal, withinPairs };
}

/**
 * What one sweep thread is sent: the network, the chunks, and how it takes its next chunk —
 * from a counter all the threads share (a free thread takes the next, so one busy core never
 * holds the sweep up), or, where memory cannot be shared, every `workers`-th chunk from its own.
 */
export interface SweepJob {
  input: SweepInput;
  chunks: readonly (readonly [number, number])[];
  /** One Int32 on a SharedArrayBuffer: the next chunk to take. */
  counter: Int32Array | null;
  worker: number;
  workers: number;
}

/** The parts of the chunks this thread takes, one at a time as they are done. */
export function* sweepJobParts(job: SweepJob): Generator<SweepPart> {
  const { input, chunks, counter } = job;
  const take = counter
    ? () => Atomics.add(counter, 0, 1)
    : (() => {
        let next = job.worker - job.workers;
        return () => (next += job.workers);
      })();
  for (let i = take(); i < chunks.length; i = take()) {
    const [from, to] = chunks[i] as readonly [number, number];
    yield sweepRange(input, from, to);
  }
}

/** The parts added up in chunk order (whatever order they arrived in), scaled to the sweep's measures. */
export function mergeSweep(ids: string[], input: SweepInput, parts: readonly SweepPart[]): PathSweep {
  const { n, sources } = input;
  const betweenness = new Float64Array(n);
  const harmonicIn = new Float64Array(n);
  const harmonicOut = new Float64Array(n);
  let withinTotal = 0;
  let withinPairs = 0;
  for (const part of [...parts].sort((a, b) => a.from - b.from)) {
    for (let i = 0; i < n; i++) {
      betweenness[i] = (betweenness[i] as number) + (part.betweenness[i] as number);
      harmonicIn[i] = (harmonicIn[i] as number) + (part.harmonicIn[i] as number);
    }
    for (let at = part.from; at < part.to; at++) harmonicOut[sources[at] as number] = part.reach[at - part.from] as number;
    withinTotal += part.withinTotal;
    withinPairs += part.withinPairs;
  }
  if (n > 1) {
    for (let i = 0; i < n; i++) {
      harmonicOut[i] = (harmonicOut[i] as number) / (n - 1);
      harmonicIn[i] = (harmonicIn[i] as number) / (n - 1);
    }
  }
  return { ids, betweenness, harmonicOut, harmonicIn, averageDistanceWithin: withinPairs > 0 ? withinTotal / withinPairs : null };
}

/** Every chunk on this thread, in order. */
export function sweepHere(input: SweepInput, onProgress?: (fraction: number) => void): SweepPart[] {
  const total = input.sources.length;
  const every = Math.max(1, Math.floor(total / 50));
  let done = 0;
  const tick = (): void => {
    if (++done % every === 0) onProgress?.(done / total);
  };
  return sweepChunks(total).map(([from, to]) => sweepRange(input, from, to, tick));
}

export function pathSweep(graph: TalkGraph, within: string[] = [], onProgress?: (fraction: number) => void): PathSweep {
  const { ids, input } = sweepInput(graph, within);
  return mergeSweep(ids, input, sweepHere(input, onProgress));
}

/** The same sweep with its chunks run by `sweeper` (other threads); the figures are identical to pathSweep's. */
export async function pathSweepWith(graph: TalkGraph, within: string[], sweeper: Sweeper, onProgress?: (fraction: number) => void): Promise<PathSweep> {
  const { ids, input } = sweepInput(graph, within);
  return mergeSweep(ids, input, await sweeper(input, sweepChunks(input.sources.length), onProgress));
}
