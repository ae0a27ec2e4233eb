/**
 * one-sided: someone who names many colleagues but is named by few (the handbook's
 * directors), or the reverse. Compared with the team's medians among respondents; people
 * who did not respond are never judged, since their outgoing ties are unknown.
 */
import { median } from './thresholds';
import { personTies, type FindingContext } from './context';
import type { Finding } from './types';
import { lowResponseCaveat } from './response-rate';

export function findOneSided(ctx: FindingContext): Finding[] {
  const { thresholds, analysis } = ctx;
  const respondents = analysis.nodes.filter((n) => n.responded && n.outDegree !== null);
  if (respondents.length < thresholds.minRespondents) return [];
  const medianOut = median(respondents.map((n) => n.outDegree ?? 0));
  const medianIn = median(respondents.map((n) => n.inDegree));
  const manyOut = Math.max(thresholds.oneSidedMinCount, thresholds.oneSidedFactor * medianOut);
  const manyIn = Math.max(thresholds.oneSidedMinCount, thresholds.oneSidedFactor * medianIn);
  const findings: Finding[] = [];
  for (const n of respondents) {
    const out = n.outDegree ?? 0;
    const names = out >= manyOut && n.inDegree <= Math.max(1, medianIn / thresholds.oneSidedFactor);
    const named = n.inDegree >= manyIn && out <= medianOut / thresholds.oneSidedFactor;
    if (!names && !named) continue;
    const ties = personTies(ctx, n.id);
    const params = { name: n.name, role: n.role ?? '', out, in: n.inDegree, medianOut, medianIn };
    const direction = names ? 'names-many' : 'named-by-many';
    findings.push({
      id: `one-sided:${n.id}`,
      kind: 'one-sided',
      severity: 'medium',
      score: 40 + Math.min(9, names ? out / Math.max(1, n.inDegree) : n.inDegree / Math.max(1, out)),
      groups: [],
      people: [n.id],
      ties,
      evidence: { direction, outDegree: out, inDegree: n.inDegree, medianOutDegree: medianOut, medianInDegree: medianIn },
      // "door niemand" rather than "maar door 0 collega's".
      message: {
        key: names
          ? n.inDegree === 0
            ? 'finding.oneSided.namesManyNobody'
            : 'finding.oneSided.namesMany'
          : out === 0
            ? 'finding.oneSided.namedByManyNone'
            : 'finding.oneSided.namedByMany',
        params,
      },
      detail: { key: 'finding.oneSided.detail', params },
      suggestion: { key: names ? 'finding.oneSided.suggestNamesMany' : 'finding.oneSided.suggestNamedByMany', params },
      caveat: lowResponseCaveat(analysis.network.responseRate),
    });
  }
  return findings;
}
