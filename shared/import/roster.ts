/**
 * A roster (or nodes) file: one row per person with an id and/or name and attributes
 * such as group and role. Two entries with the same name are two people, reported with both
 * rows; a survey answer naming them is not matched by itself but left to the user's decision.
 */
import { TalkmapError } from '../errors/talkmap-error';
import type { Person } from '../network/types';
import type { ReportItem } from './import-report';
import type { Table } from './parse-table';
import { findIdColumn, findNameColumn, findNameParts, isPrivateColumn } from './column-roles';
import { nameKey } from './name-key';
import { firstNameFirst, parseDutchName, type DutchName } from './dutch-name';
import { datesInGroupColumns, looksScientific } from './excel-damage';

export interface Roster {
  people: Person[];
  /** Name key -> person id, only for names that occur once. */
  byNameKey: Map<string, string>;
  /** Name keys on the roster that fit more than one person (two "Mark Visser", "J. de Vries" beside "Jeroen de Vries"). */
  ambiguousKeys: Set<string>;
  byId: Map<string, Person>;
  items: ReportItem[];
  attributeColumns: string[];
  /** The file and each person's row in it (report items point there). */
  file: string;
  rowOf: Map<string, number>;
}

/** A file that cannot be read as it is: the one user-facing error type, from the import. */
export class ImportError extends TalkmapError {}

/** `groupDates`: per column, the user's answer to "Excel made dates of these groups — read them as the ranges?" (excel-damage.ts). */
export function readRoster(table: Table, file: string, groupDates: Readonly<Record<string, boolean>> = {}): Roster {
  const idCol = findIdColumn(table.header);
  const nameCol = findNameColumn(table.header);
  // Without a whole-name column, the name is put together from its parts ("Jan" "de" "Vries").
  const parts = nameCol ? null : findNameParts(table.header);
  if (!idCol && !nameCol && !parts) {
    throw new ImportError('import.error.rosterColumns', { file, columns: table.header.join(', ') });
  }
  const items: ReportItem[] = [];
  const nameColumns = new Set([nameCol, parts?.first, parts?.infix, parts?.last].filter((c): c is string => !!c));
  const attributeColumns = table.header.filter((h) => h !== idCol && !nameColumns.has(h) && !isPrivateColumn(h));
  for (const h of table.header) {
    if (isPrivateColumn(h)) items.push({ kind: 'column-left-out', file, row: null, column: h, value: h });
  }
  // A name column written surname first ("Vries, Jan de", as Google and school administration
  // exports write it) is shown first name first; the written form still matches (nameKey reads both).
  const surnameFirst = nameCol !== null && writtenSurnameFirst(table.rows.map((r) => r[table.header.indexOf(nameCol)] ?? ''));
  let reordered = 0;
  let example = '';
  const people: Person[] = [];
  const byId = new Map<string, Person>();
  const firstRowOfKey = new Map<string, number>();
  const duplicateKeys = new Set<string>();
  const byNameKey = new Map<string, string>();
  const rowOf = new Map<string, number>();
  const dates = datesInGroupColumns(table, file, attributeColumns, groupDates);

  table.rows.forEach((row, index) => {
    const rowNumber = index + table.firstDataRow;
    if (row.every((c) => c === '')) return;
    const cell = (col: string | null | undefined): string => (col ? (row[table.header.indexOf(col)] ?? '') : '');
    const joined = parts ? [cell(parts.first), cell(parts.infix), cell(parts.last)].filter(Boolean).join(' ') : '';
    const written = cell(nameCol);
    const shown = surnameFirst && written.includes(',') ? firstNameFirst(written) : written;
    if (shown !== written.trim()) {
      reordered++;
      example ||= `${written.trim()} → ${shown}`;
    }
    const name = shown || joined || cell(idCol);
    // Without an id column a person's id is their name; a second "Mark Visser" is a second person
    // (never merged into the first), whom a written "Mark Visser" can then not match by itself.
    if (idCol && looksScientific(cell(idCol))) throw new ImportError('import.error.idScientific', { file, column: idCol, row: rowNumber, value: cell(idCol) });
    let id = cell(idCol) || name;
    if (!idCol) for (let n = 2; byId.has(id); n++) id = `${name} #${n}`;
    if (!id) {
      items.push({ kind: 'empty-row', file, row: rowNumber, column: null, value: '' });
      return;
    }
    if (byId.has(id)) {
      items.push({ kind: 'duplicate-roster-name', file, row: rowNumber, column: idCol ?? nameCol, value: id, detail: `id` });
      return;
    }
    const attributes: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const col of attributeColumns) attributes[col] = dates.repairs.get(`${index}\u0000${col}`) ?? cell(col);
    const person: Person = { id, name, attributes, responded: false, ...(shown !== written.trim() ? { writtenName: written.trim() } : {}) };
    people.push(person);
    byId.set(id, person);
    rowOf.set(id, rowNumber);
    const key = nameKey(name);
    const earlier = firstRowOfKey.get(key);
    if (earlier !== undefined) {
      duplicateKeys.add(key);
      items.push({
        kind: 'duplicate-roster-name',
        file,
        row: rowNumber,
        column: nameCol,
        value: name,
        detail: String(earlier),
      });
    } else {
      firstRowOfKey.set(key, rowNumber);
      byNameKey.set(key, id);
    }
    if (idCol && (nameCol || parts)) byNameKey.set(`#id:${nameKey(id)}`, id);
  });
  for (const key of duplicateKeys) byNameKey.delete(key);
  const ambiguousKeys = new Set(duplicateKeys);
  // "J. de Vries" beside "Jeroen de Vries": a written "J. de Vries" could be either, so it waits for the user's decision.
  for (const item of initialsShared(people, rowOf, file, nameCol)) {
    byNameKey.delete(nameKey(item.value));
    ambiguousKeys.add(nameKey(item.value));
    items.push(item);
  }
  items.push(...dates.items);
  if (reordered > 0) items.push({ kind: 'names-reordered', file, row: null, column: nameCol, value: example, detail: String(reordered) });
  return { people, byNameKey, ambiguousKeys, byId, items, attributeColumns, file, rowOf };
}

/** People written with initials only ("J. de Vries") whose initials and surname another person's name also fits. */
function initialsShared(people: readonly Person[], rowOf: ReadonlyMap<string, number>, file: string, column: string | null): ReportItem[] {
  const bySurname = new Map<string, { person: Person; name: DutchName }[]>();
  for (const person of people) {
    const name = parseDutchName(person.name);
    const key = `${name.prefix} ${name.surname}`;
    bySurname.set(key, [...(bySurname.get(key) ?? []), { person, name }]);
  }
  const found: ReportItem[] = [];
  for (const same of bySurname.values()) {
    if (same.length < 2) continue;
    for (const { person, name } of same) {
      if (name.first.length > 0 || !name.initials) continue;
      const other = same.find((o) => o.person !== person && o.name.initials.startsWith(name.initials));
      if (other)
        found.push({
          kind: 'ambiguous-roster-name',
          file,
          row: rowOf.get(person.id) ?? null,
          column,
          value: person.name,
          detail: String(rowOf.get(other.person.id) ?? ''),
        });
    }
  }
  return found;
}

/** Finds a roster person for a written name (or id); null when there is no unique match. */
export function matchName(roster: Roster, written: string): string | null {
  const key = nameKey(written);
  return roster.byNameKey.get(key) ?? roster.byNameKey.get(`#id:${key}`) ?? null;
}

/** Most names (four in five) written "Surname, First names": the column's convention, not one odd entry. */
function writtenSurnameFirst(values: string[]): boolean {
  const names = values.map((v) => v.trim()).filter(Boolean);
  const commas = names.filter((v) => /^[^,\d]+,[^,\d]+$/.test(v)).length;
  return names.length > 0 && commas >= 0.8 * names.length;
}
