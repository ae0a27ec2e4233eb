/**
 * Freeman degree centralization for directed graphs: Σ(max − dᵢ) / (n − 1)², the
 * theoretical maximum for in- or out-degree (a star) — sna centralization(g, degree,
 * cmode = "indegree"/"outdegree"). 0: everyone equal; 1: one person holds every tie.
 */
import type { TalkGraph } from '../network/build-graph';

export interface CentralizationRecord {
  inDegreeCentralization: number | null;
  outDegreeCentralization: number | null;
}

export function degreeCentralization(graph: TalkGraph): CentralizationRecord {
  const n = graph.order;
  if (n < 2) return { inDegreeCentralization: null, outDegreeCentralization: null };
  const score = (degrees: number[]): number => {
    const max = Math.max(...degrees);
    return degrees.reduce((sum, d) => sum + (max - d), 0) / ((n - 1) * (n - 1));
  };
  return {
    inDegreeCentralization: score(graph.mapNodes((v) => graph.inDegree(v))),
    outDegreeCentralization: score(graph.mapNodes((v) => graph.outDegree(v))),
  };
}
