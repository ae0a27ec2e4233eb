/**
 * Hidden names that still identify: a role only one person has ("directeur", "leesspecialist
 * technisch lezen") names them as surely as their name — in a role alias ("directeur staf
 * (1)"), in a role column, or as the only square on the map. This finds them, and folds such
 * roles into one shared word ("staf") when the user asks, so nobody stands out by role.
 */
import type { NodeMetrics } from '../metrics/analyse-network';

/** Roles held by exactly one person (compared without case and spacing). */
export function uniqueRoles(nodes: readonly Pick<NodeMetrics, 'role'>[]): Set<string> {
  const count = new Map<string, number>();
  const key = (r: string) => r.trim().toLowerCase();
  for (const n of nodes) if (n.role?.trim()) count.set(key(n.role), (count.get(key(n.role)) ?? 0) + 1);
  return new Set([...count].filter(([, c]) => c === 1).map(([r]) => r));
}

/** Each person's role as shown: a role only they have becomes `folded` when folding is on. */
export function shownRoles(nodes: readonly Pick<NodeMetrics, 'id' | 'role'>[], fold: boolean, folded: string): Map<string, string | null> {
  const unique = fold ? uniqueRoles(nodes) : new Set<string>();
  return new Map(nodes.map((n) => [n.id, n.role && unique.has(n.role.trim().toLowerCase()) ? folded : n.role]));
}

/**
 * The people their role or group still identifies with names hidden: a role (as shown) that is
 * theirs alone, the only one of their role in their group ("onderwijsassistent groep 1-2"), or
 * a group of one.
 */
export function identifiedByRole(
  nodes: readonly Pick<NodeMetrics, 'id' | 'role' | 'group'>[],
  roles: Map<string, string | null>,
): { id: string; role: string }[] {
  const shown = nodes.map((n) => ({ id: n.id, group: n.group, role: roles.get(n.id) ?? null }));
  const unique = uniqueRoles(shown);
  const key = (r: string | null) => (r ?? '').trim().toLowerCase();
  const inGroup = new Map<string, number>();
  const groupSize = new Map<string, number>();
  for (const n of shown) {
    if (n.group === null) continue;
    groupSize.set(n.group, (groupSize.get(n.group) ?? 0) + 1);
    if (n.role) inGroup.set(`${n.group}\u0000${key(n.role)}`, (inGroup.get(`${n.group}\u0000${key(n.role)}`) ?? 0) + 1);
  }
  return shown.flatMap((n) => {
    const alone = n.role !== null && key(n.role) !== '' && unique.has(key(n.role));
    const aloneInGroup = n.group !== null && n.role !== null && key(n.role) !== '' && inGroup.get(`${n.group}\u0000${key(n.role)}`) === 1;
    const groupOfOne = n.group !== null && groupSize.get(n.group) === 1;
    return alone || aloneInGroup || groupOfOne ? [{ id: n.id, role: n.role ?? n.group ?? '' }] : [];
  });
}
