/**
 * A saved project keeps the import files, so a next wave can be read the same way — but not the
 * personal data the import itself leaves out (e-mail, IP address, location: column-roles.ts
 * isPrivateColumn). Before a file goes into the project, the cells of those columns are emptied:
 * the file is written again (UTF-8, same separator; a spreadsheet's chosen sheet as CSV text) and
 * read back, and only when everything else reads exactly as before is the emptied copy kept.
 * The file then carries `blanked` (its emptied columns), which the import report shows.
 */
import Papa from 'papaparse';
import { isPrivateColumn } from './column-roles';
import { decodeBytes } from './decode';
import type { InputFile } from './import-files';
import type { ReportItem } from './import-report';
import { oneKindOfLineEnd, type Table } from './parse-table';
import { readTableFile } from './read-table-file';

/** Each file is emptied once (the autosave writes the project again and again with the same files). */
const emptied = new WeakMap<InputFile, InputFile>();

export function blankPersonalColumns(file: InputFile): InputFile {
  if (file.blanked) return file;
  const known = emptied.get(file);
  if (known) return known;
  const result = emptiedCopy(file);
  emptied.set(file, result);
  return result;
}

function emptiedCopy(file: InputFile): InputFile {
  let before: Table;
  try {
    before = readTableFile(file, []);
  } catch {
    return file;
  }
  const columns = before.header.flatMap((h, i) => (isPrivateColumn(h) ? [i] : []));
  if (columns.length === 0) return file;
  const raw: string[][] = file.rows
    ? file.rows.map((r) => [...r])
    : Papa.parse<string[]>(oneKindOfLineEnd(decodeBytes(file.bytes, file.encoding).text).replace(/\n+$/, ''), {
        delimiter: before.delimiter,
        skipEmptyLines: false,
        newline: '\n',
      }).data;
  for (let r = before.firstDataRow - 1; r < raw.length; r++) {
    const row = raw[r] as string[];
    for (const c of columns) if (c < row.length) row[c] = '';
  }
  const delimiter = before.delimiter === '' ? ',' : before.delimiter;
  const text = `${Papa.unparse(raw, { delimiter, newline: '\n' })}\n`;
  const { rows: _rows, ...rest } = file;
  const blanked: InputFile = {
    ...rest,
    bytes: new TextEncoder().encode(text),
    encoding: 'utf-8',
    delimiter: delimiter as NonNullable<InputFile['delimiter']>,
    blanked: columns.map((c) => before.header[c] as string),
  };
  return readsTheSame(before, blanked, new Set(columns)) ? blanked : file;
}

/** The emptied copy reads as the original did, except the personal columns, which are empty. */
function readsTheSame(before: Table, file: InputFile, emptied: ReadonlySet<number>): boolean {
  let after: Table;
  try {
    after = readTableFile(file, []);
  } catch {
    return false;
  }
  if (after.header.join('\u0000') !== before.header.join('\u0000') || after.rows.length !== before.rows.length) return false;
  return before.rows.every((row, r) => row.every((cell, c) => (after.rows[r]?.[c] ?? '') === (emptied.has(c) ? '' : cell)));
}

/** The report's word that the saved copy of a file has its personal columns emptied. */
export function blankedItems(files: readonly (InputFile | null)[]): ReportItem[] {
  return files.flatMap((f) =>
    (f?.blanked ?? []).map((column) => ({ kind: 'personal-data-blanked' as const, file: f?.name ?? '', row: null, column, value: column })),
  );
}
