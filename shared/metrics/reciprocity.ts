/**
 * Reciprocity. Arc reciprocity = reciprocated arcs / arcs (sna grecip "edgewise");
 * dyad reciprocity = mutual dyads / non-null dyads (sna grecip "dyadic.nonnull"), and the
 * dyad census. Per person: how many of their ties are mutual, and what share that is.
 */
import type { TalkGraph } from '../network/build-graph';

export interface ReciprocityRecord {
  reciprocatedTies: number;
  /** Mutual ties / all distinct alters the person is tied to (in or out); null when tied to nobody. */
  reciprocity: number | null;
}

export interface NetworkReciprocity {
  arcReciprocity: number | null;
  dyadReciprocity: number | null;
  mutualDyads: number;
  asymmetricDyads: number;
  nullDyads: number;
}

export function networkReciprocity(graph: TalkGraph): NetworkReciprocity {
  let reciprocatedArcs = 0;
  graph.forEachEdge((_e, _a, s, t) => {
    if (graph.hasDirectedEdge(t, s)) reciprocatedArcs++;
  });
  const arcs = graph.size;
  const mutualDyads = reciprocatedArcs / 2;
  const asymmetricDyads = arcs - reciprocatedArcs;
  const n = graph.order;
  const nullDyads = (n * (n - 1)) / 2 - mutualDyads - asymmetricDyads;
  return {
    arcReciprocity: arcs > 0 ? reciprocatedArcs / arcs : null,
    dyadReciprocity: mutualDyads + asymmetricDyads > 0 ? mutualDyads / (mutualDyads + asymmetricDyads) : null,
    mutualDyads,
    asymmetricDyads,
    nullDyads,
  };
}

export function nodeReciprocity(graph: TalkGraph): Map<string, ReciprocityRecord> {
  const result = new Map<string, ReciprocityRecord>();
  graph.forEachNode((node) => {
    const alters = new Set([...graph.outNeighbors(node), ...graph.inNeighbors(node)]);
    let mutual = 0;
    for (const m of graph.outNeighbors(node)) if (graph.hasDirectedEdge(m, node)) mutual++;
    result.set(node, { reciprocatedTies: mutual, reciprocity: alters.size > 0 ? mutual / alters.size : null });
  });
  return result;
}
