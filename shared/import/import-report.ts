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
  | 'outside-person'
  /** A bare number where a colleague or an answer was expected (choice-code.ts): not used until the user says what it means (value: the code; detail: cells, for a grid). */
  | 'choice-code'
  /** A response whose respondent is not on the roster, left out by the user's choice. */
  | 'respondent-left-out'
  /** Two different answers about one colleague (value: the colleague; answers: each with its row; kept: the one that counts — the highest). */
  | 'conflicting-answers'
  /** An id in the edge list that is not in the nodes file but is one of its ids as Excel damages them (value: as written; detail: the roster id; column/row: where first). */
  | 'damaged-id'
  /** An id in the edge list that is not in the nodes file: added as a person (value: the id; detail: how many rows; row/column: where first). */
  | 'unknown-id'
  /** A value in a group column of ranges ("1-2") that Excel turned into a date ("1-feb", "2026-02-01"); detail: the range it likely was. */
  | 'date-value'
  /** A group Excel had made a date, read as the range it was by the user's choice (detail: the range). */
  | 'date-repaired'
  /** A roster name in initials ("J. de Vries") that another person's name also fits (detail: that person's row): written, it waits for the user's decision. */
  | 'ambiguous-roster-name'
  /** A weight like "1.234": read as a decimal (detail: the number read), said because it could mean 1234. */
  | 'ambiguous-number'
  /** A personal column (e-mail, IP, location) emptied in the copy of the file the project keeps. */
  | 'personal-data-blanked'
  /** A written name that fits more than one roster person: not used until the user decides (a grid column: detail = its answers). */
  | 'ambiguous-name'
  /** A choice code the user said is no colleague ("Anders"): its answers left out. */
  | 'code-left-out';

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
  /** For conflicting answers: each answer as written, with its row. */
  answers?: { row: number; answer: string }[];
  /** For conflicting answers: the answer that counts. */
  kept?: string;
  /** For an unknown id: the nodes file's id it is once its leading zeros are put back (Excel drops them). */
  asId?: string;
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
