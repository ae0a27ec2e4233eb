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
  // Empty lines are kept (as blank rows) so that row numbers match what a spreadsheet shows.
  const result = Papa.parse<string[]>(text.replace(/(\r?\n|\r)+$/, ''), { delimiter, skipEmptyLines: false });
  return { ...tableFromRows(result.data, options), delimiter };
}

/** The header row(s) become one header; every other row is padded or cut to its length. */
export function tableFromRows(data: unknown[][], options: TableOptions = {}): Table {
  const all = data.map((r) => r.map((c) => (c === null || c === undefined ? '' : String(c)).trim()));
  const headers = normaliseSurveyHeaders(all, options.headerRow);
  const header = (headers.rows[0] ?? []).map((h, i) => h || `column ${i + 1}`);
  const rows = headers.rows.slice(1).map((r) => header.map((_, i) => r[i] ?? ''));
  return { header, rows, delimiter: '', firstDataRow: headers.firstDataRow, dropped: headers.dropped, aboveHeader: headers.aboveHeader, shortIds: headers.shortIds, headerRow: headers.headerRow, tool: headers.tool };
}

export function detectDelimiter(text: string): string {
  const sample = text.slice(0, 64 * 1024);
  let best: string = ',';
  let bestScore = -1;
  for (const d of CANDIDATES) {
    const parsed = Papa.parse<string[]>(sample, { delimiter: d, preview: 20, skipEmptyLines: 'greedy' });
    const counts = parsed.data.map((r) => r.length);
    if (counts.length === 0) continue;
    const first = counts[0] ?? 0;
    if (first < 2) continue;
    const consistent = counts.filter((c) => c === first).length / counts.length;
    const score = consistent * 1000 + first;
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}
