/**
 * The order of groups. Parallel groups in Dutch primary schools are named by grade
 * ("1-2", "groep 3-4", "bouw 5/6", "leerjaar 3") or by stage (onderbouw < middenbouw <
 * bovenbouw); those are "ordered", so "adjacent" means consecutive grades. Other labels
 * ("Department 4", "staf", office names) have no order and no neighbours, even when
 * they contain a number.
 */

export interface GroupInfo {
  label: string;
  /** Position among the ordered (grade) groups, or null for unordered groups. */
  rank: number | null;
}

const GRADE = /^\s*(groep|groepen|group|grade|klas|leerjaar|jaar|year|bouw)?\s*(\d{1,2})(\s*[-/&+]\s*\d{1,2})?\s*$/i;
const STAGES = ['onderbouw', 'middenbouw', 'bovenbouw'];

/** A sortable key for a grade-like label, or null when the label is not a grade. */
export function gradeKey(label: string): number | null {
  const m = GRADE.exec(label);
  if (m) return Number(m[2]);
  const stage = STAGES.indexOf(label.trim().toLowerCase());
  return stage >= 0 ? 100 + stage : null;
}

export function orderGroups(labels: Iterable<string>): GroupInfo[] {
  const unique = [...new Set(labels)].filter((l) => l !== '');
  const graded = unique.filter((l) => gradeKey(l) !== null);
  const others = unique.filter((l) => gradeKey(l) === null).sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
  // Only call groups "ordered" when at least two look like grades.
  const ordered = graded.length >= 2;
  graded.sort((a, b) => (gradeKey(a) as number) - (gradeKey(b) as number) || a.localeCompare(b, undefined, { numeric: true }));
  return [...graded.map((label, i) => ({ label, rank: ordered ? i : null })), ...others.map((label) => ({ label, rank: null }))];
}

export function areAdjacent(a: GroupInfo, b: GroupInfo): boolean {
  return a.rank !== null && b.rank !== null && Math.abs(a.rank - b.rank) === 1;
}
