// Comparing survey waves: on the real two-wave data (Knecht classroom, Glasgow s50) the
// new, lost and kept ties and the between-group changes must equal what a plain set
// computation over the raw files gives; the sentences name strengthened links.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../shared/cli/run-cli';
import { runAnalysis } from '../../../shared/pipeline/run-analysis';
import { compareWaves } from '../../../shared/waves/compare-waves';

const DATASETS = resolve(__dirname, '../../../../shared/datasets');
const have = existsSync(DATASETS);
if (!have) console.log(`Skipping wave comparisons on real data: ${DATASETS} is not present.`);

const csv = (path: string) => readFileSync(path, 'utf8').trim().split(/\r?\n/).slice(1).map((l) => l.split(','));

async function compareJson(folder: string, a: string, b: string) {
  let out = '';
  let err = '';
  const code = await runCli(['compare', '--edges', resolve(DATASETS, folder, a), '--edges', resolve(DATASETS, folder, b), '--nodes', resolve(DATASETS, folder, 'nodes.csv'), '--json'], {
    readFile: (p) => new Uint8Array(readFileSync(p)),
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    locale: 'en',
  });
  if (code !== 0) throw new Error(err);
  return JSON.parse(out);
}

describe.skipIf(!have)('wave comparison on real two-wave data', () => {
  it.each([
    ['knecht-dutch-classroom', 'edges.csv', 'edges_wave2.csv'],
    ['glasgow-s50', 'edges.csv', 'edges_wave2.csv'],
    ['glasgow-s50', 'edges_wave2.csv', 'edges_wave3.csv'],
  ])('%s: %s → %s matches a set computation over the raw files', async (folder, a, b) => {
    const json = await compareJson(folder, a, b);
    const arcs = (file: string) => new Set(csv(resolve(DATASETS, folder, file)).filter(([s, t]) => s !== t).map(([s, t]) => `${s}>${t}`));
    const before = arcs(a);
    const after = arcs(b);
    const pairs = (list: { source: string; target: string }[]) => list.map((t) => `${t.source}>${t.target}`).sort();
    expect(pairs(json.ties.new)).toEqual([...after].filter((x) => !before.has(x)).sort());
    expect(pairs(json.ties.lost)).toEqual([...before].filter((x) => !after.has(x)).sort());
    expect(json.ties.kept).toBe([...after].filter((x) => before.has(x)).length);
    // Between-group arcs per pair (the group column of nodes.csv).
    const groupOf = new Map(csv(resolve(DATASETS, folder, 'nodes.csv')).map((r) => [r[0], r[2]]));
    const between = (set: Set<string>) => [...set].filter((x) => groupOf.get(x.split('>')[0]!) !== groupOf.get(x.split('>')[1]!)).length;
    const total = (key: 'before' | 'after') => json.groupPairs.reduce((s: number, p: { arcs: Record<string, number> }) => s + p.arcs[key]!, 0);
    expect(total('before')).toBe(between(before));
    expect(total('after')).toBe(between(after));
    expect(json.network.arcs).toEqual({ before: before.size, after: after.size, change: after.size - before.size });
    expect(json.people).toMatchObject({ joined: [], left: [] });
  });
});

describe('wave comparison sentences', () => {
  it('says which link between groups grew stronger, and which people joined and left', () => {
    const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
    const nodes = 'id,group\na,1-2\nb,1-2\nc,3-4\nd,3-4\ne,3-4\n';
    const spec = { shape: 'edge-list' as const, sourceColumn: null, targetColumn: null, weightColumn: null };
    const before = runAnalysis({ data: file('a.csv', 'source,target\na,b\nb,a\nc,d\nd,c\na,c\n'), roster: file('n.csv', nodes), spec });
    const after = runAnalysis({ data: file('b.csv', 'source,target\na,b\nb,a\nc,d\na,c\nc,a\nb,d\nd,b\n'), roster: file('n.csv', nodes), spec });
    const result = compareWaves(before, after);
    expect(result.groupPairs).toEqual([{ a: '1-2', b: '3-4', arcs: { before: 1, after: 4, change: 3 } }]);
    expect(result.highlights[0]).toEqual({ key: 'compare.strengthened', params: { a: '1-2', b: '3-4', before: 1, after: 4 } });
    expect(result.ties).toMatchObject({ kept: 4 });
    expect(result.ties.lost).toEqual([{ source: 'd', target: 'c' }]);
  });
});
