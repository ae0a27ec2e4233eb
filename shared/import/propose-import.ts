/**
 * Proposes an import from the files a user chose: which one is the roster, which shape
 * the other has (edge list, multi-select, free-text name fields, or a grid with one column
 * per colleague), and which columns to use. The wizard shows the proposal and the user can
 * change every choice; this only saves them the typing when it is clear.
 */
import { DEFAULT_SCALE } from './answer-scale';
import { findColumn, findGroupColumn, findIdColumn, findNameColumn } from './column-roles';
import { detectGroupColumn } from './group-column';
import type { ImportRequest, InputFile } from './import-files';
import type { ImportSpec } from './import-spec';
import { nameKey } from './name-key';
import { readTableFile } from './read-table-file';
import type { Table } from './parse-table';
import { isMatrix } from './read-matrix';
import { ImportError } from './roster';

const SOURCE = /^(source|from|van|ego|sender|bron)$/i;
const TARGET = /^(target|to|naar|alter|receiver|doel)$/i;
const RESPONDENT = /^(naam|name|respondent|uw naam|jouw naam|je naam|your name|wie ben je\??|full name|volledige naam|wat is je naam\??|what is your name\??)$/i;
const NAME_FIELD = /^(naam|name|collega|colleague|persoon|person)\s*(\d+)$/i;

export interface LoadedFile {
  file: InputFile;
  table: Table;
}

export function proposeImport(files: InputFile[]): ImportRequest {
  if (files.length === 0 || files.length > 2) throw new ImportError('import.error.tooManyFiles');
  const loaded: LoadedFile[] = files.map((file) => ({ file, table: readTableFile(file, []) }));
  return proposeFromTables(loaded);
}

export function proposeFromTables(loaded: LoadedFile[], dataName?: string): ImportRequest {
  const forced = dataName ? loaded.findIndex((l) => l.file.name === dataName) : -1;
  const dataIndex = forced >= 0 ? forced : loaded.length === 1 ? 0 : loaded.findIndex((l) => looksLikeData(l.table));
  const data = loaded[dataIndex < 0 ? 0 : dataIndex] as LoadedFile;
  const roster = loaded.length === 2 ? (loaded.find((l) => l !== data) ?? null) : null;
  return { data: data.file, roster: roster?.file ?? null, spec: proposeSpec(data, roster?.table ?? null) };
}

function looksLikeData(table: Table): boolean {
  return isMatrix(table) || isEdgeList(table) || nominationColumn(table) !== null || nameFields(table).length >= 2 || gridColumns(table, null).length >= 3;
}

function isEdgeList(table: Table): boolean {
  return findColumn(table.header, SOURCE) !== null && findColumn(table.header, TARGET) !== null;
}

/**
 * Columns whose answers hold several names: each is a question, i.e. a relation ("talk
 * about reading", "talk about maths"). Several of them make the export multiplex.
 */
export function questionColumns(table: Table): string[] {
  return table.header.filter((_h, i) => {
    const count = table.rows.filter((r) => /[;,]\s*\S/.test((r[i] ?? '').replace(/;\s*$/, '')) || (r[i] ?? '').trim().endsWith(';')).length;
    return count >= Math.max(1, table.rows.length / 4);
  });
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

/** "Naam 1", "Naam 2", … free-text fields. */
function nameFields(table: Table): string[] {
  return table.header.filter((h) => NAME_FIELD.test(h.trim()));
}

/** The colleague a grid column is about: the bracketed part of "Question [Name]", or the header itself. */
export function gridTarget(header: string): string {
  const bracket = /\[([^\]]+)\]\s*$/.exec(header);
  if (bracket) return (bracket[1] as string).trim();
  // Qualtrics matrix columns: "Question text - Anouk de Vries".
  const dash = / - ([^-]+)$/.exec(header);
  return (dash?.[1] ?? header).trim();
}

/** Columns that are about one colleague each: their target matches the roster, or (without one) they share a "Question [Name]" stem. */
function gridColumns(table: Table, roster: Table | null): string[] {
  if (roster) {
    const nameCol = findNameColumn(roster.header) ?? findIdColumn(roster.header);
    const index = nameCol ? roster.header.indexOf(nameCol) : -1;
    const names = new Set(roster.rows.map((r) => nameKey(r[index] ?? '')));
    return table.header.filter((h) => names.has(nameKey(gridTarget(h))));
  }
  const stems = new Map<string, string[]>();
  for (const h of table.header) {
    const m = /^(.*)\[[^\]]+\]\s*$/.exec(h) ?? /^(.*) - [^-]+$/.exec(h);
    if (m) stems.set(m[1] as string, [...(stems.get(m[1] as string) ?? []), h]);
  }
  return [...stems.values()].sort((a, b) => b.length - a.length)[0] ?? [];
}

function proposeSpec({ file, table }: LoadedFile, roster: Table | null): ImportSpec {
  if (table.header.length < 2) throw new ImportError('import.error.oneColumn', { file: file.name });
  if (isMatrix(table)) return { shape: 'matrix' };
  if (isEdgeList(table)) return { shape: 'edge-list', sourceColumn: null, targetColumn: null, weightColumn: null };
  const respondent = findColumn(table.header, RESPONDENT) ?? findNameColumn(table.header) ?? findIdColumn(table.header);
  // The respondent's own group from the survey, unless the roster has a group column (it also covers non-respondents).
  const groupFrom = (used: string[]): string | null => (roster && findGroupColumn(roster.header) ? null : (detectGroupColumn(table, used)?.column ?? null));
  const grid = gridColumns(table, roster).filter((c) => c !== respondent);
  if (respondent && grid.length >= 3) {
    return { shape: 'rating-grid', respondentColumn: respondent, columns: grid.map((column) => ({ column, target: gridTarget(column) })), scale: { ...DEFAULT_SCALE }, groupColumn: groupFrom([respondent, ...grid]) };
  }
  const fields = nameFields(table);
  const nominations = nominationColumn(table);
  if (respondent && (nominations || fields.length > 0)) {
    const nominationColumns = fields.length >= 2 ? fields : [nominations ?? (fields[0] as string)];
    return { shape: 'multi-select', respondentColumn: respondent, nominationColumns, groupColumn: groupFrom([respondent, ...nominationColumns]) };
  }
  if (table.header.length === 2 || table.header.length === 3) return { shape: 'edge-list', sourceColumn: null, targetColumn: null, weightColumn: null };
  throw new ImportError('import.error.noSurveyColumns', { file: file.name, columns: table.header.join(', ') });
}
