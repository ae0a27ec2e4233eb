// The built `talkmap` executable (dist/node/talkmap.mjs, built by npm install and by
// npm test) as a real process: stdout is exactly one JSON object, errors exit 2.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { skipUnbuilt } from '../../helpers/built';
import { generateSchoolNetwork } from '../../bench/generate-network';
import { writeFileSync } from 'node:fs';

const BIN = resolve(__dirname, '../../../dist/node/talkmap.mjs');

describe.skipIf(skipUnbuilt(BIN))('talkmap binary', () => {
  it('prints only JSON on stdout for analyze --demo --json', () => {
    const run = spawnSync(process.execPath, [BIN, 'analyze', '--demo', '--json'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const json = JSON.parse(run.stdout);
    expect(json.network.nodes).toBe(24);
    expect(json.nodes).toHaveLength(24);
    expect(json.findings.length).toBeGreaterThan(0);
  });

  it('exits 2 with one line on stderr for a missing file', () => {
    const run = spawnSync(process.execPath, [BIN, 'analyze', '--edges', 'missing.csv', '--json'], {
      encoding: 'utf8',
      env: { ...process.env, LANG: 'en_GB.UTF-8' },
    });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('missing.csv');
  });

  it('exports the results as an Excel workbook and as CSV in the format of the computer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'talkmap-export-'));
    const xlsx = join(dir, 'results.xlsx');
    const run = spawnSync(process.execPath, [BIN, 'export', '--demo', '--format', 'xlsx', '--out', xlsx, '--names', 'codes', '--lang', 'en'], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe(`Written: ${xlsx}\n`);
    const sheets = (await readXlsxFile(readFileSync(xlsx))) as unknown as { sheet: string; data: unknown[][] }[];
    expect(sheets.map((s) => s.sheet)).toEqual(['People', 'Groups', 'Group matrix', 'Findings', 'Ties', 'Import report', 'Files read']);
    expect(sheets[0]!.data.slice(1).every((r) => /^P\d\d$/.test(String(r[0])))).toBe(true);
    // The ties sheet names both ends by their codes, without roster ids.
    expect(sheets[4]!.data[0]).toEqual(['From', 'To', 'Strength', 'Filled in']);
    expect(sheets[4]!.data.slice(1).every((r) => /^P\d\d$/.test(String(r[0])) && /^P\d\d$/.test(String(r[1])))).toBe(true);
    // A Dutch computer gets ";" and decimal commas, though the files are in English.
    const csv = join(dir, 'csv');
    const dutch = spawnSync(process.execPath, [BIN, 'export', '--demo', '--format', 'csv', '--out', csv, '--lang', 'en'], {
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, LANG: 'nl_NL.UTF-8', LC_ALL: '' },
    });
    expect(dutch.status, dutch.stderr).toBe(0);
    expect(readdirSync(csv).sort()).toEqual(['findings.csv', 'group-matrix.csv', 'groups.csv', 'people.csv', 'ties.csv']);
    const people = readFileSync(join(csv, 'people.csv'), 'utf8');
    expect(people.split('\r\n')[0]).toMatch(/^\ufeffName;Group;Role;/);
    expect(people).toMatch(/;\d+,\d+;/);
    // Mistakes in the output path: one translated line each, exit 2.
    const env = { ...process.env, LANG: 'en_GB.UTF-8', LC_ALL: '' };
    const missing = spawnSync(process.execPath, [BIN, 'export', '--demo', '--format', 'xlsx', '--out', join(dir, 'no', 'such', 'r.xlsx')], {
      encoding: 'utf8',
      env,
      timeout: 120_000,
    });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('its folder does not exist');
    const onFile = spawnSync(process.execPath, [BIN, 'export', '--demo', '--format', 'csv', '--out', xlsx], { encoding: 'utf8', env, timeout: 120_000 });
    expect(onFile.status).toBe(2);
    expect(onFile.stderr).toContain('is a file, not a folder');
    const named = spawnSync(process.execPath, [BIN, 'export', '--demo', '--format', 'xlsx', '--out', join(dir, 'r.csv')], {
      encoding: 'utf8',
      env,
      timeout: 120_000,
    });
    expect(named.status).toBe(0);
    expect(named.stderr).toContain('does not end in .xlsx');
  });

  it('writes a survey kit folder from a roster', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'talkmap-kit-')), 'kit');
    const roster = resolve(__dirname, '../../fixtures/import/tools/roster.csv');
    const run = spawnSync(process.execPath, [BIN, 'survey-kit', '--nodes', roster, '--out', dir, '--lang', 'nl', '--frequency'], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([
      'LEESMIJ.txt',
      'invoerraster.csv',
      'invoerraster.xlsx',
      'keuzes-forms.txt',
      'limesurvey-collegas.lsq',
      'limesurvey-naam.lsq',
      'namenlijst-talkmap.csv',
      'papieren-vragenlijst.html',
      'qualtrics-vraag.txt',
    ]);
    expect(readFileSync(join(dir, 'keuzes-forms.txt'), 'utf8').split('\r\n').slice(0, 2)).toEqual(['Anouk Bakker', 'Sem Jansen']);
    expect(run.stdout).toContain('Enquêtepakket voor 6 collega');
    // A roster that is not there: one translated line, exit 2.
    const missing = spawnSync(process.execPath, [BIN, 'survey-kit', '--nodes', 'nope.csv', '--out', dir], {
      encoding: 'utf8',
      env: { ...process.env, LANG: 'en_GB.UTF-8' },
    });
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toContain('nope.csv');
  });

  it('shares the shortest paths over the cores with the same figures as one thread, and estimates them when asked', () => {
    // 1,500 people and about 9,000 ties: enough work for the sweep to go to worker threads.
    const dir = mkdtempSync(join(tmpdir(), 'talkmap-threads-'));
    const net = generateSchoolNetwork(1500);
    writeFileSync(join(dir, 'edges.csv'), net.edgesCsv);
    writeFileSync(join(dir, 'nodes.csv'), net.nodesCsv);
    const args = [BIN, 'analyze', '--edges', join(dir, 'edges.csv'), '--nodes', join(dir, 'nodes.csv'), '--group', 'group', '--json'];
    const run = (threads: string | null, extra: string[] = []) =>
      spawnSync(process.execPath, [...args, ...extra], {
        encoding: 'utf8',
        timeout: 300_000,
        maxBuffer: 1 << 28,
        env: { ...process.env, LANG: 'en_GB.UTF-8', ...(threads ? { TALKMAP_THREADS: threads } : {}) },
      });
    const all = run(null);
    const one = run('1');
    expect(all.status, all.stderr).toBe(0);
    expect(one.status, one.stderr).toBe(0);
    expect(all.stdout).toBe(one.stdout);
    const exact = JSON.parse(all.stdout);
    expect(exact.network.pathEstimate).toBeNull();
    expect(exact.nodes.some((n: { betweenness: number }) => n.betweenness > 0)).toBe(true);

    const estimated = run(null, ['--approximate', '--samples', '300']);
    expect(estimated.status, estimated.stderr).toBe(0);
    const json = JSON.parse(estimated.stdout);
    expect(json.network.pathEstimate).toMatchObject({ sources: 300, people: 1500, confidence: 0.95 });
    expect(json.network.pathEstimate.maxError).toBeGreaterThan(0);
    expect(json.network.pathEstimate.maxError).toBeLessThan(0.2);
    const plain = spawnSync(process.execPath, [...args.filter((a) => a !== '--json'), '--approximate', '--samples', '300', '--lang', 'nl'], {
      encoding: 'utf8',
      timeout: 300_000,
      maxBuffer: 1 << 28,
    });
    expect(plain.stdout).toContain('schattingen: uit de paden van 300 van de 1500 mensen');
    const wrong = spawnSync(process.execPath, [...args, '--samples', '300'], { encoding: 'utf8', timeout: 120_000 });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('--samples goes with --approximate');
  }, 600_000);

  it('reads a log through DuckDB on request (a Parquet log always) and writes ties as Parquet', () => {
    const dir = mkdtempSync(join(tmpdir(), 'talkmap-duck-'));
    const lines = ['source,target,timestamp'];
    for (let i = 0; i < 300; i++) lines.push(`p${i % 17},p${(i * 5) % 13},2025-${String((i % 3) + 9).padStart(2, '0')}-0${(i % 9) + 1}`);
    writeFileSync(join(dir, 'log.csv'), `${lines.join('\n')}\n`);
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 300_000, env: { ...process.env, LANG: 'en_GB.UTF-8' } });
    const builtin = cli('analyze', '--log', join(dir, 'log.csv'), '--period', 'month', '--json');
    const duck = cli('analyze', '--log', join(dir, 'log.csv'), '--period', 'month', '--engine', 'duckdb', '--json');
    expect(builtin.status, builtin.stderr).toBe(0);
    expect(duck.status, duck.stderr).toBe(0);
    expect(JSON.parse(duck.stdout.replaceAll('log.csv', 'X'))).toEqual(JSON.parse(builtin.stdout.replaceAll('log.csv', 'X')));
    // The aggregated ties of every month in one Parquet file (PAR1 is its signature); an analysed network's ties too.
    const ties = join(dir, 'ties.parquet');
    const exported = cli('export', '--log', join(dir, 'log.csv'), '--period', 'month', '--format', 'parquet', '--out', ties, '--names', 'codes');
    expect(exported.status, exported.stderr).toBe(0);
    expect(exported.stdout).toMatch(/ties\.parquet: \d+ ties over 3 period\(s\) written as Parquet/);
    expect(readFileSync(ties).subarray(0, 4).toString()).toBe('PAR1');
    const network = join(dir, 'network.parquet');
    const demo = cli('export', '--demo', '--format', 'parquet', '--out', network);
    expect(demo.status, demo.stderr).toBe(0);
    expect(readFileSync(network).subarray(0, 4).toString()).toBe('PAR1');
    const refused = cli('analyze', '--log', ties, '--engine', 'builtin');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('a Parquet log is read by DuckDB');
    const wrongFormat = cli('export', '--log', join(dir, 'log.csv'), '--format', 'xlsx', '--out', join(dir, 'x.xlsx'));
    expect(wrongFormat.status).toBe(2);
    expect(wrongFormat.stderr).toContain('export --log writes --format parquet');
  }, 300_000);
});
