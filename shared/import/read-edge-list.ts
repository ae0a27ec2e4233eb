/**
 * An edge list: one tie per row (source, target, optional weight), by id or name.
 * Without a roster, everyone in the list is a person and counted as a respondent,
 * since an edge list says nothing about who answered. With a relation column
 * (`source,target,weight,kind`), each relation is its own network: the rows of the chosen
 * relation are read, and the other relations are counted in the report (never merged).
 */
import type { Person, Tie } from '../network/types';
import type { ReportItem } from './import-report';
import type { EdgeListSpec } from './import-spec';
import type { Table } from './parse-table';
import { findColumn, RELATION_COLUMN, SOURCE_COLUMN, TARGET_COLUMN, WEIGHT_COLUMN } from './column-roles';
import { ImportError, matchName, type Roster } from './roster';
import { TieCollector } from './tie-collector';
import { ambiguousThousands, looksScientific, zerosLostIndex } from './excel-damage';

export interface EdgeListRead {
  people: Person[];
  ties: Tie[];
  items: ReportItem[];
  weighted: boolean;
}

/**
 * `idRepairs`: per column, the user's answer to "these ids lost their leading zeros — read them as the
 * nodes file's ids?" (true: yes; false: no, they are other people; absent: not asked yet, so reported with `asId`).
 */
export function readEdgeList(table: Table, file: string, spec: EdgeListSpec, roster: Roster | null, idRepairs: IdRepairs = {}): EdgeListRead {
  const pick = (given: string | null, pattern: RegExp, fallback: number): number => {
    if (given) {
      const i = table.header.indexOf(given);
      if (i < 0) throw new ImportError('import.error.missingColumn', { file, column: given, columns: table.header.join(', ') });
      return i;
    }
    const found = findColumn(table.header, pattern);
    return found ? table.header.indexOf(found) : fallback;
  };
  if (table.header.length < 2) throw new ImportError('import.error.edgeColumns', { file });
  const s = pick(spec.sourceColumn, SOURCE_COLUMN, 0);
  const t = pick(spec.targetColumn, TARGET_COLUMN, 1);
  const w = spec.weightColumn ? pick(spec.weightColumn, /^$/, -1) : table.header.findIndex((h) => WEIGHT_COLUMN.test(h));
  const relations = edgeRelations(table, spec);
  const r = relations ? table.header.indexOf(relations.column) : -1;
  const chosen = relations ? (spec.relation ?? relations.values[0]?.value ?? null) : null;
  if (relations && chosen !== null && !relations.values.some((v) => v.value === chosen)) {
    throw new ImportError('import.error.unknownRelation', { file, relation: chosen, relations: relations.values.map((v) => v.value).join(', ') });
  }
  const items: ReportItem[] = [];
  const people = new Map<string, Person>();
  for (const p of roster?.people ?? []) people.set(p.id, { ...p, attributes: { ...p.attributes }, responded: true });
  // Ids not in the nodes file: each reported where it first occurs; one that is a nodes-file id with its
  // leading zeros lost (Excel: 00123 → 123) is read as that id only when the user says so for its column.
  const zeros = roster ? zerosLostIndex(roster.byId.keys()) : new Map<string, string>();
  const unknown = new Map<string, ReportItem>();
  const resolve = (written: string, column: string, row: number): string => {
    if (roster) {
      const id = roster.byId.has(written) ? written : matchName(roster, written);
      if (id) return id;
      if (looksScientific(written)) throw new ImportError('import.error.idScientific', { file, column, row, value: written });
      const padded = zeros.get(written);
      if (padded && idRepairs[column] === true) {
        if (!unknown.has(`${column}\u0000${written}`)) {
          const item: ReportItem = { kind: 'damaged-id', file, row, column, value: written, detail: padded };
          unknown.set(`${column}\u0000${written}`, item);
          items.push(item);
        }
        return padded;
      }
      const key = `${column}\u0000${written}`;
      const seen = unknown.get(key);
      if (seen) seen.detail = String(Number(seen.detail ?? 1) + 1);
      else {
        const item: ReportItem = {
          kind: 'unknown-id',
          file,
          row,
          column,
          value: written,
          detail: '1',
          ...(padded && idRepairs[column] !== false ? { asId: padded } : {}),
        };
        unknown.set(key, item);
        items.push(item);
      }
    }
    if (!people.has(written)) people.set(written, { id: written, name: written, attributes: {}, responded: true });
    return written;
  };
  const collector = new TieCollector(items);
  let weighted = false;
  for (const other of relations?.values ?? []) {
    if (other.value !== chosen)
      items.push({ kind: 'other-relation', file, row: other.firstRow, column: relations?.column ?? null, value: other.value, detail: String(other.rows) });
  }
  table.rows.forEach((row, i) => {
    const rowNumber = i + table.firstDataRow;
    if (row.every((c) => c === '')) return;
    if (r >= 0 && (row[r] ?? '').trim() !== chosen) return;
    const source = row[s] ?? '';
    const target = row[t] ?? '';
    if (!source || !target) {
      items.push({ kind: 'empty-row', file, row: rowNumber, column: null, value: `${source} → ${target}` });
      return;
    }
    let weight = 1;
    if (w >= 0) {
      const raw = (row[w] ?? '').replace(',', '.');
      weight = raw === '' ? 1 : Number(raw);
      if (!Number.isFinite(weight)) {
        items.push({ kind: 'invalid-weight', file, row: rowNumber, column: table.header[w] ?? null, value: row[w] ?? '' });
        return;
      }
      if (weight <= 0) {
        items.push({ kind: 'invalid-weight', file, row: rowNumber, column: table.header[w] ?? null, value: row[w] ?? '', detail: 'zero' });
        return;
      }
      if (weight !== 1) weighted = true;
      if (ambiguousThousands(row[w] ?? ''))
        items.push({ kind: 'ambiguous-number', file, row: rowNumber, column: table.header[w] ?? null, value: row[w] ?? '', detail: String(weight) });
    }
    const origin = { file, row: rowNumber, column: table.header[t] ?? null, value: target, ...(w >= 0 ? { answer: (row[w] ?? '').trim() || '1' } : {}) };
    collector.add(resolve(source, table.header[s] ?? '', rowNumber), resolve(target, table.header[t] ?? '', rowNumber), weight, origin);
  });
  return { people: [...people.values()], ties: collector.list(), items, weighted };
}

export type IdRepairs = Readonly<Record<string, boolean>>;

export interface EdgeRelations {
  column: string;
  /** Each relation with its number of rows and first file row, most rows first. */
  values: { value: string; rows: number; firstRow: number }[];
}

/** The relations of an edge list: the relation column (given, or found by its header) when it has two or more values. */
export function edgeRelations(table: Table, spec: Pick<EdgeListSpec, 'relationColumn'>): EdgeRelations | null {
  const column = spec.relationColumn ?? findColumn(table.header, RELATION_COLUMN);
  const index = column ? table.header.indexOf(column) : -1;
  if (!column || index < 0) return null;
  const counts = new Map<string, { value: string; rows: number; firstRow: number }>();
  table.rows.forEach((row, i) => {
    const value = (row[index] ?? '').trim();
    if (!value || row.every((c) => c === '')) return;
    const entry = counts.get(value) ?? { value, rows: 0, firstRow: i + table.firstDataRow };
    entry.rows++;
    counts.set(value, entry);
  });
  if (counts.size < 2 && spec.relationColumn === null) return null;
  return { column, values: [...counts.values()].sort((a, b) => b.rows - a.rows || a.firstRow - b.firstRow) };
}
