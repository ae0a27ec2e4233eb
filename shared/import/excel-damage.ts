/**
 * What Excel does to ids and codes when a CSV passes through it, recognised in one place:
 * leading zeros dropped (00123 → 123), long numbers in scientific notation (1,23E+11: digits
 * lost), ranges turned into dates (groep "1-2" → "1-feb"). Each is reported or asked about,
 * never silently "fixed" (read-edge-list.ts, roster.ts).
 */
import type { ReportItem } from './import-report';
import type { Table } from './parse-table';

/** A number Excel wrote in scientific notation ("1,23E+11"): the id's digits are lost. */
export const looksScientific = (written: string): boolean => /^\d+([.,]\d+)?E\+?\d+$/i.test(written.trim());

/** Nodes-file ids with leading zeros, by the form Excel leaves of them ("00123" under "123"); a form two ids share is left out. */
export function zerosLostIndex(ids: Iterable<string>): Map<string, string> {
  const index = new Map<string, string>();
  const shared = new Set<string>();
  const all = new Set(ids);
  for (const id of all) {
    if (!/^0+\d+$/.test(id)) continue;
    const stripped = id.replace(/^0+(?=\d)/, '');
    if (index.has(stripped) || all.has(stripped)) shared.add(stripped);
    index.set(stripped, id);
  }
  for (const s of shared) index.delete(s);
  return index;
}

const RANGE = /^(groep |group |gr\.? ?)?\d{1,2}\s*[-–/]\s*\d{1,2}$/i;
const DATE =
  /^(\d{4}-\d{2}-\d{2}([ T][\d:]+)?|\d{1,2}[- ](jan|feb|mrt|maa|mar|apr|mei|may|jun|jul|aug|sep|okt|oct|nov|dec)[a-z]*\.?([- ]\d{2,4})?|(jan|feb|mrt|mar|apr|mei|may|jun|jul|aug|sep|okt|oct|nov|dec)[a-z]*[- ]\d{1,4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})$/i;

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mrt: 3,
  maa: 3,
  mar: 3,
  apr: 4,
  mei: 5,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  okt: 10,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** The day and month a date cell shows ("1-feb", "2026-02-01", "01/02/2026"), or null. */
function dayAndMonth(value: string): { day: number; month: number } | null {
  const v = value.trim().toLowerCase();
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (m) return { day: Number(m[3]), month: Number(m[2]) };
  m = /^(\d{1,2})[- ]([a-z]{3})/.exec(v);
  if (m && MONTHS[m[2] as string]) return { day: Number(m[1]), month: MONTHS[m[2] as string] as number };
  m = /^([a-z]{3})[a-z]*\.?[- ](\d{1,2})$/.exec(v);
  if (m && MONTHS[m[1] as string]) return { day: Number(m[2]), month: MONTHS[m[1] as string] as number };
  m = /^(\d{1,2})[/.](\d{1,2})[/.]\d{2,4}$/.exec(v);
  if (m) return { day: Number(m[1]), month: Number(m[2]) };
  return null;
}

/**
 * The range Excel made a date of: "1-feb" was "1-2" (Dutch Excel reads day-month), "2-jan" from
 * English Excel was "1-2" too (month-day). Of the two readings, the one that is a range the column
 * already has, or two consecutive grades ("3-4"), is taken; otherwise day-month. Shown to the user,
 * who decides (never applied by itself).
 */
export function rangeOfDate(value: string, existing: ReadonlySet<string>): string | null {
  const dm = dayAndMonth(value);
  if (!dm) return null;
  const dayMonth = `${dm.day}-${dm.month}`;
  const monthDay = `${dm.month}-${dm.day}`;
  const likely = (r: string) => existing.has(r) || (/^(\d+)-(\d+)$/.test(r) && Number(r.split('-')[1]) === Number(r.split('-')[0]) + 1);
  return likely(dayMonth) || !likely(monthDay) ? dayMonth : monthDay;
}

/**
 * Group values that Excel turned into dates: "1-2" becomes "1-feb" or "2026-02-01" once the file passes
 * through a spreadsheet. In a column whose other values are ranges like "1-2", each date is reported with
 * its row and the range it was (`detail`); a column of real dates is left alone. `answers`: per column, the
 * user's choice — true reads the dates as their ranges (`repairs`: row index and column → range), false keeps them.
 */
export function datesInGroupColumns(
  table: Table,
  file: string,
  columns: readonly string[],
  answers: Readonly<Record<string, boolean>> = {},
): { items: ReportItem[]; repairs: Map<string, string> } {
  const items: ReportItem[] = [];
  const repairs = new Map<string, string>();
  for (const column of columns) {
    const index = table.header.indexOf(column);
    const values = table.rows.map((r) => (r[index] ?? '').trim());
    if (!values.some((v) => RANGE.test(v))) continue;
    const existing = new Set(values.filter((v) => RANGE.test(v)).map((v) => v.replace(/\s+/g, '')));
    values.forEach((v, i) => {
      if (!DATE.test(v)) return;
      const range = rangeOfDate(v, existing);
      const row = i + table.firstDataRow;
      if (range && answers[column] === true) {
        repairs.set(`${i}\u0000${column}`, range);
        items.push({ kind: 'date-repaired', file, row, column, value: v, detail: range });
      } else items.push({ kind: 'date-value', file, row, column, value: v, ...(range ? { detail: range } : {}) });
    });
  }
  return { items, repairs };
}

/** "1.234" or "1,234": a decimal to some, a thousand and more to others (Dutch writes 1.234 for 1234). Read as a decimal, always reported. */
export const ambiguousThousands = (written: string): boolean => /^\d{1,3}[.,]\d{3}$/.test(written.trim());
