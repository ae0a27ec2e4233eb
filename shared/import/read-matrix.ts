/**
 * A square adjacency matrix (UCINET-style spreadsheets, researchers' files): names in the
 * first row and first column, cell (row, column) the tie from row to column — 0 or blank
 * for none, a number for its weight. Everyone in the matrix counts as a respondent.
 */
import type { Person, Tie } from '../network/types';
import type { ReportItem } from './import-report';
import type { Table } from './parse-table';
import { matchName, type Roster } from './roster';
import { TieCollector } from './tie-collector';
import { ambiguousThousands } from './excel-damage';

export function isMatrix(table: Table): boolean {
  const columns = table.header.slice(1).map((h) => h.trim().toLowerCase());
  const rows = table.rows.filter((r) => r.some(Boolean)).map((r) => (r[0] ?? '').trim().toLowerCase());
  if (columns.length < 3 || columns.length !== rows.length) return false;
  const set = new Set(columns);
  return rows.every((r) => set.has(r)) && table.rows.every((r) => r.slice(1).every((c) => c === '' || /^-?\d+([.,]\d+)?$/.test(c.trim())));
}

export function readMatrix(table: Table, file: string, roster: Roster | null): { people: Person[]; ties: Tie[]; items: ReportItem[]; weighted: boolean } {
  const items: ReportItem[] = [];
  const people = new Map<string, Person>();
  for (const p of roster?.people ?? []) people.set(p.id, { ...p, attributes: { ...p.attributes }, responded: true });
  // A name or id not on the roster is added as a person, and said where it stands (its column header or row).
  const resolve = (written: string, row: number, column: string | null): string => {
    const id = roster ? (roster.byId.has(written) ? written : matchName(roster, written)) : null;
    if (id) return id;
    if (!people.has(written)) {
      people.set(written, { id: written, name: written, attributes: Object.create(null) as Record<string, string>, responded: true });
      if (roster) items.push({ kind: 'unknown-id', file, row, column, value: written, detail: '1' });
    }
    return written;
  };
  const columnIds = table.header.slice(1).map((h) => resolve(h.trim(), table.headerRow, h));
  const collector = new TieCollector(items);
  let weighted = false;
  table.rows.forEach((row, i) => {
    const rowNumber = i + table.firstDataRow;
    if (row.every((c) => c === '')) return;
    const source = resolve((row[0] ?? '').trim(), rowNumber, table.header[0] ?? null);
    columnIds.forEach((target, j) => {
      const cell = (row[j + 1] ?? '').trim();
      if (cell === '' || cell === '0') return;
      const weight = Number(cell.replace(',', '.'));
      if (!Number.isFinite(weight) || weight < 0) {
        items.push({ kind: 'invalid-weight', file, row: rowNumber, column: table.header[j + 1] ?? null, value: cell });
        return;
      }
      if (weight !== 1) weighted = true;
      if (ambiguousThousands(cell))
        items.push({ kind: 'ambiguous-number', file, row: rowNumber, column: table.header[j + 1] ?? null, value: cell, detail: String(weight) });
      collector.add(source, target, weight, { file, row: rowNumber, column: table.header[j + 1] ?? null, value: table.header[j + 1] ?? '' });
    });
  });
  return { people: [...people.values()], ties: collector.list(), items, weighted };
}
