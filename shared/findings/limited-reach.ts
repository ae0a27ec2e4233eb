/**
 * limited-reach: a central person — high in-degree, or a key role such as reading
 * specialist, coach or director — whose ties (either direction) cover only some of the
 * groups. Grade-ordered groups are the ones that count when the school has them.
 */
import { median } from './thresholds';
import { pct, personTies, type FindingContext } from './context';
import type { Finding } from './types';

export function findLimitedReach(ctx: FindingContext): Finding[] {
  const { thresholds, analysis } = ctx;
  const big = analysis.groups.filter((g) => g.size >= 2);
  const ordered = big.filter((g) => g.rank !== null);
  const targets = (ordered.length >= 3 ? ordered : big).map((g) => g.label);
  if (targets.length < 3) return [];
  const medianIn = median(analysis.nodes.map((n) => n.inDegree));
  const minCentral = Math.max(thresholds.centralMinInDegree, thresholds.centralFactor * medianIn);
  const mostNamed = new Set(
    [...analysis.nodes]
      .filter((n) => n.inDegree >= minCentral)
      .sort((a, b) => b.inDegree - a.inDegree)
      .slice(0, thresholds.centralMaxPeople)
      .map((n) => n.id),
  );
  const findings: Finding[] = [];
  for (const n of analysis.nodes) {
    const keyRole = n.role !== null && thresholds.keyRolePattern.test(n.role);
    const central = mostNamed.has(n.id);
    if (!keyRole && !central) continue;
    const expected = targets.filter((g) => g !== n.group);
    const reached = expected.filter((g) => n.groupsReached.includes(g));
    const missing = expected.filter((g) => !n.groupsReached.includes(g));
    if (missing.length === 0 || reached.length === 0) continue;
    const ties = personTies(ctx, n.id);
    const params = {
      name: n.name,
      role: n.role ?? '',
      reached,
      missing,
      reachedCount: reached.length,
      total: expected.length,
      inDegree: n.inDegree,
      medianIn,
    };
    findings.push({
      id: `limited-reach:${n.id}`,
      kind: 'limited-reach',
      // A specialist or leader missing half the school is a school-level problem; a colleague
      // who is merely popular in part of the school is worth a look.
      severity: keyRole && missing.length * 2 >= expected.length ? 'high' : 'medium',
      score: 50 + (10 * missing.length) / expected.length,
      groups: missing,
      people: [n.id, ...new Set(ties.map((tie) => (tie.source === n.id ? tie.target : tie.source)))],
      ties,
      evidence: { inDegree: n.inDegree, outDegree: n.outDegree, medianInDegree: medianIn, reached, missing, reachShare: pct(reached.length / expected.length) },
      message: { key: keyRole ? 'finding.limitedReach.role' : 'finding.limitedReach.central', params },
      detail: { key: 'finding.limitedReach.detail', params },
      suggestion: { key: 'finding.limitedReach.suggest', params },
      caveat: n.responded ? null : { key: 'finding.caveat.nonRespondent', params: { name: n.name } },
    });
  }
  return findings;
}
