// The results workbook: one sheet per table, real numbers with formats, a frozen header,
// text that stays text, no names when names are hidden — and a real reader (openpyxl) agrees.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import readXlsxFile from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { demoImportRequest } from '../../../../shared/demo/demo-school';
import { edgeListSpec } from '../../../../shared/import/import-spec';
import { runAnalysis } from '../../../../shared/pipeline/run-analysis';
import { resultSheets, writeWorkbook } from '../../../../shared/export/workbook';

const encode = (text: string) => new TextEncoder().encode(text);

async function sheetsOf(bytes: Uint8Array): Promise<{ sheet: string; data: unknown[][] }[]> {
  return (await readXlsxFile(new Blob([bytes as Uint8Array<ArrayBuffer>]))) as { sheet: string; data: unknown[][] }[];
}

describe('the results workbook', () => {
  const demo = runAnalysis(demoImportRequest());

  it('has a sheet per table in the chosen language, with numbers as numbers', async () => {
    const bytes = await writeWorkbook(resultSheets(demo, 'nl', 'off'));
    const sheets = await sheetsOf(bytes);
    expect(sheets.map((s) => s.sheet)).toEqual(['Mensen', 'Groepen', 'Groepsmatrix', 'Bevindingen', 'Banden', 'Importverslag', 'Gelezen bestanden']);
    const people = sheets[0]!.data;
    expect(people[0]!.slice(0, 4)).toEqual(['Naam', 'Groep', 'Rol', 'Hoe vaak genoemd']);
    expect(people).toHaveLength(demo.analysis.nodes.length + 1);
    const first = demo.analysis.nodes[0]!;
    const row = people.find((r) => r[0] === first.name)!;
    expect(row[3]).toBe(first.inDegree);
    expect(typeof row[3]).toBe('number');
    const groups = sheets[1]!.data;
    expect(groups.slice(1).map((r) => r[0])).toEqual(demo.analysis.groups.map((g) => g.label));
    expect(groups[1]![2]).toBeCloseTo(demo.analysis.groups[0]!.internalDensity ?? 0, 9);
    expect(sheets[3]!.data.flat().join(' ')).toContain('Geen enkele band tussen groep 3-4 en groep 5-6.');
    const english = await sheetsOf(await writeWorkbook(resultSheets(demo, 'en', 'off')));
    expect(english.map((s) => s.sheet)).toEqual(['People', 'Groups', 'Group matrix', 'Findings', 'Ties', 'Import report', 'Files read']);
  });

  it('freezes the header row, formats percentages and never writes a formula', async () => {
    const data = { name: 'ties.csv', bytes: encode('source,target\n"=HYPERLINK(""http://x"")",Bob\nBob,00123\n00123,Bob\n') };
    const result = runAnalysis({ data, roster: null, spec: edgeListSpec({ weightColumn: null, relation: null }) });
    const bytes = await writeWorkbook(resultSheets(result, 'en', 'off'));
    const files = unzipSync(bytes);
    const sheet1 = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(sheet1).toContain('state="frozen"');
    for (const [path, content] of Object.entries(files)) if (path.startsWith('xl/worksheets/')) expect(strFromU8(content)).not.toContain('<f>');
    const styles = strFromU8(files['xl/styles.xml']!);
    expect(styles).toContain('formatCode="0%"');
    const people = (await sheetsOf(bytes))[0]!.data;
    const names = people.slice(1).map((r) => r[0]);
    expect(names).toContain('=HYPERLINK("http://x")');
    // "00123" stays text (not the number 123).
    expect(names).toContain('00123');
  });

  it('names nobody when names are hidden', async () => {
    for (const mode of ['codes', 'initials', 'role'] as const) {
      const bytes = await writeWorkbook(resultSheets(demo, 'nl', mode));
      const text = (await sheetsOf(bytes)).map((s) => s.data.flat().join('\n')).join('\n');
      for (const n of demo.analysis.nodes) expect(text, `${mode}: ${n.name}`).not.toContain(n.name);
    }
  });

  it('is read by openpyxl (when installed) with the same values, formats and frozen header', async () => {
    const python = ['/usr/bin/python3', 'python3'].find((p) => spawnSync(p, ['-c', 'import openpyxl'], { timeout: 60_000 }).status === 0);
    if (!python) {
      console.warn('openpyxl not installed (apt-get install python3-openpyxl): the workbook was checked with read-excel-file only');
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), 'talkmap-xlsx-'));
    const path = join(dir, 'results.xlsx');
    writeFileSync(path, await writeWorkbook(resultSheets(demo, 'en', 'off')));
    expect(existsSync(path)).toBe(true);
    const script = [
      'import json, sys, openpyxl',
      'wb = openpyxl.load_workbook(sys.argv[1])',
      'out = {}',
      'for ws in wb.worksheets:',
      '    out[ws.title] = {"freeze": ws.freeze_panes, "header": [c.value for c in ws[1]], "row2": [[c.value, c.number_format, c.data_type] for c in ws[2]] if ws.max_row > 1 else []}',
      'print(json.dumps(out))',
    ].join('\n');
    const run = spawnSync(python, ['-c', script, path], { encoding: 'utf8', timeout: 120_000 });
    expect(run.status, run.stderr).toBe(0);
    const read = JSON.parse(run.stdout) as Record<string, { freeze: string; header: string[]; row2: [unknown, string, string][] }>;
    expect(Object.keys(read)).toEqual(['People', 'Groups', 'Group matrix', 'Findings', 'Ties', 'Import report', 'Files read']);
    for (const sheet of Object.values(read)) expect(sheet.freeze).toBe('A2');
    const groups = read['Groups']!;
    expect(groups.header).toEqual(['Group', 'Size', 'Density inside', 'E-I index']);
    const [label, size, density] = groups.row2;
    expect(label![2]).toBe('s');
    expect(size).toEqual([demo.analysis.groups[0]!.size, '0', 'n']);
    expect(density![1]).toBe('0%');
    expect(density![0] as number).toBeCloseTo(demo.analysis.groups[0]!.internalDensity ?? 0, 9);
  });
});
