/**
 * CSV writing for exports. Dutch Excel expects `;` with decimal commas; English Excel `,`
 * with decimal points; both need a UTF-8 BOM to read accents. Cells that Excel would run
 * as a formula (=, +, -, @ at the start) are prefixed with an apostrophe: a name in a
 * survey must never become a formula on a school leader's computer.
 */

export interface CsvOptions {
  delimiter: ';' | ',' | '\t';
  decimalComma: boolean;
  bom: boolean;
}

export const CSV_NL: CsvOptions = { delimiter: ';', decimalComma: true, bom: true };
export const CSV_EN: CsvOptions = { delimiter: ',', decimalComma: false, bom: true };

export type CsvSeparator = 'semicolon' | 'comma' | 'tab';
export type DecimalMark = 'comma' | 'point';
export const CSV_SEPARATORS: readonly CsvSeparator[] = ['semicolon', 'comma', 'tab'];
export const DECIMAL_MARKS: readonly DecimalMark[] = ['comma', 'point'];
const DELIMITERS: Record<CsvSeparator, CsvOptions['delimiter']> = { semicolon: ';', comma: ',', tab: '\t' };

/** The user's choice of separator and decimal mark, as options for toCsv. */
export function csvOptions(separator: CsvSeparator, decimal: DecimalMark): CsvOptions {
  return { delimiter: DELIMITERS[separator], decimalComma: decimal === 'comma', bom: true };
}

/**
 * What Excel on this computer expects, from the computer's locale (a BCP 47 tag such as
 * "nl-NL", or a POSIX one such as "nl_NL.UTF-8"), not from Talkmap's language: where the
 * decimal mark is a comma, Excel separates with ";" (the Windows list separator there).
 */
export function computerCsvDefaults(localeTag: string | undefined): { separator: CsvSeparator; decimal: DecimalMark } {
  const tag = (localeTag ?? '').split(/[.@]/)[0]?.replace('_', '-') || undefined;
  let mark = '.';
  try {
    mark = new Intl.NumberFormat(tag).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
  } catch {
    // An unknown tag ("C", "POSIX"): Excel's international default.
  }
  return mark === ',' ? { separator: 'semicolon', decimal: 'comma' } : { separator: 'comma', decimal: 'point' };
}

export type Cell = string | number | null;

export function toCsv(rows: Cell[][], options: CsvOptions): string {
  const lines = rows.map((row) => row.map((cell) => formatCell(cell, options)).join(options.delimiter));
  return (options.bom ? '\ufeff' : '') + lines.join('\r\n') + '\r\n';
}

function formatCell(cell: Cell, options: CsvOptions): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    const text = Number.isInteger(cell) ? String(cell) : String(Math.round(cell * 1e6) / 1e6);
    const number = options.decimalComma ? text.replace('.', ',') : text;
    return number.includes(options.delimiter) ? `"${number}"` : number;
  }
  let text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  if (text.includes(options.delimiter) || /["\r\n]/.test(text)) text = `"${text.replace(/"/g, '""')}"`;
  return text;
}
