/**
 * Where a survey's groups come from when the roster does not have them: the respondent's
 * own answer to a question such as "In welke bouw werk je?" (found by its header) or a
 * column whose answers are group names — grades ("groep 3-4", "8a", "1ste leerjaar"), stages
 * (onderbouw, middenbouw, bovenbouw) and the staff's own group (staf, directie, IB). Without
 * groups the central finding — weak links between parallel groups — cannot appear, so this is
 * proposed automatically; the wizard says where the groups came from and the user can change it.
 */
import { gradeKey } from '../network/group-order';
import { isGroupQuestion, isPrivateColumn } from './column-roles';
import type { Table } from './parse-table';

export interface GroupSource {
  column: string;
  /** Found by the question's wording, or by the answers alone. */
  foundBy: 'header' | 'answers';
}

/** Group labels that are not grades but belong beside them in a school. */
const STAFF =
  /^(staf|staff|directie|management|mt|ib|intern begeleider|zorg|zorgteam|ondersteuning|oop|specialisten|vakleerkrachten?|overig|other|office|kantoor|leiding|leadership)$/i;

export function isGroupLabel(value: string): boolean {
  return gradeKey(value) !== null || STAFF.test(value.trim());
}

/**
 * The survey column that holds each respondent's own group, or null. `exclude`: the columns
 * already given another meaning (respondent, nominations, grid).
 */
export function detectGroupColumn(table: Table, exclude: Iterable<string> = []): GroupSource | null {
  const skip = new Set(exclude);
  const answered = table.rows.filter((r) => r.some((c) => c !== ''));
  if (answered.length === 0) return null;
  let byHeader: GroupSource | null = null;
  let byAnswers: { column: string; share: number } | null = null;
  table.header.forEach((h, i) => {
    if (skip.has(h) || isPrivateColumn(h)) return;
    const values = answered.map((r) => (r[i] ?? '').trim()).filter(Boolean);
    // A group column is mostly filled in, has a few distinct answers and one label per answer.
    if (values.length < Math.max(1, answered.length / 2)) return;
    const distinct = new Set(values.map((v) => v.toLowerCase()));
    if (distinct.size < 2 && answered.length > 2) return;
    if (distinct.size > Math.max(8, Math.min(40, values.length * 0.6))) return;
    if (values.some((v) => v.includes(';') || v.length > 60)) return;
    const labels = values.filter(isGroupLabel);
    const grades = new Set(labels.filter((v) => gradeKey(v) !== null).map((v) => gradeKey(v)));
    const share = labels.length / values.length;
    if (!byHeader && isGroupQuestion(h)) byHeader = { column: h, foundBy: 'header' };
    if (share >= 0.6 && grades.size >= 2 && (!byAnswers || share > byAnswers.share)) byAnswers = { column: h, share };
  });
  if (byHeader) return byHeader;
  const answers = byAnswers as { column: string; share: number } | null;
  return answers ? { column: answers.column, foundBy: 'answers' } : null;
}
