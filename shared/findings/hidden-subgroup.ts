/**
 * hidden-subgroup: the network's own clusters (Louvain, seeded) disagree with the formal
 * groups — a cluster that joins people from two or more groups, or a formal group whose
 * members fall into two clusters. Only raised when the clusters are clear (modularity).
 */
import { tiesAmong, type FindingContext } from './context';
import type { Finding } from './types';

/** Appends to the list under `key`, made on first use. */
function pushTo<K, V>(lists: Map<K, V[]>, key: K, value: V): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}

export function findHiddenSubgroups(ctx: FindingContext): Finding[] {
  const { analysis, thresholds } = ctx;
  if ((analysis.network.modularity ?? 0) < thresholds.minModularity) return [];
  const min = thresholds.minSubgroupMembers;
  const byCommunity = new Map<number, typeof analysis.nodes>();
  const byGroup = new Map<string, typeof analysis.nodes>();
  for (const n of analysis.nodes) {
    if (!n.group) continue;
    pushTo(byCommunity, n.community, n);
    pushTo(byGroup, n.group, n);
  }
  const findings: Finding[] = [];
  // A cluster that cuts across groups: at least `min` people from each of two groups.
  for (const [community, members] of byCommunity) {
    const perGroup = new Map<string, number>();
    for (const m of members) perGroup.set(m.group as string, (perGroup.get(m.group as string) ?? 0) + 1);
    const counts = [...perGroup].filter(([, c]) => c >= min).sort((a, b) => b[1] - a[1]);
    // One group plus a few visitors is not a hidden subgroup: the second group must make
    // up a real part of the cluster.
    if (counts.length < 2 || (counts[1]?.[1] ?? 0) < members.length * thresholds.minSubgroupShare) continue;
    const groups = counts.map(([g]) => g);
    const ids = new Set(members.map((m) => m.id));
    const params = { groups, count: members.length, names: members.map((m) => m.name) };
    findings.push({
      id: `hidden-subgroup:cluster-${community}`,
      kind: 'hidden-subgroup',
      severity: 'low',
      score: 38,
      groups,
      people: [...ids],
      ties: tiesAmong(ctx, ids),
      evidence: { members: members.map((m) => m.name), groups, modularity: analysis.network.modularity },
      message: { key: 'finding.hiddenSubgroup.across', params },
      detail: { key: 'finding.hiddenSubgroup.detailAcross', params },
      suggestion: { key: 'finding.hiddenSubgroup.suggestAcross', params },
      caveat: null,
    });
  }
  // A formal group split over two clusters, each holding at least `min` of its members.
  // With a single group this would just say that the network has clusters.
  for (const g of analysis.groups.length >= 2 ? analysis.groups : []) {
    if (g.size < 2 * min) continue;
    const members = byGroup.get(g.label) ?? [];
    const perCommunity = new Map<number, string[]>();
    for (const m of members) pushTo(perCommunity, m.community, m.name);
    const parts = [...perCommunity.values()].filter((p) => p.length >= min);
    if (parts.length < 2) continue;
    const ids = new Set(members.map((m) => m.id));
    const params = { group: g.label, parts: parts.length, first: parts[0] ?? [], second: parts[1] ?? [] };
    findings.push({
      id: `hidden-subgroup:split-${g.label}`,
      kind: 'hidden-subgroup',
      severity: 'low',
      score: 37,
      groups: [g.label],
      people: [...ids],
      ties: tiesAmong(ctx, ids),
      evidence: { parts: parts.length, first: parts[0] ?? [], second: parts[1] ?? [], modularity: analysis.network.modularity },
      message: { key: 'finding.hiddenSubgroup.split', params },
      detail: { key: 'finding.hiddenSubgroup.detailSplit', params },
      suggestion: { key: 'finding.hiddenSubgroup.suggestSplit', params },
      caveat: null,
    });
  }
  return findings;
}
