/**
 * What every survey shape shares: the people (from the roster, or from the survey itself),
 * matching written names, repeat submissions (the latest row counts), respondents missing
 * from the roster, and non-respondents — each reported with file, row and column.
 */
import type { Person } from '../network/types';
import type { ReportItem } from './import-report';
import type { NameDecisions } from './import-spec';
import type { Table } from './parse-table';
import { isPrivateColumn } from './column-roles';
import { nameKey } from './name-key';
import { ImportError, matchName, type Roster } from './roster';

export interface SurveyRow {
  row: string[];
  /** 1-based row number as a spreadsheet shows it. */
  rowNumber: number;
  respondentId: string;
}

export interface SurveyRespondents {
  people: Map<string, Person>;
  items: ReportItem[];
  rows: SurveyRow[];
  /**
   * Matches a written name to a person id; without a roster, unknown names become people.
   * A choice code (choice-code.ts) is matched only by the user's decision, never by itself.
   */
  resolve: (written: string, origin?: { row: number; column: string }, options?: { code?: boolean }) => string | null;
  isKnown: (written: string) => boolean;
  /** A written name that fits more than one roster person (two "Mark Visser", "J. de Vries" beside "Jeroen de Vries"). */
  isAmbiguous: (written: string) => boolean;
  column: (name: string) => number;
  finish: () => Person[];
}

export function surveyRespondents(
  table: Table,
  file: string,
  respondentColumn: string,
  groupColumn: string | null,
  roster: Roster | null,
  decisions: NameDecisions = {},
): SurveyRespondents {
  const column = (name: string): number => {
    const index = table.header.indexOf(name);
    if (index < 0) throw new ImportError('import.error.missingColumn', { file, column: name, columns: table.header.join(', ') });
    return index;
  };
  const respondentIndex = column(respondentColumn);
  const groupIndex = groupColumn ? column(groupColumn) : -1;
  const items: ReportItem[] = [];
  for (const h of table.header) if (isPrivateColumn(h)) items.push({ kind: 'column-left-out', file, row: null, column: h, value: h });

  const people = new Map<string, Person>();
  for (const p of roster?.people ?? []) people.set(p.id, { ...p, attributes: { ...p.attributes }, responded: false });
  const known = new Set<string>(roster ? roster.byNameKey.keys() : table.rows.map((r) => nameKey(r[respondentIndex] ?? '')));
  const surveyNames = new Map<string, string>();
  const decided = new Set<string>();
  // A name matched by the user's decision: reported once, where it first occurs.
  const mapped = (written: string, key: string, id: string, origin?: { row: number; column: string }): string => {
    if (!decided.has(key))
      items.push({ kind: 'name-mapped', file, row: origin?.row ?? null, column: origin?.column ?? null, value: written, detail: people.get(id)?.name ?? id });
    decided.add(key);
    return id;
  };
  const resolve = (written: string, origin?: { row: number; column: string }, options: { code?: boolean } = {}): string | null => {
    if (options.code) {
      const key = nameKey(written);
      const decision = decisions[key];
      return decision?.action === 'map' && people.has(decision.id) ? mapped(written, key, decision.id, origin) : null;
    }
    if (roster) {
      const exact = matchName(roster, written);
      if (exact) return exact;
      const key = nameKey(written);
      const decision = decisions[key];
      if (!decision || decision.action === 'ignore') return null;
      if (decision.action === 'map') return people.has(decision.id) ? mapped(written, key, decision.id, origin) : null;
      decided.add(key);
      const id = `outside:${key}`;
      if (!people.has(id)) {
        people.set(id, { id, name: written.trim(), attributes: Object.create(null) as Record<string, string>, responded: false, outside: true });
        items.push({ kind: 'outside-person', file, row: origin?.row ?? null, column: origin?.column ?? null, value: written });
      }
      return id;
    }
    const key = nameKey(written);
    if (!key) return null;
    const existing = surveyNames.get(key);
    if (existing) return existing;
    surveyNames.set(key, written);
    people.set(written, { id: written, name: written, attributes: Object.create(null) as Record<string, string>, responded: false });
    return written;
  };

  const lastRowOf = new Map<string, number>();
  table.rows.forEach((row, i) => {
    const key = nameKey(row[respondentIndex] ?? '');
    if (key) lastRowOf.set(key, i);
  });
  const rows: SurveyRow[] = [];
  table.rows.forEach((row, i) => {
    const rowNumber = i + table.firstDataRow;
    if (row.every((c) => c === '')) return;
    const written = row[respondentIndex] ?? '';
    const key = nameKey(written);
    if (!key) {
      items.push({ kind: 'empty-row', file, row: rowNumber, column: respondentColumn, value: '' });
      return;
    }
    const last = lastRowOf.get(key);
    if (last !== i) {
      items.push({
        kind: 'repeat-submission',
        file,
        row: rowNumber,
        column: respondentColumn,
        value: written,
        detail: String((last ?? 0) + table.firstDataRow),
      });
      return;
    }
    // A respondent not on the roster whom the user chose to leave out: the row is not read.
    if (roster && !matchName(roster, written) && decisions[key]?.action === 'ignore') {
      items.push({ kind: 'respondent-left-out', file, row: rowNumber, column: respondentColumn, value: written });
      return;
    }
    let respondentId = resolve(written, { row: rowNumber, column: respondentColumn });
    if (!respondentId) {
      // A respondent missing from the roster (or whose name fits two people on it) is still a person in the
      // network, with an id of their own — never the id of a roster person it happens to equal.
      const ambiguous = roster?.ambiguousKeys.has(key) ?? false;
      items.push({ kind: 'unknown-respondent', file, row: rowNumber, column: respondentColumn, value: written, ...(ambiguous ? { detail: 'ambiguous' } : {}) });
      respondentId = written;
      for (let n = 2; people.has(respondentId); n++) respondentId = `${written} (${n})`;
      people.set(respondentId, {
        id: respondentId,
        name: written,
        attributes: Object.create(null) as Record<string, string>,
        responded: false,
        ...(roster ? { unlisted: true } : {}),
      });
    }
    const person = people.get(respondentId);
    if (!person) return;
    person.responded = true;
    if (groupIndex >= 0 && groupColumn) {
      const own = row[groupIndex] ?? '';
      if (own && !person.attributes[groupColumn]) person.attributes[groupColumn] = own;
    }
    rows.push({ row, rowNumber, respondentId });
  });

  return {
    people,
    items,
    rows,
    resolve,
    isKnown: (n) => known.has(nameKey(n)),
    isAmbiguous: (n) => roster?.ambiguousKeys.has(nameKey(n)) ?? false,
    column,
    finish: () => {
      for (const p of people.values()) if (!p.responded && !p.outside) items.push({ kind: 'non-respondent', file, row: null, column: null, value: p.name });
      return [...people.values()];
    },
  };
}
