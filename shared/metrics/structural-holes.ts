/**
 * Burt's (1992) structural holes, on the unweighted network by default. Tie strength between i
 * and j is zᵢⱼ = aᵢⱼ + aⱼᵢ (1 one-way, 2 mutual), or with `weighted` zᵢⱼ = wᵢⱼ + wⱼᵢ (igraph
 * constraint(weights = weight)); pᵢⱼ = zᵢⱼ / Σₖ zᵢₖ.
 * - constraint cᵢ = Σⱼ (pᵢⱼ + Σ_q pᵢ_q p_qⱼ)² over i's contacts j (q ≠ i, j) — igraph constraint().
 * - effective size ESᵢ = Σⱼ (1 − Σ_q pᵢ_q m_jq), m_jq = z_jq / maxₖ z_jk — Burt's redundancy
 *   form; n − 2t/n on undirected graphs (networkx effective_size).
 * Both are null for isolates.
 */
import type { TalkGraph } from '../network/build-graph';

export interface StructuralHolesRecord {
  constraint: number | null;
  effectiveSize: number | null;
}

export function structuralHoles(graph: TalkGraph, weighted = false): Map<string, StructuralHolesRecord> {
  const z = new Map<string, Map<string, number>>();
  graph.forEachNode((v) => z.set(v, new Map()));
  graph.forEachEdge((_e, a, s, t) => {
    const zs = z.get(s) as Map<string, number>;
    const zt = z.get(t) as Map<string, number>;
    const w = weighted ? a.weight : 1;
    zs.set(t, (zs.get(t) ?? 0) + w);
    zt.set(s, (zt.get(s) ?? 0) + w);
  });
  const total = new Map<string, number>();
  const strongest = new Map<string, number>();
  for (const [v, ties] of z) {
    let sum = 0;
    let max = 0;
    for (const w of ties.values()) {
      sum += w;
      if (w > max) max = w;
    }
    total.set(v, sum);
    strongest.set(v, max);
  }
  const p = (i: string, j: string): number => ((z.get(i) as Map<string, number>).get(j) ?? 0) / (total.get(i) as number);
  const m = (j: string, q: string): number => ((z.get(j) as Map<string, number>).get(q) ?? 0) / (strongest.get(j) as number);
  const result = new Map<string, StructuralHolesRecord>();
  for (const [i, ties] of z) {
    if (ties.size === 0) {
      result.set(i, { constraint: null, effectiveSize: null });
      continue;
    }
    let constraint = 0;
    let effectiveSize = 0;
    for (const j of ties.keys()) {
      let indirect = 0;
      let redundancy = 0;
      for (const q of ties.keys()) {
        if (q === j) continue;
        indirect += p(i, q) * p(q, j);
        redundancy += p(i, q) * m(j, q);
      }
      constraint += (p(i, j) + indirect) ** 2;
      effectiveSize += 1 - redundancy;
    }
    result.set(i, { constraint, effectiveSize });
  }
  return result;
}
