// Comparing survey waves: on the real two-wave data (Knecht classroom, Glasgow s50) the
// new, lost and kept ties and the between-group changes must equal what a plain set
// computation over the raw files gives; the sentences name strengthened links.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATASETS } from '../../../helpers/datasets';
import { runCli } from '../../../../shared/cli/run-cli';
import { runAnalysis } from '../../../../shared/pipeline/run-analysis';
import { compareWaves } from '../../../../shared/waves/compare-waves';
import { possibleMatches } from '../../../../shared/waves/match-people';
import { nameKey } from '../../../../shared/import/name-key';
import { demoImportRequest, demoWaveTwoFiles } from '../../../../shared/demo/demo-school';
import { edgeListSpec } from '../../../../shared/import/import-spec';

const csv = (path: string) =>
  readFileSync(path, 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((l) => l.split(','));

async function compareJson(folder: string, a: string, b: string) {
  let out = '';
  let err = '';
  const code = await runCli(
    ['compare', '--edges', resolve(DATASETS, folder, a), '--edges', resolve(DATASETS, folder, b), '--nodes', resolve(DATASETS, folder, 'nodes.csv'), '--json'],
    {
      readFile: (p) => new Uint8Array(readFileSync(p)),
      stdout: (s) => (out += s),
      stderr: (s) => (err += s),
      locale: 'en',
    },
  );
  if (code !== 0) throw new Error(err);
  return JSON.parse(out);
}

describe('wave comparison on real two-wave data', () => {
  it.each([
    ['knecht-dutch-classroom', 'edges.csv', 'edges_wave2.csv'],
    ['glasgow-s50', 'edges.csv', 'edges_wave2.csv'],
    ['glasgow-s50', 'edges_wave2.csv', 'edges_wave3.csv'],
  ])('%s: %s → %s matches a set computation over the raw files', async (folder, a, b) => {
    const json = await compareJson(folder, a, b);
    const arcs = (file: string) =>
      new Set(
        csv(resolve(DATASETS, folder, file))
          .filter(([s, t]) => s !== t)
          .map(([s, t]) => `${s}>${t}`),
      );
    const before = arcs(a);
    const after = arcs(b);
    const pairs = (list: { source: string; target: string }[]) => list.map((t) => `${t.source}>${t.target}`).sort();
    expect(pairs(json.ties.new)).toEqual([...after].filter((x) => !before.has(x)).sort());
    expect(pairs(json.ties.lost)).toEqual([...before].filter((x) => !after.has(x)).sort());
    expect(json.ties.kept).toBe([...after].filter((x) => before.has(x)).length);
    // Everyone answered both times: every pair is compared; Jaccard and Hamming as set arithmetic.
    const kept = [...after].filter((x) => before.has(x)).length;
    const union = new Set([...before, ...after]).size;
    expect(json.ties.unanswered).toEqual({ new: 0, lost: 0 });
    expect(json.tieChange.jaccard).toBeCloseTo(kept / union, 12);
    expect(json.tieChange.hamming).toBe(union - kept);
    expect(json.tieChange.absentBoth + json.tieChange.appeared + json.tieChange.disappeared + json.tieChange.keptBoth).toBe(json.tieChange.pairs);
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
    const spec = edgeListSpec();
    const before = runAnalysis({ data: file('a.csv', 'source,target\na,b\nb,a\nc,d\nd,c\na,c\n'), roster: file('n.csv', nodes), spec });
    const after = runAnalysis({ data: file('b.csv', 'source,target\na,b\nb,a\nc,d\na,c\nc,a\nb,d\nd,b\n'), roster: file('n.csv', nodes), spec });
    const result = compareWaves(before, after);
    expect(result.groupPairs).toEqual([
      {
        a: '1-2',
        b: '3-4',
        arcs: { before: 1, after: 4, change: 3 },
        density: { before: 1 / 12, after: 4 / 12, change: 3 / 12 },
        comparableArcs: { before: 1, after: 4, change: 3 },
      },
    ]);
    // Per group: ties crossing the group's border (either direction) and the density inside.
    expect(result.groups.find((g) => g.group === '1-2')).toMatchObject({ size: { before: 2, after: 2, change: 0 }, externalArcs: { before: 1, after: 4 } });
    expect(result.groups.find((g) => g.group === '3-4')?.internalDensity).toEqual({ before: 2 / 6, after: 1 / 6, change: 1 / 6 - 2 / 6 });
    expect(result.highlights[0]).toEqual({ key: 'compare.strengthened', params: { a: '1-2', b: '3-4', before: 1, after: 4 } });
    expect(result.ties).toMatchObject({ kept: 4 });
    expect(result.ties.lost).toEqual([{ source: 'd', target: 'c' }]);
  });
});

describe('people matched across waves', () => {
  const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
  const spec = edgeListSpec();

  it('offers a similar name as a possible pair, and counts a confirmed pair as one person', () => {
    const before = runAnalysis({
      data: file('a.csv', 'source,target\nMonique van der Linden,Pieter Kok\nPieter Kok,Monique van der Linden\n'),
      roster: null,
      spec,
    });
    const after = runAnalysis({ data: file('b.csv', 'source,target\nM. v.d. Linden,Pieter Kok\nPieter Kok,Eva Koster\n'), roster: null, spec });
    const matches = possibleMatches(before, after);
    expect(matches.map((m) => [m.name, m.candidates[0]?.name])).toEqual([['M. v.d. Linden', 'Monique van der Linden']]);
    expect(compareWaves(before, after).people).toMatchObject({ joined: [expect.any(String), expect.any(String)], left: [expect.any(String)] });
    const later = after.analysis.nodes.find((n) => n.name === 'M. v.d. Linden')!.id;
    const earlier = before.analysis.nodes.find((n) => n.name === 'Monique van der Linden')!.id;
    const confirmed = compareWaves(before, after, { sameAs: { [later]: earlier } });
    expect(confirmed.people.left).toEqual([]);
    expect(confirmed.people.joined).toHaveLength(1);
    expect(confirmed.ties.kept).toBe(1);
    expect(possibleMatches(before, after, { [later]: earlier })).toEqual([]);
  });
});

describe('the demo school a year later', () => {
  it('tells the handbook’s follow-up: groups 3-4 and 5-6 now talk, one teacher left and one joined', async () => {
    const [survey, roster] = demoWaveTwoFiles();
    const first = runAnalysis(demoImportRequest());
    const saved = demoImportRequest();
    const key = nameKey('M. v.d. Linden');
    const second = runAnalysis({ ...saved, data: survey!, roster: roster!, decisions: { [key]: { action: 'map', id: 'p21' } } });
    expect(second.report.items.filter((i) => i.kind === 'unmatched-name')).toEqual([]);
    const result = compareWaves(first, second);
    expect(result.people).toMatchObject({ joined: ['p25'], left: ['p20'] });
    expect(result.groupPairs.find((p) => p.a === 'groep 3-4' && p.b === 'groep 5-6')?.arcs).toEqual({ before: 0, after: 12, change: 12 });
    // A teacher left, one joined and one did not answer: the sentence counts between those who answered both times.
    expect(result.highlights[0]).toEqual({ key: 'compare.strengthened.both', params: { a: 'groep 3-4', b: 'groep 5-6', before: 0, after: 12 } });
    expect(result.findings.resolved.some((id) => id.startsWith('weak-group-link') && id.includes('3-4') && id.includes('5-6'))).toBe(true);
    // Without the decision the written name is reported, not silently matched.
    const undecided = runAnalysis({ ...saved, data: survey!, roster: roster! });
    expect(undecided.report.items.filter((i) => i.kind === 'unmatched-name').map((i) => i.value)).toEqual(['M. v.d. Linden']);
  });

  it('compares two survey exports from the command line, each with its own roster', async () => {
    const dir = mkdtempSync(resolve(tmpdir(), 'talkmap-compare-'));
    const write = (f: { name: string; bytes: Uint8Array }) => {
      writeFileSync(resolve(dir, f.name), f.bytes);
      return resolve(dir, f.name);
    };
    const demo = demoImportRequest();
    const [survey, roster] = demoWaveTwoFiles();
    let out = '';
    let err = '';
    const code = await runCli(
      ['compare', '--survey', write(demo.data), '--survey', write(survey!), '--nodes', write(demo.roster!), '--nodes', write(roster!), '--json'],
      {
        readFile: (p) => new Uint8Array(readFileSync(p)),
        stdout: (s) => (out += s),
        stderr: (s) => (err += s),
        locale: 'en',
      },
    );
    // Each wave's detected columns, one line each on stderr; and the written name of 2027 that is not on its roster, whose answer is not used.
    expect(err.trim().split('\n')).toEqual([
      expect.stringMatching(/^talkmap: Read /),
      expect.stringMatching(/^talkmap: Read /),
      'talkmap: regenboog-enquete-begrijpend-lezen-2027.csv: 1 written name is not (uniquely) on the roster, and its answers are not used (how many in brackets): “M. v.d. Linden” (1). Give --match FILE (the name as written, then the roster person) or choose in the import window.',
    ]);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.people).toMatchObject({ joined: ['p25'], left: ['p20'] });
    expect(json.highlights[0].nl).toBe(
      'De band tussen groep 3-4 en groep 5-6 is versterkt: van 0 naar 12 banden tussen collega’s die beide keren antwoordden.',
    );
    const usage = await runCli(['compare', '--survey', write(demo.data)], {
      readFile: () => new Uint8Array(),
      stdout: () => undefined,
      stderr: (s) => (err += s),
      locale: 'en',
    });
    expect(usage).toBe(2);
    expect(err).toContain('compare needs two --edges files or two --survey exports');
  });
});

describe('a weak link that stays weak', () => {
  it('is said as such, with the ties before and after', async () => {
    const { demoImportRequest, demoWaveTwoFiles } = await import('../../../../shared/demo/demo-school');
    const { runAnalysis } = await import('../../../../shared/pipeline/run-analysis');
    const { compareWaves } = await import('../../../../shared/waves/compare-waves');
    const { translateKey } = await import('../../../../shared/i18n/translate');
    const first = runAnalysis(demoImportRequest());
    const [survey, roster] = demoWaveTwoFiles();
    const second = runAnalysis({ ...demoImportRequest(), data: survey!, roster: roster!, decisions: { 'm v d linden': { action: 'map', id: 'p21' } } });
    const comparison = compareWaves(first, second);
    const weakBoth = first.findings.findings
      .filter((f) => f.kind === 'weak-group-link' && second.findings.findings.some((g) => g.id === f.id))
      .map((f) => f.groups.join('|'));
    expect(weakBoth.length).toBeGreaterThan(0);
    const said = comparison.highlights.filter((h) => h.key === 'compare.stillWeak');
    expect(said.map((h) => `${String(h.params.a)}|${String(h.params.b)}`).sort()).toEqual(weakBoth.sort());
    for (const h of said) expect(translateKey('nl', h.key, h.params)).toMatch(/^Nog steeds zwak: groep .+ ↔ groep .+ \(\d+ → \d+ (band|banden)\)\.$/);
  });
});

describe('waves compared over the pairs observed in both', () => {
  // Krackhardt's advice network twice, identical; the second time six managers did not answer.
  const silent = new Set(['2', '5', '9', '13', '17', '20']);
  const dir = mkdtempSync(resolve(tmpdir(), 'talkmap-waves-'));
  const folder = 'krackhardt-high-tech-managers';
  const [header, ...people] = readFileSync(resolve(DATASETS, folder, 'nodes.csv'), 'utf8')
    .trim()
    .split(/\r?\n/);
  const nodes = resolve(dir, 'nodes.csv');
  writeFileSync(nodes, [`${header},responded_w1,responded_w2`, ...people.map((l) => `${l},1,${silent.has(l.split(',')[0]!) ? 0 : 1}`)].join('\n'));
  const edges = csv(resolve(DATASETS, folder, 'edges.csv')).filter(([s, t]) => s !== t);
  const second = resolve(dir, 'w2.csv');
  writeFileSync(second, ['source,target', ...edges.filter(([s]) => !silent.has(s!)).map((e) => e.join(','))].join('\n'));
  /** The comparison of wave 1 with `later` (the second wave's file), in Dutch unless `locale` says otherwise; stderr kept. */
  const compare = async (later: string, json: boolean, locale: 'nl' | 'en' = 'nl') => {
    let out = '';
    let err = '';
    const code = await runCli(
      [
        'compare',
        '--edges',
        resolve(DATASETS, folder, 'edges.csv'),
        '--edges',
        later,
        '--nodes',
        nodes,
        '--responded',
        'responded_w1',
        '--responded',
        'responded_w2',
        '--group',
        'dept',
        ...(json ? ['--json'] : []),
      ],
      { readFile: (p) => new Uint8Array(readFileSync(p)), stdout: (s) => (out += s), stderr: (s) => (err += s), locale },
    );
    expect(code).toBe(0);
    return { out, err };
  };
  const run = async (json: boolean) => (await compare(second, json)).out;

  it('identical answers with six people silent the second time: no tie lost, no link weakened, the silence counted apart', async () => {
    const json = JSON.parse(await run(true));
    const theirs = edges.filter(([s]) => silent.has(s!)).length;
    expect(json.ties.new).toEqual([]);
    expect(json.ties.lost).toEqual([]);
    expect(json.ties.kept).toBe(edges.length - theirs);
    expect(json.ties.unanswered).toEqual({ new: 0, lost: theirs });
    expect(json.tieChange).toMatchObject({ answeredBoth: 15, pairs: 15 * 20, appeared: 0, disappeared: 0, hamming: 0, jaccard: 1 });
    expect(json.network.responseRate).toEqual({ before: 1, after: 15 / 21, change: 15 / 21 - 1 });
    // The all-pairs density falls; over the known pairs it does not fall by non-response alone.
    expect(json.network.arcs.change).toBe(-theirs);
    expect(json.highlights.filter((h: { nl: string }) => /verzwakt/.test(h.nl))).toEqual([]);
    // No finding appears or is resolved by the silence alone: such changes are listed apart.
    expect(json.findings.appeared).toEqual([]);
    expect(json.findings.resolved).toEqual([]);
    expect(json.findings.unanswered.length).toBeGreaterThan(0);
    // Over the same pairs both times, nothing changed (the all-pairs and known-pairs figures do move).
    expect(json.network.comparableDensity.change).toBe(0);
    expect(json.network.comparableArcReciprocity.change).toBe(0);
    expect(json.network.observedDensity.change).not.toBe(0);
    for (const p of json.persons) expect(p.stability, p.id).toBe(silent.has(p.id) ? null : edges.some(([s]) => s === p.id) ? 1 : null);
    // The readable output gives each wave's response rate and the table.
    const text = await run(false);
    expect(text).toContain('Respons: 100% → 71%');
    expect(text).toContain('Veranderingen: 0→0');
    expect(text).toContain(`Telt niet als verandering: 0 banden alleen in de latere en ${theirs} alleen in de eerdere meting`);
  });

  it('the second wave a true copy, the six still marked as not answering: their rows are set aside and said, not counted', async () => {
    const copy = resolve(dir, 'w2-copy.csv');
    writeFileSync(copy, ['source,target', ...edges.map((e) => e.join(','))].join('\n'));
    const { out, err } = await compare(copy, true, 'en');
    const json = JSON.parse(out);
    const theirs = edges.filter(([s]) => silent.has(s!)).length;
    expect(json.ties.unanswered).toEqual({ new: 0, lost: theirs });
    expect(json.ties.lost).toEqual([]);
    expect(err).toContain('6 people marked as not answering in column “responded_w2” still have ties in the data');
  });

  it('near miss: a real change between respondents is still reported, with “who answered both times” in the sentence', async () => {
    // The second wave also loses every tie from department 1 to department 2 among respondents.
    const dept = new Map(people.map((l) => [l.split(',')[0]!, l.split(',')[7]!]));
    const kept = edges.filter(([s, t]) => !silent.has(s!) && !(dept.get(s!) !== dept.get(t!) && dept.get(s!) === '1'));
    writeFileSync(second, ['source,target', ...kept.map((e) => e.join(','))].join('\n'));
    const json = JSON.parse(await run(true));
    expect(json.ties.lost.length).toBeGreaterThan(0);
    expect(json.ties.lost.every((t: { source: string }) => dept.get(t.source) === '1' && !silent.has(t.source))).toBe(true);
    const weakened = json.highlights.filter((h: { nl: string }) => /verzwakt/.test(h.nl));
    expect(weakened.length).toBeGreaterThan(0);
    for (const h of weakened) expect(h.nl).toContain('tussen collega’s die beide keren antwoordden');
  });
});
