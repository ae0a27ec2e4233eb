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

export type Cell = string | number | null;

export function toCsv(rows: Cell[][], options: CsvOptions): string {
  const lines = rows.map((row) => row.map((cell) => formatCell(cell, options)).join(options.delimiter));
  return (options.bom ? '\ufeff' : '') + lines.join('\r\n') + '\r\n';
}

function formatCell(cell: Cell, options: CsvOptions): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    const text = Number.isInteger(cell) ? String(cell) : String(Math.round(cell * 1e6) / 1e6);
    return options.decimalComma ? text.replace('.', ',') : text;
  }
  let text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  if (text.includes(options.delimiter) || /["\r\n]/.test(text)) text = `"${text.replace(/"/g, '""')}"`;
  return text;
}
