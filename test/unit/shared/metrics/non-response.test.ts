// Non-response as unknown: what rests on a non-respondent's own answers is null, network figures
// come over all pairs and over the pairs whose tie is known, and reconstruction keeps who answered
// and marks every tie it adds. Checked on Krackhardt's advice network with six managers' rows removed
// (15 of 21 answered, 71%), against plain loops over the raw files.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { datasetFile } from '../../../helpers/datasets';
import { runCli } from '../../../../shared/cli/run-cli';
import type { toCliJson } from '../../../../shared/cli/cli-json';
import { analyseImported } from '../../../../shared/pipeline/run-analysis';
import { toGexf, toGraphML, toUcinetDl } from '../../../../shared/export/network-formats';
import { tiesCsv } from '../../../../shared/export/tables-csv';
import { CSV_EN } from '../../../../shared/export/csv';
import { namingFor } from '../../../../shared/present/names';
import { translateKey } from '../../../../shared/i18n/translate';
import { arcNetwork } from '../../../helpers/tiny-network';

type CliJson = ReturnType<typeof toCliJson>;
const SILENT = new Set(['2', '5', '9', '13', '17', '20']);

function rows(path: string): string[][] {
  return readFileSync(path, 'utf8')
    .trim()
    .split(/\r?\n/)
    .map((l) => l.split(','));
}

function files(): { nodes: string; edges: string; arcs: [string, string][]; ids: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'talkmap-nr-'));
  const [header, ...people] = rows(datasetFile('krackhardt-high-tech-managers', 'nodes.csv'));
  const [, ...edges] = rows(datasetFile('krackhardt-high-tech-managers', 'edges.csv'));
  const kept = edges.filter(([s]) => !SILENT.has(s!));
  const nodes = join(dir, 'nodes.csv');
  writeFileSync(nodes, [[...header!, 'responded'], ...people.map((p) => [...p, SILENT.has(p[0]!) ? '0' : '1'])].map((r) => r.join(',')).join('\n'));
  const edgesPath = join(dir, 'edges.csv');
  writeFileSync(edgesPath, ['source,target', ...kept.map(([s, t]) => `${s},${t}`)].join('\n'));
  return { nodes, edges: edgesPath, arcs: kept.map(([s, t]) => [s!, t!]), ids: people.map((p) => p[0]!) };
}

async function cli(args: string[]): Promise<{ out: string; err: string; code: number }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { readFile: (p) => new Uint8Array(readFileSync(p)), stdout: (s) => (out += s), stderr: (s) => (err += s), locale: 'en' });
  return { out, err, code };
}

describe('non-response as unknown', () => {
  const f = files();

  it('person figures resting on a non-respondent’s own answers are null; in-ties stay known', async () => {
    const json = JSON.parse((await cli(['analyze', '--nodes', f.nodes, '--edges', f.edges, '--group', 'dept', '--json'])).out) as CliJson;
    expect(json.network.respondents).toBe(15);
    for (const n of json.nodes) {
      if (!SILENT.has(n.id)) {
        expect(n.betweenness, n.id).not.toBeNull();
        continue;
      }
      expect(n.responded).toBe(false);
      for (const key of [
        'outDegree',
        'outStrength',
        'betweenness',
        'betweennessNormalized',
        'harmonicOutCloseness',
        'constraint',
        'effectiveSize',
        'brokerage',
        'reciprocity',
        'eiIndex',
      ] as const)
        expect(n[key], `${n.id}.${key}`).toBeNull();
      expect(n.inDegree).toBe(f.arcs.filter(([, t]) => t === n.id).length);
    }
  });

  it('density and reciprocity over the pairs whose tie is known, beside all pairs; the summary uses the known pairs', async () => {
    const json = JSON.parse((await cli(['analyze', '--nodes', f.nodes, '--edges', f.edges, '--json'])).out) as CliJson;
    const n = f.ids.length;
    const r = n - SILENT.size;
    const arcSet = new Set(f.arcs.map(([s, t]) => `${s}>${t}`));
    const between = f.arcs.filter(([, t]) => !SILENT.has(t));
    const returned = between.filter(([s, t]) => arcSet.has(`${t}>${s}`)).length;
    expect(json.network.density).toBeCloseTo(f.arcs.length / (n * (n - 1)), 12);
    expect(json.network.observed.density).toBeCloseTo(f.arcs.length / (r * (n - 1)), 12);
    expect(json.network.observed.pairs).toBe(r * (n - 1));
    expect(json.network.observed.arcReciprocity).toBeCloseTo(returned / between.length, 12);
    expect(json.network.observed.mutualDyads).toBe(returned / 2);
    expect(json.network.observed.bothAnswered).toBe((r * (r - 1)) / 2);
    // The all-pairs share is dragged down by ties to people who could not return them.
    expect(json.network.arcReciprocity!).toBeLessThan(json.network.observed.arcReciprocity!);
    const pct = (x: number) => String(Math.round(x * 100));
    expect(json.summary.en[0]).toContain(`Of the possible ties we have an answer about, ${pct(json.network.observed.density!)}% exist`);
    expect(json.summary.en[1]).toBe(`Between colleagues who both responded, ${pct(json.network.observed.arcReciprocity!)}% of the ties are mutual.`);
    // Below 80%: the warning in the JSON and the readable output.
    expect(json.responseWarning?.en).toContain('71%');
    expect((await cli(['analyze', '--nodes', f.nodes, '--edges', f.edges])).out).toContain('! ');
  });

  it('near miss: everyone answered — the known-pair figures equal the all-pair ones and the summary says it plainly', async () => {
    const full = JSON.parse(
      (
        await cli([
          'analyze',
          '--nodes',
          datasetFile('krackhardt-high-tech-managers', 'nodes.csv'),
          '--edges',
          datasetFile('krackhardt-high-tech-managers', 'edges.csv'),
          '--json',
        ])
      ).out,
    ) as CliJson;
    expect(full.network.observed.density).toBeCloseTo(full.network.density!, 12);
    expect(full.network.observed.arcReciprocity).toBeCloseTo(full.network.arcReciprocity!, 12);
    expect(full.summary.en[0]).toContain('of all possible ties exist');
    expect(full.responseWarning).toBeNull();
  });

  it('ties whose ends have no group are counted out of E-I, and the summary says how many', () => {
    const net = arcNetwork('a>b b>a c>d d>c a>c e>a', { a: 'g1', b: 'g1', c: 'g2', d: 'g2' });
    const result = analyseImported(net, { files: [], items: [], respondents: 5, rosterSize: 5, responseRate: 1 });
    expect(result.analysis.network.arcsWithoutGroup).toBe(1);
    expect(result.summary.map((s) => translateKey('en', s.key, s.params))).toContain(
      '1 of the 6 ties do not count here: for at least one of the two the group is unknown.',
    );
  });
});

describe('--reconstruct keeps who answered and marks what it adds', () => {
  const f = files();
  it('non-respondents stay non-respondents; imputed ties counted in the summary and marked in every export', async () => {
    const json = JSON.parse((await cli(['analyze', '--nodes', f.nodes, '--edges', f.edges, '--reconstruct', '--json'])).out) as CliJson;
    const arcSet = new Set(f.arcs.map(([s, t]) => `${s}>${t}`));
    const expected = f.arcs.filter(([s, t]) => SILENT.has(t) && !SILENT.has(s) && !arcSet.has(`${t}>${s}`)).length;
    expect(expected).toBeGreaterThan(0);
    expect(json.network.respondents).toBe(15);
    expect(json.network.imputedTies).toBe(expected);
    expect(json.network.reconstructedTies).toBe(expected);
    expect(json.network.arcs).toBe(f.arcs.length + expected);
    // Observed figures leave the imputed ties out.
    expect(json.network.observed.arcs).toBe(f.arcs.length);
    const silent = json.nodes.filter((n) => SILENT.has(n.id));
    expect(silent.every((n) => !n.responded && n.outTiesImputed && n.outDegree !== null && n.betweenness !== null)).toBe(true);
    expect(json.summary.en[0]).toContain('of whom 15 responded (71%)');
    expect(json.summary.en[1]).toBe(
      `Of the ${json.network.arcs} ties, ${expected} were filled in: ties of people who did not respond, taken from what others reported about them.`,
    );
  });

  it('GraphML, GEXF and the ties CSV mark the imputed ties; DL holds only the reported ones (and the CLI says so)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'talkmap-nr-out-'));
    const written = new Map<string, string>();
    const io = {
      readFile: (p: string) => new Uint8Array(readFileSync(p)),
      stdout: () => {},
      stderr: (s: string) => written.set('stderr', (written.get('stderr') ?? '') + s),
      writeFile: async (p: string, c: Uint8Array) => void written.set(p, new TextDecoder().decode(c)),
      makeDir: () => {},
      locale: 'en' as const,
    };
    for (const format of ['graphml', 'gexf', 'dl'] as const)
      expect(await runCli(['export', '--nodes', f.nodes, '--edges', f.edges, '--reconstruct', '--format', format, '--out', join(dir, `n.${format}`)], io)).toBe(
        0,
      );
    expect(await runCli(['export', '--nodes', f.nodes, '--edges', f.edges, '--reconstruct', '--format', 'csv', '--out', dir], io)).toBe(0);
    const json = JSON.parse((await cli(['analyze', '--nodes', f.nodes, '--edges', f.edges, '--reconstruct', '--json'])).out) as CliJson;
    const imputed = json.network.imputedTies;
    const graphml = written.get(join(dir, 'n.graphml'))!;
    expect((graphml.match(/<data key="imputed">true<\/data>/g) ?? []).length).toBe(imputed);
    const gexf = written.get(join(dir, 'n.gexf'))!;
    expect((gexf.match(/for="imputed" value="true"/g) ?? []).length).toBe(imputed);
    const dl = written.get(join(dir, 'n.dl'))!;
    expect(dl.split('\n').filter((l) => /^\d+ \d+ \d/.test(l))).toHaveLength(f.arcs.length);
    expect(written.get('stderr')).toContain(`DL cannot mark the ${imputed} filled-in`);
    const ties = written.get(join(dir, 'ties.csv'))!.trim().split('\r\n');
    expect(ties[0]).toContain('Filled in');
    expect(ties.filter((l) => l.endsWith('yes'))).toHaveLength(imputed);
    // networkx reads the mark back.
    const python = ['/usr/bin/python3', 'python3'].find((p) => spawnSync(p, ['-c', 'import networkx'], { timeout: 60_000 }).status === 0);
    if (!python) return void console.warn('networkx not installed: the read-back was skipped');
    const path = join(dir, 'read.graphml');
    writeFileSync(path, graphml);
    const gexfPath = join(dir, 'read.gexf');
    writeFileSync(gexfPath, gexf);
    const run = spawnSync(
      python,
      [
        '-c',
        'import sys, networkx as nx; g = nx.read_graphml(sys.argv[1]); x = nx.read_gexf(sys.argv[2]); print(sum(1 for *_, d in g.edges(data=True) if d["imputed"]), sum(1 for *_, d in x.edges(data=True) if d["imputed"] in (True, "true")))',
        path,
        gexfPath,
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe(`${imputed} ${imputed}`);
  });

  it('a roster column named like one of Talkmap’s own attributes is kept under its own name (not overwritten)', () => {
    const net = arcNetwork('a>b b>a', { a: 'g1', b: 'g2' });
    const withColumn = {
      ...net,
      groupAttribute: 'dept',
      people: net.people.map((p) => ({ ...p, attributes: { dept: p.attributes['group'] ?? '', group: `Department ${p.id}` } })),
    };
    const result = analyseImported(withColumn, { files: [], items: [], respondents: 2, rosterSize: 2, responseRate: 1 });
    const graphml = toGraphML(result, namingFor(result.analysis.nodes, 'off'));
    expect(graphml).toContain('attr.name="group (roster)"');
    expect((graphml.match(/attr\.name="group"/g) ?? []).length).toBe(1);
    expect(graphml).toContain('Department a');
  });

  it('the tie table names both ends and says no for reported ties (near miss: nothing imputed)', () => {
    const net = arcNetwork('a>b b>a');
    const result = analyseImported(net, { files: [], items: [], respondents: 2, rosterSize: 2, responseRate: 1 });
    const naming = namingFor(result.analysis.nodes, 'off');
    expect(tiesCsv(result, 'en', naming, CSV_EN).trim().split('\r\n').slice(1)).toEqual(['a,A,b,B,1,no', 'b,B,a,A,1,no']);
    expect(toGraphML(result, naming)).toContain('<data key="imputed">false</data>');
    expect(toGexf(result, naming)).toContain('for="imputed" value="false"');
    expect(
      toUcinetDl(result, naming)
        .split('\n')
        .filter((l) => /^\d+ \d+ \d/.test(l)),
    ).toHaveLength(2);
  });
});
