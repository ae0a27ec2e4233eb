// Groups found automatically: four Dutch exports of one school whose groups are only in the
// survey ("In welke bouw werk je?"), and grade labels in the forms Dutch and Flemish schools
// write them. Without groups the central finding — no ties between groep 3-4 and 5-6 — is lost.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectGroupColumn } from '../../../../shared/import/group-column';
import { findGroupColumn } from '../../../../shared/import/column-roles';
import type { InputFile } from '../../../../shared/import/import-files';
import { tableFromRows } from '../../../../shared/import/parse-table';
import { proposeImport } from '../../../../shared/import/propose-import';
import { areAdjacent, gradeKey, orderGroups } from '../../../../shared/network/group-order';
import { runAnalysis } from '../../../../shared/pipeline/run-analysis';

const DIR = resolve(__dirname, '../../../fixtures/import/groups');
const file = (name: string): InputFile => ({ name, bytes: new Uint8Array(readFileSync(resolve(DIR, name))) });

describe('groups from the survey itself', () => {
  it.each([
    [['msforms-bouw-cp1252.csv'], 'windows-1252'],
    [['msforms-bouw-unicode.txt'], 'utf-16le'],
    [['google-bouw.csv', 'roster-no-groups.csv'], 'utf-8'],
    [['qualtrics-bouw.csv'], 'utf-8-bom'],
  ])('%s: groups from “In welke bouw werk je?”, in grade order, and the weak link found', (names, encoding) => {
    const request = proposeImport(names.map(file));
    expect(request.spec.shape).toBe('multi-select');
    if (request.spec.shape !== 'multi-select') return;
    expect(request.spec.groupColumn).toMatch(/^In welke bouw werk je\?/);
    const result = runAnalysis(request);
    expect(result.source.files.length).toBeGreaterThan(0);
    expect(result.network.groupAttribute).toBe(request.spec.groupColumn);
    expect(result.analysis.groups.map((g) => [g.label, g.rank])).toEqual([
      ['Groep 1/2', 0],
      ['Groep 3/4', 1],
      ['Groep 5/6', 2],
      ['Groep 7/8', 3],
      ['Staf – directie', null],
    ]);
    const weak = result.findings.findings.filter((f) => f.kind === 'weak-group-link');
    expect(weak[0]?.groups).toEqual(['Groep 3/4', 'Groep 5/6']);
    expect(result.findings.findings[0]?.kind).toBe('weak-group-link');
    expect(result.report.files[0]?.encoding).toContain(encoding);
  });

  it('the roster’s group column wins over the survey question (it also covers non-respondents)', () => {
    const roster = `id;naam;bouw\n${readFileSync(resolve(DIR, 'roster-no-groups.csv'), 'utf8')
      .replace(/^\uFEFF?id;naam\r?\n/, '')
      .trim()
      .split(/\r?\n/)
      .map((l) => `${l};x`)
      .join('\n')}\n`;
    const request = proposeImport([file('google-bouw.csv'), { name: 'roster.csv', bytes: new TextEncoder().encode(roster) }]);
    expect(request.spec.shape === 'multi-select' && request.spec.groupColumn).toBeNull();
  });
});

describe('finding the group column', () => {
  const table = (rows: string[][]) => tableFromRows(rows);

  it('by a question about one’s own group, not about colleagues', () => {
    expect(findGroupColumn(['Naam', 'Met wie uit je bouw praat je?', 'In welke bouw werk je?'])).toBe('In welke bouw werk je?');
    expect(findGroupColumn(['Name', 'Which grade do you teach?'])).toBe('Which grade do you teach?');
    expect(findGroupColumn(['Naam', 'Groepsleerkracht sinds'])).toBeNull();
    expect(findGroupColumn(['Naam', 'Met wie praat je? [groep 3]'])).toBeNull();
  });

  it('by the answers alone, when they are grades', () => {
    const t = table([
      ['Naam', 'Vraag 2', 'Met wie praat je?'],
      ['A', 'groep 8a', 'B;C;'],
      ['B', 'groep 8b', 'A;'],
      ['C', '7', 'A;'],
      ['D', 'Staf', 'A;'],
    ]);
    expect(detectGroupColumn(t, ['Naam', 'Met wie praat je?'])).toEqual({ column: 'Vraag 2', foundBy: 'answers' });
  });

  it('not from names, dates, codes or prose (near misses)', () => {
    const t = table([
      ['Naam', 'Tijd', 'Code', 'Toelichting', 'Met wie praat je?'],
      ['Anouk', '09-03-2026 08:10', 'R_1', 'Ik praat vooral met mijn duo over de planning van groep 3.', 'B;'],
      ['Bram', '09-03-2026 08:12', 'R_2', 'Vooral in de bouwvergadering.', 'A;'],
      ['Cor', '09-03-2026 08:15', 'R_3', 'Weinig tijd.', 'A;'],
    ]);
    expect(detectGroupColumn(t, ['Naam', 'Met wie praat je?'])).toBeNull();
  });
});

describe('grade labels', () => {
  it.each([
    ['groep 8a', 8],
    ['Groep 1/2a', 1],
    ['combinatiegroep 4/5', 4],
    ['jaargroep 5', 5],
    ['1ste leerjaar', 1],
    ['2de leerjaar', 2],
    ['L3', 3],
    ['K2', -2],
    ['3e klas', 3],
    ['klas 3b', 3],
    ['kleuters', 0.5],
    ['4a', 4],
    ['groep 3-4 (juf Anna)', 3],
    ['bouw 5/6', 5],
    ['Year 7', 7],
    ['Onderbouw (groep 1-4)', 100],
    ['de bovenbouw', 102],
  ])('%s is a grade (%s)', (label, key) => {
    expect(gradeKey(label)).toBe(key);
  });

  it.each(['Department 4', 'Team 3', 'staf', 'Hartford', 'Anouk de Vries', '2026', 'Unit 2'])('%s is not a grade', (label) => {
    expect(gradeKey(label)).toBeNull();
  });

  it('parallel classes share a grade: 4a and 4b are not neighbours, both neighbour 3 and 5', () => {
    const groups = orderGroups(['4b', '5a', '3', '4a', 'staf']);
    expect(groups.map((g) => [g.label, g.rank])).toEqual([
      ['3', 0],
      ['4a', 1],
      ['4b', 1],
      ['5a', 2],
      ['staf', null],
    ]);
    const by = new Map(groups.map((g) => [g.label, g]));
    expect(areAdjacent(by.get('4a')!, by.get('4b')!)).toBe(false);
    expect(areAdjacent(by.get('4b')!, by.get('5a')!)).toBe(true);
    expect(areAdjacent(by.get('3')!, by.get('4a')!)).toBe(true);
  });

  it('Flemish kindergarten classes come before the first leerjaar', () => {
    expect(orderGroups(['1ste leerjaar', 'K3', 'K1', '2de leerjaar']).map((g) => g.label)).toEqual(['K1', 'K3', '1ste leerjaar', '2de leerjaar']);
  });
});
