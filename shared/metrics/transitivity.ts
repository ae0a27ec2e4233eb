/**
 * Transitivity (global clustering coefficient): 3 × triangles / connected triples on the
 * network with directions ignored — igraph transitivity(type = "global").
 */
import type { TalkGraph } from '../network/build-graph';

export function transitivity(graph: TalkGraph): number | null {
  const neighbours = new Map<string, Set<string>>();
  graph.forEachNode((v) => neighbours.set(v, new Set(graph.neighbors(v))));
  let triangles = 0;
  let triples = 0;
  for (const set of neighbours.values()) {
    const list = [...set];
    const k = list.length;
    triples += (k * (k - 1)) / 2;
    for (let i = 0; i < k; i++) {
      const a = neighbours.get(list[i] as string) as Set<string>;
      for (let j = i + 1; j < k; j++) if (a.has(list[j] as string)) triangles++;
    }
  }
  // Each triangle is counted once at each of its three corners.
  return triples > 0 ? triangles / triples : null;
}
