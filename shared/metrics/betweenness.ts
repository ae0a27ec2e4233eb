/**
 * Betweenness by Brandes (2001), O(nm) on unweighted directed graphs: the raw count over
 * ordered pairs, as sna's betweenness(gmode="digraph") and igraph's directed betweenness.
 * Written here rather than taken from graphology-metrics because that one reads `weight`
 * as a distance, and survey weights are strengths.
 */
import type { TalkGraph } from '../network/build-graph';

export interface BetweennessRecord {
  betweenness: number;
  betweennessNormalized: number;
}

export function betweenness(graph: TalkGraph): Map<string, BetweennessRecord> {
  const nodes = graph.nodes();
  const n = nodes.length;
  const index = new Map(nodes.map((id, i) => [id, i] as const));
  const out: number[][] = nodes.map((id) => graph.outNeighbors(id).map((m) => index.get(m) ?? -1));
  const cb = new Float64Array(n);
  const sigma = new Float64Array(n);
  const dist = new Int32Array(n);
  const delta = new Float64Array(n);
  const stack = new Int32Array(n);
  const queue = new Int32Array(n);
  const preds: number[][] = nodes.map(() => []);

  for (let s = 0; s < n; s++) {
    sigma.fill(0);
    dist.fill(-1);
    delta.fill(0);
    for (const p of preds) p.length = 0;
    sigma[s] = 1;
    dist[s] = 0;
    let head = 0;
    let tail = 0;
    let top = 0;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++] as number;
      stack[top++] = v;
      for (const w of out[v] as number[]) {
        if ((dist[w] as number) < 0) {
          dist[w] = (dist[v] as number) + 1;
          queue[tail++] = w;
        }
        if (dist[w] === (dist[v] as number) + 1) {
          sigma[w] = (sigma[w] as number) + (sigma[v] as number);
          (preds[w] as number[]).push(v);
        }
      }
    }
    while (top > 0) {
      const w = stack[--top] as number;
      for (const v of preds[w] as number[]) {
        delta[v] = (delta[v] as number) + ((sigma[v] as number) / (sigma[w] as number)) * (1 + (delta[w] as number));
      }
      if (w !== s) cb[w] = (cb[w] as number) + (delta[w] as number);
    }
  }
  const scale = n > 2 ? (n - 1) * (n - 2) : 1;
  const result = new Map<string, BetweennessRecord>();
  nodes.forEach((id, i) => {
    const raw = cb[i] as number;
    result.set(id, { betweenness: raw, betweennessNormalized: n > 2 ? raw / scale : 0 });
  });
  return result;
}
