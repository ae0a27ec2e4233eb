/**
 * isolated / peripheral: people nobody names. "isolated" has no ties at all; "peripheral"
 * names others but is named by nobody. A non-respondent nobody names is isolated as far
 * as we know — the caveat says their own answers are missing.
 */
import { personTies, type FindingContext } from './context';
import type { Finding } from './types';

export function findIsolated(ctx: FindingContext): Finding[] {
  const findings: Finding[] = [];
  if (ctx.analysis.network.arcs === 0) return findings;
  for (const n of ctx.analysis.nodes) {
    if (n.inDegree > 0) continue;
    const isolated = (n.outDegree ?? 0) === 0;
    const ties = personTies(ctx, n.id, 'out');
    const params = { name: n.name, out: n.outDegree ?? 0 };
    findings.push({
      id: `${isolated ? 'isolated' : 'peripheral'}:${n.id}`,
      kind: isolated ? 'isolated' : 'peripheral',
      severity: isolated && n.responded ? 'high' : 'medium',
      score: isolated ? 35 : 30,
      groups: n.group ? [n.group] : [],
      people: [n.id],
      ties,
      evidence: { inDegree: 0, outDegree: n.outDegree, responded: n.responded ? 'yes' : 'no' },
      message: { key: isolated ? (n.responded ? 'finding.isolated.message' : 'finding.isolated.nonRespondent') : 'finding.peripheral.message', params },
      detail: { key: isolated ? 'finding.isolated.detail' : 'finding.peripheral.detail', params },
      suggestion: { key: 'finding.isolated.suggest', params },
      caveat: n.responded ? null : { key: 'finding.caveat.nonRespondent', params: { name: n.name } },
    });
  }
  return findings;
}
