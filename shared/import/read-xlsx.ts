/**
 * .xlsx workbooks through read-excel-file's universal build (no DOM, so it runs in our Web
 * Worker and in Node). Every sheet is read to rows of text; the import then treats a sheet
 * like a CSV file. Dates become ISO dates; formula cells keep their computed value as text
 * (a formula is never evaluated by us). Before anything is unpacked, the zip's own table of
 * contents says how large the workbook is once unpacked: above MAX_UNPACKED_BYTES (a 0.7 MB file
 * can unpack to 734 MB and take gigabytes to parse) it is refused with a message, so the time
 * and memory of parsing stay bounded. A cell limit stops runaway sheets after parsing.
 */
import readXlsxFile from 'read-excel-file/universal';
import type { ImportRequest, InputFile } from './import-files';
import { ImportError } from './roster';
import { withCellReferences } from './xlsx-cell-refs';

export const MAX_CELLS = 5_000_000;
/** Most bytes a workbook may unpack to (all its parts together): far above any school's survey (5 million cells are about 150 MB). */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;

/**
 * The unpacked size of a zip from its central directory (no decompression): the sum of every
 * entry's uncompressed size, or null when the directory cannot be found. A ZIP64 size (0xFFFFFFFF)
 * counts as too large: no survey workbook needs one.
 */
export function unpackedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: within the last 22 + 65535 bytes (its comment is at most 64 KB).
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let total = 0;
  for (let k = 0; k < entries; k++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff) return Number.POSITIVE_INFINITY;
    total += size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return total;
}

export interface WorkbookSheet {
  name: string;
  rows: string[][];
}

export function isXlsx(file: InputFile): boolean {
  const b = file.bytes;
  return b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04 && /\.(xlsx|xlsm)$/i.test(file.name);
}

export function isLegacyXls(file: InputFile): boolean {
  const b = file.bytes;
  return /\.xls$/i.test(file.name) || isCompoundFile(b);
}

/** Microsoft's compound file (old .xls, and a password-protected .xlsx, which Excel wraps in one). */
function isCompoundFile(b: Uint8Array): boolean {
  return b.length > 4 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;
}

/** A password-protected workbook: a compound file holding an "EncryptedPackage" stream (its name in UTF-16LE). */
export function isEncryptedWorkbook(file: InputFile): boolean {
  if (!isCompoundFile(file.bytes)) return false;
  const marker = [...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]);
  const b = file.bytes;
  outer: for (let i = 0; i + marker.length <= b.length; i++) {
    for (let j = 0; j < marker.length; j++) if (b[i + j] !== marker[j]) continue outer;
    return true;
  }
  return false;
}

/** An OpenDocument spreadsheet (.ods, LibreOffice): a zip whose first entry "mimetype" names it. */
export function isOds(file: InputFile): boolean {
  const b = file.bytes;
  if (!(b.length > 80 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04)) return /\.ods$/i.test(file.name);
  const head = String.fromCharCode(...b.subarray(30, 100));
  return head.startsWith('mimetype') && head.includes('opendocument.spreadsheet');
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().replace('T00:00:00.000Z', '').replace('.000Z', 'Z');
  return String(value);
}

export async function readWorkbook(file: InputFile): Promise<WorkbookSheet[]> {
  const unpacked = unpackedSize(file.bytes);
  if (unpacked !== null && unpacked > MAX_UNPACKED_BYTES)
    throw new ImportError('import.error.unpackedTooLarge', {
      file: file.name,
      size: Number.isFinite(unpacked) ? Math.round(unpacked / 1024 / 1024) : '> 4096',
      max: MAX_UNPACKED_BYTES / 1024 / 1024,
    });
  const read = (bytes: Uint8Array) => readXlsxFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  let sheets;
  try {
    sheets = await read(file.bytes);
  } catch (error) {
    // Cells written without their (optional) references: numbered, the workbook reads (xlsx-cell-refs.ts).
    const numbered = (() => {
      try {
        return withCellReferences(file.bytes);
      } catch {
        return null;
      }
    })();
    sheets = numbered ? await read(numbered).catch(() => null) : null;
    if (!sheets) throw new ImportError('import.error.unreadable', { file: file.name, reason: error instanceof Error ? error.message : String(error) });
  }
  let cells = 0;
  return sheets.map((s) => {
    cells += s.data.reduce((sum, row) => sum + row.length, 0);
    if (cells > MAX_CELLS) throw new ImportError('import.error.tooManyCells', { file: file.name, max: MAX_CELLS });
    return { name: s.sheet, rows: s.data.map((row) => row.map(cellText)) };
  });
}

/**
 * Turns spreadsheets into rows (the chosen sheet, or the first with data) and leaves text
 * files as they are. Old binary .xls files get a clear message instead of garbage.
 */
export async function loadInputFiles(
  files: InputFile[],
  sheets: Record<string, string> = {},
): Promise<{ files: InputFile[]; workbooks: Record<string, string[]> }> {
  const workbooks: Record<string, string[]> = {};
  const loaded = await Promise.all(
    files.map(async (file) => {
      if (isEncryptedWorkbook(file)) throw new ImportError('import.error.encryptedWorkbook', { file: file.name });
      if (isOds(file)) throw new ImportError('import.error.ods', { file: file.name });
      if (isLegacyXls(file)) throw new ImportError('import.error.legacyXls', { file: file.name });
      if (!isXlsx(file)) return file;
      const book = await readWorkbook(file);
      workbooks[file.name] = book.map((s) => s.name);
      const wanted = sheets[file.name];
      const sheet =
        book.find((s) => s.name === wanted) ?? book.find((s) => s.rows.length > 1 && s.rows[0]?.some(Boolean) && (s.rows[0]?.length ?? 0) > 1) ?? book[0];
      if (!sheet) throw new ImportError('import.error.emptyFile', { file: file.name });
      return { ...file, rows: sheet.rows, sheet: sheet.name };
    }),
  );
  return { files: loaded, workbooks };
}

/**
 * A request whose spreadsheets have their rows again: a reopened project (or the autosave
 * after a crash) stores each .xlsx as bytes with its chosen sheet, not its rows, so the
 * worker reads the workbook once more before the analysis. Text files and files that
 * already have rows (the wizard's) are left as they are.
 */
export async function withSpreadsheetRows(request: ImportRequest): Promise<ImportRequest> {
  const needsRows = (f: InputFile | null): f is InputFile => f !== null && !f.rows && isXlsx(f);
  if (!needsRows(request.data) && !needsRows(request.roster)) return request;
  const reread = async (f: InputFile | null): Promise<InputFile | null> => {
    if (!needsRows(f)) return f;
    const { files } = await loadInputFiles([f], f.sheet ? { [f.name]: f.sheet } : {});
    return files[0] ?? f;
  };
  return { ...request, data: (await reread(request.data)) as InputFile, roster: await reread(request.roster) };
}
