/**
 * Communities by Louvain (graphology-communities-louvain) on the network with directions
 * ignored, seeded so results repeat; their modularity; and how well they match the formal
 * groups (adjusted Rand index: 1 identical, about 0 no better than chance). `weighted`: the
 * two directions of a pair become one undirected tie with the sum of their weights (igraph
 * as_undirected(mode = "collapse", edge_attr_comb = "sum")), and Louvain and modularity use it.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { TalkGraph } from '../network/build-graph';
import { seededRandom } from '../network/seeded-random';
import { arcKey } from '../network/pair-key';

export interface CommunityResult {
  communityOf: Map<string, number>;
  count: number;
  modularity: number | null;
  /** Adjusted Rand index between communities and groups, over people with a group. */
  groupAgreement: number | null;
}

export const LOUVAIN_SEED = 20260309;

export function communities(graph: TalkGraph, seed = LOUVAIN_SEED, weighted = false): CommunityResult {
  const undirected = new Graph<Record<string, never>, { weight: number }>({ type: 'undirected' });
  graph.forEachNode((v) => undirected.addNode(v));
  graph.forEachEdge((_e, a, s, t) => {
    const w = weighted ? a.weight : 1;
    if (!undirected.hasEdge(s, t)) undirected.addEdge(s, t, { weight: w });
    else if (weighted) undirected.updateEdgeAttribute(s, t, 'weight', (x) => (x ?? 0) + w);
  });
  if (undirected.size === 0) {
    return { communityOf: new Map(graph.nodes().map((v, i) => [v, i])), count: graph.order, modularity: null, groupAgreement: null };
  }
  const detailed = louvain.detailed(undirected, { rng: seededRandom(seed), getEdgeWeight: weighted ? 'weight' : null });
  const communityOf = new Map(Object.entries(detailed.communities));
  const labels: [number, string][] = [];
  graph.forEachNode((v, a) => {
    if (a.group !== null) labels.push([communityOf.get(v) ?? -1, a.group]);
  });
  return { communityOf, count: detailed.count, modularity: detailed.modularity, groupAgreement: labels.length > 1 ? adjustedRandIndex(labels) : null };
}

/** Hubert & Arabie's adjusted Rand index between two labelings of the same items. */
export function adjustedRandIndex(pairs: [number | string, number | string][]): number {
  const choose2 = (x: number): number => (x * (x - 1)) / 2;
  const table = new Map<string, number>();
  const rows = new Map<number | string, number>();
  const cols = new Map<number | string, number>();
  for (const [a, b] of pairs) {
    const key = arcKey(String(a), String(b));
    table.set(key, (table.get(key) ?? 0) + 1);
    rows.set(a, (rows.get(a) ?? 0) + 1);
    cols.set(b, (cols.get(b) ?? 0) + 1);
  }
  const index = [...table.values()].reduce((s, x) => s + choose2(x), 0);
  const sumRows = [...rows.values()].reduce((s, x) => s + choose2(x), 0);
  const sumCols = [...cols.values()].reduce((s, x) => s + choose2(x), 0);
  const expected = (sumRows * sumCols) / choose2(pairs.length);
  const max = (sumRows + sumCols) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
}
