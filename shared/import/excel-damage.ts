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

/**
 * Group values that Excel turned into dates: "1-2" becomes "1-feb" or "2026-02-01" once the file passes
 * through a spreadsheet. In a column whose other values are ranges like "1-2", each date is reported with
 * its row (the person's group is then wrong until the file is corrected); a column of real dates is left alone.
 */
export function datesInGroupColumns(table: Table, file: string, columns: readonly string[]): ReportItem[] {
  const found: ReportItem[] = [];
  for (const column of columns) {
    const index = table.header.indexOf(column);
    const values = table.rows.map((r) => (r[index] ?? '').trim());
    if (!values.some((v) => RANGE.test(v))) continue;
    values.forEach((v, i) => {
      if (DATE.test(v)) found.push({ kind: 'date-value', file, row: i + table.firstDataRow, column, value: v });
    });
  }
  return found;
}

/** "1.234" or "1,234": a decimal to some, a thousand and more to others (Dutch writes 1.234 for 1234). Read as a decimal, always reported. */
export const ambiguousThousands = (written: string): boolean => /^\d{1,3}[.,]\d{3}$/.test(written.trim());
