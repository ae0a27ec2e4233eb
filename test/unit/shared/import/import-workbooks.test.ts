// Spreadsheets Talkmap cannot read get a message that says what to do: a password-protected
// .xlsx (Excel wraps it in a compound file with an "EncryptedPackage" stream — it used to be
// called "an old .xls"), an OpenDocument .ods (LibreOffice), and a real old .xls.
import { describe, expect, it } from 'vitest';
import { translateKey } from '../../../../shared/i18n/translate';
import { loadInputFiles } from '../../../../shared/import/read-xlsx';
import { ImportError } from '../../../../shared/import/roster';

/** The start of a compound file: its signature, then a directory entry name in UTF-16LE. */
function compoundFile(streams: string[]): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  streams.forEach((name, i) =>
    bytes.set(
      [...name].flatMap((c) => [c.charCodeAt(0), 0]),
      1024 + i * 128,
    ),
  );
  return bytes;
}

/** A zip's first local file entry, stored: what LibreOffice writes first in every .ods ("mimetype"). */
function odsStart(): Uint8Array {
  const name = new TextEncoder().encode('mimetype');
  const data = new TextEncoder().encode('application/vnd.oasis.opendocument.spreadsheet');
  const header = new Uint8Array(30);
  header.set([0x50, 0x4b, 0x03, 0x04, 20, 0]);
  new DataView(header.buffer).setUint32(18, data.length, true);
  new DataView(header.buffer).setUint32(22, data.length, true);
  new DataView(header.buffer).setUint16(26, name.length, true);
  const bytes = new Uint8Array(30 + name.length + data.length + 200);
  bytes.set(header);
  bytes.set(name, 30);
  bytes.set(data, 30 + name.length);
  return bytes;
}

async function refusal(name: string, bytes: Uint8Array): Promise<string> {
  try {
    await loadInputFiles([{ name, bytes }]);
  } catch (error) {
    if (error instanceof ImportError) return translateKey('en', error.code, error.params);
    throw error;
  }
  return 'read';
}

describe('workbooks that cannot be read say why', () => {
  it('a password-protected .xlsx', async () => {
    expect(await refusal('enquete.xlsx', compoundFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']))).toContain(
      'enquete.xlsx is protected with a password',
    );
  });

  it('an old .xls (near miss: a compound file without an encrypted package)', async () => {
    expect(await refusal('oud.xls', compoundFile(['Root Entry', 'Workbook']))).toContain('is an old Excel file (.xls)');
  });

  it('an OpenDocument spreadsheet, also when renamed', async () => {
    const ods = odsStart();
    expect(await refusal('lijst.ods', ods)).toContain('lijst.ods is an OpenDocument spreadsheet');
    expect(await refusal('lijst.xlsx', ods)).toContain('is an OpenDocument spreadsheet');
  });
});

describe('a workbook that would unpack to too much is refused before it is unpacked', () => {
  // A real workbook (written by Talkmap's own writer), and the same bytes with one part's unpacked size in the zip's directory set to 1.5 GB.
  const workbook = async () => {
    const { writeWorkbook } = await import('../../../../shared/export/workbook');
    return writeWorkbook([{ name: 'Antwoorden', table: { header: ['Naam', 'Met wie?'], rows: [['Jan', 'Piet']], formats: ['text', 'text'] } }]);
  };
  const inflate = (bytes: Uint8Array): Uint8Array => {
    const copy = bytes.slice();
    const view = new DataView(copy.buffer);
    for (let i = copy.length - 22; i >= 0; i--) {
      if (view.getUint32(i, true) !== 0x06054b50) continue;
      view.setUint32(view.getUint32(i + 16, true) + 24, 1_500_000_000, true);
      return copy;
    }
    throw new Error('no central directory');
  };

  it('says how large it would be and what to do, without parsing', async () => {
    const { unpackedSize, MAX_UNPACKED_BYTES } = await import('../../../../shared/import/read-xlsx');
    const bomb = inflate(await workbook());
    expect(unpackedSize(bomb)).toBeGreaterThan(MAX_UNPACKED_BYTES);
    expect(await refusal('enquete.xlsx', bomb)).toMatch(/^enquete\.xlsx unpacks to \d+ MB, more than the 200 MB/);
  });

  it('near miss: an ordinary workbook is measured small and read', async () => {
    const { unpackedSize } = await import('../../../../shared/import/read-xlsx');
    const bytes = await workbook();
    expect(unpackedSize(bytes)).toBeLessThan(100_000);
    const { files } = await loadInputFiles([{ name: 'enquete.xlsx', bytes }]);
    expect(files[0]!.rows).toEqual([
      ['Naam', 'Met wie?'],
      ['Jan', 'Piet'],
    ]);
  });
});

describe('a workbook written without cell references (they are optional in the format)', () => {
  it('reads like any other: rows and cells numbered in order, given references kept', async () => {
    const { unzipSync, zipSync, strFromU8, strToU8 } = await import('fflate');
    const { writeWorkbook } = await import('../../../../shared/export/workbook');
    const bytes = await writeWorkbook([
      {
        name: 'A',
        table: {
          header: ['Naam', 'Met wie?', 'Bouw'],
          rows: [
            ['Jan', 'Piet', 'groep 1-2'],
            ['Piet', 'Jan', 'groep 3-4'],
          ],
          formats: ['text', 'text', 'text'],
        },
      },
    ]);
    const files = unzipSync(bytes);
    for (const k of Object.keys(files)) if (k.startsWith('xl/worksheets/')) files[k] = strToU8(strFromU8(files[k]!).replace(/ r="[A-Z]*\d+"/g, ''));
    const { files: read } = await loadInputFiles([{ name: 'zonder-r.xlsx', bytes: zipSync(files) }]);
    expect(read[0]!.rows).toEqual([
      ['Naam', 'Met wie?', 'Bouw'],
      ['Jan', 'Piet', 'groep 1-2'],
      ['Piet', 'Jan', 'groep 3-4'],
    ]);
  });

  it('numbering follows the format: a cell without r is the next in its row, a given r is kept (near miss)', async () => {
    const { numberCells } = await import('../../../../shared/import/xlsx-cell-refs');
    expect(numberCells('<sheetData><row><c t="s"><v>0</v></c><c r="D1"/><c/></row><row r="5"><c/></row><row><c/></row></sheetData>')).toBe(
      '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="D1"/><c r="E1"/></row><row r="5"><c r="A5"/></row><row r="6"><c r="A6"/></row></sheetData>',
    );
    expect(numberCells('<cols><col min="1"/></cols>')).toBe('<cols><col min="1"/></cols>');
  });
});
