/**
 * single-bridge: every direct tie between two groups involves the same person (or the
 * same pair), so the connection breaks if that person leaves or is absent for a while.
 */
import { areAdjacent } from '../network/group-order';
import { groupIndex, membersOf, pairKey, type FindingContext } from './context';
import type { Finding } from './types';

export function findSingleBridges(ctx: FindingContext): Finding[] {
  const groups = ctx.analysis.groups.filter((g) => g.size >= ctx.thresholds.minGroupSize);
  const nameOf = new Map(ctx.analysis.nodes.map((n) => [n.id, n.name]));
  const findings: Finding[] = [];
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) {
      const a = groups[i]!;
      const b = groups[j]!;
      const ties = groupIndex(ctx).between.get(pairKey(a.label, b.label)) ?? [];
      if (ties.length === 0) continue;
      const inA = new Set(membersOf(ctx, a.label));
      // People who take part in every tie between the two groups.
      const common = [...new Set(ties.flatMap((t) => [t.source, t.target]))].filter((p) => ties.every((t) => t.source === p || t.target === p));
      if (common.length === 0) continue;
      const people = common.sort((x, y) => (inA.has(x) ? 0 : 1) - (inA.has(y) ? 0 : 1));
      const names = people.map((p) => nameOf.get(p) ?? p);
      const params = { a: a.label, b: b.label, names, arcs: ties.length };
      const adjacent = areAdjacent(a, b);
      findings.push({
        id: `single-bridge:${a.label}|${b.label}`,
        kind: 'single-bridge',
        severity: 'medium',
        score: 55 + (adjacent ? 5 : 0),
        groups: [a.label, b.label],
        people,
        ties,
        evidence: { arcs: ties.length, bridge: names, adjacent: adjacent ? 'yes' : 'no' },
        message: { key: people.length === 1 ? 'finding.singleBridge.person' : 'finding.singleBridge.pair', params },
        detail: { key: 'finding.singleBridge.detail', params },
        suggestion: { key: 'finding.singleBridge.suggest', params },
        caveat: null,
      });
    }
  }
  return findings;
}
