/**
 * Permutation test for the E-I index (Krackhardt & Stern 1988; UCINET's "E-I Index" routine):
 * is the share of ties between groups lower (or higher) than chance would give with groups of
 * the same sizes? The group labels are shuffled among the people who have one, the ties stay
 * where they are, and E-I is recomputed; the p-values are the shares of shuffles at least as
 * extreme as the observed index, counted as (k + 1) / (N + 1) so a p-value is never 0.
 * Seeded, so the same data always give the same p-values.
 */
import type { TalkGraph } from '../network/build-graph';
import { seededRandom } from '../network/seeded-random';

export const EI_PERMUTATION_SEED = 20261201;
/** At most this many shuffles; fewer on very large networks (about 2·10⁷ tie visits in all), never fewer than the minimum. */
export const EI_PERMUTATIONS = 5000;
export const EI_MIN_PERMUTATIONS = 500;
const WORK_BUDGET = 20_000_000;

export interface EiPermutationTest {
  observed: number;
  /** Mean E-I over the shuffles: what groups of these sizes give by chance. */
  expected: number;
  /** Share of shuffles with an E-I at most the observed one: small means the groups are more closed than chance. */
  pLower: number;
  /** Share of shuffles with an E-I at least the observed one: small means more open than chance. */
  pHigher: number;
  permutations: number;
  seed: number;
}

/**
 * `include` picks the people whose labels are shuffled (everyone with a group, or only the
 * members of numbered grade groups); ties count only between two included people.
 */
export function eiPermutationTest(graph: TalkGraph, include: (group: string) => boolean, seed = EI_PERMUTATION_SEED): EiPermutationTest | null {
  const index = new Map<string, number>();
  const labelIds = new Map<string, number>();
  const labels: number[] = [];
  graph.forEachNode((id, a) => {
    if (!a.group || !include(a.group)) return;
    index.set(id, labels.length);
    if (!labelIds.has(a.group)) labelIds.set(a.group, labelIds.size);
    labels.push(labelIds.get(a.group) as number);
  });
  if (labelIds.size < 2) return null;
  const from: number[] = [];
  const to: number[] = [];
  graph.forEachEdge((_e, _a, s, t) => {
    const i = index.get(s);
    const j = index.get(t);
    if (i === undefined || j === undefined) return;
    from.push(i);
    to.push(j);
  });
  const arcs = from.length;
  if (arcs === 0) return null;
  const group = Int32Array.from(labels);
  const ei = (g: Int32Array): number => {
    let external = 0;
    for (let k = 0; k < arcs; k++) if (g[from[k] as number] !== g[to[k] as number]) external++;
    return (2 * external - arcs) / arcs;
  };
  const observed = ei(group);
  const permutations = Math.max(EI_MIN_PERMUTATIONS, Math.min(EI_PERMUTATIONS, Math.floor(WORK_BUDGET / arcs)));
  const random = seededRandom(seed);
  const shuffled = Int32Array.from(group);
  let lower = 0;
  let higher = 0;
  let sum = 0;
  // A tolerance for ties with the observed value: E-I is a ratio of integers, so equal counts give equal values.
  const eps = 1e-12;
  for (let p = 0; p < permutations; p++) {
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const x = shuffled[i] as number;
      shuffled[i] = shuffled[j] as number;
      shuffled[j] = x;
    }
    const value = ei(shuffled);
    sum += value;
    if (value <= observed + eps) lower++;
    if (value >= observed - eps) higher++;
  }
  return {
    observed,
    expected: sum / permutations,
    pLower: (lower + 1) / (permutations + 1),
    pHigher: (higher + 1) / (permutations + 1),
    permutations,
    seed,
  };
}
