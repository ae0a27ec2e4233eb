/**
 * Who answered, for edge lists and matrices, which cannot say it themselves: a roster column
 * (`responded`, `reageerde`, …, or the one the user names — `responded_w2` for the second wave)
 * with 1/0, ja/nee, yes/no, true/false. A person marked as not answering keeps their place and
 * the ties others named them in; their own ties are unknown, not absent. A blank or a value
 * that is none of these is reported (file, row, column) and the person counted as not
 * answering: unknown, never "named nobody".
 */
import type { Person, Tie } from '../network/types';
import { findColumn, RESPONDED_COLUMN } from './column-roles';
import type { ReportItem } from './import-report';
import { ImportError, type Roster } from './roster';

const YES = /^(1|ja|j|yes|y|true|waar|x)$/i;
const NO = /^(0|nee|n|no|false|onwaar)$/i;

/** The column used: the one asked for, else one recognised by its header; null when there is none. */
export function respondedColumnOf(roster: Roster, asked: string | null): string | null {
  if (asked === null) return findColumn(roster.attributeColumns, RESPONDED_COLUMN);
  if (!roster.attributeColumns.includes(asked))
    throw new ImportError('import.error.missingColumn', { file: roster.file, column: asked, columns: roster.attributeColumns.join(', ') });
  return asked;
}

/**
 * Marks the roster's people who did not answer (in place) and returns how many answered, or
 * null when no column says it (everyone counts as answering).
 */
export function markResponded(people: Person[], roster: Roster, asked: string | null, items: ReportItem[]): number | null {
  const column = respondedColumnOf(roster, asked);
  if (column === null) return null;
  let answered = 0;
  for (const p of people) {
    if (!roster.byId.has(p.id)) {
      answered++;
      continue;
    }
    const value = (p.attributes[column] ?? '').trim();
    if (YES.test(value)) {
      p.responded = true;
      answered++;
    } else {
      // No, blank or unclear: their own ties are unknown (never "named nobody"); unclear is reported.
      if (!NO.test(value)) items.push({ kind: 'invalid-responded', file: roster.file, row: roster.rowOf.get(p.id) ?? null, column, value });
      p.responded = false;
    }
  }
  return answered;
}

/**
 * Ties in the data from people the roster marks as not answering: the mark says their answers are
 * unknown, so their ties are set aside — never silently kept (that would count a non-respondent's
 * old or copied answers) and never silently dropped: one report item per person, with the roster
 * row and column of the mark and how many ties. Remove the mark if they did answer.
 */
export function setAsideNonRespondentTies(people: readonly Person[], ties: Tie[], roster: Roster, asked: string | null, items: ReportItem[]): Tie[] {
  const silent = new Map(people.filter((p) => !p.responded && roster.byId.has(p.id)).map((p) => [p.id, p]));
  if (silent.size === 0) return ties;
  const column = respondedColumnOf(roster, asked);
  const count = new Map<string, number>();
  const kept = ties.filter((t) => {
    if (!silent.has(t.source)) return true;
    count.set(t.source, (count.get(t.source) ?? 0) + 1);
    return false;
  });
  for (const [id, n] of count)
    items.push({ kind: 'non-respondent-ties', file: roster.file, row: roster.rowOf.get(id) ?? null, column, value: silent.get(id)!.name, detail: String(n) });
  return kept;
}
