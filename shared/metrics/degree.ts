/**
 * Degree and strength. Out-based figures of people who did not respond are null:
 * their outgoing ties are unknown, not absent (unless reconstructed: `outKnown`).
 */
import type { TalkGraph } from '../network/build-graph';

export interface DegreeRecord {
  inDegree: number;
  outDegree: number | null;
  inStrength: number;
  outStrength: number | null;
}

export function degrees(graph: TalkGraph): Map<string, DegreeRecord> {
  const result = new Map<string, DegreeRecord>();
  graph.forEachNode((node, attrs) => {
    let inStrength = 0;
    let outStrength = 0;
    graph.forEachInEdge(node, (_e, a) => (inStrength += a.weight));
    graph.forEachOutEdge(node, (_e, a) => (outStrength += a.weight));
    result.set(node, {
      inDegree: graph.inDegree(node),
      outDegree: attrs.outKnown ? graph.outDegree(node) : null,
      inStrength,
      outStrength: attrs.outKnown ? outStrength : null,
    });
  });
  return result;
}
