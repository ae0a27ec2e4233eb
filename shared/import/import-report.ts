/**
 * The import report: every input that did not become a tie exactly as written —
 * dropped, merged, unmatched or left out — with the file, row and column it came from.
 * "Nothing lost" means each such item lands here; the UI, the CLI JSON and tests read it.
 */

export type ReportKind =
  | 'self-nomination'
  | 'duplicate-nomination'
  | 'unmatched-name'
  | 'repeat-submission'
  | 'empty-answer'
  | 'non-respondent'
  | 'unknown-respondent'
  | 'column-left-out'
  | 'duplicate-roster-name'
  | 'empty-row'
  | 'invalid-weight'
  | 'invalid-date'
  | 'preview-response'
  | 'line-above-header'
  | 'other-relation'
  | 'extra-cells'
  | 'name-mapped'
  /** A roster written surname first, shown first name first (value: an example; detail: how many). */
  | 'names-reordered'
  /** A roster's answered-or-not cell that is not 1/0, ja/nee, yes/no (counted as answered). */
  | 'invalid-responded'
  /** Ties in the file from someone the roster marks as not answering: set aside (value: the person; detail: how many; row/column: the mark). */
  | 'non-respondent-ties'
  | 'outside-person';

export interface ReportItem {
  kind: ReportKind;
  file: string;
  /** 1-based row number in the file as a spreadsheet shows it (header = row 1); null for whole-file items. */
  row: number | null;
  /** Column header, or null when the item concerns a whole row or file. */
  column: string | null;
  /** The text involved (a name, a column header). */
  value: string;
  /** Extra detail, e.g. which row was kept for a repeat submission. */
  detail?: string;
}

export interface FileInfo {
  file: string;
  /** Text encoding, or "xlsx (sheet)" for spreadsheets. */
  encoding: string;
  delimiter: string;
  rows: number;
}

export interface ImportReport {
  files: FileInfo[];
  items: ReportItem[];
  respondents: number;
  rosterSize: number;
  /** Respondents / people on the roster, 0..1; null when there is no roster to compare with. */
  responseRate: number | null;
}

export function countByKind(report: ImportReport): Partial<Record<ReportKind, number>> {
  const counts: Partial<Record<ReportKind, number>> = {};
  for (const item of report.items) counts[item.kind] = (counts[item.kind] ?? 0) + 1;
  return counts;
}
