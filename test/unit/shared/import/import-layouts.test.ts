// Each survey tool's less common layouts (test/fixtures/import/layouts, written by make_fixtures.py
// from the tools' documented formats) hold the same answers of six colleagues — two with
// hyphenated names, one written "Levi-Montalcini, Rita" — and must give the same network with
// every dropped or skipped line in the import report.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InputFile } from '../../../../shared/import/import-files';
import { inspectFiles } from '../../../../shared/import/inspect-files';
import { proposeImport } from '../../../../shared/import/propose-import';
import { runAnalysis } from '../../../../shared/pipeline/run-analysis';

const DIR = resolve(__dirname, '../../../fixtures/import/layouts');
const file = (name: string): InputFile => ({ name, bytes: new Uint8Array(readFileSync(resolve(DIR, name))) });
// Roster ids: 1 Anouk de Vries, 2 Bram Jansen-de Vries, 3 Cor Smit, 4 Daan Meijer, 5 Eva Mulder, 6 Levi-Montalcini, Rita.
const EXPECTED = ['1>2', '1>3', '2>1', '2>6', '3>1', '3>4', '4>3', '5>1', '5>6', '6>5'];
const arcs = (r: ReturnType<typeof runAnalysis>) => r.network.ties.map((t) => `${t.source}>${t.target}`).sort();

function importWith(name: string, roster = 'roster.csv') {
  const request = proposeImport([file(name), file(roster)]);
  return { request, result: runAnalysis(request) };
}

describe('less common export layouts give the same network', () => {
  it.each([
    ['qualtrics-legacy.csv', 'rating-grid'],
    ['qualtrics-two-rows.csv', 'rating-grid'],
    ['surveymonkey-no-id.csv', 'rating-grid'],
    ['respondentid-one-header.csv', 'multi-select'],
    ['summary-lines-above.csv', 'multi-select'],
  ])('%s (%s)', (name, shape) => {
    const { request, result } = importWith(name);
    expect(request.spec.shape).toBe(shape);
    expect(arcs(result)).toEqual(EXPECTED);
    expect(result.report.respondents).toBe(6);
    expect(result.report.items.filter((i) => i.kind === 'unmatched-name')).toEqual([]);
  });

  it('Qualtrics legacy: hyphenated names in matrix headers are colleagues, the preview row (Status 1) is left out', () => {
    const { request, result } = importWith('qualtrics-legacy.csv');
    if (request.spec.shape !== 'rating-grid') throw new Error(request.spec.shape);
    expect(request.spec.columns.map((c) => c.target)).toEqual([
      'Anouk de Vries',
      'Bram Jansen-de Vries',
      'Cor Smit',
      'Daan Meijer',
      'Eva Mulder',
      'Levi-Montalcini, Rita',
    ]);
    expect(result.report.items).toContainEqual(expect.objectContaining({ kind: 'preview-response', row: 9, value: '1 (Survey Preview)' }));
    expect(result.analysis.nodes.map((n) => n.name)).not.toContain('Test Persoon');
  });

  it('Qualtrics: a column can be named by its short id as researchers do (Q1)', () => {
    const inspection = inspectFiles([file('qualtrics-legacy.csv'), file('roster.csv')]);
    expect(inspection.files[0]?.header[10]).toBe('Wat is je naam?');
  });

  it('SurveyMonkey without Respondent ID: "Other (please specify)" is not a colleague', () => {
    const { request } = importWith('surveymonkey-no-id.csv');
    if (request.spec.shape !== 'rating-grid') throw new Error(request.spec.shape);
    expect(request.spec.columns.map((c) => c.target)).not.toContain('Other (please specify)');
    expect(request.spec.columns).toHaveLength(6);
  });

  it('a single header row starting with RespondentID keeps its first respondent', () => {
    const { result } = importWith('respondentid-one-header.csv');
    expect(result.report.items.filter((i) => i.kind === 'non-respondent')).toEqual([]);
  });

  it('summary lines above the header are skipped and reported; the closeness questions are not names', () => {
    const { request, result } = importWith('summary-lines-above.csv');
    expect(request.spec.shape === 'multi-select' && request.spec.nominationColumns).toEqual(['Select Close Friend 1', 'Select Close Friend 2']);
    expect(result.report.items.filter((i) => i.kind === 'line-above-header').map((i) => [i.row, i.value])).toEqual([
      [1, 'Expected total responses, 6'],
      [2, 'Survey, Lezen 2026'],
    ]);
    // Rows keep their file numbers: the first respondent is on line 5.
    expect(result.report.items.filter((i) => i.kind === 'empty-answer')).toEqual([]);
    expect(inspectFiles([file('summary-lines-above.csv'), file('roster.csv')]).files[0]?.relations).toEqual([
      { name: 'Select Close Friend', columns: ['Select Close Friend 1', 'Select Close Friend 2'] },
    ]);
  });

  it('numbered name fields of two questions are two relations', () => {
    const text = `Naam,Inclusive - Choice 1,Inclusive - Choice 2,Helpful - Choice 1,Helpful - Choice 2\nAnouk de Vries,Cor Smit,Daan Meijer,Eva Mulder,\nCor Smit,Anouk de Vries,,Daan Meijer,Eva Mulder\nDaan Meijer,Cor Smit,,Anouk de Vries,\nEva Mulder,Anouk de Vries,Cor Smit,Daan Meijer,\n`;
    const inspection = inspectFiles([{ name: 'choices.csv', bytes: new TextEncoder().encode(text) }]);
    expect(inspection.files[0]?.relations).toEqual([
      { name: 'Inclusive', columns: ['Inclusive - Choice 1', 'Inclusive - Choice 2'] },
      { name: 'Helpful', columns: ['Helpful - Choice 1', 'Helpful - Choice 2'] },
    ]);
    expect(inspection.proposal.spec.shape).toBe('multi-select');
  });

  it('Microsoft Forms from a Mac (Mac Roman, CR line ends): "Daniëlle" and the non-breaking space read right', () => {
    const request = proposeImport([file('msforms-macroman.csv'), file('roster-macroman.csv')]);
    const result = runAnalysis(request);
    expect(result.report.files.map((f) => f.encoding)).toEqual(['macintosh', 'macintosh']);
    expect(result.analysis.nodes.map((n) => n.name)).toContain('Daniëlle Visser');
    expect(result.report.items.filter((i) => i.kind === 'unmatched-name' || i.kind === 'unknown-respondent')).toEqual([]);
    expect(arcs(result)).toEqual([...EXPECTED, '7>1'].sort());
  });

  it('a Qualtrics contact list works as the roster (FullName, NodeID)', () => {
    const { result } = importWith('respondentid-one-header.csv', 'qualtrics-contacts.csv');
    expect(arcs(result)).toEqual(EXPECTED);
    expect(result.report.items).toContainEqual(expect.objectContaining({ kind: 'column-left-out', column: 'Email' }));
  });

  it('a roster with the name in parts: Voornaam, Tussenvoegsel, Achternaam', () => {
    const roster = {
      name: 'personeel.csv',
      bytes: new TextEncoder().encode(
        'Voornaam;Tussenvoegsel;Achternaam\nAnouk;de;Vries\nBram;;Jansen-de Vries\nCor;;Smit\nDaan;;Meijer\nEva;;Mulder\nRita;;Levi-Montalcini\n',
      ),
    };
    const result = runAnalysis(proposeImport([file('respondentid-one-header.csv'), roster]));
    expect(result.analysis.nodes.map((n) => n.name)).toContain('Anouk de Vries');
    expect(result.report.items.filter((i) => i.kind === 'unmatched-name')).toEqual([]);
  });

  it('a Google Workspace user list ("First Name [Required]") is a roster', () => {
    const roster = {
      name: 'User_Download.csv',
      bytes: new TextEncoder().encode(
        'First Name [Required],Last Name [Required],Email Address [Required],Org Unit Path [Required]\nAnouk,de Vries,a@x.nl,/\nBram,Jansen-de Vries,b@x.nl,/\nCor,Smit,c@x.nl,/\nDaan,Meijer,d@x.nl,/\nEva,Mulder,e@x.nl,/\nRita,Levi-Montalcini,r@x.nl,/\n',
      ),
    };
    const result = runAnalysis(proposeImport([file('respondentid-one-header.csv'), roster]));
    expect(result.analysis.nodes.map((n) => n.name)).toContain('Anouk de Vries');
    expect(result.report.items.filter((i) => i.kind === 'unmatched-name')).toEqual([]);
    expect(result.report.items).toContainEqual(expect.objectContaining({ kind: 'column-left-out', column: 'Email Address [Required]' }));
  });

  it('a roster written surname first is shown first name first, and both forms match; the report says so once', () => {
    const roster = {
      name: 'personeel.csv',
      bytes: new TextEncoder().encode(
        'naam;groep\nVries, Anouk de;1-2\nJansen-de Vries, Bram;1-2\nSmit, Cor;3-4\nMeijer, Daan;3-4\nMulder, Eva;5-6\nLevi-Montalcini, Rita;5-6\n',
      ),
    };
    const result = runAnalysis(proposeImport([file('respondentid-one-header.csv'), roster]));
    expect(result.analysis.nodes.map((n) => n.name).sort()).toEqual([
      'Anouk de Vries',
      'Bram Jansen-de Vries',
      'Cor Smit',
      'Daan Meijer',
      'Eva Mulder',
      'Rita Levi-Montalcini',
    ]);
    expect(result.report.items.filter((i) => i.kind === 'unmatched-name')).toEqual([]);
    expect(result.network.ties.length).toBe(EXPECTED.length);
    const told = result.report.items.filter((i) => i.kind === 'names-reordered');
    expect(told).toEqual([
      { kind: 'names-reordered', file: 'personeel.csv', row: null, column: 'naam', value: 'Vries, Anouk de → Anouk de Vries', detail: '6' },
    ]);
    // One odd entry in a list written first name first is left as written.
    const mixed = {
      name: 'personeel.csv',
      bytes: new TextEncoder().encode('naam\nAnouk de Vries\nBram Jansen-de Vries\nCor Smit\nDaan Meijer\nEva Mulder\nLevi-Montalcini, Rita\n'),
    };
    const kept = runAnalysis(proposeImport([file('respondentid-one-header.csv'), mixed]));
    expect(kept.analysis.nodes.map((n) => n.name)).toContain('Levi-Montalcini, Rita');
    expect(kept.report.items.filter((i) => i.kind === 'names-reordered')).toEqual([]);
  });
});

describe('an edge list with a relation column', () => {
  const text = 'source,target,weight,kind\n1,2,1,advice\n2,1,1,advice\n1,3,2,advice\n1,2,1,friendship\n3,1,1,friendship\n2,3,1,advice\n';
  const edges = { name: 'ties.csv', bytes: new TextEncoder().encode(text) };

  it('reads one relation at a time and never merges them', () => {
    const request = proposeImport([edges]);
    const advice = runAnalysis(request);
    expect(arcs(advice)).toEqual(['1>2', '1>3', '2>1', '2>3']);
    expect(advice.report.items.filter((i) => i.kind === 'duplicate-nomination')).toEqual([]);
    expect(advice.report.items).toContainEqual(expect.objectContaining({ kind: 'other-relation', row: 5, column: 'kind', value: 'friendship', detail: '2' }));
    const friendship = runAnalysis({ ...request, spec: { ...request.spec, relation: 'friendship' } as typeof request.spec });
    expect(arcs(friendship)).toEqual(['1>2', '3>1']);
  });

  it('the wizard lists the relations with their rows; an unknown one is named', () => {
    expect(inspectFiles([edges]).files[0]?.edgeRelations).toEqual({
      column: 'kind',
      values: [
        { value: 'advice', rows: 4, firstRow: 2 },
        { value: 'friendship', rows: 2, firstRow: 5 },
      ],
    });
    const request = proposeImport([edges]);
    expect(() => runAnalysis({ ...request, spec: { ...request.spec, relation: 'cowork' } as typeof request.spec })).toThrow(/unknownRelation/);
  });
});

describe('the user can override how a file is read', () => {
  it('a chosen separator is used as given; a wrong one gets a clear message, not a guessed network', () => {
    const text = 'Naam;Met wie praat je?\nSem Bakker;"Noël de Wit;Anouk de Vries;"\nNoël de Wit;"Sem Bakker;"\nAnouk de Vries;"Sem Bakker;Noël de Wit;"\n';
    const bytes = new TextEncoder().encode(text);
    const forced = inspectFiles([{ name: 'x.csv', bytes, delimiter: ';' }]);
    expect(forced.files[0]?.delimiterForced).toBe(true);
    expect(forced.proposal.spec.shape).toBe('multi-select');
    expect(() => inspectFiles([{ name: 'x.csv', bytes, delimiter: ',' }])).toThrow(/oneColumn/);
    expect(inspectFiles([{ name: 'x.csv', bytes }]).files[0]?.delimiter).toBe(';');
  });

  it('a chosen header row: the lines above are skipped and reported, row numbers stay the file’s', () => {
    const text =
      'Leesteam 2026\nAfgenomen in maart,,\nNaam,Met wie praat je?,Opmerking\nAnouk de Vries,"Sem Bakker, Noël de Wit",\nSem Bakker,Anouk de Vries,\nNoël de Wit,Sem Bakker,\n';
    const file = { name: 'x.csv', bytes: new TextEncoder().encode(text), headerRow: 3 };
    const inspection = inspectFiles([file]);
    expect(inspection.files[0]?.header).toEqual(['Naam', 'Met wie praat je?', 'Opmerking']);
    expect(inspection.files[0]?.headerAt).toBe(3);
    const result = runAnalysis(inspection.proposal);
    expect(result.report.items.filter((i) => i.kind === 'line-above-header').map((i) => i.row)).toEqual([1, 2]);
    expect(result.network.ties).toHaveLength(4);
  });
});

describe('names with a spaced hyphen in grid headers', () => {
  const PEOPLE = ['Sanne Bakker-van Dam', 'Anna Jansen-de Vries', 'Piet de Boer', 'Kim Smit'];
  const roster = { name: 'roster.csv', bytes: new TextEncoder().encode(`naam\n${PEOPLE.join('\n')}\n`) };
  const listed = ['Bakker - van Dam, Sanne', 'Jansen-de Vries, Anna', 'Boer, Piet de', 'Smit, Kim'];
  const answers = (pick: (i: number, j: number) => boolean) => PEOPLE.map((p, i) => [p, ...listed.map((_, j) => (pick(i, j) ? 'Wekelijks' : ''))]);
  const named = (i: number, j: number) => i !== j && (j === 0 || i === 0);

  it.each([
    ['Qualtrics "Question - Name"', (n: string) => `Met wie praat je? - ${n}`],
    ['Forms "Question [Name]"', (n: string) => `Met wie praat je? [${n}]`],
  ])('%s: "Bakker - van Dam, Sanne" is Sanne Bakker-van Dam, with and without a roster', (_tool, header) => {
    const text = [['Naam', ...listed.map(header)], ...answers(named)].map((r) => r.map((c) => `"${c}"`).join(',')).join('\n') + '\n';
    const survey = { name: 'grid.csv', bytes: new TextEncoder().encode(text) };
    for (const files of [[survey, roster], [survey]]) {
      const request = proposeImport(files);
      if (request.spec.shape !== 'rating-grid') throw new Error(request.spec.shape);
      expect(request.spec.columns.map((c) => c.target)).toEqual(listed);
      const result = runAnalysis(request);
      expect(result.network.ties).toHaveLength(6);
      expect(result.analysis.nodes.filter((n) => /Sanne|Bakker/.test(n.name))).toHaveLength(1);
      expect(result.analysis.nodes.find((n) => /Sanne|Bakker/.test(n.name))?.inDegree).toBe(3);
    }
  });
});

describe('Google Forms with one question per colleague and no brackets', () => {
  it.each(['?', '? '])('"What is your relationship with that student?%sBrianna" columns are a grid of colleagues', (sep) => {
    const people = ['Brianna Smith', 'Carlos Diaz', 'Dana Lee', 'Eli Cohen'];
    const header = ['Timestamp', 'Your name', ...people.map((p) => `What is your relationship with that student?${sep}${p}`)];
    const rows = people.map((p, i) => ['2026/03/01 9:00:00 AM', p, ...people.map((q, j) => (i === j ? '' : j === (i + 1) % 4 ? 'Friend' : 'Never'))]);
    const text = [header, ...rows].map((r) => r.map((c) => `"${c}"`).join(',')).join('\n') + '\n';
    const request = proposeImport([{ name: 'google.csv', bytes: new TextEncoder().encode(text) }]);
    if (request.spec.shape !== 'rating-grid') throw new Error(request.spec.shape);
    expect(request.spec.columns.map((c) => c.target)).toEqual(people);
    const result = runAnalysis({ ...request, spec: { ...request.spec, scale: { ...request.spec.scale, friend: 1 } } });
    expect(result.network.ties.map((t) => `${t.source}>${t.target}`).sort()).toEqual([
      'Brianna Smith>Carlos Diaz',
      'Carlos Diaz>Dana Lee',
      'Dana Lee>Eli Cohen',
      'Eli Cohen>Brianna Smith',
    ]);
  });
});
