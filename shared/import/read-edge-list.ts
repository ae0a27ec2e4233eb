/**
 * An edge list: one tie per row (source, target, optional weight), by id or name.
 * Without a roster, everyone in the list is a person and counted as a respondent,
 * since an edge list says nothing about who answered.
 */
import type { Person, Tie } from '../network/types';
import type { ReportItem } from './import-report';
import type { EdgeListSpec } from './import-spec';
import type { Table } from './parse-table';
import { findColumn } from './column-roles';
import { ImportError, matchName, type Roster } from './roster';
import { TieCollector } from './tie-collector';

export interface EdgeListRead {
  people: Person[];
  ties: Tie[];
  items: ReportItem[];
  weighted: boolean;
}

export function readEdgeList(table: Table, file: string, spec: EdgeListSpec, roster: Roster | null): EdgeListRead {
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
  const s = pick(spec.sourceColumn, /^(source|from|van|ego|sender|bron)$/i, 0);
  const t = pick(spec.targetColumn, /^(target|to|naar|alter|receiver|doel)$/i, 1);
  const w = spec.weightColumn ? pick(spec.weightColumn, /^$/, -1) : table.header.findIndex((h) => /^(weight|gewicht|value|waarde|freq(uency)?)$/i.test(h));
  const items: ReportItem[] = [];
  const people = new Map<string, Person>();
  for (const p of roster?.people ?? []) people.set(p.id, { ...p, attributes: { ...p.attributes }, responded: true });
  const resolve = (written: string): string => {
    if (roster) {
      const id = roster.byId.has(written) ? written : matchName(roster, written);
      if (id) return id;
    }
    if (!people.has(written)) people.set(written, { id: written, name: written, attributes: {}, responded: true });
    return written;
  };
  const collector = new TieCollector(items);
  let weighted = false;
  table.rows.forEach((row, i) => {
    const rowNumber = i + table.firstDataRow;
    if (row.every((c) => c === '')) return;
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
    }
    const origin = { file, row: rowNumber, column: table.header[t] ?? null, value: target };
    collector.add(resolve(source), resolve(target), weight, origin);
  });
  return { people: [...people.values()], ties: collector.list(), items, weighted };
}
