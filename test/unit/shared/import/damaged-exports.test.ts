// The damaged exports of issue #19 that are questions for the user: choice codes instead of names
// or frequencies, ids Excel damaged, a respondent's own name misspelled, initials two people fit,
// "1.234", two answers about one colleague. Each fires on the damaged file and stays quiet on the
// near miss; nothing becomes a tie by guessing, and each answer travels with the import.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../shared/cli/run-cli';
import type { ImportRequest, InputFile } from '../../../../shared/import/import-files';
import { importFiles } from '../../../../shared/import/import-files';
import { edgeListSpec } from '../../../../shared/import/import-spec';
import { proposeImport } from '../../../../shared/import/propose-import';
import { reportDetail } from '../../../../shared/import/report-detail';
import { ImportError } from '../../../../shared/import/roster';
import { restoreRequest, saveRequest } from '../../../../shared/project/project-file';

const csv = (name: string, text: string): InputFile => ({ name, bytes: new TextEncoder().encode(text) });
const ROSTER = csv(
  'roster.csv',
  'id,naam,bouw\n1,Jan de Vries,groep 1-2\n2,Anouk Bakker,groep 1-2\n3,Sem Jansen,groep 3-4\n4,Lieke Visser,groep 3-4\n5,Daan Smit,groep 5-6\n6,Eva Mulder,groep 5-6\n',
);

async function cli(args: string[], files: InputFile[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const byPath = new Map(files.map((f) => [f.name, f.bytes]));
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    readFile: (p) => {
      const bytes = byPath.get(p);
      if (!bytes) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return bytes;
    },
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    locale: 'en',
  });
  return { code, stdout, stderr };
}

function refusal(run: () => unknown): { code: string; params: Record<string, unknown> } | null {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return { code: error.code, params: error.params };
    throw error;
  }
  return null;
}

const qualtricsHead = [
  'StartDate,EndDate,Status,ResponseId,Q1,Q2',
  'Start Date,End Date,Response Type,Response ID,Wat is je naam?,Met wie praat je over lezen? - Selected Choice',
  '"{""ImportId"":""startDate""}","{""ImportId"":""endDate""}","{""ImportId"":""status""}","{""ImportId"":""_recordId""}","{""ImportId"":""QID1_TEXT""}","{""ImportId"":""QID2""}"',
];
const qualtrics = (answers: [string, string][]): InputFile =>
  csv(
    'qualtrics.csv',
    [...qualtricsHead, ...answers.map(([who, named], i) => `2026-03-0${i + 1} 09:00,2026-03-0${i + 1} 09:05,0,R_${i},${who},"${named}"`)].join('\n') + '\n',
  );
const codes = qualtrics([
  ['Jan de Vries', '2,3'],
  ['Anouk Bakker', '1,6'],
  ['Sem Jansen', '4,1'],
  ['Daan Smit', '4'],
]);
const codedRequest = (): ImportRequest => ({
  data: codes,
  roster: ROSTER,
  spec: {
    shape: 'multi-select',
    respondentColumn: 'Wat is je naam?',
    nominationColumns: ['Met wie praat je over lezen? - Selected Choice'],
    groupColumn: null,
  },
});

describe('choice codes: a number is never a person', () => {
  it('Qualtrics numeric values are not proposed as names, and the message says they are codes', () => {
    expect(refusal(() => proposeImport([codes, ROSTER]))).toMatchObject({
      code: 'import.error.choiceCodesFound',
      params: { column: 'Met wie praat je over lezen? - Selected Choice' },
    });
  });

  it('chosen by hand, the codes are not matched to the roster ids 1–6: no tie, each code reported with its row', () => {
    const { network, report } = importFiles(codedRequest());
    expect(network.ties).toEqual([]);
    const items = report.items.filter((i) => i.kind === 'choice-code');
    expect(items.map((i) => i.value).sort()).toEqual(['1', '1', '2', '3', '4', '4', '6']);
    expect(items.find((i) => i.value === '2')).toMatchObject({ file: 'qualtrics.csv', row: 4, column: 'Met wie praat je over lezen? - Selected Choice' });
  });

  it('the user says whom each code means (the question’s labels); the answer is saved with the project', () => {
    const labelled: ImportRequest = { ...codedRequest(), decisions: { '2': { action: 'map', id: '2' }, '3': { action: 'map', id: '3' } } };
    const { network } = importFiles(restoreRequest(saveRequest(labelled)));
    expect(network.ties.map((t) => `${t.source}>${t.target}`).sort()).toEqual(['1>2', '1>3']);
    // "add as a person" is no answer for a code.
    expect(importFiles({ ...codedRequest(), decisions: { '2': { action: 'add' } } }).network.people.some((p) => p.name === '2')).toBe(false);
  });

  it('the CLI refuses with file, column, row and the codes (exit 2), never a network of ids', async () => {
    const run = await cli(['analyze', '--survey', 'qualtrics.csv', '--nodes', 'roster.csv', '--respondent', 'Q1', '--nominations', 'Q2'], [codes, ROSTER]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('column “Met wie praat je over lezen? - Selected Choice” holds numbers');
    expect(run.stderr).toContain('first in row 4');
    expect(run.stdout).toBe('');
  });

  it('on the CLI, --codes FILE says who each number is (the question’s choices in order); a label not on the roster is refused', async () => {
    const labels = csv('codes.csv', 'code,naam\n1,Jan de Vries\n2,Anouk Bakker\n3,Sem Jansen\n4,Lieke Visser\n5,Daan Smit\n6,Eva Mulder\n');
    const args = [
      'analyze',
      '--survey',
      'qualtrics.csv',
      '--nodes',
      'roster.csv',
      '--respondent',
      'Q1',
      '--nominations',
      'Q2',
      '--codes',
      'codes.csv',
      '--json',
    ];
    const run = await cli(args, [codes, ROSTER, labels]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).network.arcs).toBe(7);
    const wrong = csv('codes.csv', '1,Jan de Vries\n2,Anouk Bakkr\n');
    const refused = await cli(args.slice(0, -1), [codes, ROSTER, wrong]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('In codes.csv, row 2: “2” → “Anouk Bakkr” cannot be used');
  });

  it('a code with no colleague in the --codes file ("11," for "Anders") is left out and said; a code missing from it is named', async () => {
    const withOther = qualtrics([
      ['Jan de Vries', '2,11'],
      ['Anouk Bakker', '1'],
    ]);
    const args = [
      'analyze',
      '--survey',
      'qualtrics.csv',
      '--nodes',
      'roster.csv',
      '--respondent',
      'Q1',
      '--nominations',
      'Q2',
      '--codes',
      'codes.csv',
      '--json',
    ];
    const left = await cli(args, [withOther, ROSTER, csv('codes.csv', '1,Jan de Vries\n2,Anouk Bakker\n11,\n')]);
    expect(left.code).toBe(0);
    expect(left.stderr).not.toContain('do not look like');
    const json = JSON.parse(left.stdout);
    expect(json.network.arcs).toBe(2);
    expect(json.import.items).toContainEqual(expect.objectContaining({ kind: 'code-left-out', value: '11', row: 4 }));
    const missing = await cli(args, [withOther, ROSTER, csv('codes.csv', '1,Jan de Vries\n2,Anouk Bakker\n')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('holds the number 11 (first in row 4), which is not in codes.csv');
    // Without flags the refusal quotes a real answer of the file.
    expect(refusal(() => proposeImport([codes, ROSTER]))?.params).toMatchObject({ value: '2,3', row: 4 });
  });

  it('near miss: the same export with the choice texts imports', () => {
    const texts = qualtrics([
      ['Jan de Vries', 'Anouk Bakker,Sem Jansen'],
      ['Anouk Bakker', 'Jan de Vries,Eva Mulder'],
      ['Sem Jansen', 'Lieke Visser,Jan de Vries'],
    ]);
    const { network, report } = importFiles(proposeImport([texts, ROSTER]));
    expect(network.ties).toHaveLength(6);
    expect(report.items.filter((i) => i.kind === 'choice-code')).toEqual([]);
  });
});

describe('Qualtrics test and status rows are not answers', () => {
  it('"Survey Test" and the numeric statuses 1, 2, 8 (preview, test, spam) are left out with their rows; 0, 4 and 16 are answers', () => {
    const rows = [
      ['0', 'Jan de Vries', 'Anouk Bakker'],
      ['1', 'Test Persoon', 'Anouk Bakker'],
      ['2', 'Sem Jansen', 'Eva Mulder'],
      ['Survey Test', 'Lieke Visser', 'Eva Mulder'],
      ['8', 'Daan Smit', 'Eva Mulder'],
      ['4', 'Anouk Bakker', 'Jan de Vries'],
      ['16', 'Eva Mulder', 'Jan de Vries'],
    ];
    const file = csv(
      'qualtrics.csv',
      [...qualtricsHead, ...rows.map(([status, who, named], i) => `2026-03-0${i + 1} 09:00,2026-03-0${i + 1} 09:05,${status},R_${i},${who},"${named}"`)].join(
        '\n',
      ) + '\n',
    );
    const { network, report } = importFiles(proposeImport([file, ROSTER]));
    expect(report.items.filter((i) => i.kind === 'preview-response').map((i) => [i.row, i.value])).toEqual([
      [5, '1 (Survey Preview)'],
      [6, '2 (Survey Test)'],
      [7, 'Survey Test'],
      [8, '8 (Spam)'],
    ]);
    expect(network.ties.map((t) => `${t.source}>${t.target}`).sort()).toEqual(['1>2', '2>1', '6>1']);
    expect(report.respondents).toBe(3);
  });
});

describe('a question answered with one colleague each', () => {
  it('is proposed when its answers are the roster’s people; names not on it (authors, say) are not a network', () => {
    const one = csv(
      's.csv',
      'Tijdstempel,Wat is je naam?,Met wie praat je het meest?\n1,Jan de Vries,Anouk Bakker\n2,Anouk Bakker,Jan de Vries\n3,Sem Jansen,Lieke Visser\n4,Lieke Visser,Sem Jansen\n',
    );
    expect(importFiles(proposeImport([one, ROSTER])).network.ties).toHaveLength(4);
    const authors = csv(
      's.csv',
      'Tijdstempel,Wat is je naam?,Favoriete kinderboekenschrijver?\n1,Jan de Vries,Annie M.G. Schmidt\n2,Anouk Bakker,Paul Biegel\n3,Sem Jansen,Thea Beckman\n4,Lieke Visser,Guus Kuijer\n',
    );
    expect(refusal(() => proposeImport([authors, ROSTER]))?.code).toBe('import.error.noNetworkQuestion');
  });
});

const gridHeader = [
  'Naam',
  ...['Jan de Vries', 'Anouk Bakker', 'Sem Jansen', 'Lieke Visser', 'Daan Smit', 'Eva Mulder'].map((n) => `Hoe vaak praat je met - ${n}`),
];
const grid = (rows: string[][]): InputFile => csv('grid.csv', [gridHeader, ...rows].map((r) => r.join(',')).join('\n') + '\n');
const frequencyCodes = grid([
  ['Jan de Vries', '', '5', '1', '1', '1', '2'],
  ['Anouk Bakker', '4', '', '1', '1', '1', '1'],
  ['Sem Jansen', '1', '1', '', '5', '2', '1'],
]);

describe('a 1–5 frequency grid is not "everyone names everyone"', () => {
  it('numbered answers are codes until the user weighs them: no tie, one report item per code with its cells', () => {
    const { network, report } = importFiles(proposeImport([frequencyCodes, ROSTER]));
    expect(network.ties).toEqual([]);
    const items = report.items.filter((i) => i.kind === 'choice-code');
    expect(items.map((i) => [i.value, i.detail])).toEqual([
      ['1', '10'],
      ['2', '2'],
      ['4', '1'],
      ['5', '2'],
    ]);
    expect(reportDetail(items[0]!)).toEqual({ key: 'report.detail.cells', params: { count: 10 } });
  });

  it('with weights (1 = never = 0) the ties are the answers, and the CLI takes them as --scale', async () => {
    const request = proposeImport([frequencyCodes, ROSTER]);
    if (request.spec.shape !== 'rating-grid') throw new Error('not a grid');
    const weighed = { ...request, spec: { ...request.spec, scale: { ...request.spec.scale, '1': 0, '2': 1, '3': 2, '4': 3, '5': 4 } } };
    const ties = importFiles(restoreRequest(saveRequest(weighed))).network.ties;
    expect(ties.map((t) => `${t.source}>${t.target}:${t.weight}`).sort()).toEqual(['1>2:4', '1>6:1', '2>1:3', '3>4:4', '3>5:1']);
    const refused = await cli(['analyze', '--survey', 'grid.csv', '--nodes', 'roster.csv'], [frequencyCodes, ROSTER]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--scale "1=0,2=1,3=2,4=3,5=4"');
    const run = await cli(['analyze', '--survey', 'grid.csv', '--nodes', 'roster.csv', '--scale', '1=0,2=1,3=2,4=3,5=4', '--json'], [frequencyCodes, ROSTER]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).network.arcs).toBe(5);
  });

  it('near misses: 0/1 ticks read as ticks; a legend in the header ("0 = nooit, …") says what the numbers mean', () => {
    const ticks = grid([
      ['Jan de Vries', '', '1', '0', '0', '0', '1'],
      ['Anouk Bakker', '1', '', '0', '0', '0', '0'],
      ['Sem Jansen', '0', '0', '', '1', '1', '0'],
    ]);
    expect(importFiles(proposeImport([ticks, ROSTER])).network.ties).toHaveLength(5);
    const legend = csv(
      'grid.csv',
      [
        [
          'Naam',
          ...['Jan de Vries', 'Anouk Bakker', 'Sem Jansen'].map(
            (n) => `"Hoe vaak (0 = nooit, 1 = een paar keer per jaar, 2 = maandelijks, 3 = wekelijks, 4 = dagelijks) [${n}]"`,
          ),
        ],
        ['Jan de Vries', '', '4', '0'],
        ['Anouk Bakker', '3', '', '1'],
        ['Sem Jansen', '0', '2', ''],
      ]
        .map((r) => r.join(','))
        .join('\n'),
    );
    const ties = importFiles(proposeImport([legend, ROSTER])).network.ties;
    expect(ties.map((t) => `${t.source}>${t.target}:${t.weight}`).sort()).toEqual(['1>2:4', '2>1:3', '2>3:1', '3>2:2']);
  });
});

describe('two different answers about one colleague', () => {
  it('"Nooit" and "Dagelijks" for the same colleague: both shown with their rows, the highest counts', () => {
    const twice = csv(
      'grid.csv',
      'Naam,Hoe vaak [Anouk Bakker],Hoe vaak [Sem Jansen],Nogmaals [Anouk Bakker]\nJan de Vries,Nooit,Wekelijks,Dagelijks\nSem Jansen,Maandelijks,,\n',
    );
    const request = proposeImport([twice, ROSTER]);
    const { network, report } = importFiles(request);
    const conflict = report.items.find((i) => i.kind === 'conflicting-answers');
    expect(conflict).toMatchObject({ file: 'grid.csv', row: 2, column: 'Nogmaals [Anouk Bakker]', value: 'Anouk Bakker', kept: 'Dagelijks' });
    expect(reportDetail(conflict!)).toEqual({
      key: 'report.detail.conflict',
      params: { first: 'Nooit', firstRow: 2, second: 'Dagelijks', secondRow: 2, kept: 'Dagelijks' },
    });
    expect(network.ties.find((t) => t.source === '1' && t.target === '2')?.weight).toBe(4);
  });

  it('two grid columns with the very same title ("… [Anouk Bakker]" twice): both read, the disagreement shown', () => {
    const twice = csv(
      'grid.csv',
      'Naam,Hoe vaak? [Anouk Bakker],Hoe vaak? [Sem Jansen],Hoe vaak? [Lieke Visser],Hoe vaak? [Anouk Bakker]\nJan de Vries,Nooit,Wekelijks,Nooit,Dagelijks\nSem Jansen,Maandelijks,,Wekelijks,Maandelijks\n',
    );
    const request = proposeImport([twice, ROSTER]);
    expect(request.spec.shape === 'rating-grid' && request.spec.columns.map((c) => c.target)).toEqual([
      'Anouk Bakker',
      'Sem Jansen',
      'Lieke Visser',
      'Anouk Bakker',
    ]);
    const { report } = importFiles(request);
    expect(report.items.find((i) => i.kind === 'conflicting-answers')).toMatchObject({ row: 2, column: 'Hoe vaak? [Anouk Bakker] (2)', kept: 'Dagelijks' });
    expect(report.items.filter((i) => i.kind === 'duplicate-nomination').map((i) => i.row)).toEqual([3]);
  });

  it('a grid column for a name two roster people fit: its answers wait for a decision, counted, and the CLI says so', async () => {
    const roster = csv('r.csv', 'naam\nJ. de Vries\nJeroen de Vries\nAnouk Bakker\nSem Jansen\n');
    const grid = csv(
      'g.csv',
      'Naam,Hoe vaak? [J. de Vries],Hoe vaak? [Anouk Bakker],Hoe vaak? [Sem Jansen]\nJeroen de Vries,Wekelijks,Dagelijks,Nooit\nAnouk Bakker,Maandelijks,,Wekelijks\nSem Jansen,Nooit,Wekelijks,\n',
    );
    const { report } = importFiles(proposeImport([grid, roster]));
    const item = report.items.find((i) => i.kind === 'ambiguous-name');
    expect(item).toMatchObject({ row: 1, column: 'Hoe vaak? [J. de Vries]', value: 'J. de Vries', detail: '2' });
    expect(reportDetail(item!)).toEqual({ key: 'report.detail.answers', params: { count: 2 } });
    const run = await cli(['analyze', '--survey', 'g.csv', '--nodes', 'r.csv'], [grid, roster]);
    expect(run.stderr).toContain('1 written name is not (uniquely) on the roster, and its answers are not used (how many in brackets): “J. de Vries” (2)');
  });

  it('an edge list with one pair twice at different weights shows both rows; the same weight twice is a plain duplicate', () => {
    const edges = csv('edges.csv', 'source,target,weight\n1,2,1\n2,1,3\n1,2,4\n2,1,3\n');
    const items = importFiles({ data: edges, roster: ROSTER, spec: edgeListSpec() }).report.items;
    expect(items.find((i) => i.kind === 'conflicting-answers')).toMatchObject({
      row: 4,
      answers: [
        { row: 2, answer: '1' },
        { row: 4, answer: '4' },
      ],
      kept: '4',
    });
    expect(items.filter((i) => i.kind === 'duplicate-nomination').map((i) => i.row)).toEqual([5]);
  });
});

describe('ids and groups damaged by Excel', () => {
  const nodes = csv('nodes.csv', 'id,name,group\n00123,Jan de Vries,1-2\n00124,Anouk Bakker,1-2\n00125,Sem Jansen,3-4\n00126,Lieke Visser,3-4\n');
  const damaged = csv('edges.csv', 'source,target\n123,124\n124,123\n125,126\n00126,00125\n123,00125\n');
  const request: ImportRequest = { data: damaged, roster: nodes, spec: edgeListSpec() };

  it('ids that lost their leading zeros are asked about per column, with the rows; no answer, no phantom network on the CLI', async () => {
    const { report } = importFiles(request);
    const asked = report.items.filter((i) => i.kind === 'unknown-id' && i.asId);
    expect(asked.map((i) => [i.column, i.row, i.value, i.asId])).toEqual([
      ['source', 2, '123', '00123'],
      ['target', 2, '124', '00124'],
      ['source', 3, '124', '00124'],
      ['target', 3, '123', '00123'],
      ['source', 4, '125', '00125'],
      ['target', 4, '126', '00126'],
    ]);
    const run = await cli(['analyze', '--edges', 'edges.csv', '--nodes', 'nodes.csv'], [damaged, nodes]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('column “source”, “target”, 4 ids are not in nodes.csv');
    expect(run.stderr).toContain('123 → 00123; first in row 2');
  });

  it('answered "the same people": read as the nodes-file ids, each repair in the report; saved with the project', async () => {
    const repaired = restoreRequest(saveRequest({ ...request, idRepairs: { source: true, target: true } }));
    expect(repaired.idRepairs).toEqual({ source: true, target: true });
    const { network, report } = importFiles(repaired);
    expect(network.people.map((p) => p.id).sort()).toEqual(['00123', '00124', '00125', '00126']);
    expect(network.ties).toHaveLength(5);
    expect(report.items.filter((i) => i.kind === 'damaged-id')).toHaveLength(6);
    const run = await cli(['analyze', '--edges', 'edges.csv', '--nodes', 'nodes.csv', '--repair-ids', '--json'], [damaged, nodes]);
    expect(JSON.parse(run.stdout).network.nodes).toBe(4);
    // "Other people": kept as written, each unknown id still reported with its first row.
    const kept = importFiles({ ...request, idRepairs: { source: false, target: false } });
    expect(kept.network.people).toHaveLength(8);
    expect(kept.report.items.filter((i) => i.kind === 'unknown-id' && !i.asId)).toHaveLength(6);
  });

  it('near miss: an id simply not in the nodes file is reported (not asked), the intact ids match', () => {
    const edges = csv('edges.csv', 'source,target\n00123,00124\n00124,999\n');
    const { report } = importFiles({ data: edges, roster: nodes, spec: edgeListSpec() });
    expect(report.items.filter((i) => i.kind === 'unknown-id')).toEqual([expect.objectContaining({ value: '999', row: 3, column: 'target', detail: '1' })]);
    expect(report.items.some((i) => i.asId)).toBe(false);
  });

  it('a matrix with a name not on the roster says so with its place (near miss: all on it, nothing said)', () => {
    const matrix = csv('m.csv', ';Jan de Vries;Anouk Bakker;Sem Jansn\nJan de Vries;0;1;1\nAnouk Bakker;1;0;0\nSem Jansn;1;0;0\n');
    const items = importFiles({ data: matrix, roster: ROSTER, spec: { shape: 'matrix' } }).report.items.filter((i) => i.kind === 'unknown-id');
    expect(items.map((i) => [i.row, i.column, i.value])).toEqual([[1, 'Sem Jansn', 'Sem Jansn']]);
    const clean = csv('m.csv', ';Jan de Vries;Anouk Bakker;Sem Jansen\nJan de Vries;0;1;1\nAnouk Bakker;1;0;0\nSem Jansen;1;0;0\n');
    expect(importFiles({ data: clean, roster: ROSTER, spec: { shape: 'matrix' } }).report.items.filter((i) => i.kind === 'unknown-id')).toEqual([]);
  });

  it('an id in scientific notation (1,23E+11) is refused: its digits are gone', () => {
    const edges = csv('edges.csv', 'source;target\n1,23E+11;1,24E+11\n');
    const nodes12 = csv('nodes.csv', 'id,name\n123000000001,Jan\n124000000002,Anouk\n');
    expect(refusal(() => importFiles({ data: edges, roster: nodes12, spec: edgeListSpec() }))).toMatchObject({
      code: 'import.error.idScientific',
      params: { column: 'source', row: 2, value: '1,23E+11' },
    });
    expect(refusal(() => importFiles({ data: edges, roster: csv('n.csv', 'id,name\n1.23E+11,Jan\n'), spec: edgeListSpec() }))?.code).toBe(
      'import.error.idScientific',
    );
  });

  it('groups "1-2" that Excel made dates are asked about with the range each was; a column of real dates is left alone', async () => {
    const dated = csv(
      'nodes.csv',
      'id,name,group,start\n1,Jan,1-2,2020-08-01\n2,Anouk,1-feb,2021-08-01\n3,Sem,2026-04-03,2019-08-01\n4,Lieke,3-4,2018-08-01\n5,Eva,2-Jan,2018-08-01\n',
    );
    const edges = csv('edges.csv', 'source,target\n1,2\n2,3\n3,4\n4,5\n');
    const request: ImportRequest = { data: edges, roster: dated, spec: edgeListSpec() };
    const items = importFiles(request).report.items.filter((i) => i.kind === 'date-value');
    // Dutch Excel reads "1-2" as 1 February, English Excel as January 2: each reading shown as the likelier range.
    expect(items.map((i) => [i.row, i.column, i.value, i.detail])).toEqual([
      [3, 'group', '1-feb', '1-2'],
      [4, 'group', '2026-04-03', '3-4'],
      [6, 'group', '2-Jan', '1-2'],
    ]);
    const refused = await cli(['analyze', '--edges', 'edges.csv', '--nodes', 'nodes.csv'], [edges, dated]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('column “group”, 3 groups look like a date Excel made of a range (such as “1-feb” in row 3, probably “1-2”)');
    // Answered (saved with the project): the groups are the ranges, and each repair is in the report.
    const repaired = importFiles(restoreRequest(saveRequest({ ...request, groupDates: { group: true } })));
    expect(repaired.network.people.map((p) => p.attributes.group)).toEqual(['1-2', '1-2', '3-4', '3-4', '1-2']);
    expect(repaired.report.items.filter((i) => i.kind === 'date-repaired')).toHaveLength(3);
    const run = await cli(['analyze', '--edges', 'edges.csv', '--nodes', 'nodes.csv', '--repair-dates', '--json'], [edges, dated]);
    expect(
      JSON.parse(run.stdout)
        .groups.map((g: { group: string }) => g.group)
        .sort(),
    ).toEqual(['1-2', '3-4']);
    const kept = await cli(['analyze', '--edges', 'edges.csv', '--nodes', 'nodes.csv', '--keep-dates'], [edges, dated]);
    expect(kept.code).toBe(0);
    expect(kept.stderr).toContain('column “group”: 3 values look like a date Excel made of a group');
    // Near miss: the start dates are real dates (no ranges in that column) and are never asked about.
    expect(items.some((i) => i.column === 'start')).toBe(false);
  });
});

describe('names that need the user', () => {
  it('a respondent who misspells their own name: said with the likeliest roster person, and the user’s choice counts their answers as that person', async () => {
    const survey = csv(
      's.csv',
      'Naam,Met wie praat je?\nJan de Vries,"Anouk Bakker, Sem Jansen"\nAnouk Bakker,Jan de Vries\nSem Jansn,"Lieke Visser, Jan de Vries"\nLieke Visser,Sem Jansen\n',
    );
    const request = proposeImport([survey, ROSTER]);
    expect(importFiles(request).report.items).toContainEqual(
      expect.objectContaining({ kind: 'unknown-respondent', row: 4, column: 'Naam', value: 'Sem Jansn' }),
    );
    const run = await cli(['analyze', '--survey', 's.csv', '--nodes', 'roster.csv'], [survey, ROSTER]);
    expect(run.stderr).toContain('s.csv, row 4, column “Naam”: the respondent “Sem Jansn” is not on the roster');
    expect(run.stderr).toContain('perhaps Sem Jansen');
    const mapped = importFiles(restoreRequest(saveRequest({ ...request, decisions: { 'sem jansn': { action: 'map', id: '3' } } })));
    expect(mapped.network.people.find((p) => p.id === '3')?.responded).toBe(true);
    expect(mapped.network.people.some((p) => p.name === 'Sem Jansn')).toBe(false);
    // On the CLI the same decision is a --match file: the name as written, then the roster person.
    const match = csv('match.csv', 'geschreven;bedoeld\nSem Jansn;Sem Jansen\n');
    const matched = await cli(['analyze', '--survey', 's.csv', '--nodes', 'roster.csv', '--match', 'match.csv', '--json'], [survey, ROSTER, match]);
    expect(matched.stderr).not.toContain('Sem Jansn');
    expect(JSON.parse(matched.stdout).network.nodes).toBe(6);
    // Left out by choice: the row is not read, and the report says so.
    const left = importFiles({ ...request, decisions: { 'sem jansn': { action: 'ignore' } } });
    expect(left.report.items).toContainEqual(expect.objectContaining({ kind: 'respondent-left-out', row: 4 }));
    expect(left.network.ties.some((t) => t.target === '4')).toBe(false);
  });

  it('near miss: respondents on the roster say nothing on stderr', async () => {
    const survey = csv(
      's.csv',
      'Naam,Met wie praat je?\nJan de Vries,"Anouk Bakker, Sem Jansen"\nAnouk Bakker,Jan de Vries\nSem Jansen,"Lieke Visser, Jan de Vries"\n',
    );
    expect((await cli(['analyze', '--survey', 's.csv', '--nodes', 'roster.csv'], [survey, ROSTER])).stderr).not.toContain('not on the roster');
  });

  it('"J. de Vries" on a roster that also has "Jeroen de Vries" is not matched by itself; with only one person it is', async () => {
    const roster = csv('r.csv', 'naam\nJ. de Vries\nJeroen de Vries\nAnouk Bakker\n');
    const survey = csv('s.csv', 'Naam,Met wie praat je?\nAnouk Bakker,"J. de Vries, Jeroen de Vries"\nJeroen de Vries,Anouk Bakker\n');
    const spec = { shape: 'multi-select' as const, respondentColumn: 'Naam', nominationColumns: ['Met wie praat je?'], groupColumn: null };
    const { network, report } = importFiles({ data: survey, roster, spec });
    expect(report.items).toContainEqual(expect.objectContaining({ kind: 'ambiguous-roster-name', row: 2, value: 'J. de Vries', detail: '3' }));
    expect(report.items).toContainEqual(expect.objectContaining({ kind: 'ambiguous-name', row: 2, value: 'J. de Vries' }));
    expect(network.ties.map((t) => `${t.source}>${t.target}`).sort()).toEqual(['Anouk Bakker>Jeroen de Vries', 'Jeroen de Vries>Anouk Bakker']);
    // As a respondent, "J. de Vries" is counted apart until decided — and the roster's J. de Vries stays a person of their own.
    const answering = csv('s.csv', 'Naam,Met wie praat je?\nJ. de Vries,Anouk Bakker\nAnouk Bakker,Jeroen de Vries\n');
    const asRespondent = importFiles({ data: answering, roster, spec });
    expect(asRespondent.network.people.map((p) => [p.id, p.responded, p.unlisted ?? false])).toEqual([
      ['J. de Vries', false, false],
      ['Jeroen de Vries', false, false],
      ['Anouk Bakker', true, false],
      ['J. de Vries (2)', true, true],
    ]);
    const said = await cli(
      ['analyze', '--survey', 's.csv', '--nodes', 'r.csv', '--respondent', 'Naam', '--nominations', 'Met wie praat je?'],
      [answering, roster],
    );
    expect(said.stderr).toContain('the respondent “J. de Vries” fits more than one person on the roster (J. de Vries and Jeroen de Vries)');
    const alone = csv('r.csv', 'naam\nJ. de Vries\nJeroen Bakker\nAnouk Bakker\n');
    expect(importFiles({ data: survey, roster: alone, spec }).report.items.filter((i) => i.kind === 'ambiguous-roster-name')).toEqual([]);
  });
});

describe('"1.234" is said, not silently read', () => {
  it('a weight with three digits after its only mark is reported with the number read; 1.5 and 12 are not', () => {
    const edges = csv('edges.csv', 'source;target;weight\n1;2;1.234\n2;1;1,5\n1;3;12\n3;1;2,500\n');
    const items = importFiles({ data: edges, roster: ROSTER, spec: edgeListSpec() }).report.items.filter((i) => i.kind === 'ambiguous-number');
    expect(items.map((i) => [i.row, i.column, i.value, i.detail])).toEqual([
      [2, 'weight', '1.234', '1.234'],
      [5, 'weight', '2,500', '2.5'],
    ]);
  });
});
