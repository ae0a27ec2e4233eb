/**
 * broker: the people who carry the most brokerage between groups (Gould & Fernandez
 * consultant, representative, gatekeeper and liaison roles — everything but brokering
 * inside one's own group), as strengths to build on.
 */
import { personTies, type FindingContext } from './context';
import type { Finding } from './types';

export function findBrokers(ctx: FindingContext): Finding[] {
  const { thresholds, analysis } = ctx;
  const scored = analysis.nodes
    .map((n) => {
      const b = n.brokerage;
      const between = b ? b.consultant + b.representative + b.gatekeeper + b.liaison : 0;
      return { n, between };
    })
    .filter((x) => x.between >= thresholds.minBrokerage)
    .sort((a, b) => b.between - a.between)
    .slice(0, thresholds.maxBrokers);
  const most = scored[0]?.between ?? 1;
  return scored.map(({ n, between }) => {
    const b = n.brokerage!;
    const ties = personTies(ctx, n.id);
    const params = { name: n.name, count: between, groups: n.groupsReached };
    return {
      id: `broker:${n.id}`,
      kind: 'broker' as const,
      severity: 'low' as const,
      score: 20 + (9 * between) / most,
      groups: n.groupsReached,
      people: [n.id, ...new Set(ties.map((t) => (t.source === n.id ? t.target : t.source)))],
      ties,
      evidence: { consultant: b.consultant, representative: b.representative, gatekeeper: b.gatekeeper, liaison: b.liaison, coordinator: b.coordinator },
      message: { key: 'finding.broker.message' as const, params },
      detail: { key: 'finding.broker.detail' as const, params },
      suggestion: { key: 'finding.broker.suggest' as const, params },
      caveat: null,
    };
  });
}
