// Several relations in one export as layers of one network: each question (or each value of an
// edge list's relation column) read with the same settings, switchable, and their overlap (Jaccard)
// equal to a plain set computation over the raw answers.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InputFile } from '../../../../shared/import/import-files';
import { proposeImport } from '../../../../shared/import/propose-import';
import { runAnalysis } from '../../../../shared/pipeline/run-analysis';
import { runCli } from '../../../../shared/cli/run-cli';
import { datasetFile } from '../../../helpers/datasets';

const DIR = resolve(__dirname, '../../../fixtures/import/tools');
const file = (name: string): InputFile => ({ name, bytes: new Uint8Array(readFileSync(resolve(DIR, name))) });
const READING = ['1>2', '1>3', '2>1', '2>6', '3>1', '3>4', '4>3', '4>5', '4>6', '5>4'];
const MATHS = ['1>6', '2>3', '2>5', '3>2', '4>1', '5>4', '5>6'];
const arcs = (r: ReturnType<typeof runAnalysis>) => r.network.ties.map((t) => `${t.source}>${t.target}`).sort();

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { readFile: (p) => new Uint8Array(readFileSync(p)), stdout: (s) => (out += s), stderr: (s) => (err += s), locale: 'en' });
  return { code, out, err };
}

describe('relations as layers', () => {
  it('a survey with two questions: both listed with their ties, the overlap as set arithmetic, and the other one a switch away', () => {
    const request = proposeImport([file('msforms-two-questions.csv'), file('roster.csv')]);
    const reading = runAnalysis(request);
    expect(arcs(reading)).toEqual(READING);
    const layers = reading.layers!;
    expect(layers.current).toBe('Met wie praat je over begrijpend lezen?');
    expect(layers.layers.map((l) => [l.name, l.ties])).toEqual([
      ['Met wie praat je over begrijpend lezen?', READING.length],
      ['Met wie praat je over rekenen?', MATHS.length],
    ]);
    const both = READING.filter((a) => MATHS.includes(a)).length;
    expect(layers.overlap).toEqual([
      {
        a: 'Met wie praat je over begrijpend lezen?',
        b: 'Met wie praat je over rekenen?',
        both,
        onlyA: READING.length - both,
        onlyB: MATHS.length - both,
        jaccard: both / new Set([...READING, ...MATHS]).size,
      },
    ]);
    // Switching is the same import with the other layer's spec (what the app's Question menu does).
    const maths = runAnalysis({ ...request, spec: layers.layers[1]!.spec });
    expect(arcs(maths)).toEqual(MATHS);
    expect(maths.layers!.current).toBe('Met wie praat je over rekenen?');
  });

  it('the CLI: --relation picks a question by part of its text; without it stderr names the others; an unknown one is refused', async () => {
    const survey = resolve(DIR, 'msforms-two-questions.csv');
    const roster = resolve(DIR, 'roster.csv');
    const first = await cli(['analyze', '--survey', survey, '--nodes', roster, '--json']);
    expect(first.code).toBe(0);
    expect(first.err).toContain('asks several questions: “Met wie praat je over begrijpend lezen?” and “Met wie praat je over rekenen?”');
    expect(JSON.parse(first.out).relations.overlap[0].jaccard).toBeGreaterThan(0);
    const maths = await cli(['analyze', '--survey', survey, '--nodes', roster, '--relation', 'rekenen', '--json']);
    expect(JSON.parse(maths.out).network.arcs).toBe(MATHS.length);
    // The detection line names the question really read.
    expect(maths.err).toContain('names in “Met wie praat je over rekenen?”');
    expect(maths.err).not.toContain('begrijpend lezen?”');
    expect(JSON.parse(maths.out).relations.current).toBe('Met wie praat je over rekenen?');
    const unknown = await cli(['analyze', '--survey', survey, '--nodes', roster, '--relation', 'taal']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toBe(
      'talkmap: msforms-two-questions.csv has no question that fits “taal” (or more than one does). Questions: “Met wie praat je over begrijpend lezen?”, “Met wie praat je over rekenen?”.\n',
    );
  });

  it('an edge list with a relation column (Krackhardt advice and friendship): each value a layer, overlap as on the raw files', async () => {
    const rows = (name: string) =>
      readFileSync(datasetFile('krackhardt-high-tech-managers', name), 'utf8')
        .trim()
        .split(/\r?\n/)
        .slice(1)
        .map((l) => l.split(',').slice(0, 2).join('>'));
    const advice = new Set(rows('edges.csv'));
    const friendship = new Set(rows('edges_friendship.csv'));
    const dir = mkdtempSync(resolve(tmpdir(), 'talkmap-layers-'));
    const path = resolve(dir, 'both.csv');
    writeFileSync(
      path,
      [
        'source,target,relation',
        ...[...advice].map((a) => `${a.replace('>', ',')},advice`),
        ...[...friendship].map((a) => `${a.replace('>', ',')},friendship`),
      ].join('\n'),
    );
    const nodes = datasetFile('krackhardt-high-tech-managers', 'nodes.csv');
    const run = await cli(['analyze', '--edges', path, '--nodes', nodes, '--relation', 'friendship', '--json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.out);
    expect(json.network.arcs).toBe(friendship.size);
    expect(json.relations.current).toBe('friendship');
    const both = [...advice].filter((a) => friendship.has(a)).length;
    expect(json.relations.overlap).toEqual([
      {
        a: 'advice',
        b: 'friendship',
        both,
        onlyA: advice.size - both,
        onlyB: friendship.size - both,
        jaccard: both / new Set([...advice, ...friendship]).size,
      },
    ]);
  });

  it('near miss: one question, one relation — no layers, and --relation on a one-question survey is refused', async () => {
    const request = proposeImport([file('msforms-cp1252.csv'), file('roster.csv')]);
    expect(runAnalysis(request).layers).toBeNull();
    const one = await cli(['analyze', '--survey', resolve(DIR, 'msforms-cp1252.csv'), '--nodes', resolve(DIR, 'roster.csv'), '--relation', 'lezen']);
    expect(one.code).toBe(2);
    expect(one.err).toContain('holds one question');
  });
});
