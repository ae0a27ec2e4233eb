/**
 * Proposes an import from the files a user chose: which one is the roster, whether the
 * other is a survey export or an edge list, and which columns to use. The user (or CLI
 * flags) can override every choice; this only saves them the typing when it is clear.
 */
import { decodeBytes } from './decode';
import { findColumn, findIdColumn, findNameColumn } from './column-roles';
import type { ImportRequest, InputFile } from './import-files';
import type { ImportSpec } from './import-spec';
import { parseTable, type Table } from './parse-table';
import { ImportError } from './roster';

const SOURCE = /^(source|from|van|ego|sender|bron)$/i;
const TARGET = /^(target|to|naar|alter|receiver|doel)$/i;
const RESPONDENT = /^(naam|name|respondent|uw naam|jouw naam|je naam|your name|wie ben je\??|full name|volledige naam)$/i;

interface Looked {
  file: InputFile;
  table: Table;
}

export function proposeImport(files: InputFile[]): ImportRequest {
  if (files.length === 0 || files.length > 2) throw new ImportError('import.error.tooManyFiles');
  const looked: Looked[] = files.map((file) => ({ file, table: parseTable(decodeBytes(file.bytes).text) }));
  const dataIndex = looked.length === 1 ? 0 : looked.findIndex((l) => looksLikeData(l.table));
  const data = looked[dataIndex < 0 ? 0 : dataIndex] as Looked;
  const roster = looked.length === 2 ? (looked.find((l) => l !== data) ?? null) : null;
  return { data: data.file, roster: roster?.file ?? null, spec: proposeSpec(data) };
}

function looksLikeData(table: Table): boolean {
  return isEdgeList(table) || nominationColumn(table) !== null;
}

function isEdgeList(table: Table): boolean {
  return findColumn(table.header, SOURCE) !== null && findColumn(table.header, TARGET) !== null;
}

/** The column whose answers most often hold several names. */
function nominationColumn(table: Table): string | null {
  let best: string | null = null;
  let bestCount = 0;
  table.header.forEach((h, i) => {
    const count = table.rows.filter((r) => /[;,]\s*\S/.test((r[i] ?? '').replace(/;\s*$/, '')) || (r[i] ?? '').trim().endsWith(';')).length;
    if (count > bestCount) {
      bestCount = count;
      best = h;
    }
  });
  return bestCount >= Math.max(1, table.rows.length / 4) ? best : null;
}

function proposeSpec({ file, table }: Looked): ImportSpec {
  if (isEdgeList(table)) return { shape: 'edge-list', sourceColumn: null, targetColumn: null, weightColumn: null };
  const nominations = nominationColumn(table);
  const respondent = findColumn(table.header, RESPONDENT) ?? findNameColumn(table.header) ?? findIdColumn(table.header);
  if (!nominations || !respondent) {
    if (table.header.length === 2 || table.header.length === 3) return { shape: 'edge-list', sourceColumn: null, targetColumn: null, weightColumn: null };
    throw new ImportError('import.error.noSurveyColumns', { file: file.name, columns: table.header.join(', ') });
  }
  return { shape: 'multi-select', respondentColumn: respondent, nominationColumn: nominations, groupColumn: null };
}
