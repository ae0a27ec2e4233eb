// Every survey tool's export shape, written from the tools' published formats (see
// test/fixtures/README.md), holds the same answers — so each must give the same network
// without the user reshaping anything. The app and the CLI both import through proposeImport.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InputFile } from '../../../../shared/import/import-files';
import { proposeImport } from '../../../../shared/import/propose-import';
import { runAnalysis } from '../../../../shared/pipeline/run-analysis';

const DIR = resolve(__dirname, '../../../fixtures/import/tools');
const file = (name: string): InputFile => ({ name, bytes: new Uint8Array(readFileSync(resolve(DIR, name))) });
const EXPECTED = ['1>2', '1>3', '2>1', '2>6', '3>1', '3>4', '4>3', '4>5', '4>6', '5>4'];

function importTool(name: string) {
  const request = proposeImport([file(name), file('roster.csv')]);
  return { request, result: runAnalysis(request) };
}

const arcs = (r: ReturnType<typeof runAnalysis>) => r.network.ties.map((t) => `${t.source}>${t.target}`).sort();

describe('survey exports from each tool give the same network', () => {
  it.each([
    ['google-forms.csv', 'multi-select'],
    ['google-forms-grid.csv', 'rating-grid'],
    ['qualtrics.csv', 'multi-select'],
    ['surveymonkey.csv', 'rating-grid'],
    ['limesurvey.csv', 'rating-grid'],
    ['name-fields.csv', 'multi-select'],
    ['msforms-unicode.txt', 'multi-select'],
    ['msforms-cp1252.csv', 'multi-select'],
    ['msforms-utf8bom.csv', 'multi-select'],
  ])('%s (%s)', (name, shape) => {
    const { request, result } = importTool(name);
    expect(request.spec.shape).toBe(shape);
    expect(request.roster?.name).toBe('roster.csv');
    expect(arcs(result)).toEqual(EXPECTED);
    expect(result.report.respondents).toBe(5);
    expect(result.report.items.filter((i) => i.kind === 'unmatched-name')).toEqual([]);
    expect(result.report.items.filter((i) => i.kind === 'non-respondent').map((i) => i.value)).toEqual(['Eva Mulder']);
  });

  it('Google Forms: "Vries, Jan de" stays one name though the answers are comma-joined', () => {
    const { result } = importTool('google-forms.csv');
    expect(result.analysis.nodes.find((n) => n.id === '1')?.inDegree).toBe(2);
  });

  it('grid answers become weights: Nooit is no tie, Maandelijks 2, Wekelijks 3, Dagelijks 4', () => {
    const { result } = importTool('google-forms-grid.csv');
    const weight = (s: string, t: string) => result.network.ties.find((x) => x.source === s && x.target === t)?.weight;
    expect([weight('2', '1'), weight('1', '2'), weight('1', '3')]).toEqual([4, 3, 2]);
    expect(result.network.weighted).toBe(true);
  });

  it('Qualtrics: the preview response is left out and reported with its file row', () => {
    const { result } = importTool('qualtrics.csv');
    expect(result.report.items).toContainEqual(expect.objectContaining({ kind: 'preview-response', row: 4, value: 'Survey Preview' }));
    expect(result.report.items).toContainEqual(expect.objectContaining({ kind: 'column-left-out', column: 'IP Address' }));
    expect(result.analysis.nodes.map((n) => n.name)).not.toContain('Test Persoon');
  });

  it('SurveyMonkey: the e-mail and IP columns are left out', () => {
    const { result } = importTool('surveymonkey.csv');
    const left = result.report.items.filter((i) => i.kind === 'column-left-out').map((i) => i.column);
    expect(left).toEqual(expect.arrayContaining(['IP Address', 'Email Address']));
  });
});

describe('the same data in every file format gives the same network', () => {
  it('Microsoft Forms as Excel CSV (cp1252 ;), CSV UTF-8 (BOM), Unicode text (UTF-16) and .xlsx', async () => {
    const { loadInputFiles } = await import('../../../../shared/import/read-xlsx');
    const networks = [];
    for (const name of ['msforms-cp1252.csv', 'msforms-utf8bom.csv', 'msforms-unicode.txt', 'msforms.xlsx']) {
      const { files } = await loadInputFiles([file(name), file('roster.csv')]);
      const result = runAnalysis(proposeImport(files));
      networks.push({ arcs: arcs(result), nodes: result.analysis.nodes.map((n) => [n.id, n.inDegree, n.outDegree, n.betweenness]) });
    }
    for (const n of networks) expect(n).toEqual(networks[0]);
    expect(networks[0]?.arcs).toEqual(EXPECTED);
  });

  it('an adjacency matrix with names in the first row and column', () => {
    const { request, result } = importTool('matrix.csv');
    expect(request.spec.shape).toBe('matrix');
    expect(arcs(result)).toEqual(EXPECTED);
  });
});

describe('several questions in one export (multiplex)', () => {
  it('lists each question as a relation and analyses the one chosen', async () => {
    const { inspectFiles } = await import('../../../../shared/import/inspect-files');
    const inspection = inspectFiles([file('msforms-two-questions.csv'), file('roster.csv')]);
    const survey = inspection.files.find((f) => f.name === 'msforms-two-questions.csv')!;
    expect(survey.relations.map((r) => r.name)).toEqual(['Met wie praat je over begrijpend lezen?', 'Met wie praat je over rekenen?']);
    const reading = runAnalysis({
      ...inspection.proposal,
      spec: { shape: 'multi-select', respondentColumn: 'Naam', nominationColumns: survey.relations[0]!.columns, groupColumn: null },
    });
    const maths = runAnalysis({
      ...inspection.proposal,
      spec: { shape: 'multi-select', respondentColumn: 'Naam', nominationColumns: survey.relations[1]!.columns, groupColumn: null },
    });
    expect(arcs(reading)).toEqual(EXPECTED);
    expect(arcs(maths)).toEqual(['1>6', '2>3', '2>5', '3>2', '4>1', '5>4', '5>6']);
  });
});

describe('who named nobody', () => {
  it('is in the import report with their name and row, for names in one column and for grids', () => {
    const encode = (s: string) => new TextEncoder().encode(s);
    const roster: InputFile = { name: 'team.csv', bytes: encode('naam\nAnouk Bakker\nSem Jansen\nLieke Visser\n') };
    const names: InputFile = {
      name: 'forms.csv',
      bytes: encode('Naam,Met wie praat je?\nAnouk Bakker,"Sem Jansen;Lieke Visser;"\nSem Jansen,\nLieke Visser,"Anouk Bakker;"\n'),
    };
    const one = runAnalysis(proposeImport([names, roster])).report.items.filter((i) => i.kind === 'empty-answer');
    expect(one.map((i) => [i.value, i.row])).toEqual([['Sem Jansen', 3]]);
    const grid: InputFile = {
      name: 'grid.csv',
      bytes: encode('Naam,Met wie? [Anouk Bakker],Met wie? [Sem Jansen],Met wie? [Lieke Visser]\nAnouk Bakker,,Y,\nSem Jansen,,,\nLieke Visser,Y,,\n'),
    };
    const two = runAnalysis(proposeImport([grid, roster])).report.items.filter((i) => i.kind === 'empty-answer');
    expect(two.map((i) => [i.value, i.row])).toEqual([['Sem Jansen', 3]]);
  });
});
