/**
 * Betweenness by Brandes (2001), O(nm) on unweighted directed graphs: the raw count over
 * ordered pairs, as sna's betweenness(gmode="digraph") and igraph's directed betweenness.
 * Written here rather than taken from graphology-metrics because that one reads `weight`
 * as a distance, and survey weights are strengths. The sweep itself is in path-sweep.ts.
 */
import type { TalkGraph } from '../network/build-graph';
import { pathSweep, type PathSweep } from './path-sweep';

export interface BetweennessRecord {
  betweenness: number;
  betweennessNormalized: number;
}

export function betweennessFrom(sweep: PathSweep): Map<string, BetweennessRecord> {
  const n = sweep.ids.length;
  const scale = n > 2 ? (n - 1) * (n - 2) : 1;
  return new Map(
    sweep.ids.map((id, i) => {
      const raw = sweep.betweenness[i] as number;
      return [id, { betweenness: raw, betweennessNormalized: n > 2 ? raw / scale : 0 }];
    }),
  );
}

export function betweenness(graph: TalkGraph): Map<string, BetweennessRecord> {
  return betweennessFrom(pathSweep(graph));
}
