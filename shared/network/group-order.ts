/**
 * The order of groups. Parallel groups in Dutch and Flemish schools are named by grade
 * ("1-2", "groep 3-4", "Groep 1/2a", "combinatiegroep 4/5", "jaargroep 5", "bouw 5/6",
 * "leerjaar 3", "1ste leerjaar", "L3", "K2", "3e klas", "8a") or by stage (kleuters <
 * onderbouw < middenbouw < bovenbouw); those are "ordered", so "adjacent" means consecutive
 * grades. Parallel classes of one grade (4a, 4b) share a grade: they are not each other's
 * neighbours, and both neighbour grade 3 and grade 5. Other labels ("Department 4", "staf",
 * office names) have no order and no neighbours, even when they contain a number.
 */

export interface GroupInfo {
  label: string;
  /** Position among the distinct grades of the ordered groups (parallel classes share it), or null for unordered groups. */
  rank: number | null;
}

const PREFIX = String.raw`(?:(?:combinatie|jaar|stam|basis)?groep(?:en)?|gr\.?|group|grade|klas(?:sen)?|leerjaar|jaar|year|bouw|l)`;
const NUMBER = String.raw`(\d{1,2})\s*[a-z]?`;
const RANGE = String.raw`${NUMBER}(?:\s*(?:[-/&+]|t/m|tot|en|and|to)\s*\d{1,2}\s*[a-z]?)?`;
/** "groep 8a", "Groep 1/2a", "L3", "jaargroep 5", "1-2", "4b", "groep 1 t/m 4". */
const PREFIXED = new RegExp(String.raw`^(?:${PREFIX}\s*)?${RANGE}$`, 'i');
/** "1ste leerjaar", "3e klas", "2de graad" is not a grade; "2nd grade", "5th year". */
const ORDINAL = new RegExp(String.raw`^(\d{1,2})\s*(?:ste|de|e|st|nd|rd|th)?\s*(?:leerjaar|klas|groep|grade|year|jaar)\s*[a-z]?$`, 'i');
/** Flemish kindergarten classes: "K2", "kleuterklas 2", "2de kleuterklas" (before leerjaar 1). */
const KLEUTER_CLASS = /^(?:k\s*(\d)|kleuterklas\s*(\d)|(\d)\s*(?:ste|de|e)?\s*kleuterklas)\s*[a-z]?$/i;
/** "kleuters", "kleutergroep", "de kleuterbouw": Dutch groep 1-2, before every numbered grade. */
const KLEUTERS = /^(?:de\s+)?kleuter(?:s|groep(?:en)?|klas(?:sen)?|bouw)?$/i;
const STAGES = ['onder', 'midden', 'boven'];
const STAGE = /^(?:de\s+)?(onder|midden|boven)bouw\b/i;

/** A sortable key for a grade-like label, or null when the label is not a grade. */
export function gradeKey(label: string): number | null {
  const text = label.trim().replace(/\s+/g, ' ');
  const stage = STAGE.exec(text);
  if (stage) return 100 + STAGES.indexOf((stage[1] as string).toLowerCase());
  // "groep 3-4 (juf Anna)": the part in brackets does not change the grade.
  const plain = text.replace(/\s*\([^)]*\)\s*$/, '');
  const m = PREFIXED.exec(plain) ?? ORDINAL.exec(plain);
  if (m) return Number(m[1]);
  const k = KLEUTER_CLASS.exec(plain);
  if (k) return -4 + Number(k[1] ?? k[2] ?? k[3]);
  if (KLEUTERS.test(plain)) return 0.5;
  return null;
}

export function orderGroups(labels: Iterable<string>): GroupInfo[] {
  const unique = [...new Set(labels)].filter((l) => l !== '');
  const graded = unique.filter((l) => gradeKey(l) !== null);
  const others = unique.filter((l) => gradeKey(l) === null).sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
  graded.sort((a, b) => (gradeKey(a) as number) - (gradeKey(b) as number) || a.localeCompare(b, undefined, { numeric: true }));
  const grades = [...new Set(graded.map((l) => gradeKey(l) as number))];
  // Only call groups "ordered" when at least two distinct grades are there.
  const ordered = grades.length >= 2;
  return [
    ...graded.map((label) => ({ label, rank: ordered ? grades.indexOf(gradeKey(label) as number) : null })),
    ...others.map((label) => ({ label, rank: null })),
  ];
}

/**
 * Whether groups are in grade order: orderGroups gives a rank only when at least two
 * distinct grades are there, so one ranked group is enough to know.
 */
export function inGradeOrder(groups: readonly { rank: number | null }[]): boolean {
  return groups.some((g) => g.rank !== null);
}

export function areAdjacent(a: GroupInfo, b: GroupInfo): boolean {
  return a.rank !== null && b.rank !== null && Math.abs(a.rank - b.rank) === 1;
}

/**
 * What the ordered groups are called in a sentence: "bouwen" (onderbouw, middenbouw,
 * bovenbouw, kleuterbouw) or grades ("jaargroepen": groep 1-2, leerjaar 3, …).
 */
export function orderedGroupsWord(groups: readonly GroupInfo[]): 'stages' | 'grades' {
  const ranked = groups.filter((g) => g.rank !== null);
  const stage = (label: string) => STAGE.test(label.trim()) || KLEUTERS.test(label.trim());
  return ranked.length > 0 && ranked.every((g) => stage(g.label)) ? 'stages' : 'grades';
}
