/**
 * The import step as one pure function: file bytes plus an ImportSpec in, a
 * SurveyNetwork plus its ImportReport out. The app's worker, the CLI and the tests all
 * call this, so every host reads files identically.
 */
import type { Person, SurveyNetwork, Tie } from '../network/types';
import type { FileInfo, ImportReport, ReportItem } from './import-report';
import type { ImportSpec, NameDecisions } from './import-spec';
import { findGroupColumn, findRoleColumn } from './column-roles';
import type { Encoding } from './decode';
import type { Delimiter, Table } from './parse-table';
import { readTableFile } from './read-table-file';
import { blankedItems } from './blank-personal';
import { markResponded, setAsideNonRespondentTies } from './responded-column';
import { readEdgeList, type IdRepairs } from './read-edge-list';
import { readMatrix } from './read-matrix';
import { readRatingGrid } from './read-rating-grid';
import { readMultiSelectSurvey } from './read-survey';
import { ImportError, readRoster, type Roster } from './roster';

export interface InputFile {
  name: string;
  bytes: Uint8Array;
  /** Rows already read from a spreadsheet (.xlsx); when present, `bytes` are not parsed as text. */
  rows?: string[][];
  /** The sheet the rows came from. */
  sheet?: string;
  /** Forces a text encoding instead of detecting it. */
  encoding?: Encoding;
  /** Repairs "Ã«"-style characters (UTF-8 once read as Windows-1252). */
  repairMojibake?: boolean;
  /** Forces the separator instead of detecting it. */
  delimiter?: Delimiter;
  /** Forces the row (1-based) that holds the column headers; the lines above it are skipped and reported. */
  headerRow?: number;
  /** The personal columns emptied in this copy of the file (blank-personal.ts), as the saved project holds it. */
  blanked?: string[];
}

export interface ImportRequest {
  data: InputFile;
  roster: InputFile | null;
  spec: ImportSpec;
  /** Attribute that defines groups; detected from the roster when not given. */
  groupAttribute?: string | null;
  /** The user's decisions for names that did not match the roster exactly. */
  decisions?: NameDecisions;
  /** Per roster column, whether groups that Excel made dates ("1-feb") are read as the ranges they were ("1-2"). */
  groupDates?: Readonly<Record<string, boolean>>;
  /** Per edge-list column, whether ids that lost their leading zeros are read as the nodes file's ids (read-edge-list.ts). */
  idRepairs?: IdRepairs;
  /**
   * When `data` was made from an interaction log: how the log was read and the rows that
   * were not used, so they stay in this network's import report (saved with the project).
   */
  source?: { file: FileInfo; items: ReportItem[] };
}

export interface ImportResult {
  network: SurveyNetwork;
  report: ImportReport;
  /** The data file as read (its other relations are layers: layers.ts), and the roster's. */
  tables: { data: Table; roster: Table | null };
}

export function importFiles(request: ImportRequest): ImportResult {
  const files: FileInfo[] = request.source ? [request.source.file] : [];
  const items: ReportItem[] = request.source ? [...request.source.items] : [];
  let roster: Roster | null = null;
  let rosterTable: Table | null = null;
  if (request.roster) {
    rosterTable = readTableFile(request.roster, files);
    roster = readRoster(rosterTable, request.roster.name, request.groupDates);
    items.push(...roster.items);
  }
  const table = readTableFile(request.data, files);
  items.push(...blankedItems([request.data, request.roster]));
  for (const d of table.dropped) items.push({ kind: 'preview-response', file: request.data.name, row: d.row, column: null, value: d.value });
  for (const l of table.aboveHeader) items.push({ kind: 'line-above-header', file: request.data.name, row: l.row, column: null, value: l.value });
  for (const e of table.extraCells)
    items.push({ kind: 'extra-cells', file: request.data.name, row: e.row, column: null, value: e.values.join(' | '), detail: String(e.values.length) });
  const spec = request.spec;
  let people;
  let ties;
  let weighted = false;
  let respondents: number;
  // Edge lists and matrices: who answered, when the roster says it (responded-column.ts).
  let marked: number | null = null;
  if (spec.shape === 'multi-select') {
    const read = readMultiSelectSurvey(table, request.data.name, spec, roster, request.decisions);
    ({ people, ties, respondents } = read);
    items.push(...read.items);
  } else if (spec.shape === 'rating-grid') {
    const read = readRatingGrid(table, request.data.name, spec, roster, request.decisions);
    ({ people, ties, respondents, weighted } = read);
    items.push(...read.items);
  } else if (spec.shape === 'matrix') {
    const read = readMatrix(table, request.data.name, roster);
    ({ people, ties, weighted } = read);
    items.push(...read.items);
    marked = roster ? markResponded(people, roster, null, items) : null;
    if (roster && marked !== null) ties = setAsideNonRespondentTies(people, ties, roster, null, items);
    respondents = marked ?? people.length;
  } else {
    const read = readEdgeList(table, request.data.name, spec, roster, request.idRepairs);
    ({ people, ties, weighted } = read);
    items.push(...read.items);
    marked = roster ? markResponded(people, roster, spec.respondedColumn ?? null, items) : null;
    if (roster && marked !== null) ties = setAsideNonRespondentTies(people, ties, roster, spec.respondedColumn ?? null, items);
    respondents = marked ?? people.length;
  }
  const surveyGroup = spec.shape === 'edge-list' || spec.shape === 'matrix' ? null : spec.groupColumn;
  const attributeColumns = [...new Set([...(roster?.attributeColumns ?? []), ...(surveyGroup ? [surveyGroup] : [])])];
  const groupAttribute = request.groupAttribute !== undefined ? request.groupAttribute : (findGroupColumn(attributeColumns) ?? surveyGroup);
  if (groupAttribute && !attributeColumns.includes(groupAttribute)) {
    throw new ImportError('import.error.unknownGroup', { column: groupAttribute, columns: attributeColumns.join(', ') || '—' });
  }
  const roleAttribute = findRoleColumn(attributeColumns);
  // People added from outside the roster do not count towards the response rate.
  const rosterSize = people.filter((p) => !p.outside).length;
  return {
    tables: { data: table, roster: rosterTable },
    network: { ...withSafeIds(people, ties), groupAttribute, roleAttribute, weighted },
    report: {
      files,
      items,
      respondents,
      rosterSize,
      responseRate: (spec.shape !== 'edge-list' && spec.shape !== 'matrix') || marked !== null ? (rosterSize > 0 ? respondents / rosterSize : null) : null,
    },
  };
}

/**
 * Ids such as "__proto__" or "constructor" (a name in an edge list without roster, a roster id)
 * are keys the graph library cannot hold: its adjacency lists are plain objects. Such an id gets
 * an invisible word joiner at its end — the name, and the id as anyone reads it, stay the same.
 */
function withSafeIds(people: Person[], ties: Tie[]): { people: Person[]; ties: Tie[] } {
  const reserved = (id: string) => id === '__proto__' || id in Object.prototype;
  if (!people.some((p) => reserved(p.id))) return { people, ties };
  const safe = (id: string) => (reserved(id) ? `${id}\u2060` : id);
  return {
    people: people.map((p) => (reserved(p.id) ? { ...p, id: safe(p.id) } : p)),
    ties: ties.map((t) => ({ ...t, source: safe(t.source), target: safe(t.target) })),
  };
}
