/**
 * PageRank with damping 0.85 on the directed graph; people who name nobody (dangling) spread
 * their score uniformly; scores sum to 1 — igraph page_rank(). Unweighted by default; `weighted`:
 * a person passes their score on in proportion to the weights of the ties they name
 * (igraph page_rank(weights = weight)). Solved by power iteration to a tolerance far below the
 * 1e-6 the cross-checks demand.
 */
import type { TalkGraph } from '../network/build-graph';
import { indexGraph } from './paths';

export function pagerank(graph: TalkGraph, damping = 0.85, weighted = false): Map<string, number> {
  const { ids, in: inn, out, inWeight, outWeight } = indexGraph(graph);
  const n = ids.length;
  const result = new Map<string, number>();
  if (n === 0) return result;
  let rank = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  // A person's outgoing total: ties counted (unweighted) or their weights summed.
  const outDegree = weighted ? outWeight.map((w) => w.reduce((a, b) => a + b, 0)) : out.map((o) => o.length);
  for (let iteration = 0; iteration < 10_000; iteration++) {
    let dangling = 0;
    for (let v = 0; v < n; v++) if ((outDegree[v] as number) <= 0) dangling += rank[v] as number;
    const base = (1 - damping) / n + (damping * dangling) / n;
    let change = 0;
    for (let v = 0; v < n; v++) {
      let sum = 0;
      const from = inn[v] as number[];
      const w = inWeight[v] as number[];
      for (let k = 0; k < from.length; k++) {
        const u = from[k] as number;
        if ((outDegree[u] as number) > 0) sum += ((rank[u] as number) * (weighted ? (w[k] as number) : 1)) / (outDegree[u] as number);
      }
      next[v] = base + damping * sum;
      change += Math.abs((next[v] as number) - (rank[v] as number));
    }
    [rank, next] = [next, rank];
    if (change < 1e-15 * n) break;
  }
  let total = 0;
  for (let v = 0; v < n; v++) total += rank[v] as number;
  ids.forEach((id, v) => result.set(id, (rank[v] as number) / total));
  return result;
}
