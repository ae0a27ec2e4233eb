/**
 * One sweep of breadth-first searches — one from every person — that yields every
 * shortest-path measure at once: Brandes betweenness, harmonic in- and out-closeness, and
 * the mean distance inside the largest strong component. O(n·m) in total, on flat typed
 * arrays (CSR), with predecessors found from distances instead of stored lists.
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

interface Csr {
  offsets: Int32Array;
  targets: Int32Array;
}

function csr(n: number, pairs: [number, number][]): Csr {
  const offsets = new Int32Array(n + 1);
  for (const [s] of pairs) offsets[s + 1] = (offsets[s + 1] as number) + 1;
  for (let i = 0; i < n; i++) offsets[i + 1] = (offsets[i + 1] as number) + (offsets[i] as number);
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(pairs.length);
  for (const [s, t] of pairs) {
    const at = fill[s] as number;
    targets[at] = t;
    fill[s] = at + 1;
  }
  return { offsets, targets };
}

export function pathSweep(graph: TalkGraph, within: string[] = [], onProgress?: (fraction: number) => void): PathSweep {
  const ids = graph.nodes();
  const n = ids.length;
  const index = new Map(ids.map((id, i) => [id, i] as const));
  const pairs: [number, number][] = [];
  graph.forEachEdge((_e, _a, s, t) => pairs.push([index.get(s) as number, index.get(t) as number]));
  const out = csr(n, pairs);
  const inn = csr(
    n,
    pairs.map(([s, t]) => [t, s]),
  );
  const inWithin = new Uint8Array(n);
  for (const id of within) inWithin[index.get(id) as number] = 1;

  const betweenness = new Float64Array(n);
  const harmonicOut = new Float64Array(n);
  const harmonicIn = new Float64Array(n);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const dist = new Int32Array(n);
  const order = new Int32Array(n);
  let withinTotal = 0;
  let withinPairs = 0;

  const every = Math.max(1, Math.floor(n / 50));
  for (let s = 0; s < n; s++) {
    if (onProgress && s % every === 0) onProgress(s / n);
    dist.fill(-1);
    sigma.fill(0);
    delta.fill(0);
    dist[s] = 0;
    sigma[s] = 1;
    let head = 0;
    let tail = 0;
    order[tail++] = s;
    let reachSum = 0;
    while (head < tail) {
      const v = order[head++] as number;
      const dv = dist[v] as number;
      if (v !== s) {
        const inv = 1 / dv;
        reachSum += inv;
        harmonicIn[v] = (harmonicIn[v] as number) + inv;
        if (inWithin[s] && inWithin[v]) {
          withinTotal += dv;
          withinPairs++;
        }
      }
      for (let k = out.offsets[v] as number, end = out.offsets[v + 1] as number; k < end; k++) {
        const w = out.targets[k] as number;
        if ((dist[w] as number) < 0) {
          dist[w] = dv + 1;
          order[tail++] = w;
        }
        if (dist[w] === dv + 1) sigma[w] = (sigma[w] as number) + (sigma[v] as number);
      }
    }
    harmonicOut[s] = reachSum;
    // Brandes' accumulation, in reverse BFS order; predecessors are in-neighbours one step closer.
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i] as number;
      const dw = dist[w] as number;
      const coefficient = (1 + (delta[w] as number)) / (sigma[w] as number);
      for (let k = inn.offsets[w] as number, end = inn.offsets[w + 1] as number; k < end; k++) {
        const v = inn.targets[k] as number;
        if (dist[v] === dw - 1) delta[v] = (delta[v] as number) + (sigma[v] as number) * coefficient;
      }
      betweenness[w] = (betweenness[w] as number) + (delta[w] as number);
    }
  }
  if (n > 1) {
    for (let i = 0; i < n; i++) {
      harmonicOut[i] = (harmonicOut[i] as number) / (n - 1);
      harmonicIn[i] = (harmonicIn[i] as number) / (n - 1);
    }
  }
  return { ids, betweenness, harmonicOut, harmonicIn, averageDistanceWithin: withinPairs > 0 ? withinTotal / withinPairs : null };
}
