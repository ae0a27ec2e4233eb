// CSV exports open correctly in Dutch and English Excel, and never turn a name into a formula.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { demoImportRequest } from '../../../../shared/demo/demo-school';
import { computerCsvDefaults, csvOptions, CSV_EN, CSV_NL, toCsv } from '../../../../shared/export/csv';
import { peopleCsv } from '../../../../shared/export/tables-csv';
import { namingFor } from '../../../../shared/present/names';
import { runAnalysis } from '../../../../shared/pipeline/run-analysis';

describe('toCsv', () => {
  it('writes Dutch Excel CSV: BOM, semicolons, decimal commas', () => {
    expect(
      toCsv(
        [
          ['naam', 'waarde'],
          ['Zoë', 0.25],
        ],
        CSV_NL,
      ),
    ).toBe('\ufeffnaam;waarde\r\nZoë;0,25\r\n');
    expect(
      toCsv(
        [
          ['name', 'value'],
          ['Zoë', 0.25],
        ],
        CSV_EN,
      ),
    ).toBe('\ufeffname,value\r\nZoë,0.25\r\n');
  });

  it('neutralises cells Excel would run as formulas', () => {
    expect(toCsv([['=HYPERLINK("x")', '+1', '-a', '@b', 'ok']], { ...CSV_NL, bom: false })).toBe('"\'=HYPERLINK(""x"")";\'+1;\'-a;\'@b;ok\r\n');
  });

  it('round-trips any text through a CSV reader (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const width = rows[0]!.length;
        const table = rows.map((r) => Array.from({ length: width }, (_, i) => (r[i] ?? '').replace(/^[=+\-@\t\r]/, 'x')));
        const parsed = Papa.parse<string[]>(toCsv(table, { ...CSV_NL, bom: false }), { delimiter: ';' }).data.slice(0, table.length);
        expect(parsed).toEqual(table);
      }),
    );
  });
});

describe('the separator and decimal mark', () => {
  it('default to what Excel on the computer expects, whatever the language of the app', () => {
    expect(computerCsvDefaults('nl-NL')).toEqual({ separator: 'semicolon', decimal: 'comma' });
    expect(computerCsvDefaults('nl_BE.UTF-8')).toEqual({ separator: 'semicolon', decimal: 'comma' });
    expect(computerCsvDefaults('de-DE')).toEqual({ separator: 'semicolon', decimal: 'comma' });
    expect(computerCsvDefaults('en-US')).toEqual({ separator: 'comma', decimal: 'point' });
    expect(computerCsvDefaults('en_GB.UTF-8')).toEqual({ separator: 'comma', decimal: 'point' });
    // "C", "POSIX" and nothing: Excel's international default.
    for (const tag of ['C', 'POSIX', undefined, '']) expect(computerCsvDefaults(tag)).toEqual({ separator: 'comma', decimal: 'point' });
  });

  it('can be chosen freely; a number with the separator inside is quoted', () => {
    expect(toCsv([['a', 1.5]], { ...csvOptions('tab', 'point'), bom: false })).toBe('a\t1.5\r\n');
    expect(toCsv([['a', 1.5]], { ...csvOptions('comma', 'comma'), bom: false })).toBe('a,"1,5"\r\n');
    const parsed = Papa.parse<string[]>(toCsv([['x', 0.25, 3]], { ...csvOptions('comma', 'comma'), bom: false }), { delimiter: ',' }).data[0];
    expect(parsed).toEqual(['x', '0,25', '3']);
  });
});

describe('peopleCsv', () => {
  it('writes every person with Dutch headers and unknown values empty', () => {
    const result = runAnalysis(demoImportRequest());
    const csv = peopleCsv(result.analysis.nodes, 'nl', namingFor(result.analysis.nodes, 'off'), CSV_NL);
    const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
    expect(rows[0]?.slice(0, 5)).toEqual(['Naam', 'Groep', 'Rol', 'Hoe vaak genoemd', 'Noemt']);
    expect(rows).toHaveLength(25);
    const fatima = rows.find((r) => r[0] === 'Fatima El Amrani');
    expect(fatima?.[4]).toBe('');
  });
});
