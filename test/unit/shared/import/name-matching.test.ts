// Name normalisation and suggestions: exact keys match automatically; everything else is
// a ranked suggestion for the user to confirm.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDutchName } from '../../../../shared/import/dutch-name';
import { nameKey } from '../../../../shared/import/name-key';
import { suggestMatches } from '../../../../shared/import/name-suggestions';

const ROSTER = ['Jan van der Berg', 'Cornelis Jansen', 'Anouk de Vries', 'Marieke Peters', 'Fatima El Amrani', 'Sophie Jansen-de Boer'].map((name, i) => ({
  id: String(i + 1),
  name,
}));

describe('nameKey', () => {
  it.each([
    ['Zoë  de Wit', 'zoe de wit'],
    ['Ruud d’Hondt', "ruud d'hondt"],
    ['Vries, Jan de', 'jan de vries'],
    ['ANOUK DE VRIES', 'anouk de vries'],
  ])('%s -> %s', (written, key) => expect(nameKey(written)).toBe(key));

  it('is idempotent and ignores case and surrounding space (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(nameKey(nameKey(s))).toBe(nameKey(s));
        expect(nameKey(` ${s.toUpperCase()} `)).toBe(nameKey(s.toUpperCase()));
      }),
    );
  });
});

describe('Dutch name parsing', () => {
  it.each([
    ['Jan van der Berg', { initials: 'j', prefix: 'van der', surname: 'berg' }],
    ['J. v.d. Berg', { initials: 'j', prefix: 'van der', surname: 'berg' }],
    ['Berg, Jan van der', { initials: 'j', prefix: 'van der', surname: 'berg' }],
    ['Sophie Jansen-de Boer', { surname: 'jansen-de boer', surnameParts: ['jansen', 'boer'] }],
  ])('%s', (written, expected) => expect(parseDutchName(written)).toMatchObject(expected));
});

describe('suggestions', () => {
  const top = (written: string) => suggestMatches(written, ROSTER)[0]?.name;
  it.each([
    ['J. v.d. Berg', 'Jan van der Berg'],
    ['Kees Jansen', 'Cornelis Jansen'],
    ['Anouk de Vris', 'Anouk de Vries'],
    ['Mieke Peters', 'Marieke Peters'],
    ['Fatima el-Amrani', 'Fatima El Amrani'],
    ['S. de Boer', 'Sophie Jansen-de Boer'],
  ])('%s suggests %s', (written, expected) => expect(top(written)).toBe(expected));

  it('suggests nothing for an unrelated name', () => {
    expect(
      suggestMatches(
        'Meester Kees',
        ROSTER.filter((r) => r.name !== 'Cornelis Jansen'),
      ),
    ).toEqual([]);
  });
});

describe('encodings and garbled characters', async () => {
  const { decodeBytes, detectEncoding, hasMojibake, repairMojibake } = await import('../../../../shared/import/decode');
  const { parseTable } = await import('../../../../shared/import/parse-table');

  it('repairs UTF-8 that was once read as Windows-1252', () => {
    const garbled = 'ZoÃ« de Wit;JosÃ© Martens;Ruud dâ€™Hondt;AnaÃ¯s';
    expect(hasMojibake(garbled)).toBe(true);
    expect(repairMojibake(garbled)).toBe('Zoë de Wit;José Martens;Ruud d’Hondt;Anaïs');
    expect(hasMojibake('Zoë de Wit')).toBe(false);
    expect(repairMojibake('Zoë de Wit, Ångström')).toBe('Zoë de Wit, Ångström');
  });

  it('detects each encoding Excel writes', () => {
    const text = 'naam;bouw\r\nZoë;1-2\r\n';
    const cp1252 = new Uint8Array([...text].map((c) => (c === 'ë' ? 0xeb : c.charCodeAt(0))));
    expect(detectEncoding(cp1252)).toBe('windows-1252');
    expect(decodeBytes(cp1252).text).toBe(text);
    expect(detectEncoding(new TextEncoder().encode(text))).toBe('utf-8');
    expect(detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toBe('utf-8-bom');
  });

  it('reads any table of text back as written (property): quotes, separators, newlines in cells', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(',', ';', '\t'),
        fc
          .array(
            fc.array(
              // (A cell "'=…" is read without its apostrophe: the test below.)
              fc.string({ minLength: 1 }).filter((s) => s.trim() === s && !/^\s*$/.test(s) && !/^'[=+\-@]/.test(s)),
              { minLength: 3, maxLength: 3 },
            ),
            { minLength: 2, maxLength: 6 },
          )
          .filter((rows) => new Set(rows[0]).size === rows[0]!.length), // (two equal titles become "Title (2)": tested elsewhere)
        (delimiter, rows) => {
          const text = rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(delimiter)).join('\r\n');
          const table = parseTable(text);
          expect(table.header).toEqual(rows[0]);
          expect(table.rows).toEqual(rows.slice(1));
        },
      ),
    );
  });

  it('a tab file with ";" inside quoted cells is read with tabs (a separator under which quotes do not pair up loses)', () => {
    // fast-check found it: with ";" the quotes swallowed both lines into one row of three cells.
    const table = parseTable('"!"\t";#"\t";"\r\n"!"\t"!"\t"!"');
    expect(table.delimiter).toBe('\t');
    expect(table.header).toEqual(['!', ';#', ';']);
    expect(table.rows).toEqual([['!', '!', '!']]);
    // Near miss: a real ";" file with quoted cells stays ";".
    expect(parseTable('"a";"b";"c"\r\n"1";"2";"3"').delimiter).toBe(';');
  });

  it('reads every person of a file that mixes CRLF, LF and CR line ends; line breaks in quoted cells stay', () => {
    const text =
      'id;naam;rol\r\n1;Anouk Bakker;leerkracht\r\n2;Sem Jansen;"leerkracht\ngroep 3"\r\nx1;Mark Visser;leerkracht\nx2;Mark Visser;ib\nx3;Lotte Visser;leerkracht\r4;Eva Mulder;staf\n';
    const table = parseTable(text);
    expect(table.rows.map((r) => r[0])).toEqual(['1', '2', 'x1', 'x2', 'x3', '4']);
    expect(table.rows[1]![2]).toBe('leerkracht\ngroep 3');
    expect(table.rows.map((r) => r[2])).toEqual(['leerkracht', 'leerkracht\ngroep 3', 'leerkracht', 'ib', 'leerkracht', 'staf']);
    // A file of one kind reads as before.
    expect(parseTable('a,b\r\n1,"x\r\ny"\r\n').rows).toEqual([['1', 'x\r\ny']]);
  });

  it('reads a cell that a CSV export protected from Excel ("\'=…") without the apostrophe, and only those', () => {
    const table = parseTable("naam;rol\n'=HYPERLINK(1);leerkracht\n'-Jan;x\n't Hart;y\n");
    expect(table.rows.map((r) => r[0])).toEqual(['=HYPERLINK(1)', '-Jan', "'t Hart"]);
  });

  it('takes a short qualifier after a name as part of a name ("Mark Visser (groep 3-4)")', async () => {
    const { looksLikeName } = await import('../../../../shared/import/name-like');
    for (const name of ['Mark Visser (groep 3-4)', 'Carla Smit (ib)', 'Vries, Jan de (staf)']) expect(looksLikeName(name), name).toBe(true);
    for (const text of ['(groep 3-4)', 'Mark Visser (a very long explanation that is not a qualifier at all)', '12 (3)'])
      expect(looksLikeName(text), text).toBe(false);
    const { compareNames } = await import('../../../../shared/present/sort-names');
    expect(['Carla Smit (ib)', 'Sanne Bakker'].sort((a, b) => compareNames(a, b))).toEqual(['Sanne Bakker', 'Carla Smit (ib)']);
  });

  it('does no harm with __proto__ and constructor headers', async () => {
    const { readRoster } = await import('../../../../shared/import/roster');
    const roster = readRoster(parseTable('naam,__proto__,constructor\nAnouk,x,y\n'), 'r.csv');
    expect(roster.people[0]?.attributes['__proto__']).toBe('x');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
