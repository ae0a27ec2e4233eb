/**
 * Survey tools that write more than one header row, or lines above the header. All become one
 * header row; what was removed is returned so the import report can list it.
 *
 * - Qualtrics (current): row 1 short ids (StartDate, ResponseId, Q1, QID149_18), row 2 the
 *   question text ("Met wie praat je? - Anouk de Vries"), row 3 `{"ImportId":…}`; preview, spam
 *   and test responses marked in a Status / DistributionChannel column.
 * - Qualtrics with two header rows (ids, then labels), and the legacy export (row 1 V1, V2, …,
 *   Q1, …; row 2 ResponseID, ResponseSet, … with the question text; often a trailing comma).
 *   The short ids are kept (`shortIds`) so a researcher can name a column `Q1`.
 * - SurveyMonkey: row 1 the question (blank over its other options), row 2 the option text
 *   ("Anouk de Vries", "Response", "Other (please specify)"), with or without Respondent ID.
 * - Summary lines above the header ("Expected total responses,1", a title line): skipped.
 */

export interface HeaderResult {
  rows: string[][];
  /** File row number of the first data row (1-based, as a spreadsheet shows it). */
  firstDataRow: number;
  /** Data rows removed, by file row number, e.g. Qualtrics survey previews. */
  dropped: { row: number; value: string }[];
  /** Lines above the header row that are not data (a title, "Expected total responses,1"). */
  aboveHeader: { row: number; value: string }[];
  /** Qualtrics' short column ids (Q1, QID2_TEXT, V8) beside the header, when the export has them. */
  shortIds: string[] | null;
  /** File row (1-based) of the (first) header row. */
  headerRow: number;
  tool: 'qualtrics' | 'surveymonkey' | null;
}

const IMPORT_ID = /^\{\s*"ImportId"\s*:/;
const PREVIEW = /^(survey preview|preview|spam|test|survey test)$/i;
/** Qualtrics' numeric Status / Response Type codes (exported as numbers) that are not real answers. */
const STATUS_CODES: Record<string, string> = {
  '1': 'Survey Preview',
  '2': 'Survey Test',
  '8': 'Spam',
  '9': 'Spam Preview',
  '12': 'Spam Imported',
  '17': 'Offline Preview',
};
/** Qualtrics' row-1 ids: metadata names and question ids (Q1, Q2_3, QID149_18_TEXT, 1_Q1_1, V1). */
const QUALTRICS_META =
  /^(StartDate|EndDate|Status|IPAddress|Progress|Duration \(in seconds\)|Finished|RecordedDate|ResponseI[Dd]|ResponseSet|Recipient(Last|First)Name|RecipientEmail|ExternalReference|ExternalDataReference|Location(Latitude|Longitude|AccuracyPrecision)?|DistributionChannel|UserLanguage|Name|EmailAddress|Q_[A-Za-z_]+)$/;
const QUALTRICS_QUESTION = /^(V\d+|(\d+_)?(QID|Q)\d+(_\d+)*(_TEXT)?)$/;
const SURVEYMONKEY_MARKER =
  /^(response|open-ended response|antwoord|open antwoord|reactie|other \(please specify\)|anders \(graag specificeren\)|overige \(geef details\))$/i;
const DATE_LIKE = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}/;

export function normaliseSurveyHeaders(all: string[][], headerRow?: number): HeaderResult {
  const skip = headerRow !== undefined ? Math.max(0, Math.min(all.length - 1, headerRow - 1)) : linesAboveHeader(all);
  const raw = all.slice(skip);
  const aboveHeader = all
    .slice(0, skip)
    .map((r, i) => ({ row: i + 1, value: r.filter(Boolean).join(', ') }))
    .filter((l) => l.value);
  const shift = (result: Omit<HeaderResult, 'aboveHeader' | 'headerRow'>): HeaderResult => ({
    ...result,
    headerRow: skip + 1,
    firstDataRow: result.firstDataRow + skip,
    dropped: result.dropped.map((d) => ({ ...d, row: d.row + skip })),
    aboveHeader,
  });
  const [first = [], second = [], third = []] = raw;
  if (third.some((c) => IMPORT_ID.test(c.trim())) || isQualtricsIdRow(first, second)) return shift(qualtrics(raw));
  if (isSurveyMonkey(first, second)) return shift(surveyMonkey(raw, first, second));
  return shift({ rows: raw, firstDataRow: 2, dropped: [], shortIds: null, tool: null });
}

const filledCount = (row: string[] | undefined): number => (row ?? []).filter((c) => c.trim() !== '').length;

/**
 * How many lines above the header to skip: short lines (at most three filled cells) followed,
 * within the first 20 lines, by a line nearly as full as the fullest, which starts the table.
 */
function linesAboveHeader(raw: string[][]): number {
  const widest = Math.max(0, ...raw.slice(0, 50).map(filledCount));
  if (widest < 6 || filledCount(raw[0]) > 3) return 0;
  for (let k = 1; k < Math.min(raw.length, 20); k++) {
    const n = filledCount(raw[k]);
    if (n >= widest * 0.8) return k;
    if (n > 3) return 0;
  }
  return 0;
}

/** Row 1 of ids and row 2 of labels: ids such as StartDate or V1, and under them a label that is not a date. */
function isQualtricsIdRow(first: string[], second: string[]): boolean {
  const filled = first.map((c) => c.trim()).filter(Boolean);
  if (filled.length < 2) return false;
  const ids = filled.filter((c) => QUALTRICS_META.test(c) || QUALTRICS_QUESTION.test(c));
  if (ids.length < filled.length * 0.6 || !filled.some((c) => QUALTRICS_QUESTION.test(c))) return false;
  const anchor = first.findIndex((c) => /^(StartDate|EndDate|ResponseI[Dd]|V1)$/.test(c.trim()));
  const label = (second[anchor] ?? '').trim();
  return anchor >= 0 && label !== '' && !DATE_LIKE.test(label) && label !== first[anchor]?.trim();
}

function qualtrics(raw: string[][]): Omit<HeaderResult, 'aboveHeader' | 'headerRow'> {
  const ids = (raw[0] ?? []).map((c) => c.trim());
  const questions = raw[1] ?? [];
  const header = ids.map((id, i) => (questions[i] ?? '').trim() || id);
  const importRow = (raw[2] ?? []).some((c) => IMPORT_ID.test(c.trim()));
  const firstDataRow = importRow ? 4 : 3;
  const data = raw.slice(firstDataRow - 1);
  const status = header.findIndex((h, i) => /^(status|response type|distribution ?channel)$/i.test(h) || /^(Status|DistributionChannel)$/.test(ids[i] ?? ''));
  const dropped: { row: number; value: string }[] = [];
  data.forEach((row, i) => {
    const value = status >= 0 ? (row[status] ?? '').trim() : '';
    if (status < 0) return;
    if (PREVIEW.test(value)) dropped.push({ row: i + firstDataRow, value });
    else if (STATUS_CODES[value]) dropped.push({ row: i + firstDataRow, value: `${value} (${STATUS_CODES[value]})` });
  });
  // Dropped rows become blank rows in their place, so file row numbers stay true (blank rows are skipped later).
  const droppedRows = new Set(dropped.map((d) => d.row));
  const rows = data.map((row, i) => (droppedRows.has(i + firstDataRow) ? row.map(() => '') : row));
  return { rows: [header, ...rows], firstDataRow, dropped, shortIds: ids, tool: 'qualtrics' };
}

/**
 * SurveyMonkey's second header row: a marker ("Response", "Other (please specify)") in it, or —
 * with Respondent ID — option texts under blank question cells. A file with one header row that
 * merely starts with RespondentID is not SurveyMonkey's two-row layout.
 */
function isSurveyMonkey(first: string[], second: string[]): boolean {
  const markers = second.some((c) => SURVEYMONKEY_MARKER.test(c.trim()));
  const ids = first.some((c) => /^(respondent ?id|collector ?id)$/i.test(c.trim()));
  const optionsUnderBlanks = first.some((c, i) => c.trim() === '' && (second[i] ?? '').trim() !== '');
  const idCell = first.findIndex((c) => /^respondent ?id$/i.test(c.trim()));
  const secondIsData = idCell >= 0 && /^\d+$/.test((second[idCell] ?? '').trim());
  return markers || (ids && optionsUnderBlanks && !secondIsData);
}

function surveyMonkey(raw: string[][], first: string[], second: string[]): Omit<HeaderResult, 'aboveHeader' | 'headerRow'> {
  let question = '';
  const header = first.map((cell, i) => {
    if (cell.trim()) question = cell.trim();
    const option = (second[i] ?? '').trim();
    if (!option || /^(response|open-ended response|antwoord|open antwoord|reactie)$/i.test(option)) return question;
    // "Other (please specify)" is a typed answer, not a colleague's column.
    if (SURVEYMONKEY_MARKER.test(option)) return `${question} (${option})`;
    return `${question} [${option}]`;
  });
  return { rows: [header, ...raw.slice(2)], firstDataRow: 3, dropped: [], shortIds: null, tool: 'surveymonkey' };
}
