/**
 * low-reciprocity: the whole team, or a group, where most ties are one-way — people seek
 * each other out but the exchange is not mutual. Only ties between two people who both
 * answered count (a non-respondent cannot return a tie on paper; imputed ties are not answers),
 * as for the network's known-pair reciprocity (observed-pairs.ts).
 */
import { membersOf, pct, tiesAmong, type FindingContext } from './context';
import type { Finding, FindingText } from './types';
import { lowResponseCaveat } from './response-rate';

export function findLowReciprocity(ctx: FindingContext): Finding[] {
  const { thresholds, analysis } = ctx;
  const rate = analysis.network.responseRate;
  const caveat: FindingText | null = lowResponseCaveat(rate);
  const findings: Finding[] = [];
  const team = analysis.network.observed.arcReciprocity;
  if (team !== null && analysis.network.arcs >= thresholds.minArcsForReciprocity && team < thresholds.lowReciprocity) {
    const params = { pct: pct(team), arcs: analysis.network.arcs };
    findings.push({
      id: 'low-reciprocity:network',
      kind: 'low-reciprocity',
      severity: 'medium',
      score: 45,
      groups: [],
      people: [],
      ties: [],
      evidence: { arcReciprocity: team, arcs: analysis.network.arcs },
      message: { key: 'finding.lowReciprocity.team', params },
      detail: { key: 'finding.lowReciprocity.detail', params },
      suggestion: { key: 'finding.lowReciprocity.suggest', params },
      caveat,
    });
  }
  for (const g of analysis.groups) {
    if (g.size < thresholds.minGroupSize || g.internalArcs < thresholds.minArcsForReciprocity / 2) continue;
    const members = new Set(membersOf(ctx, g.label));
    const answered = (v: string): boolean => ctx.graph.getNodeAttribute(v, 'responded');
    const ties = tiesAmong(ctx, members, (s, t, imputed) => !imputed && answered(s) && answered(t));
    let mutual = 0;
    for (const { source: s, target: t } of ties) if (ctx.graph.hasDirectedEdge(t, s) && !ctx.graph.getDirectedEdgeAttribute(t, s, 'imputed')) mutual++;
    if (ties.length < thresholds.minArcsForReciprocity / 2) continue;
    const share = mutual / ties.length;
    if (share >= thresholds.lowReciprocity) continue;
    const params = { group: g.label, pct: pct(share), arcs: ties.length };
    findings.push({
      id: `low-reciprocity:group:${g.label}`,
      kind: 'low-reciprocity',
      severity: 'low',
      score: 44,
      groups: [g.label],
      people: [...members],
      ties,
      evidence: { arcReciprocity: share, arcs: ties.length },
      message: { key: 'finding.lowReciprocity.group', params },
      detail: { key: 'finding.lowReciprocity.detailGroup', params },
      suggestion: { key: 'finding.lowReciprocity.suggest', params },
      caveat,
    });
  }
  return findings;
}
