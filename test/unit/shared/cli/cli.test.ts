// The CLI runs the same importer and pipeline as the app. A Dutch Microsoft Forms export
// saved by Excel as ';'-separated Windows-1252 works from the command line, every dropped
// answer is reported with file, row and column, and bad arguments give exit code 2.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../../shared/cli/run-cli';

const FIXTURES = resolve(__dirname, '../../../fixtures/import');
const SURVEY = resolve(FIXTURES, 'msforms-nl-cp1252.csv');
const QUESTION = 'Met wie bespreek je je instructie?';

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    readFile: (p) => new Uint8Array(readFileSync(p)),
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    locale: 'en',
  });
  return { code, stdout, stderr };
}

const surveyArgs = (roster: string) => [
  'analyze',
  '--survey',
  SURVEY,
  '--respondent',
  'Naam',
  '--nominations',
  QUESTION,
  '--nodes',
  resolve(FIXTURES, roster),
  '--json',
];

describe('talkmap analyze --survey (Dutch Excel CSV, cp1252, ;)', () => {
  let code = -1;
  let stdout = '';
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let json: any;
  let items: { kind: string; row: number | null; column: string | null; value: string }[] = [];
  beforeAll(async () => {
    ({ code, stdout } = await cli(surveyArgs('roster-nl-cp1252.csv')));
    json = JSON.parse(stdout);
    items = json.import.items;
  });

  it('reads names with diacritics and builds the network', () => {
    expect(code).toBe(0);
    expect(json.import.files[0]).toMatchObject({ encoding: 'windows-1252', delimiter: ';' });
    expect(json.nodes.map((n: { name: string }) => n.name)).toContain('Zoë de Wit');
    expect(json.network.nodes).toBe(6);
    expect(json.network.respondents).toBe(4);
    expect(json.network.responseRate).toBeCloseTo(4 / 6, 12);
    // Zoë→Anaïs, Zoë→José, Anaïs→Zoë, Noah→José, Noah→Ruud, José(latest)→Zoë, Noah, Anaïs
    expect(json.network.arcs).toBe(8);
  });

  it('matches a straight apostrophe to the roster’s curly one', () => {
    const ruud = json.nodes.find((n: { name: string }) => n.name === 'Ruud d’Hondt');
    expect(ruud.inDegree).toBe(1);
  });

  it('reports every answer that did not become a tie, with file, row and column', () => {
    const file = 'msforms-nl-cp1252.csv';
    expect(items).toContainEqual(expect.objectContaining({ kind: 'unmatched-name', file, row: 2, column: QUESTION, value: 'Meester Kees' }));
    expect(items).toContainEqual(expect.objectContaining({ kind: 'self-nomination', file, row: 3, column: QUESTION, value: 'Anaïs Verhoeven' }));
    expect(items).toContainEqual(expect.objectContaining({ kind: 'duplicate-nomination', file, row: 5, column: QUESTION, value: 'José Martens' }));
    expect(items).toContainEqual(expect.objectContaining({ kind: 'repeat-submission', file, row: 4, column: 'Naam', value: 'José Martens', detail: '6' }));
    expect(items).toContainEqual(expect.objectContaining({ kind: 'column-left-out', column: 'E-mail' }));
    expect(
      items
        .filter((i) => i.kind === 'non-respondent')
        .map((i) => i.value)
        .sort(),
    ).toEqual(['Fenna Smit', 'Ruud d’Hondt']);
    expect(stdout).not.toContain('@school.example');
  });

  it('gives non-respondents unknown (null) out-degrees', () => {
    const fenna = json.nodes.find((n: { name: string }) => n.name === 'Fenna Smit');
    expect(fenna.outDegree).toBeNull();
    expect(fenna.inDegree).toBe(0);
  });

  it.each(['roster-nl-utf8bom.csv', 'roster-nl-utf16.txt'])('gets the same network with the roster as %s', async (roster) => {
    const other = JSON.parse((await cli(surveyArgs(roster))).stdout);
    expect(other.nodes).toEqual(json.nodes);
    expect(other.network).toEqual(json.network);
  });
});

describe('talkmap CLI arguments and errors', () => {
  it('analyze --demo --json prints one JSON object with network, nodes, findings', async () => {
    const { code, stdout, stderr } = await cli(['analyze', '--demo', '--json']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['network', 'nodes', 'groups', 'groupDensity', 'findings', 'import']));
    expect(json.findings[0]).toMatchObject({ kind: 'weak-group-link', message: { nl: expect.any(String), en: expect.any(String) } });
  });

  it('prints a readable summary without --json, in the chosen language', async () => {
    const { code, stdout } = await cli(['analyze', '--demo', '--lang', 'nl']);
    expect(code).toBe(0);
    expect(stdout).toContain('Geen enkele band tussen groep 3-4 en groep 5-6');
    expect(stdout).toContain('Naam');
  });

  it.each([
    [['analyze'], /exactly one of --demo/],
    [['analyze', '--edges'], /--edges needs a value/],
    [['analyze', '--demo', '--frobnicate'], /unknown option "--frobnicate"/],
    [['explode'], /unknown command "explode"/],
    [['analyze', '--survey', SURVEY, '--respondent', 'Naam'], /--respondent COLUMN and --nominations COLUMN/],
    [['analyze', '--edges', '/no/such/file.csv'], /\/no\/such\/file\.csv is not there: check the name and the folder\./],
    [['analyze', '--edges', FIXTURES], /is a folder, not a file/],
    [['analyze', '--log', '/no/such/log.csv'], /\/no\/such\/log\.csv is not there/],
    [['analyze', '--survey', SURVEY, '--respondent', 'Wie', '--nominations', QUESTION], /has no column “Wie”/],
  ])('%j exits 2 with a clear message on stderr', async (args, message) => {
    const { code, stdout, stderr } = await cli(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toMatch(message);
  });

  it.each([
    [['analyze', '--edges', '--lang', 'nl'], /^talkmap: --edges heeft een waarde nodig$/],
    [['analyze', '--demo', '--frobnicate', '--lang', 'nl'], /^talkmap: onbekende optie "--frobnicate"$/],
    [['explode', '--lang', 'nl'], /^talkmap: onbekende opdracht "explode"$/],
    [
      ['analyze', '--edges', 'a.csv', '--edges', 'b.csv', '--lang', 'nl'],
      /^talkmap: analyze neemt één --edges; om twee metingen te vergelijken: talkmap compare --edges VOOR --edges NA$/,
    ],
    [['analyze', '--lang', 'nl'], /^talkmap: geef precies één van --demo/],
    [['analyze', '--edges', '/no/such/file.csv', '--lang', 'nl'], /^talkmap: \/no\/such\/file\.csv is er niet: controleer de naam en de map\.$/],
  ])('%j: the mistake and the usage in Dutch', async (args, message) => {
    const { code, stderr } = await cli(args);
    expect(code).toBe(2);
    const [first, second] = stderr.split('\n');
    expect(first).toMatch(message);
    if (!/is er niet/.test(first ?? '')) expect(second).toBe('Gebruik:');
  });

  it('prints the usage in the language asked for, with the same options in both', async () => {
    const nl = (await cli(['--help', '--lang', 'nl'])).stdout;
    const en = (await cli(['--help'])).stdout;
    expect(nl.split('\n')[0]).toBe('Gebruik:');
    expect(en.split('\n')[0]).toBe('Usage:');
    const options = (text: string) => [...new Set(text.match(/--[a-z][a-z-]*/g))].sort();
    expect(options(nl)).toEqual(options(en));
    expect(options(en)).toContain('--approximate');
  });
});

describe('--reconstruct (symmetric relations)', () => {
  it('gives non-respondents the ties others reported to them and counts them', async () => {
    const plain = JSON.parse((await cli(surveyArgs('roster-nl-cp1252.csv'))).stdout);
    const rebuilt = JSON.parse((await cli([...surveyArgs('roster-nl-cp1252.csv'), '--reconstruct'])).stdout);
    // Ruud was named by Noah; Fenna by nobody.
    expect(rebuilt.network.reconstructedTies).toBe(1);
    expect(plain.network.reconstructedTies).toBeNull();
    expect(rebuilt.network.arcs).toBe(plain.network.arcs + 1);
    const ruud = rebuilt.nodes.find((n: { name: string }) => n.name === 'Ruud d’Hondt');
    expect(ruud.outDegree).toBe(1);
    expect(ruud.reciprocity).toBe(1);
  });
});

describe('spreadsheets (.xlsx)', () => {
  const TOOLS = resolve(__dirname, '../../../fixtures/import/tools');
  it('reads a Microsoft Forms .xlsx and a roster workbook whose data is on its second sheet', async () => {
    const { code, stdout, stderr } = await cli(['analyze', '--survey', resolve(TOOLS, 'msforms.xlsx'), '--nodes', resolve(TOOLS, 'roster.xlsx'), '--json']);
    // Without column flags the CLI says on stderr what it detected; stdout stays pure JSON.
    expect(stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^talkmap: Read msforms\.xlsx as a multiple-answer question \(names chosen in one column\): respondent in “.+”, names in “.+”, groups from/,
      ),
    ]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.import.files.map((f: { encoding: string }) => f.encoding)).toEqual(['xlsx (Personeel)', 'xlsx (Form1)']);
    const arcs = json.nodes.flatMap((n: { id: string }) => n.id).length;
    expect(arcs).toBe(6);
    expect(json.network.arcs).toBe(10);
    expect(json.network.respondents).toBe(5);
  });

  it('refuses an old .xls with advice instead of garbage', async () => {
    const dir = mkdtempSync(resolve(tmpdir(), 'talkmap-'));
    const xls = resolve(dir, 'oud.xls');
    writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const { code, stderr } = await cli(['analyze', '--edges', xls]);
    expect(code).toBe(2);
    expect(stderr).toContain('Save it as .xlsx or CSV');
  });
});

describe('bad input gets a clear message, never a crash', () => {
  const dir = mkdtempSync(resolve(tmpdir(), 'talkmap-bad-'));
  const write = (name: string, content: string | Buffer) => {
    const p = resolve(dir, name);
    writeFileSync(p, content);
    return p;
  };
  it.each([
    ['a binary file', () => write('foto.csv', Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 31) % 256))), /not a text or spreadsheet file/],
    ['an empty file', () => write('leeg.csv', ''), /is empty/],
    ['a one-column file', () => write('een.csv', 'naam\nA\nB\n'), /only one column/],
  ])('%s', async (_name, make, message) => {
    const { code, stderr } = await cli(['analyze', '--survey', make()]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('the same column as respondent and nominations', async () => {
    const p = write('zelfde.csv', 'Naam,Wie\nA,B\nB,A\n');
    const { code, stderr } = await cli(['analyze', '--survey', p, '--respondent', 'Naam', '--nominations', 'Naam']);
    expect(code).toBe(2);
    expect(stderr).toContain('cannot be both');
  });
});

describe('name decisions', () => {
  it('maps, adds or leaves out names that are not on the roster, and reports each', async () => {
    const { importFiles } = await import('../../../../shared/import/import-files');
    const file = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(resolve(FIXTURES, name))) });
    const base = {
      data: file('msforms-nl-cp1252.csv'),
      roster: file('roster-nl-cp1252.csv'),
      spec: { shape: 'multi-select' as const, respondentColumn: 'Naam', nominationColumns: [QUESTION], groupColumn: null },
    };
    const kees = 'meester kees';
    const mapped = importFiles({ ...base, decisions: { [kees]: { action: 'map', id: '4' } } });
    expect(mapped.network.ties).toContainEqual({ source: '1', target: '4', weight: 1 });
    expect(mapped.report.items).toContainEqual(expect.objectContaining({ kind: 'name-mapped', value: 'Meester Kees', detail: 'Noah Bakker', row: 2 }));
    const added = importFiles({ ...base, decisions: { [kees]: { action: 'add' } } });
    expect(added.network.people.find((p) => p.outside)?.name).toBe('Meester Kees');
    expect(added.report.responseRate).toBeCloseTo(4 / 6, 12);
    const ignored = importFiles({ ...base, decisions: { [kees]: { action: 'ignore' } } });
    expect(ignored.network.ties).toHaveLength(8);
    expect(ignored.report.items).toContainEqual(expect.objectContaining({ kind: 'unmatched-name', value: 'Meester Kees' }));
  });
});

describe('talkmap analyze --log (an interaction log, streamed)', () => {
  const dir = mkdtempSync(resolve(tmpdir(), 'talkmap-cli-log-'));
  const log = resolve(dir, 'berichten.csv');
  writeFileSync(
    log,
    [
      'from;to;sent;channel',
      'Ann;Bob;2025-09-03 10:00;mail',
      'Ann;Bob;2025-09-04 10:00;chat',
      'Bob;Ann;2025-09-05 10:00;mail',
      'Cas;Ann;2025-10-01 09:00;mail',
      'Cas;Bob;not a date;mail',
      'Dirk;Cas;2025-11-20 12:00;mail',
    ].join('\n'),
  );

  it('aggregates the whole log into one weighted network, with the rows accounted for', async () => {
    const { code, stdout } = await cli(['analyze', '--log', log, '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    // Without a window or periods the time does not matter: the undated row counts too.
    expect(json.log).toEqual({ file: 'berichten.csv', rows: 6, used: 6, outside: 0, dropped: 0, people: 4 });
    expect(json.periods).toHaveLength(1);
    expect(json.periods[0].period).toBeNull();
    expect(json.periods[0].network.nodes).toBe(4);
    expect(json.periods[0].network.arcs).toBe(5);
  });

  it('splits per month within a window, and only one channel when asked', async () => {
    const { code, stdout } = await cli([
      'analyze',
      '--log',
      log,
      '--period',
      'month',
      '--from',
      '2025-09-01',
      '--to',
      '2025-10-31',
      '--channel',
      'mail',
      '--json',
    ]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.periods.map((p: { period: string }) => p.period)).toEqual(['2025-09', '2025-10']);
    // Outside: the chat message and November; not usable: the row without a date.
    expect(json.log.outside).toBe(2);
    expect(json.log.dropped).toBe(1);
    expect(json.periods[0].network.arcs).toBe(2);
  });

  it('writes a readable summary first, and refuses bad options with exit code 2', async () => {
    const text = await cli(['analyze', '--log', log]);
    expect(text.stdout.split('\n')[0]).toBe('6 rows read, 6 used, 0 outside the chosen dates or channel, 0 not usable (see the import report); 4 people.');
    expect((await cli(['analyze', '--log', log, '--period', 'daily'])).code).toBe(2);
    expect((await cli(['analyze', '--log', log, '--from', '1-9-2025'])).stderr).toContain('YYYY-MM-DD');
    expect((await cli(['analyze', '--log', log, '--demo'])).code).toBe(2);
    const notes = resolve(dir, 'notes.csv');
    writeFileSync(notes, 'remark\nwent well\n');
    const notALog = await cli(['analyze', '--log', notes]);
    expect(notALog.code).toBe(2);
    expect(notALog.stderr).toContain('does not look like an interaction log');
  });

  it('says how to install DuckDB when a host without it is asked to use it, in both languages', async () => {
    const duck = await cli(['analyze', '--log', log, '--engine', 'duckdb']);
    expect(duck.code).toBe(2);
    expect(duck.stderr).toContain('needs DuckDB');
    expect(duck.stderr).toContain('npm install @duckdb/node-api@1.5.6-r.1');
    const nl = await cli(['analyze', '--log', resolve(dir, 'log.parquet'), '--lang', 'nl']);
    expect(nl.stderr).toContain('is DuckDB nodig');
    expect((await cli(['analyze', '--log', log, '--engine', 'spark'])).stderr).toContain('--engine takes builtin, duckdb');
    const exported = await cli(['export', '--log', log, '--format', 'parquet', '--out', resolve(dir, 'ties.parquet')]);
    expect(exported.code).toBe(2);
    expect(exported.stderr).toContain('needs DuckDB');
  });

  it('estimates the path measures with --approximate and says so; --samples alone is refused', async () => {
    const text = await cli(['analyze', '--log', log, '--approximate', '--samples', '2']);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('Betweenness, reach and the average distance are estimates: from the paths of 2 of the 4 people');
    expect((await cli(['analyze', '--log', log, '--samples', '2'])).stderr).toContain('--samples goes with --approximate');
    const everyone = await cli(['analyze', '--log', log, '--approximate', '--samples', '10', '--json']);
    expect(JSON.parse(everyone.stdout).periods[0].network.pathEstimate).toBeNull();
    expect(everyone.stderr).toContain('--approximate: 10 samples for 4 people is everyone, so betweenness and reach are exact.');
    expect((await cli(['analyze', '--log', log, '--approximate', '--samples', 'many'])).stderr).toContain('--samples takes a whole number');
  });
});

describe('groups from the survey on the command line', () => {
  const GROUPS = resolve(FIXTURES, 'groups');

  it('finds them without flags, says so on stderr, and reports the weak link', async () => {
    const { code, stdout, stderr } = await cli(['analyze', '--survey', resolve(GROUPS, 'msforms-bouw-cp1252.csv'), '--json']);
    expect(code).toBe(0);
    expect(stderr).toContain('groups from “In welke bouw werk je?”');
    const json = JSON.parse(stdout);
    expect(json.network.groupAttribute).toBe('In welke bouw werk je?');
    expect(json.groups.map((g: { group: string; order: number | null }) => [g.group, g.order])).toContainEqual(['Groep 3/4', 1]);
    expect(json.findings[0].kind).toBe('weak-group-link');
    expect(json.findings[0].groups).toEqual(['Groep 3/4', 'Groep 5/6']);
  });

  it('--group takes the roster column when the roster has it, else the survey’s', async () => {
    const args = [
      'analyze',
      '--survey',
      resolve(GROUPS, 'google-bouw.csv'),
      '--nodes',
      resolve(GROUPS, 'roster-no-groups.csv'),
      '--respondent',
      'Wat is je naam?',
      '--nominations',
      'Met wie praat je over instructie in begrijpend lezen?',
      '--json',
    ];
    const fromSurvey = await cli([...args, '--group', 'In welke bouw werk je?']);
    expect(fromSurvey.code).toBe(0);
    expect(JSON.parse(fromSurvey.stdout).network.groupAttribute).toBe('In welke bouw werk je?');
    const missing = await cli([...args, '--group', 'afdeling']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('There is no column “afdeling”');
    expect(missing.stderr).toContain('In welke bouw werk je?');
  });

  it('a repeated --survey in analyze is an error, never silently dropped', async () => {
    const { code, stderr } = await cli(['analyze', '--survey', resolve(GROUPS, 'google-bouw.csv'), '--survey', resolve(GROUPS, 'qualtrics-bouw.csv')]);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe('talkmap: analyze takes one --survey; to compare two waves use: talkmap compare --survey BEFORE --survey AFTER');
  });
});

describe('naming columns as researchers do', () => {
  const LAYOUTS = resolve(FIXTURES, 'layouts');

  it('--respondent, --nominations and --group take Qualtrics short ids', async () => {
    const survey = resolve(FIXTURES, 'groups', 'qualtrics-bouw.csv');
    const { code, stdout, stderr } = await cli(['analyze', '--survey', survey, '--respondent', 'Q1', '--nominations', 'Q2', '--group', 'Q3', '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.network.groupAttribute).toBe('In welke bouw werk je? - Selected Choice');
    expect(json.network.arcs).toBe(111);
  });

  it('an unknown column lists the columns with their short ids', async () => {
    const { code, stderr } = await cli(['analyze', '--survey', resolve(LAYOUTS, 'qualtrics-legacy.csv'), '--respondent', 'Q9', '--nominations', 'Q2_1']);
    expect(code).toBe(2);
    expect(stderr).toContain('Q1 (Wat is je naam?)');
  });

  it('--sheet picks a workbook sheet, and a missing one is named', async () => {
    const tools = resolve(FIXTURES, 'tools');
    const missing = await cli(['analyze', '--survey', resolve(tools, 'msforms.xlsx'), '--nodes', resolve(tools, 'roster.xlsx'), '--sheet', 'Blad9']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/msforms\.xlsx has no sheet “Blad9”\. Sheets: /);
    const text = await cli(['analyze', '--survey', SURVEY, '--sheet', 'Blad1']);
    expect(text.code).toBe(2);
    expect(text.stderr).toContain('is not an Excel workbook');
  });
});

describe('an edge list with several relations on the command line', () => {
  it('reads the largest, says which on stderr, and --relation picks another', async () => {
    const dir = mkdtempSync(resolve(tmpdir(), 'talkmap-'));
    const edges = resolve(dir, 'ties.csv');
    writeFileSync(edges, 'source,target,kind\n1,2,advice\n2,1,advice\n1,3,advice\n1,2,friendship\n');
    const first = await cli(['analyze', '--edges', edges, '--json']);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe(
      'talkmap: ties.csv holds several relations: advice (3) and friendship (1). Reading “advice”; choose another with --relation NAME.\n',
    );
    expect(JSON.parse(first.stdout).network.arcs).toBe(3);
    const friendship = await cli(['analyze', '--edges', edges, '--relation', 'friendship', '--json']);
    expect(friendship.stderr).toBe('');
    expect(JSON.parse(friendship.stdout).network.arcs).toBe(1);
    const unknown = await cli(['analyze', '--edges', edges, '--relation', 'cowork']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('ties.csv has no relation “cowork”. Relations: advice, friendship.');
  });
});

describe('a low response rate is said wherever the figures go', () => {
  it('at 55% the readable output and the JSON carry the warning; at 100% neither does', async () => {
    const dir = mkdtempSync(resolve(tmpdir(), 'talkmap-'));
    const people = Array.from({ length: 11 }, (_, i) => `Collega ${String.fromCharCode(65 + i)}`);
    writeFileSync(resolve(dir, 'roster.csv'), `naam\n${people.join('\n')}\n`);
    const answered = people.slice(0, 6);
    writeFileSync(
      resolve(dir, 'survey.csv'),
      `Naam;Met wie praat je?\n${answered.map((p, i) => `${p};"${people[(i + 1) % 11]};${people[(i + 2) % 11]};"`).join('\n')}\n`,
    );
    const args = [
      'analyze',
      '--survey',
      resolve(dir, 'survey.csv'),
      '--nodes',
      resolve(dir, 'roster.csv'),
      '--respondent',
      'Naam',
      '--nominations',
      'Met wie praat je?',
    ];
    const text = await cli([...args, '--lang', 'nl']);
    expect(text.stdout).toContain('! Slechts 55% heeft gereageerd.');
    const json = JSON.parse((await cli([...args, '--json'])).stdout);
    expect(json.responseWarning.en).toContain('Only 55% responded');
    expect(JSON.parse((await cli(['analyze', '--demo', '--json'])).stdout).responseWarning).toBeNull();
  });
});

describe('UTF-8 once read as Windows-1252 ("Ã«")', () => {
  it('is said on stderr, and --repair repairs it so the name finds its person', async () => {
    const dir = mkdtempSync(resolve(tmpdir(), 'talkmap-'));
    writeFileSync(resolve(dir, 'roster.csv'), 'naam\nDaniëlle de Vries\nBram Jansen\nCor Smit\n');
    writeFileSync(
      resolve(dir, 'survey.csv'),
      'Naam;Met wie praat je?\nBram Jansen;"DaniÃ«lle de Vries;Cor Smit;"\nCor Smit;"Bram Jansen;"\nDaniÃ«lle de Vries;"Bram Jansen;"\n',
    );
    const args = [
      'analyze',
      '--survey',
      resolve(dir, 'survey.csv'),
      '--nodes',
      resolve(dir, 'roster.csv'),
      '--respondent',
      'Naam',
      '--nominations',
      'Met wie praat je?',
      '--json',
    ];
    const plain = await cli(args);
    expect(plain.stderr).toContain('survey.csv contains characters such as “Ã«”');
    expect(JSON.parse(plain.stdout).import.items.some((i: { kind: string }) => i.kind === 'unmatched-name')).toBe(true);
    const repaired = await cli([...args, '--repair']);
    expect(repaired.stderr).not.toContain('Ã«');
    const json = JSON.parse(repaired.stdout);
    expect(json.import.items.filter((i: { kind: string }) => i.kind === 'unmatched-name' || i.kind === 'unknown-respondent')).toEqual([]);
    expect(json.network.arcs).toBe(4);
  });
});
