// The E-I permutation test against exact enumeration (every way to split the people into groups
// of the same sizes) and against the closed-form expectation of E-I under random labels.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../../shared/network/build-graph';
import { eiPermutationTest } from '../../../../shared/metrics/ei-permutation';
import { analyseNetwork } from '../../../../shared/metrics/analyse-network';
import { arcNetwork } from '../../../helpers/tiny-network';
import { demoImportRequest } from '../../../../shared/demo/demo-school';
import { runAnalysis } from '../../../../shared/pipeline/run-analysis';

const groups = { a: 'g1', b: 'g1', c: 'g1', d: 'g1', e: 'g2', f: 'g2', g: 'g2', h: 'g2' };
const people = Object.keys(groups);
// Mostly inside the groups, two ties across.
const arcs = 'a>b b>a a>c c>d d>b e>f f>e g>h h>e f>g d>e h>a';

function exact(arcList: [string, string][], size1: number): { pLower: number; expected: number; observed: number } {
  const values: number[] = [];
  const n = people.length;
  for (let mask = 0; mask < 1 << n; mask++) {
    let bits = 0;
    for (let i = 0; i < n; i++) if (mask & (1 << i)) bits++;
    if (bits !== size1) continue;
    const inFirst = new Set(people.filter((_p, i) => mask & (1 << i)));
    const external = arcList.filter(([s, t]) => inFirst.has(s) !== inFirst.has(t)).length;
    values.push((2 * external - arcList.length) / arcList.length);
  }
  const first = new Set(people.slice(0, size1));
  const observed = (2 * arcList.filter(([s, t]) => first.has(s) !== first.has(t)).length - arcList.length) / arcList.length;
  return {
    observed,
    pLower: values.filter((v) => v <= observed + 1e-12).length / values.length,
    expected: values.reduce((a, b) => a + b, 0) / values.length,
  };
}

describe('E-I permutation test', () => {
  const graph = buildGraph(arcNetwork(arcs, groups));
  const arcList = arcs.split(' ').map((a) => a.split('>') as [string, string]);

  it('matches exact enumeration of all 70 splits into two groups of four', () => {
    const test = eiPermutationTest(graph, () => true);
    const truth = exact(arcList, 4);
    expect(test).not.toBeNull();
    expect(test!.observed).toBeCloseTo(truth.observed, 12);
    expect(test!.permutations).toBe(5000);
    // 5000 shuffles: the estimate is within 0.02 of the exact share (standard error about 0.004).
    expect(Math.abs(test!.pLower - truth.pLower)).toBeLessThan(0.02);
    expect(Math.abs(test!.expected - truth.expected)).toBeLessThan(0.02);
    expect(test!.pLower).toBeLessThan(0.1);
  });

  it('is seeded: the same network gives the same p-values', () => {
    expect(eiPermutationTest(graph, () => true)).toEqual(eiPermutationTest(graph, () => true));
    expect(eiPermutationTest(graph, () => true, 7)!.pLower).not.toBe(eiPermutationTest(graph, () => true)!.pLower);
  });

  it('expects what random labels give in closed form: 1 − 2·Σ n_g(n_g − 1) / (N(N − 1)) on the demo school', () => {
    const result = runAnalysis(demoImportRequest());
    const test = result.analysis.network.eiTest!;
    expect(test.observed).toBeCloseTo(result.analysis.network.eiIndex!, 12);
    const sizes = new Map<string, number>();
    for (const n of result.analysis.nodes) if (n.group) sizes.set(n.group, (sizes.get(n.group) ?? 0) + 1);
    const total = [...sizes.values()].reduce((a, b) => a + b, 0);
    const same = [...sizes.values()].reduce((a, s) => a + s * (s - 1), 0) / (total * (total - 1));
    expect(Math.abs(test.expected - (1 - 2 * same))).toBeLessThan(0.01);
    // The demo's grades are closed: no shuffle gives so few ties between them.
    expect(result.analysis.network.eiTestOrdered!.pLower).toBeLessThan(0.001);
    expect(result.analysis.network.eiTestOrdered!.observed).toBeCloseTo(result.analysis.network.eiIndexOrdered!, 12);
  });

  it('near miss: labels unrelated to the ties give no small p-value; one group or no ties give no test', () => {
    const mixed = { a: 'g1', b: 'g2', c: 'g1', d: 'g2', e: 'g1', f: 'g2', g: 'g1', h: 'g2' };
    const test = eiPermutationTest(buildGraph(arcNetwork(arcs, mixed)), () => true)!;
    expect(Math.min(test.pLower, test.pHigher)).toBeGreaterThan(0.05);
    expect(eiPermutationTest(buildGraph(arcNetwork(arcs, Object.fromEntries(people.map((p) => [p, 'g1'])))), () => true)).toBeNull();
    expect(analyseNetwork(buildGraph(arcNetwork('', groups, people))).network.eiTest).toBeNull();
  });

  it('averageDistance: two equally large strong components — the one holding the first person listed, and the tie counted', () => {
    // {a,b,c} a path-closed triangle with distance 1.5 on average? a>b b>c c>a: all distances 1 or 2 → 1.5; {d,e,f} all mutual → 1.
    const first = analyseNetwork(buildGraph(arcNetwork('a>b b>c c>a d>e e>d d>f f>d e>f f>e')));
    expect(first.network.largestStrongComponentTies).toBe(2);
    expect(first.network.averageDistance).toBeCloseTo(1.5, 12);
    const second = analyseNetwork(buildGraph(arcNetwork('d>e e>d d>f f>d e>f f>e a>b b>c c>a')));
    expect(second.network.largestStrongComponentTies).toBe(2);
    expect(second.network.averageDistance).toBeCloseTo(1, 12);
  });
});
