// The saved project keeps the import files without the personal columns the import leaves out
// (e-mail, IP address): emptied, said in the report, and read back to the same network.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blankPersonalColumns } from '../../../../shared/import/blank-personal';
import { importFiles, type ImportRequest, type InputFile } from '../../../../shared/import/import-files';
import { proposeImport } from '../../../../shared/import/propose-import';
import { loadInputFiles, withSpreadsheetRows } from '../../../../shared/import/read-xlsx';
import { restoreRequest, saveRequest } from '../../../../shared/project/project-file';

const fixture = (path: string): InputFile => ({ name: path.split('/').pop() as string, bytes: new Uint8Array(readFileSync(`test/fixtures/import/${path}`)) });
const savedText = (request: ImportRequest): string => Buffer.from(saveRequest(request).data.base64, 'base64').toString('utf8');
const withoutBlanking = (items: { kind: string }[]) => items.filter((i) => i.kind !== 'personal-data-blanked');

async function roundTrip(files: InputFile[], secrets: string[]): Promise<void> {
  const { files: loaded } = await loadInputFiles(files);
  const request = proposeImport(loaded);
  const before = importFiles(request);
  for (const s of secrets) expect(new TextDecoder('latin1').decode(request.data.bytes) + JSON.stringify(request.data.rows ?? [])).toContain(s);
  const restored = await withSpreadsheetRows(restoreRequest(saveRequest(request)));
  for (const s of secrets) expect(savedText(request)).not.toContain(s);
  const after = importFiles(restored);
  expect(after.network).toEqual(before.network);
  expect(withoutBlanking(after.report.items)).toEqual(before.report.items);
  const blanked = after.report.items.filter((i) => i.kind === 'personal-data-blanked');
  expect(blanked.length).toBeGreaterThan(0);
  expect(blanked.every((i) => i.file === request.data.name && i.row === null && i.column !== null)).toBe(true);
}

describe('the project keeps import files without their personal columns', () => {
  it('a Dutch Microsoft Forms export (cp1252, “;”, e-mail column)', async () => {
    await roundTrip([fixture('msforms-nl-cp1252.csv'), fixture('roster-nl-cp1252.csv')], ['zoe@school.example', 'anais@school.example']);
  });

  it('Qualtrics with three header rows and the IP address column', async () => {
    await roundTrip([fixture('tools/qualtrics.csv'), fixture('tools/roster.csv')], ['10.0.0.1', '10.0.0.5']);
  });

  it('a Forms workbook (.xlsx): the chosen sheet is kept as text without the e-mail column', async () => {
    // The fixture's e-mail column says "anonymous" in every row: emptied all the same.
    await roundTrip([fixture('tools/msforms.xlsx'), fixture('tools/roster.csv')], ['anonymous']);
  });

  it('near miss: a file without personal columns is kept byte for byte, and nothing is said', () => {
    const roster = fixture('tools/roster.csv');
    expect(blankPersonalColumns(roster)).toBe(roster);
    const request = proposeImport([fixture('tools/msforms-two-questions.csv'), roster]);
    const saved = saveRequest(request);
    expect(Buffer.from(saved.data.base64, 'base64').equals(Buffer.from(request.data.bytes))).toBe(true);
    expect(importFiles(restoreRequest(saved)).report.items.some((i) => i.kind === 'personal-data-blanked')).toBe(false);
  });
});
