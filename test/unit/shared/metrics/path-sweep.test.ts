// The shortest-path sweep shared over threads: the same figures to the last bit however many
// threads run it and in whatever order the chunks finish; the estimate from a sample of people
// within its stated bound, and exact when the sample is everyone.
import { describe, expect, it } from 'vitest';
import { analyseNetwork, analyseNetworkWith } from '../../../../shared/metrics/analyse-network';
import { estimateBound, estimatedSweep, sampleSources } from '../../../../shared/metrics/path-estimate';
import { mergeSweep, pathSweep, sweepChunks, sweepHere, sweepInput, sweepJobParts, type SweepPart, type Sweeper } from '../../../../shared/metrics/path-sweep';
import { buildGraph } from '../../../../shared/network/build-graph';
import { importFiles } from '../../../../shared/import/import-files';
import { generatedRequest, generateSchoolNetwork } from '../../../bench/generate-network';

function schoolGraph(people: number) {
  return buildGraph(importFiles(generatedRequest(generateSchoolNetwork(people))).network);
}

/** A sweeper that runs the chunks as `workers` threads taking from one shared counter would, the parts arriving in reverse. */
const counterSweeper =
  (workers: number): Sweeper =>
  (input, chunks) => {
    const counter = new Int32Array(new SharedArrayBuffer(4));
    const parts: SweepPart[] = [];
    for (let worker = 0; worker < workers; worker++) for (const part of sweepJobParts({ input, chunks, counter, worker, workers })) parts.push(part);
    return Promise.resolve(parts.reverse());
  };

/** Without shared memory: every workers-th chunk per thread, threads finishing last-first. */
const staticSweeper =
  (workers: number): Sweeper =>
  (input, chunks) => {
    const byWorker = Array.from({ length: workers }, (_, worker) => [...sweepJobParts({ input, chunks, counter: null, worker, workers })]);
    return Promise.resolve(byWorker.reverse().flat());
  };

describe('the path sweep over threads', () => {
  const graph = schoolGraph(400);

  it('cuts the sources into chunks fixed by their count alone', () => {
    expect(sweepChunks(10)).toEqual(Array.from({ length: 10 }, (_, i) => [i, i + 1]));
    const chunks = sweepChunks(1000);
    expect(chunks.length).toBeLessThanOrEqual(64);
    expect(chunks[0]?.[0]).toBe(0);
    expect(chunks.at(-1)?.[1]).toBe(1000);
    for (let i = 1; i < chunks.length; i++) expect(chunks[i]?.[0]).toBe(chunks[i - 1]?.[1]);
  });

  it('gives bit-identical figures on one thread, on shared-counter threads and on fixed shares, whatever order the parts arrive in', async () => {
    const here = analyseNetwork(graph);
    for (const sweeper of [counterSweeper(2), counterSweeper(3), staticSweeper(2), staticSweeper(5)]) {
      const there = await analyseNetworkWith(graph, sweeper);
      expect(there.nodes.map((n) => [n.betweenness, n.harmonicInCloseness, n.harmonicOutCloseness])).toEqual(
        here.nodes.map((n) => [n.betweenness, n.harmonicInCloseness, n.harmonicOutCloseness]),
      );
      expect(there.network.averageDistance).toBe(here.network.averageDistance);
      expect(there.network.pathEstimate).toBeNull();
    }
  });

  it('takes every chunk exactly once from the shared counter', () => {
    const { input } = sweepInput(graph);
    const chunks = sweepChunks(input.sources.length);
    const counter = new Int32Array(new SharedArrayBuffer(4));
    const taken = [0, 1, 2].flatMap((worker) => [...sweepJobParts({ input, chunks, counter, worker, workers: 3 })].map((p) => p.from));
    expect(taken.sort((a, b) => a - b)).toEqual(chunks.map(([from]) => from));
  });

  it('reports progress up to the whole sweep', () => {
    const { input } = sweepInput(graph);
    const seen: number[] = [];
    sweepHere(input, (f) => seen.push(f));
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});

describe('the estimate from a sample of people', () => {
  const graph = schoolGraph(1500);
  const here = async (samples: number, seed?: number) => estimatedSweep(graph, [], { samples, seed }, (input, _c, p) => Promise.resolve(sweepHere(input, p)));

  it('draws distinct people, in order, the same for the same seed', () => {
    const a = sampleSources(1000, 50, 7);
    expect(new Set(a).size).toBe(50);
    expect([...a]).toEqual([...a].sort((x, y) => x - y));
    expect([...sampleSources(1000, 50, 7)]).toEqual([...a]);
    expect([...sampleSources(1000, 50, 8)]).not.toEqual([...a]);
  });

  it('is exact when everyone is sampled', async () => {
    const { sweep, estimate } = await here(1500);
    const exact = pathSweep(graph);
    for (let i = 0; i < exact.ids.length; i++) {
      expect(sweep.betweenness[i]).toBeCloseTo(exact.betweenness[i] as number, 6);
      expect(sweep.harmonicIn[i]).toBeCloseTo(exact.harmonicIn[i] as number, 12);
      expect(sweep.harmonicOut[i]).toBeCloseTo(exact.harmonicOut[i] as number, 12);
    }
    expect(estimate.maxError).toBe(0);
  });

  it('stays within its stated bound (normalised betweenness and closeness), far inside it in practice', async () => {
    const n = graph.order;
    const exact = pathSweep(graph);
    const { sweep, estimate } = await here(150);
    expect(estimate).toMatchObject({ sources: 150, people: n, confidence: 0.95 });
    expect(estimate.maxError).toBeCloseTo(estimateBound(n, 150), 12);
    const scale = (n - 1) * (n - 2);
    let worst = 0;
    for (let i = 0; i < n; i++) {
      worst = Math.max(
        worst,
        Math.abs((sweep.betweenness[i] as number) - (exact.betweenness[i] as number)) / scale,
        Math.abs((sweep.harmonicIn[i] as number) - (exact.harmonicIn[i] as number)),
        Math.abs((sweep.harmonicOut[i] as number) - (exact.harmonicOut[i] as number)),
      );
    }
    expect(worst).toBeLessThan(estimate.maxError);
    expect(worst).toBeLessThan(estimate.maxError / 2);
  });

  it('says so in the analysis, and the bound narrows with more people sampled', async () => {
    const sweeper: Sweeper = (input, _c, p) => Promise.resolve(sweepHere(input, p));
    const analysis = await analyseNetworkWith(graph, sweeper, () => {}, { estimate: { samples: 100, seed: 3 } });
    expect(analysis.network.pathEstimate).toMatchObject({ sources: 100, people: 1500, seed: 3 });
    expect(estimateBound(1500, 400)).toBeCloseTo(estimateBound(1500, 100) / 2, 12);
    // A merge of no parts is an empty sweep, not an error.
    expect(mergeSweep([], { ...sweepInput(graph).input, n: 0, sources: new Int32Array(0) }, []).averageDistanceWithin).toBeNull();
  });
});
