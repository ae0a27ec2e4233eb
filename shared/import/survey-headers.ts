/**
 * Survey tools that write more than one header row. Qualtrics: row 1 short ids, row 2
 * question text ("Met wie praat je? - Anouk de Vries"), row 3 `{"ImportId":…}`, and
 * preview or spam responses marked in a Status / DistributionChannel column.
 * SurveyMonkey: row 1 the question (blank over its other options), row 2 the option text
 * ("Anouk de Vries", or "Response"). Both become one header row; dropped responses are
 * returned so the import report can list them.
 */

export interface HeaderResult {
  rows: string[][];
  /** File row number of the first data row (1-based, as a spreadsheet shows it). */
  firstDataRow: number;
  /** Data rows removed, by file row number, e.g. Qualtrics survey previews. */
  dropped: { row: number; value: string }[];
  tool: 'qualtrics' | 'surveymonkey' | null;
}

const IMPORT_ID = /^\{\s*"ImportId"\s*:/;
const PREVIEW = /^(survey preview|preview|spam|test)$/i;

export function normaliseSurveyHeaders(raw: string[][]): HeaderResult {
  const [first = [], second = [], third = []] = raw;
  if (third.some((c) => IMPORT_ID.test(c.trim()))) return qualtrics(raw, second);
  if (isSurveyMonkey(first, second)) return surveyMonkey(raw, first, second);
  return { rows: raw, firstDataRow: 2, dropped: [], tool: null };
}

function qualtrics(raw: string[][], questions: string[]): HeaderResult {
  const header = (raw[0] ?? []).map((id, i) => (questions[i] ?? '').trim() || id);
  const status = header.findIndex((h, i) => /^(status|response type|distribution ?channel)$/i.test(h) || /^(Status|DistributionChannel)$/.test(raw[0]?.[i] ?? ''));
  const dropped: { row: number; value: string }[] = [];
  const data: string[][] = [];
  raw.slice(3).forEach((row, i) => {
    const value = status >= 0 ? (row[status] ?? '').trim() : '';
    if (status >= 0 && PREVIEW.test(value)) dropped.push({ row: i + 4, value });
    else data.push(row);
  });
  // Dropped rows break the row numbering of what follows; keep file row numbers by padding.
  return { rows: [header, ...data], firstDataRow: 4, dropped, tool: 'qualtrics', ...(dropped.length ? renumber(header, raw.slice(3), dropped) : {}) };
}

/** With rows dropped, keep file numbering by leaving blank rows in their place (blank rows are skipped later). */
function renumber(header: string[], data: string[][], dropped: { row: number }[]): { rows: string[][] } {
  const droppedRows = new Set(dropped.map((d) => d.row));
  return { rows: [header, ...data.map((row, i) => (droppedRows.has(i + 4) ? row.map(() => '') : row))] };
}

function isSurveyMonkey(first: string[], second: string[]): boolean {
  const ids = first.some((c) => /^respondent ?id$/i.test(c.trim())) || first.some((c) => /^collector ?id$/i.test(c.trim()));
  const markers = second.some((c) => /^(response|open-ended response|antwoord|open antwoord)$/i.test(c.trim()));
  return ids && (markers || second.filter((c) => c.trim()).length > 0);
}

function surveyMonkey(raw: string[][], first: string[], second: string[]): HeaderResult {
  let question = '';
  const header = first.map((cell, i) => {
    if (cell.trim()) question = cell.trim();
    const option = (second[i] ?? '').trim();
    if (!option || /^(response|open-ended response|antwoord|open antwoord)$/i.test(option)) return question;
    return `${question} [${option}]`;
  });
  return { rows: [header, ...raw.slice(2)], firstDataRow: 3, dropped: [], tool: 'surveymonkey' };
}
