/**
 * Breadth-first distances on the directed graph, as index arrays. The building block for
 * closeness and average distance: O(n + m) per source, no O(n³) step anywhere.
 */
import type { TalkGraph } from '../network/build-graph';

export interface IndexedGraph {
  ids: string[];
  out: number[][];
  in: number[][];
}

export function indexGraph(graph: TalkGraph): IndexedGraph {
  const ids = graph.nodes();
  const index = new Map(ids.map((id, i) => [id, i] as const));
  const out: number[][] = ids.map(() => []);
  const inn: number[][] = ids.map(() => []);
  graph.forEachEdge((_e, _a, s, t) => {
    const si = index.get(s) as number;
    const ti = index.get(t) as number;
    (out[si] as number[]).push(ti);
    (inn[ti] as number[]).push(si);
  });
  return { ids, out, in: inn };
}

/** Distances from `source` following `adjacency`; -1 where unreachable. */
export function bfs(adjacency: number[][], source: number, dist: Int32Array, queue: Int32Array): void {
  dist.fill(-1);
  dist[source] = 0;
  let head = 0;
  let tail = 0;
  queue[tail++] = source;
  while (head < tail) {
    const v = queue[head++] as number;
    const d = (dist[v] as number) + 1;
    for (const w of adjacency[v] as number[]) {
      if ((dist[w] as number) < 0) {
        dist[w] = d;
        queue[tail++] = w;
      }
    }
  }
}
