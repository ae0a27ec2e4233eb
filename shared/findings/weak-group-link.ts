/**
 * weak-group-link: two groups with few or no ties between them, relative to the ties
 * inside them. With grade-ordered groups (1-2 < 3-4 < ...) only adjacent pairs are judged
 * — the continuity of teaching across grades ("doorgaande lijn") — and a pair with at most
 * one tie ranks highest. Without an order, every pair of large-enough groups is judged.
 */
import type { GroupRecord } from '../metrics/groups';
import { areAdjacent } from '../network/group-order';
import { groupIndex, membersOf, pairKey, pct, type FindingContext } from './context';
import type { Finding } from './types';

export function findWeakGroupLinks(ctx: FindingContext): Finding[] {
  const { thresholds } = ctx;
  const groups = ctx.analysis.groups.filter((g) => g.size >= thresholds.minGroupSize);
  const ordered = groups.filter((g) => g.rank !== null);
  const pairs: [GroupRecord, GroupRecord][] = [];
  if (ordered.length >= 2) {
    for (let i = 0; i < ordered.length; i++)
      for (let j = i + 1; j < ordered.length; j++)
        if (areAdjacent(ordered[i] as GroupRecord, ordered[j] as GroupRecord)) pairs.push([ordered[i] as GroupRecord, ordered[j] as GroupRecord]);
  } else {
    for (let i = 0; i < groups.length; i++) for (let j = i + 1; j < groups.length; j++) pairs.push([groups[i] as GroupRecord, groups[j] as GroupRecord]);
  }
  const block = new Map(ctx.analysis.groupDensity.map((b) => [`${b.from}\u0000${b.to}`, b]));
  // First every pair judged on its numbers alone; only the weakest few (maxWeakLinks) become findings, with
  // their members and ties — a district's 500 groups judge 125,000 pairs but build a handful of findings.
  const weak: { a: GroupRecord; b: GroupRecord; ab: number; ba: number; between: number; within: number; score: number }[] = [];
  for (const [a, b] of pairs) {
    if (a.internalDensity === null || b.internalDensity === null) continue;
    const within = (a.internalDensity + b.internalDensity) / 2;
    if (within < thresholds.minInternalDensity) continue;
    const ab = block.get(`${a.label}\u0000${b.label}`)?.arcs ?? 0;
    const ba = block.get(`${b.label}\u0000${a.label}`)?.arcs ?? 0;
    const between = (ab + ba) / (2 * a.size * b.size);
    if (between >= thresholds.weakLinkRatio * within) continue;
    weak.push({ a, b, ab, ba, between, within, score: (areAdjacent(a, b) ? 80 : 60) + 10 * (1 - between / within) });
  }
  // Stable: equal scores keep the order of the groups.
  const ranked = weak.sort((x, y) => y.score - x.score);
  const kept: Finding[] = ranked.slice(0, thresholds.maxWeakLinks).map(({ a, b, ab, ba, between, within, score }) => {
    const arcs = ab + ba;
    const possible = 2 * a.size * b.size;
    const adjacent = areAdjacent(a, b);
    const inside = a.internalArcs + b.internalArcs;
    const ei = arcs + inside > 0 ? (arcs - inside) / (arcs + inside) : null;
    const membersA = membersOf(ctx, a.label);
    const membersB = membersOf(ctx, b.label);
    const ties = groupIndex(ctx).between.get(pairKey(a.label, b.label)) ?? [];
    const params = { a: a.label, b: b.label, arcs, possible, pct: pct(between), withinPct: pct(within), ab, ba };
    return {
      id: `weak-group-link:${a.label}|${b.label}`,
      kind: 'weak-group-link',
      severity: arcs <= 1 || !adjacent ? (adjacent || arcs === 0 ? 'high' : 'medium') : 'medium',
      score,
      groups: [a.label, b.label],
      people: [...membersA, ...membersB],
      ties,
      evidence: {
        arcsAtoB: ab,
        arcsBtoA: ba,
        possible,
        betweenDensity: between,
        internalDensityA: a.internalDensity as number,
        internalDensityB: b.internalDensity as number,
        eiIndex: ei,
        adjacent: adjacent ? 'yes' : 'no',
      },
      message: { key: arcs === 0 ? 'finding.weakGroupLink.none' : 'finding.weakGroupLink.few', params },
      detail: { key: adjacent ? 'finding.weakGroupLink.detailAdjacent' : 'finding.weakGroupLink.detail', params },
      suggestion: { key: adjacent ? 'finding.weakGroupLink.suggestAdjacent' : 'finding.weakGroupLink.suggest', params },
      caveat: null,
    } satisfies Finding;
  });
  // Many unordered groups (a district, a large organisation) would give a finding for
  // almost every pair: the weakest few are reported, with how many more there are.
  const rest = ranked.length - kept.length;
  if (rest > 0 && kept.length > 0) (kept[kept.length - 1] as Finding).evidence.moreWeakLinks = rest;
  return kept;
}
