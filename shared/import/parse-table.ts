/**
 * Text to rows with papaparse. The delimiter is chosen by which of `,` `;` tab gives the
 * most consistent column count over the first lines (Dutch Excel writes `;`), because
 * papaparse's own guess prefers `,` when a `;` file has decimal commas.
 */
import Papa from 'papaparse';
import { normaliseSurveyHeaders } from './survey-headers';

export interface Table {
  header: string[];
  /** Data rows, each padded or cut to the header's length. Blank rows are kept as blanks so row numbers stay true. */
  rows: string[][];
  delimiter: string;
  /** File row number (1-based) of rows[0]: 2 normally, more after extra header rows. */
  firstDataRow: number;
  /** Responses dropped while reading headers (Qualtrics previews), by file row. */
  dropped: { row: number; value: string }[];
  /** Lines above the header that are not data, by file row. */
  aboveHeader: { row: number; value: string }[];
  /** Qualtrics' short ids (Q1, QID2) for the header's columns, when the export has them. */
  shortIds: string[] | null;
  /** File row (1-based) of the (first) header row. */
  headerRow: number;
  /** Rows with more cells than the header: the cells beyond it, which no column can hold (reported). */
  extraCells: { row: number; values: string[] }[];
  /** The file row where a quote opens and is never closed, or null. */
  unclosedQuote: number | null;
  /** Another separator that reads the file just as cleanly (the choice was a tie), or null. */
  rivalDelimiter: string | null;
  tool: 'qualtrics' | 'surveymonkey' | null;
}

const CANDIDATES = [',', ';', '\t'] as const;
/** The separators a user can choose in the wizard (detection picks among the first three). */
export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export interface TableOptions {
  delimiter?: Delimiter | undefined;
  /** 1-based row of the column headers, when the user chose it. */
  headerRow?: number | undefined;
}

export function parseTable(text: string, options: TableOptions = {}): Table {
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const rival = options.delimiter ? null : rivalDelimiter(text);
  // Empty lines are kept (as blank rows) so that row numbers match what a spreadsheet shows.
  // Line ends are made one kind first: papaparse takes the first it sees as the line end of the
  // whole file, so a roster with CRLF lines and a few LF lines added by hand would lose those
  // people into the previous row's last cell, without a word.
  const lines = oneKindOfLineEnd(text).replace(/\n+$/, '');
  const result = Papa.parse<string[]>(lines, { delimiter, skipEmptyLines: false, newline: '\n' });
  // A quote that is never closed swallows the rows after it into one cell: that file cannot be
  // read safely (the rows would be other people's answers), so it is refused with the row.
  const quote = result.errors.find((e) => e.type === 'Quotes');
  const table = { ...tableFromRows(result.data, options), delimiter, rivalDelimiter: rival };
  return quote ? { ...table, unclosedQuote: (quote.row ?? 0) + 1 } : table;
}

/**
 * Every line end outside quotes as "\n" (CRLF and a lone CR too); a line break inside a quoted
 * cell stays as written (Excel writes LF inside cells of a CRLF file).
 */
export function oneKindOfLineEnd(text: string): string {
  if (!text.includes('\r')) return text;
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 13 && !quoted) {
      parts.push(text.slice(start, i));
      if (text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.join('\n');
}

/** Entities SurveyMonkey leaves in option texts ("Ruud d&apos;Hondt"). */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m;
    }
    return named[code.toLowerCase()] ?? m;
  });
}

/** Two columns with the same title both stay readable: the second becomes "Title (2)". */
function uniqueTitles(header: string[]): string[] {
  const seen = new Map<string, number>();
  return header.map((h) => {
    const n = (seen.get(h) ?? 0) + 1;
    seen.set(h, n);
    return n === 1 ? h : `${h} (${n})`;
  });
}

/** The header row(s) become one header; every other row is padded to its length (cells beyond it are reported). */
export function tableFromRows(data: unknown[][], options: TableOptions = {}): Table {
  // The apostrophe that CSV exports (Talkmap's own included) put before a cell starting with
  // = + - @, so that Excel does not run it as a formula, is not part of the name: taken off.
  const all = data.map((r) => r.map((c) => (c === null || c === undefined ? '' : String(c)).trim().replace(/^'(?=[=+\-@])/, '')));
  const headers = normaliseSurveyHeaders(all, options.headerRow);
  const header = uniqueTitles((headers.rows[0] ?? []).map((h, i) => decodeEntities(h) || `column ${i + 1}`));
  const extraCells: { row: number; values: string[] }[] = [];
  headers.rows.slice(1).forEach((r, i) => {
    const extra = r.slice(header.length).filter((c) => c !== '');
    if (extra.length > 0) extraCells.push({ row: i + headers.firstDataRow, values: extra });
  });
  // SurveyMonkey writes option texts with HTML entities, in the header and in the cells that repeat them.
  const cell = headers.tool === 'surveymonkey' ? decodeEntities : (c: string) => c;
  const rows = headers.rows.slice(1).map((r) => header.map((_, i) => cell(r[i] ?? '')));
  return {
    header,
    rows,
    extraCells,
    unclosedQuote: null,
    rivalDelimiter: null,
    delimiter: '',
    firstDataRow: headers.firstDataRow,
    dropped: headers.dropped,
    aboveHeader: headers.aboveHeader,
    shortIds: headers.shortIds,
    headerRow: headers.headerRow,
    tool: headers.tool,
  };
}

export function detectDelimiter(text: string): string {
  return delimiterCandidates(text)[0]?.delimiter ?? ',';
}

/**
 * The separators that give every line of the start the same number of columns (at least two),
 * best first. Two of them means the file itself cannot say which it is ("Sem;Bakker, Noël"):
 * the wizard and the CLI then say so and let the user choose.
 */
export function delimiterCandidates(text: string): { delimiter: string; consistent: number; columns: number }[] {
  const sample = text.slice(0, 64 * 1024);
  const found: { delimiter: string; consistent: number; columns: number; score: number }[] = [];
  for (const d of CANDIDATES) {
    const parsed = Papa.parse<string[]>(sample, { delimiter: d, preview: 20, skipEmptyLines: 'greedy' });
    const counts = parsed.data.map((r) => r.length);
    if (counts.length === 0) continue;
    const first = counts[0] ?? 0;
    if (first < 2) continue;
    // A separator under which quotes do not pair up (a ';' inside quoted cells of a tab file) swallows lines: never as good as a clean one.
    const clean = !parsed.errors.some((e) => e.type === 'Quotes');
    const consistent = (counts.filter((c) => c === first).length / counts.length) * (clean ? 1 : 0.5);
    found.push({ delimiter: d, consistent, columns: first, score: consistent * 1000 + first + counts.length / 100 });
  }
  return found.sort((a, b) => b.score - a.score).map(({ delimiter, consistent, columns }) => ({ delimiter, consistent, columns }));
}

/** The other separator that reads the file just as cleanly, when there is one. */
export function rivalDelimiter(text: string): string | null {
  const [best, second] = delimiterCandidates(text);
  return best && second && best.consistent === 1 && second.consistent === 1 && text.split(/\r?\n|\r/).filter(Boolean).length > 1 ? second.delimiter : null;
}
