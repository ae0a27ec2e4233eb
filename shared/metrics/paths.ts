/**
 * The directed graph as index arrays (out- and in-neighbours), for the iterative metrics
 * (PageRank, eigenvector) that sweep over every tie many times.
 */
import type { TalkGraph } from '../network/build-graph';

export interface IndexedGraph {
  ids: string[];
  out: number[][];
  in: number[][];
  /** The tie weights, parallel to `out` and `in`. */
  outWeight: number[][];
  inWeight: number[][];
}

export function indexGraph(graph: TalkGraph): IndexedGraph {
  const ids = graph.nodes();
  const index = new Map(ids.map((id, i) => [id, i] as const));
  const out: number[][] = ids.map(() => []);
  const inn: number[][] = ids.map(() => []);
  const outWeight: number[][] = ids.map(() => []);
  const inWeight: number[][] = ids.map(() => []);
  graph.forEachEdge((_e, a, s, t) => {
    const si = index.get(s) as number;
    const ti = index.get(t) as number;
    (out[si] as number[]).push(ti);
    (inn[ti] as number[]).push(si);
    (outWeight[si] as number[]).push(a.weight);
    (inWeight[ti] as number[]).push(a.weight);
  });
  return { ids, out, in: inn, outWeight, inWeight };
}
