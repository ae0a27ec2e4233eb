/**
 * The import step as one pure function: file bytes plus an ImportSpec in, a
 * SurveyNetwork plus its ImportReport out. The app's worker, the CLI and the tests all
 * call this, so every host reads files identically.
 */
import type { SurveyNetwork } from '../network/types';
import type { FileInfo, ImportReport, ReportItem } from './import-report';
import type { ImportSpec } from './import-spec';
import { decodeBytes } from './decode';
import { findGroupColumn, findRoleColumn } from './column-roles';
import { parseTable, type Table } from './parse-table';
import { readEdgeList } from './read-edge-list';
import { readMultiSelectSurvey } from './read-survey';
import { ImportError, readRoster, type Roster } from './roster';

export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

export interface ImportRequest {
  data: InputFile;
  roster: InputFile | null;
  spec: ImportSpec;
  /** Attribute that defines groups; detected from the roster when not given. */
  groupAttribute?: string | null;
}

export interface ImportResult {
  network: SurveyNetwork;
  report: ImportReport;
}

export function readTableFile(file: InputFile, files: FileInfo[]): Table {
  const { text, encoding } = decodeBytes(file.bytes);
  const table = parseTable(text);
  if (table.header.length === 0) throw new ImportError('import.error.emptyFile', { file: file.name });
  files.push({ file: file.name, encoding, delimiter: table.delimiter, rows: table.rows.length });
  return table;
}

export function importFiles(request: ImportRequest): ImportResult {
  const files: FileInfo[] = [];
  const items: ReportItem[] = [];
  let roster: Roster | null = null;
  if (request.roster) {
    roster = readRoster(readTableFile(request.roster, files), request.roster.name);
    items.push(...roster.items);
  }
  const table = readTableFile(request.data, files);
  const spec = request.spec;
  let people;
  let ties;
  let weighted = false;
  let respondents: number;
  if (spec.shape === 'multi-select') {
    const read = readMultiSelectSurvey(table, request.data.name, spec, roster);
    ({ people, ties, respondents } = read);
    items.push(...read.items);
  } else {
    const read = readEdgeList(table, request.data.name, spec, roster);
    ({ people, ties, weighted } = read);
    respondents = people.length;
    items.push(...read.items);
  }
  const attributeColumns = [...new Set([...(roster?.attributeColumns ?? []), ...(spec.shape === 'multi-select' && spec.groupColumn ? [spec.groupColumn] : [])])];
  const groupAttribute = request.groupAttribute !== undefined ? request.groupAttribute : (findGroupColumn(attributeColumns) ?? (spec.shape === 'multi-select' ? spec.groupColumn : null));
  if (groupAttribute && !attributeColumns.includes(groupAttribute)) {
    throw new ImportError('import.error.unknownGroup', { column: groupAttribute, columns: attributeColumns.join(', ') || '—' });
  }
  const roleAttribute = findRoleColumn(attributeColumns);
  const rosterSize = people.length;
  return {
    network: { people, ties, groupAttribute, roleAttribute, weighted },
    report: {
      files,
      items,
      respondents,
      rosterSize,
      responseRate: spec.shape === 'multi-select' && rosterSize > 0 ? respondents / rosterSize : null,
    },
  };
}
