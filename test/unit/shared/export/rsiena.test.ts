// `talkmap export --format rsiena`: the waves of the Knecht classroom (Dutch pupils, four waves
// with pupils who did not answer) as one matrix per wave over everyone, NA for a pupil who
// did not answer, 10 for one not in the class then — read back by R, and by RSiena when installed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../../../shared/cli/run-cli';

const DIR = resolve(__dirname, '../../../fixtures/datasets/knecht-dutch-classroom');

function io(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    readFile: (path) => new Uint8Array(readFileSync(path)),
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    locale: 'en',
    writeFile: (path, content) => writeFileSync(path, content),
    makeDir: () => undefined,
  };
}

describe('the RSiena folder', () => {
  const folder = mkdtempSync(join(tmpdir(), 'talkmap-siena-'));
  const waves = ['edges.csv', 'edges_wave2.csv'].flatMap((f) => ['--edges', join(DIR, f)]);

  it('writes one matrix per wave with the same people, the attributes and an R script', async () => {
    const cli = io();
    const code = await runCli(['export', '--format', 'rsiena', '--out', folder, ...waves, '--nodes', join(DIR, 'nodes.csv')], cli);
    expect(code, cli.err.join('')).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(['group-codes.csv', 'group.txt', 'people.csv', 'talkmap-rsiena.R', 'wave1.txt', 'wave2.txt']);
    const matrix = (f: string) =>
      readFileSync(join(folder, f), 'utf8')
        .trim()
        .split('\n')
        .map((r) => r.split(' '));
    const [w1, w2] = [matrix('wave1.txt'), matrix('wave2.txt')];
    expect(w1.length).toBe(26);
    for (const m of [w1, w2]) {
      expect(m.every((r) => r.length === 26)).toBe(true);
      expect(m.every((r, i) => r[i] === '0')).toBe(true);
    }
    const ties = (m: string[][]) => m.flat().filter((c) => c === '1').length;
    expect(ties(w1)).toBe(readFileSync(join(DIR, 'edges.csv'), 'utf8').trim().split('\n').length - 1);
    expect(ties(w2)).toBe(readFileSync(join(DIR, 'edges_wave2.csv'), 'utf8').trim().split('\n').length - 1);
    const people = readFileSync(join(folder, 'people.csv'), 'utf8').split('\r\n');
    expect(people[0]).toBe('row,id,label,group,role,responded_wave1,responded_wave2');
    expect(people[1]).toBe('1,1,Pupil 01,girl,student,1,1');
  });

  it('marks who did not answer a wave as NA (a "responded" column per wave) — not as naming nobody', async () => {
    const folder2 = mkdtempSync(join(tmpdir(), 'talkmap-siena-na-'));
    const cli = io();
    const code = await runCli(
      [
        'export',
        '--format',
        'rsiena',
        '--out',
        folder2,
        ...waves,
        '--nodes',
        join(DIR, 'nodes.csv'),
        '--responded',
        'responded_w1',
        '--responded',
        'responded_w2',
      ],
      cli,
    );
    expect(code, cli.err.join('')).toBe(0);
    const rows = readFileSync(join(folder2, 'wave2.txt'), 'utf8').trim().split('\n');
    const nodes = readFileSync(join(DIR, 'nodes.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    const silent = nodes.map((c, i) => (c.at(-3) === '0' ? i : -1)).filter((i) => i >= 0);
    expect(silent.length).toBeGreaterThan(0);
    for (const i of silent) expect(rows[i]!.split(' ').filter((c) => c === 'NA')).toHaveLength(25);
    expect(readFileSync(join(folder2, 'people.csv'), 'utf8')).toContain(',1,0\r\n');
  });

  it('R reads the matrices (and RSiena builds its data when installed)', () => {
    if (spawnSync('Rscript', ['--version'], { timeout: 60_000 }).status !== 0)
      return void console.warn('R not installed: the RSiena folder was checked by the test only');
    const run = spawnSync('Rscript', ['talkmap-rsiena.R'], { cwd: folder, encoding: 'utf8', timeout: 180_000 });
    // Without RSiena the script stops at library(RSiena); the matrices were read before that.
    if (run.status !== 0) expect(run.stderr).toMatch(/RSiena/);
    const check = spawnSync(
      'Rscript',
      ['-e', 'w <- as.matrix(read.table("wave1.txt", na.strings = "NA")); p <- read.csv("people.csv"); cat(dim(w), nrow(p), sum(w == 1, na.rm = TRUE), "\\n")'],
      { cwd: folder, encoding: 'utf8', timeout: 180_000 },
    );
    expect(check.status, check.stderr).toBe(0);
    expect(check.stdout.trim().split(' ').slice(0, 3)).toEqual(['26', '26', '26']);
  });

  it('refuses two waves for a one-network format', async () => {
    const cli = io();
    expect(await runCli(['export', '--format', 'gexf', '--out', join(folder, 'x.gexf'), ...waves], cli)).toBe(2);
    expect(cli.err.join('')).toContain('except --format rsiena');
  });
});

describe('an edge list with a roster that says who answered', () => {
  it('keeps non-respondents as unknown, gives the response rate, and reports an unclear value with its row', async () => {
    const cli = io();
    const code = await runCli(
      ['analyze', '--edges', join(DIR, 'edges_wave2.csv'), '--nodes', join(DIR, 'nodes.csv'), '--responded', 'responded_w2', '--json'],
      cli,
    );
    expect(code, cli.err.join('')).toBe(0);
    const json = JSON.parse(cli.out.join('')) as {
      network: { respondents: number; nodes: number; responseRate: number };
      nodes: { id: string; outDegree: number | null }[];
    };
    const nodes = readFileSync(join(DIR, 'nodes.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    const silent = nodes.filter((c) => c.at(-3) === '0').map((c) => c[0]);
    expect(json.network.respondents).toBe(26 - silent.length);
    expect(json.network.responseRate).toBeCloseTo((26 - silent.length) / 26, 9);
    for (const id of silent) expect(json.nodes.find((n) => n.id === id)?.outDegree).toBeNull();
    // A column that is not there is named; a value that is not yes or no is reported with its row.
    const missing = io();
    expect(
      await runCli(['analyze', '--edges', join(DIR, 'edges.csv'), '--nodes', join(DIR, 'nodes.csv'), '--responded', 'answered_w9', '--json'], missing),
    ).toBe(2);
    expect(missing.err.join('')).toContain('answered_w9');
    const dir = mkdtempSync(join(tmpdir(), 'talkmap-resp-'));
    writeFileSync(join(dir, 'roster.csv'), 'id,name,responded\n1,Ann,ja\n2,Bob,nee\n3,Cor,misschien\n');
    writeFileSync(join(dir, 'edges.csv'), 'source,target\n1,2\n3,1\n2,3\n');
    const unclear = io();
    expect(await runCli(['analyze', '--edges', join(dir, 'edges.csv'), '--nodes', join(dir, 'roster.csv'), '--json'], unclear)).toBe(0);
    const read = JSON.parse(unclear.out.join('')) as {
      network: { respondents: number };
      import: { items: { kind: string; row: number; column: string; value: string }[] };
    };
    expect(read.network.respondents).toBe(1);
    expect(read.import.items).toContainEqual(expect.objectContaining({ kind: 'invalid-responded', row: 4, column: 'responded', value: 'misschien' }));
  });
});
