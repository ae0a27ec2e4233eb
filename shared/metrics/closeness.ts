/**
 * Harmonic closeness: the sum of 1/d over the people one can reach (out) or who can reach
 * one (in), divided by n − 1 — igraph harmonic_centrality(mode, normalized=TRUE). Unlike
 * classic closeness it is defined for networks that are not strongly connected, which
 * survey networks rarely are. (graphology-metrics' closeness is inbound-only.)
 */
import type { TalkGraph } from '../network/build-graph';
import { bfs, indexGraph } from './paths';

export interface ClosenessRecord {
  harmonicInCloseness: number;
  harmonicOutCloseness: number;
}

export function harmonicCloseness(graph: TalkGraph): Map<string, ClosenessRecord> {
  const { ids, out, in: inn } = indexGraph(graph);
  const n = ids.length;
  const dist = new Int32Array(n);
  const queue = new Int32Array(n);
  const sum = (adjacency: number[][], s: number): number => {
    bfs(adjacency, s, dist, queue);
    let total = 0;
    for (let v = 0; v < n; v++) if (v !== s && (dist[v] as number) > 0) total += 1 / (dist[v] as number);
    return n > 1 ? total / (n - 1) : 0;
  };
  const result = new Map<string, ClosenessRecord>();
  ids.forEach((id, i) => result.set(id, { harmonicOutCloseness: sum(out, i), harmonicInCloseness: sum(inn, i) }));
  return result;
}
