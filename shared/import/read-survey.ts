/**
 * A survey export where each respondent's nominations are in one multi-select cell
 * (Microsoft Forms, Google Forms, Qualtrics). Names are matched to the roster; every
 * nomination that does not become a tie is reported with its row and column.
 */
import type { Person, Tie } from '../network/types';
import type { ReportItem } from './import-report';
import type { MultiSelectSpec } from './import-spec';
import type { Table } from './parse-table';
import { isPrivateColumn } from './column-roles';
import { nameKey } from './name-key';
import { ImportError, matchName, type Roster } from './roster';
import { splitNames } from './split-names';
import { TieCollector } from './tie-collector';

export interface SurveyRead {
  people: Person[];
  ties: Tie[];
  items: ReportItem[];
  respondents: number;
}

export function readMultiSelectSurvey(table: Table, file: string, spec: MultiSelectSpec, roster: Roster | null): SurveyRead {
  const col = (name: string): number => {
    const index = table.header.indexOf(name);
    if (index < 0) throw new ImportError('import.error.missingColumn', { file, column: name, columns: table.header.join(', ') });
    return index;
  };
  const respondentIndex = col(spec.respondentColumn);
  const nominationIndex = col(spec.nominationColumn);
  const groupIndex = spec.groupColumn ? col(spec.groupColumn) : -1;
  const items: ReportItem[] = [];
  for (const h of table.header) {
    if (isPrivateColumn(h)) items.push({ kind: 'column-left-out', file, row: null, column: h, value: h });
  }

  // People: the roster's, or else everyone who responded or was named.
  const people = new Map<string, Person>();
  for (const p of roster?.people ?? []) people.set(p.id, { ...p, attributes: { ...p.attributes }, responded: false });
  const surveyNames = new Map<string, string>();
  const knownKeys = new Set<string>();
  if (roster) for (const key of roster.byNameKey.keys()) knownKeys.add(key);
  else for (const row of table.rows) knownKeys.add(nameKey(row[respondentIndex] ?? ''));
  const isKnown = (n: string): boolean => knownKeys.has(nameKey(n));

  const resolve = (written: string): string | null => {
    if (roster) return matchName(roster, written);
    const key = nameKey(written);
    if (!key) return null;
    const known = surveyNames.get(key);
    if (known) return known;
    surveyNames.set(key, written);
    people.set(written, { id: written, name: written, attributes: {}, responded: false });
    return written;
  };

  // Repeat submissions: the latest row of a respondent is kept.
  const lastRowOf = new Map<string, number>();
  table.rows.forEach((row, i) => {
    const key = nameKey(row[respondentIndex] ?? '');
    if (key) lastRowOf.set(key, i);
  });

  const collector = new TieCollector(items);
  let respondents = 0;
  table.rows.forEach((row, i) => {
    const rowNumber = i + 2;
    const written = row[respondentIndex] ?? '';
    const key = nameKey(written);
    if (!key) {
      items.push({ kind: 'empty-row', file, row: rowNumber, column: spec.respondentColumn, value: '' });
      return;
    }
    const last = lastRowOf.get(key);
    if (last !== i) {
      items.push({ kind: 'repeat-submission', file, row: rowNumber, column: spec.respondentColumn, value: written, detail: String((last ?? 0) + 2) });
      return;
    }
    let respondentId = resolve(written);
    if (!respondentId) {
      // A respondent missing from the roster is still a person in the network.
      items.push({ kind: 'unknown-respondent', file, row: rowNumber, column: spec.respondentColumn, value: written });
      respondentId = written;
      people.set(written, { id: written, name: written, attributes: {}, responded: false });
    }
    const person = people.get(respondentId);
    if (!person) return;
    person.responded = true;
    respondents++;
    if (groupIndex >= 0 && spec.groupColumn) {
      const own = row[groupIndex] ?? '';
      if (own && !person.attributes[spec.groupColumn]) person.attributes[spec.groupColumn] = own;
    }
    const cell = row[nominationIndex] ?? '';
    const names = splitNames(cell, isKnown);
    if (names.length === 0) {
      items.push({ kind: 'empty-answer', file, row: rowNumber, column: spec.nominationColumn, value: '' });
    }
    for (const name of names) {
      const target = resolve(name);
      const origin = { file, row: rowNumber, column: spec.nominationColumn, value: name };
      if (!target) items.push({ kind: 'unmatched-name', ...origin });
      else collector.add(respondentId, target, 1, origin);
    }
  });

  for (const p of people.values()) {
    if (!p.responded) items.push({ kind: 'non-respondent', file, row: null, column: null, value: p.name });
  }
  return { people: [...people.values()], ties: collector.list(), items, respondents };
}
