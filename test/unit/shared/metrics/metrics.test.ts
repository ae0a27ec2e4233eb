// Tiny named graphs with hand-checked values, one table row per expectation.
import { describe, expect, it } from 'vitest';
import { analyseNetwork } from '../../../../shared/metrics/analyse-network';
import { adjustedRandIndex } from '../../../../shared/metrics/communities';
import { buildGraph } from '../../../../shared/network/build-graph';
import type { SurveyNetwork } from '../../../../shared/network/types';
import { arcNetwork } from '../../../helpers/tiny-network';

/** "a>b b>c" style: people a, b, c; groups as { a: 'g1' } (test/helpers/tiny-network.ts). */
const net = arcNetwork;

const analyse = (n: SurveyNetwork) => analyseNetwork(buildGraph(n));
const node = (a: ReturnType<typeof analyse>, id: string) => a.nodes.find((n) => n.id === id)!;

describe('network-level figures on tiny graphs', () => {
  it.each([
    [
      'path a>b>c',
      net('a>b b>c'),
      { nodes: 3, arcs: 2, density: 2 / 6, arcReciprocity: 0, dyadReciprocity: 0, weakComponents: 1, strongComponents: 3, isolates: 0 },
    ],
    [
      'mutual pair + isolate',
      net('a>b b>a', {}, ['z']),
      { nodes: 3, arcs: 2, arcReciprocity: 1, dyadReciprocity: 1, mutualDyads: 1, asymmetricDyads: 0, nullDyads: 2, weakComponents: 2, isolates: 1 },
    ],
    ['one mutual + one one-way', net('a>b b>a b>c'), { arcReciprocity: 2 / 3, dyadReciprocity: 1 / 2 }],
    ['in-star of 4', net('b>a c>a d>a'), { inDegreeCentralization: 1, outDegreeCentralization: 1 / 9 }],
    ['triangle', net('a>b b>c c>a'), { transitivity: 1, strongComponents: 1, averageDistance: 1.5 }],
    ['empty', net('', {}, ['a', 'b']), { arcs: 0, density: 0, arcReciprocity: null, transitivity: null }],
  ])('%s', (_name, network, expected) => {
    expect(analyse(network).network).toMatchObject(expected);
  });
});

describe('person-level figures on tiny graphs', () => {
  it('betweenness: the middle of a path carries one pair', () => {
    const a = analyse(net('a>b b>c'));
    expect(node(a, 'b').betweenness).toBe(1);
    expect(node(a, 'b').betweennessNormalized).toBe(0.5);
    expect(node(a, 'a').betweenness).toBe(0);
  });

  it('harmonic closeness counts 1/d to reachable others over n − 1', () => {
    const a = analyse(net('a>b b>c'));
    expect(node(a, 'a').harmonicOutCloseness).toBeCloseTo((1 + 1 / 2) / 2, 12);
    expect(node(a, 'a').harmonicInCloseness).toBe(0);
    expect(node(a, 'c').harmonicInCloseness).toBeCloseTo(0.75, 12);
  });

  it('PageRank sums to 1 and favours the named', () => {
    const a = analyse(net('b>a c>a d>a a>b'));
    expect(a.nodes.reduce((s, n) => s + n.pagerank, 0)).toBeCloseTo(1, 12);
    expect(node(a, 'a').pagerank).toBeGreaterThan(node(a, 'c').pagerank);
  });

  it('constraint: one contact is total constraint, isolates have none', () => {
    const a = analyse(net('a>b b>a', {}, ['z']));
    expect(node(a, 'a').constraint).toBe(1);
    expect(node(a, 'z').constraint).toBeNull();
    expect(node(a, 'z').effectiveSize).toBeNull();
  });

  it('effective size of a star centre with unconnected contacts is the number of contacts', () => {
    const a = analyse(net('a>b a>c a>d'));
    expect(node(a, 'a').effectiveSize).toBeCloseTo(3, 12);
    expect(node(a, 'a').constraint).toBeCloseTo(3 * (1 / 3) ** 2, 12);
  });

  it('E-I index: (E − I)/(E + I) over arcs, per network, group and person', () => {
    const a = analyse(net('a>b c>d b>c', { a: 'g1', b: 'g1', c: 'g2', d: 'g2' }));
    expect(a.network.eiIndex).toBeCloseTo((1 - 2) / 3, 12);
    expect(a.groups.find((g) => g.label === 'g1')?.eiIndex).toBeCloseTo(0, 12);
    expect(node(a, 'b').eiIndex).toBeCloseTo(0, 12);
    expect(node(a, 'a').eiIndex).toBe(-1);
    expect(a.groupDensity.find((b) => b.from === 'g1' && b.to === 'g2')).toMatchObject({ arcs: 1, possible: 4, density: 0.25 });
    expect(a.groupDensity.find((b) => b.from === 'g1' && b.to === 'g1')).toMatchObject({ arcs: 1, possible: 2, density: 0.5 });
  });

  it.each([
    ['coordinator', 'a>b b>c', { a: 'g', b: 'g', c: 'g' }],
    ['consultant', 'a>b b>c', { a: 'g', b: 'h', c: 'g' }],
    ['representative', 'a>b b>c', { a: 'g', b: 'g', c: 'h' }],
    ['gatekeeper', 'a>b b>c', { a: 'h', b: 'g', c: 'g' }],
    ['liaison', 'a>b b>c', { a: 'g', b: 'h', c: 'i' }],
  ] as const)('brokerage: b is a %s', (role, arcs, groups) => {
    const b = node(analyse(net(arcs, groups)), 'b').brokerage!;
    expect(b[role]).toBe(1);
    expect(b.total).toBe(1);
  });

  it('brokerage: a closed two-path (a also names c) is no brokerage', () => {
    expect(node(analyse(net('a>b b>c a>c', { a: 'g', b: 'g', c: 'g' })), 'b').brokerage?.total).toBe(0);
  });

  it('non-respondents: out-based figures are unknown (null), not 0', () => {
    const a = analyse(net('a>b b>a c>a', {}, [], ['b']));
    expect(node(a, 'b').outDegree).toBeNull();
    expect(node(a, 'b').outStrength).toBeNull();
    expect(node(a, 'b').harmonicOutCloseness).toBeNull();
    expect(node(a, 'b').reciprocity).toBeNull();
    expect(node(a, 'b').inDegree).toBe(1);
    expect(a.network.responseRate).toBeCloseTo(2 / 3, 12);
  });
});

describe('communities', () => {
  it('Louvain finds two cliques joined by one tie, repeatably, matching the groups', () => {
    const arcs = 'a>b b>a a>c c>a b>c c>b d>e e>d d>f f>d e>f f>e c>d';
    const groups = { a: 'x', b: 'x', c: 'x', d: 'y', e: 'y', f: 'y' };
    const first = analyse(net(arcs, groups));
    const second = analyse(net(arcs, groups));
    expect(first.network.communities).toBe(2);
    expect(first.network.communityGroupAgreement).toBe(1);
    expect(first.nodes.map((n) => n.community)).toEqual(second.nodes.map((n) => n.community));
    expect(first.network.modularity).toBeGreaterThan(0.3);
  });

  it('adjusted Rand index is 1 for identical and about 0 for unrelated labelings', () => {
    expect(
      adjustedRandIndex([
        [1, 'a'],
        [1, 'a'],
        [2, 'b'],
        [2, 'b'],
      ]),
    ).toBe(1);
    expect(
      adjustedRandIndex([
        [1, 'a'],
        [2, 'a'],
        [1, 'b'],
        [2, 'b'],
      ]),
    ).toBeLessThan(0.01);
  });
});

describe('strong components without recursion', () => {
  it('handles a 20,000-person chain (a recursive search would overflow a worker stack)', async () => {
    const { strongComponents } = await import('../../../../shared/metrics/strong-components');
    const n = 20_000;
    const arcs = Array.from({ length: n - 1 }, (_, i) => `p${i}>p${i + 1}`).join(' ') + ` p${n - 1}>p0`;
    const graph = buildGraph(net(arcs));
    const comps = strongComponents(graph);
    expect(comps).toHaveLength(1);
    expect(comps[0]).toHaveLength(n);
    expect(
      strongComponents(buildGraph(net('a>b b>c c>a c>d d>e e>d f>a')))
        .map((c) => c.length)
        .sort(),
    ).toEqual([1, 2, 3]);
  });
});
