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
