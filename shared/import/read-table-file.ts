/**
 * One input file to a table: CSV/TSV text decoded and parsed, or rows already read from
 * an .xlsx sheet. Records how it was read (encoding, delimiter) for the import report.
 */
import { decodeBytes, looksBinary, repairMojibake, type Encoding } from './decode';
import type { FileInfo } from './import-report';
import type { InputFile } from './import-files';
import { parseTable, tableFromRows, type Table } from './parse-table';
import { ImportError } from './roster';

export function readTableFile(file: InputFile, files: FileInfo[]): Table {
  let table: Table;
  let encoding: Encoding | 'xlsx';
  if (file.rows) {
    table = tableFromRows(file.rows, { headerRow: file.headerRow });
    encoding = 'xlsx';
  } else {
    const decoded = decodeBytes(file.bytes, file.encoding);
    if (looksBinary(file.bytes, decoded.encoding)) throw new ImportError('import.error.notText', { file: file.name });
    table = parseTable(file.repairMojibake ? repairMojibake(decoded.text) : decoded.text, { delimiter: file.delimiter, headerRow: file.headerRow });
    encoding = decoded.encoding;
  }
  if (table.header.length === 0) throw new ImportError('import.error.emptyFile', { file: file.name });
  if (table.unclosedQuote !== null) throw new ImportError('import.error.unclosedQuote', { file: file.name, row: table.unclosedQuote });
  files.push({ file: file.name, encoding: file.sheet ? `${encoding} (${file.sheet})` : encoding, delimiter: table.delimiter, rows: table.rows.length });
  return table;
}
