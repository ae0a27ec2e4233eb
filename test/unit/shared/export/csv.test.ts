// CSV exports open correctly in Dutch and English Excel, and never turn a name into a formula.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { demoImportRequest } from '../../../../shared/demo/demo-school';
import { CSV_EN, CSV_NL, toCsv } from '../../../../shared/export/csv';
import { peopleCsv } from '../../../../shared/export/people-csv';
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

describe('peopleCsv', () => {
  it('writes every person with Dutch headers and unknown values empty', () => {
    const result = runAnalysis(demoImportRequest());
    const csv = peopleCsv(result.analysis.nodes, 'nl');
    const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
    expect(rows[0]?.slice(0, 5)).toEqual(['Naam', 'Groep', 'Rol', 'Genoemd door', 'Noemt']);
    expect(rows).toHaveLength(25);
    const fatima = rows.find((r) => r[0] === 'Fatima El Amrani');
    expect(fatima?.[4]).toBe('');
  });
});
