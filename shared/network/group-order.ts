/**
 * The order of groups. Parallel groups in Dutch primary schools are named by grade
 * ("1-2", "groep 3-4", "bouw 5/6"); those sort by their first number and count as
 * ordered, so "adjacent" means consecutive grades. Other groups (staff, departments)
 * follow alphabetically and have no neighbours.
 */

export interface GroupInfo {
  label: string;
  /** Position among the ordered (numbered) groups, or null for unordered groups. */
  rank: number | null;
}

const FIRST_NUMBER = /(\d+)/;

export function orderGroups(labels: Iterable<string>): GroupInfo[] {
  const unique = [...new Set(labels)].filter((l) => l !== '');
  const numbered = unique.filter((l) => FIRST_NUMBER.test(l));
  const others = unique.filter((l) => !FIRST_NUMBER.test(l)).sort((a, b) => a.localeCompare(b));
  // Only call groups "ordered" when several share a numbering pattern, e.g. grades.
  const ordered = numbered.length >= 2;
  numbered.sort((a, b) => firstNumber(a) - firstNumber(b) || a.localeCompare(b, undefined, { numeric: true }));
  return [
    ...numbered.map((label, i) => ({ label, rank: ordered ? i : null })),
    ...others.map((label) => ({ label, rank: null })),
  ];
}

export function areAdjacent(a: GroupInfo, b: GroupInfo): boolean {
  return a.rank !== null && b.rank !== null && Math.abs(a.rank - b.rank) === 1;
}

function firstNumber(label: string): number {
  const m = FIRST_NUMBER.exec(label);
  return m ? Number(m[1]) : Number.POSITIVE_INFINITY;
}
