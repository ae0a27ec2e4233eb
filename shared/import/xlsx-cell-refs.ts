/**
 * Cell references for worksheets written without them. In the .xlsx format a cell's `r`
 * ("B3") and a row's `r` are optional — a cell without one is the next in its row, a row
 * without one the next row — and some writers leave them out; read-excel-file then fails.
 * This fills them in (unzipping with fflate, whose size the caller has already bounded), so
 * such a workbook reads like any other. null when every cell already has its reference.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;
const TAG = /<row\b([^>]*)>|<c\b([^>]*?)(\/?)>/g;

function columnLetters(index: number): string {
  let s = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function columnIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0);
}

/** One worksheet's XML with every row and cell numbered. */
export function numberCells(xml: string): string {
  let row = 0;
  let column = 0;
  return xml.replace(TAG, (tag: string, rowAttributes?: string, cellAttributes?: string, selfClosing?: string) => {
    if (rowAttributes !== undefined) {
      const given = /\sr="(\d+)"/.exec(rowAttributes);
      row = given ? Number(given[1]) : row + 1;
      column = 0;
      return given ? tag : `<row r="${row}"${rowAttributes}>`;
    }
    const given = /\sr="([A-Z]+)(\d+)"/.exec(cellAttributes ?? '');
    if (given) {
      column = columnIndex(given[1] as string);
      return tag;
    }
    column += 1;
    return `<c r="${columnLetters(column)}${row}"${cellAttributes ?? ''}${selfClosing ?? ''}>`;
  });
}

export function withCellReferences(bytes: Uint8Array): Uint8Array | null {
  const files = unzipSync(bytes);
  let changed = false;
  for (const [name, content] of Object.entries(files)) {
    if (!WORKSHEET.test(name)) continue;
    const xml = strFromU8(content);
    const numbered = numberCells(xml);
    if (numbered !== xml) {
      files[name] = strToU8(numbered);
      changed = true;
    }
  }
  return changed ? zipSync(files) : null;
}
