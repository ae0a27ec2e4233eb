/**
 * Proposes an import from the files a user chose: which one is the roster, which shape
 * the other has (edge list, multi-select, free-text name fields, or a grid with one column
 * per colleague), and which columns to use. The wizard shows the proposal and the user can
 * change every choice; this only saves them the typing when it is clear.
 */
import { DEFAULT_SCALE, scaleLegend } from './answer-scale';
import { findColumn, findGroupColumn, findIdColumn, findNameColumn, isPrivateColumn, SOURCE_COLUMN, TARGET_COLUMN } from './column-roles';
import { detectGroupColumn } from './group-column';
import type { ImportRequest, InputFile } from './import-files';
import { edgeListSpec, type ImportSpec } from './import-spec';
import { nameKey } from './name-key';
import { readTableFile } from './read-table-file';
import type { Table } from './parse-table';
import { isMatrix } from './read-matrix';
import { looksLikeId, looksLikeName, shareOf } from './name-like';
import { ImportError, readRoster } from './roster';
import { splitNames } from './split-names';
import { gridSplits } from './grid-targets';

const RESPONDENT =
  /^(naam|name|respondent|uw naam|jouw naam|je naam|your name|wie ben je\??|full name|volledige naam|wat is je naam\??|what is your name\??)$/i;
/** Numbered single-name fields: "Naam 1", "Inclusive - Choice 2", "Select Close Friend 3", "Collega #4". */
const NUMBERED_FIELD = /^(.*?)(?:\s*[-–:]\s*|\s+)(?:choice|keuze|optie|option|#)?\s*#?(\d{1,2})\s*\??$/i;

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
  return findColumn(table.header, SOURCE_COLUMN) !== null && findColumn(table.header, TARGET_COLUMN) !== null;
}

/** A cell holding several names: Microsoft Forms `A;B;`, Google Forms and Qualtrics `A, B`. */
function holdsSeveral(cell: string): boolean {
  return /[;,]\s*\S/.test(cell.replace(/;\s*$/, '')) || cell.trim().endsWith(';');
}

/** The parts of a multi-select cell as written (split on `;`, else on `,`), for judging whether they are names. */
function roughParts(cell: string): string[] {
  const text = cell.trim();
  return (text.includes(';') ? text.split(';') : text.split(',')).map((p) => p.trim()).filter(Boolean);
}

/** Whether a column's answers are lists of names (not JSON, prose, dates or codes split on commas). */
function answersAreNames(table: Table, index: number): boolean {
  const parts = table.rows.flatMap((r) => roughParts(r[index] ?? ''));
  return parts.length > 0 && shareOf(parts, looksLikeName) >= 0.6;
}

export interface Relation {
  /** The question, as the export names it. */
  name: string;
  /** Its columns: one multi-select column, or numbered single-name fields. */
  columns: string[];
}

/** Every relation in an export: multi-select questions and groups of numbered name fields. */
export function relationsIn(table: Table): Relation[] {
  return [
    ...questionColumns(table).map((c) => ({ name: c, columns: [c] })),
    ...numberedNameFields(table)
      .filter((g) => g.columns.length >= 2)
      .map((g) => ({ name: g.stem, columns: g.columns })),
  ];
}

/**
 * Columns whose answers hold several names: each is a question, i.e. a relation ("talk
 * about reading", "talk about maths"). Several of them make the export multiplex.
 */
export function questionColumns(table: Table): string[] {
  return table.header.filter((_h, i) => {
    const count = table.rows.filter((r) => holdsSeveral(r[i] ?? '')).length;
    return count >= Math.max(1, table.rows.length / 4) && answersAreNames(table, i);
  });
}

/** The column whose answers most often hold several names (never the respondent's own: "Vries, Jan de" has a comma too). */
function nominationColumn(table: Table, respondent: string | null = null): string | null {
  let best: string | null = null;
  let bestCount = 0;
  table.header.forEach((h, i) => {
    if (h === respondent) return;
    const count = table.rows.filter((r) => holdsSeveral(r[i] ?? '')).length;
    if (count > bestCount && answersAreNames(table, i)) {
      bestCount = count;
      best = h;
    }
  });
  return bestCount >= Math.max(1, table.rows.length / 4) ? best : null;
}

/**
 * A question answered with one colleague each ("Met wie praat je het meest?"): no cell holds several
 * names, but the answers are names, most rows have one, and at least half of them are the people in the
 * file (the roster's, else the respondents'). The column with the most such answers.
 */
function singleNameColumn(table: Table, respondent: string, known: Set<string>): string | null {
  let best: string | null = null;
  let bestCount = 0;
  // Rows left out (preview, test) stay as empty rows so row numbers hold: they are not counted.
  const filledRows = table.rows.filter((r) => r.some((c) => c !== '')).length;
  table.header.forEach((h, i) => {
    if (h === respondent || isPrivateColumn(h) || !answersAreNames(table, i)) return;
    const answers = table.rows.map((r) => (r[i] ?? '').trim()).filter(Boolean);
    const matched = answers.filter((a) => known.has(nameKey(a))).length;
    if (answers.length >= filledRows / 2 && matched >= 0.5 * answers.length && matched > bestCount) {
      bestCount = matched;
      best = h;
    }
  });
  return best;
}

/**
 * Numbered fields that each hold one name, grouped by what comes before the number: "Naam 1" …
 * "Naam 5", or "Inclusive - Choice 1", "Inclusive - Choice 2" and "Helpful - Choice 1" (two
 * relations). Only fields whose answers look like names count: "How close are you to Close
 * Friend 1?" holds "Very close", and is a question about the tie, not a name.
 */
export function numberedNameFields(table: Table): { stem: string; columns: string[] }[] {
  const groups = new Map<string, string[]>();
  table.header.forEach((h, i) => {
    const m = NUMBERED_FIELD.exec(h.trim());
    if (!m || !m[1]?.trim()) return;
    const values = table.rows.map((r) => (r[i] ?? '').trim()).filter(Boolean);
    if (values.length === 0 || values.some((v) => v.includes(';')) || shareOf(values, looksLikeName) < 0.8) return;
    // Names vary; the answers of a scale ("Very close", "Somewhat close") are a handful repeated.
    const distinct = new Set(values.map(nameKey)).size;
    if (distinct <= 7 && distinct < values.length * 0.5) return;
    const stem = m[1].trim();
    groups.set(stem, [...(groups.get(stem) ?? []), h]);
  });
  return [...groups.entries()]
    .filter(([stem, columns]) => columns.length >= 2 || /^(naam|name|collega|colleague|persoon|person)$/i.test(stem))
    .map(([stem, columns]) => ({ stem, columns }));
}

function nameFields(table: Table): string[] {
  return [...numberedNameFields(table)].sort((a, b) => b.columns.length - a.columns.length)[0]?.columns ?? [];
}

/**
 * Columns that are about one colleague each, with that colleague: those whose colleague is on the
 * roster, or (without one) the largest set of columns that share a question.
 */
function gridColumns(table: Table, roster: Table | null): { column: string; target: string }[] {
  const known = roster ? rosterKeys(roster) : null;
  const splits = gridSplits(table.header, known);
  const entries = [...splits.entries()].map(([column, split]) => ({ column, target: split.target, stem: split.stem }));
  if (known) return entries.filter((e) => known.has(nameKey(e.target))).map(({ column, target }) => ({ column, target }));
  const stems = new Map<string, { column: string; target: string }[]>();
  for (const e of entries) stems.set(e.stem, [...(stems.get(e.stem) ?? []), { column: e.column, target: e.target }]);
  return [...stems.values()].sort((a, b) => b.length - a.length)[0] ?? [];
}

/** The name keys of everyone on a roster, by name and by id (a roster whose columns are not recognised has none). */
function rosterKeys(roster: Table): Set<string> {
  try {
    return new Set(
      readRoster(roster, '')
        .people.flatMap((p) => [nameKey(p.name), nameKey(p.id)])
        .filter(Boolean),
    );
  } catch (error) {
    if (error instanceof ImportError) return new Set();
    throw error;
  }
}

/** The people a file can be checked against: the roster's names and ids, else the respondents' own names. */
function knownPeople(roster: Table | null, table: Table, respondent: string): Set<string> {
  if (roster) return rosterKeys(roster);
  const index = table.header.indexOf(respondent);
  return new Set(table.rows.map((r) => nameKey(r[index] ?? '')).filter(Boolean));
}

/**
 * The respondent column, when its answers identify people: names, or roster ids. A response
 * number (1, 2, 3 … as Microsoft Forms writes in "Id") is not a person.
 */
function respondentColumn(table: Table, roster: Table | null): string | null {
  const values = (column: string) => table.rows.map((r) => r[table.header.indexOf(column)] ?? '').filter((v) => v.trim());
  // Names, and different ones: Qualtrics' legacy "Name" column says "Anonymous" on every row.
  const names = (column: string) => {
    const v = values(column);
    return shareOf(v, looksLikeName) >= 0.7 && new Set(v.map(nameKey)).size >= Math.max(1, v.length * 0.5);
  };
  const byHeader = [...table.header.filter((h) => RESPONDENT.test(h.trim())), ...table.header.filter((h) => findNameColumn([h]) !== null)].find(names);
  if (byHeader) return byHeader;
  const id = findIdColumn(table.header);
  if (!id || !roster) return null;
  const ids = values(id).map((v) => v.trim());
  const counter = ids.every((v, i) => v === String(i + 1));
  const known = knownPeople(roster, table, id);
  return !counter && shareOf(ids, (v) => known.has(nameKey(v))) >= 0.8 ? id : null;
}

/**
 * Whether the nominations are about the people in the file: at least a third of the named
 * people are on the roster (or, without one, among the respondents). Prose, codes or another
 * question's answers split into "names" do not pass.
 */
function nominationsCorroborated(table: Table, columns: string[], known: Set<string>): boolean {
  const isKnown = (name: string) => known.has(nameKey(name));
  const named = columns.flatMap((c) => {
    const i = table.header.indexOf(c);
    return table.rows.flatMap((r) => splitNames(r[i] ?? '', isKnown));
  });
  return named.length > 0 && shareOf(named, isKnown) >= 0.34;
}

/** A two- or three-column file read as an edge list only when its first two columns are people (names or ids) who recur. */
function looksLikeEdgeColumns(table: Table): boolean {
  const pairs = table.rows.filter((r) => (r[0] ?? '').trim() && (r[1] ?? '').trim());
  if (pairs.length === 0) return false;
  const endpoint = (v: string) => looksLikeName(v) || looksLikeId(v);
  if (
    shareOf(
      pairs.map((r) => r[0] as string),
      endpoint,
    ) < 0.9 ||
    shareOf(
      pairs.map((r) => r[1] as string),
      endpoint,
    ) < 0.9
  )
    return false;
  const sources = new Set(pairs.map((r) => nameKey(r[0] as string)));
  const targets = pairs.map((r) => nameKey(r[1] as string));
  return targets.some((t) => sources.has(t)) || sources.size < pairs.length;
}

function proposeSpec({ file, table }: LoadedFile, roster: Table | null): ImportSpec {
  if (table.header.length < 2) throw new ImportError('import.error.oneColumn', { file: file.name });
  if (table.rows.every((r) => r.every((c) => c === ''))) throw new ImportError('import.error.noRows', { file: file.name });
  if (isMatrix(table)) return { shape: 'matrix' };
  if (isEdgeList(table)) return edgeListSpec();
  const respondent = respondentColumn(table, roster);
  // The respondent's own group from the survey, unless the roster has a group column (it also covers non-respondents).
  const groupFrom = (used: string[]): string | null => (roster && findGroupColumn(roster.header) ? null : (detectGroupColumn(table, used)?.column ?? null));
  const grid = gridColumns(table, roster).filter((c) => c.column !== respondent && (roster !== null || looksLikeName(c.target)));
  if (respondent && grid.length >= 3) {
    return {
      shape: 'rating-grid',
      respondentColumn: respondent,
      columns: grid,
      scale: { ...DEFAULT_SCALE, ...scaleLegend(grid.map((c) => c.column)) },
      groupColumn: groupFrom([respondent, ...grid.map((c) => c.column)]),
    };
  }
  const fields = nameFields(table).filter((f) => f !== respondent);
  const nominations = nominationColumn(table, respondent) ?? (respondent ? singleNameColumn(table, respondent, knownPeople(roster, table, respondent)) : null);
  if (respondent && (nominations || fields.length > 0)) {
    const nominationColumns = fields.length >= 2 ? fields : [nominations ?? (fields[0] as string)];
    if (nominationsCorroborated(table, nominationColumns, knownPeople(roster, table, respondent))) {
      return { shape: 'multi-select', respondentColumn: respondent, nominationColumns, groupColumn: groupFrom([respondent, ...nominationColumns]) };
    }
  }
  if ((table.header.length === 2 || table.header.length === 3) && looksLikeEdgeColumns(table)) return edgeListSpec();
  // A question answered with numbers ("2,5", "4"): the tool wrote choice codes, which are never people (choice-code.ts).
  const coded = respondent ? codedColumn(table, respondent) : null;
  if (coded)
    throw new ImportError('import.error.choiceCodesFound', {
      file: file.name,
      column: coded.column,
      row: coded.row,
      value: coded.value,
      columns: table.header.join(', '),
    });
  throw new ImportError(respondent ? 'import.error.noNetworkQuestion' : 'import.error.noSurveyColumns', {
    file: file.name,
    columns: table.header.join(', '),
    respondent: respondent ?? '',
  });
}

/** A column (not the respondent's) whose filled answers are all bare numbers, lists of them in many rows: choice codes (and the first such row). */
function codedColumn(table: Table, respondent: string): { column: string; row: number; value: string } | null {
  const list = /^\d{1,6}(\s*[,;]\s*\d{1,6})+;?$/;
  const numbers = /^\d{1,6}(\s*[,;]\s*\d{1,6})*;?$/;
  for (const [index, header] of table.header.entries()) {
    if (
      header === respondent ||
      isPrivateColumn(header) ||
      /^(progress|finished|status|duration|id|responseid|response ?id)/i.test(header.replace(/[^a-z ]/gi, ''))
    )
      continue;
    const filled = table.rows.map((r, i) => ({ value: (r[index] ?? '').trim(), row: i + table.firstDataRow })).filter((c) => c.value !== '');
    const lists = filled.filter((c) => list.test(c.value));
    if (filled.length >= 2 && lists.length >= 0.3 * filled.length && filled.every((c) => numbers.test(c.value)))
      return { column: header, row: lists[0]?.row ?? 0, value: lists[0]?.value ?? '' };
  }
  return null;
}

/** Whether the names in these columns are the people in the file (the roster's, else the respondents'): the check behind every proposal, for columns a researcher chose. */
export function nominationsMatchPeople(table: Table, respondent: string, columns: string[], roster: Table | null): boolean {
  return nominationsCorroborated(table, columns, knownPeople(roster, table, respondent));
}
