// Each finding kind: a small network where it must fire and a near miss where it must not.
import { tinyNetwork } from '../../../helpers/tiny-network';
import { describe, expect, it } from 'vitest';
import { findAll } from '../../../../shared/findings/find-all';
import { analyseNetwork } from '../../../../shared/metrics/analyse-network';
import { buildGraph } from '../../../../shared/network/build-graph';
import { areAdjacent, orderGroups } from '../../../../shared/network/group-order';
import type { SurveyNetwork } from '../../../../shared/network/types';

interface P {
  id: string;
  group?: string;
  role?: string;
  responded?: boolean;
}

/** Every person has a group and a role attribute ('' when not given). */
const network = (people: P[], arcs: [string, string][]): SurveyNetwork =>
  tinyNetwork(
    people.map((p) => ({ ...p, group: p.group ?? '', role: p.role ?? '' })),
    arcs,
  );

function findings(n: SurveyNetwork) {
  const graph = buildGraph(n);
  return findAll(graph, analyseNetwork(graph));
}

/** A group of `size` people (prefix + index) where everyone names everyone. */
function clique(prefix: string, group: string, size: number): { people: P[]; arcs: [string, string][] } {
  const people = Array.from({ length: size }, (_, i) => ({ id: `${prefix}${i + 1}`, group }));
  const arcs: [string, string][] = [];
  for (const a of people) for (const b of people) if (a !== b) arcs.push([a.id, b.id]);
  return { people, arcs };
}

function school(between: [string, string][], extraPeople: P[] = [], extraArcs: [string, string][] = []) {
  const groups = [clique('a', '1-2', 4), clique('b', '3-4', 4), clique('c', '5-6', 4)];
  return network([...groups.flatMap((g) => g.people), ...extraPeople], [...groups.flatMap((g) => g.arcs), ...between, ...extraArcs]);
}

const kinds = (n: SurveyNetwork, kind: string) => findings(n).findings.filter((f) => f.kind === kind);

describe('weak-group-link', () => {
  it('fires for adjacent grade groups with no ties, naming the pair', () => {
    const linked: [string, string][] = [1, 2, 3, 4].flatMap(
      (i) =>
        [
          [`a${i}`, `b${i}`],
          [`b${i}`, `a${i}`],
          [`a${i}`, `b${(i % 4) + 1}`],
        ] as [string, string][],
    );
    const weak = kinds(school(linked), 'weak-group-link');
    expect(weak.map((f) => f.groups)).toEqual([['3-4', '5-6']]);
    expect(weak[0]?.severity).toBe('high');
    expect(weak[0]?.evidence).toMatchObject({ arcsAtoB: 0, arcsBtoA: 0, possible: 32, betweenDensity: 0, internalDensityA: 1 });
  });

  it('does not fire when adjacent groups are well linked (near miss)', () => {
    const between: [string, string][] = [];
    for (const [x, y] of [
      ['a', 'b'],
      ['b', 'c'],
    ])
      for (const i of [1, 2, 3, 4]) between.push([`${x}${i}`, `${y}${i}`], [`${y}${i}`, `${x}${i}`]);
    expect(kinds(school(between), 'weak-group-link')).toEqual([]);
  });

  it('does not judge the non-adjacent pair 1-2 / 5-6', () => {
    const weak = kinds(school([]), 'weak-group-link');
    expect(weak.map((f) => f.groups.join('|'))).toEqual(['1-2|3-4', '3-4|5-6']);
  });

  it('does not fire for groups that are too small to judge', () => {
    const tiny = network(
      [
        { id: 'x1', group: '1-2' },
        { id: 'x2', group: '1-2' },
        { id: 'y1', group: '3-4' },
        { id: 'y2', group: '3-4' },
      ],
      [
        ['x1', 'x2'],
        ['x2', 'x1'],
        ['y1', 'y2'],
        ['y2', 'y1'],
      ],
    );
    expect(kinds(tiny, 'weak-group-link')).toEqual([]);
  });
});

describe('limited-reach', () => {
  const specialist = (reach: string[]) => {
    const arcs: [string, string][] = reach.flatMap((p) => [[p, 's'] as [string, string], ['s', p] as [string, string]]);
    return school([], [{ id: 's', group: 'staf', role: 'leesspecialist' }], arcs);
  };

  it('fires for a specialist who reaches only some groups, naming the missing ones', () => {
    const f = kinds(specialist(['a1', 'a2', 'b1']), 'limited-reach');
    expect(f).toHaveLength(1);
    expect(f[0]?.evidence).toMatchObject({ reached: ['1-2', '3-4'], missing: ['5-6'] });
  });

  it('does not fire when the specialist reaches every group (near miss)', () => {
    expect(kinds(specialist(['a1', 'b1', 'c1']), 'limited-reach')).toEqual([]);
  });
});

describe('one-sided', () => {
  const base = (directorNames: string[], namedBy: string[]) =>
    school(
      [],
      [{ id: 'd', group: 'staf', role: 'directeur' }],
      [...directorNames.map((p) => ['d', p] as [string, string]), ...namedBy.map((p) => [p, 'd'] as [string, string])],
    );

  it('fires for someone who names many but is named by few', () => {
    const f = kinds(base(['a1', 'a2', 'b1', 'b2', 'c1', 'c2', 'c3'], []), 'one-sided');
    expect(f.map((x) => x.people)).toEqual([['d']]);
    expect(f[0]?.evidence).toMatchObject({ direction: 'names-many', outDegree: 7, inDegree: 0 });
  });

  it('does not fire when those named return the tie (near miss)', () => {
    expect(kinds(base(['a1', 'a2', 'b1', 'b2', 'c1', 'c2', 'c3'], ['a1', 'a2', 'b1', 'b2', 'c1']), 'one-sided')).toEqual([]);
  });

  it('never judges a non-respondent', () => {
    const n = base([], ['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'b3', 'c1', 'c2']);
    n.people.find((p) => p.id === 'd')!.responded = false;
    expect(kinds(n, 'one-sided')).toEqual([]);
  });
});

describe('isolated and peripheral', () => {
  it('flags a person nobody names and who names nobody as isolated, and one who names others as peripheral', () => {
    const n = school(
      [],
      [
        { id: 'z', group: '1-2' },
        { id: 'q', group: '3-4' },
      ],
      [['q', 'b1']],
    );
    expect(kinds(n, 'isolated').map((f) => f.people)).toEqual([['z']]);
    expect(kinds(n, 'peripheral').map((f) => f.people)).toEqual([['q']]);
  });

  it('marks an unnamed non-respondent with a caveat, and leaves named people alone (near miss)', () => {
    const n = school([], [{ id: 'z', group: '1-2', responded: false }]);
    const f = kinds(n, 'isolated');
    expect(f[0]?.message.key).toBe('finding.isolated.nonRespondent');
    expect(f[0]?.caveat?.key).toBe('finding.caveat.nonRespondent');
    expect(kinds(school([]), 'isolated')).toEqual([]);
  });
});

describe('not enough data', () => {
  it('says so for an empty network instead of raising findings', () => {
    const result = findings(network([{ id: 'a' }, { id: 'b' }, { id: 'c' }], []));
    expect(result.findings).toEqual([]);
    expect(result.notEnoughData?.key).toBe('finding.notEnoughData');
  });
});

describe('group order', () => {
  it.each([
    [
      ['7-8', '1-2', 'staf', '3-4', '5-6'],
      ['1-2', '3-4', '5-6', '7-8', 'staf'],
    ],
    [
      ['groep 5/6', 'groep 1/2', 'groep 3/4'],
      ['groep 1/2', 'groep 3/4', 'groep 5/6'],
    ],
    [
      ['bovenbouw', 'onderbouw', 'middenbouw'],
      ['onderbouw', 'middenbouw', 'bovenbouw'],
    ],
  ])('orders %j as grades', (labels, expected) => {
    expect(orderGroups(labels).map((g) => g.label)).toEqual(expected);
  });

  it('does not treat departments or offices as grades, even with numbers', () => {
    expect(orderGroups(['Department 4', 'Department 1']).every((g) => g.rank === null)).toBe(true);
    const [a, b] = orderGroups(['1-2', '3-4']);
    expect(areAdjacent(a!, b!)).toBe(true);
  });
});

describe('single-bridge', () => {
  it('fires when every tie between two groups involves one person', () => {
    const f = kinds(
      school([
        ['a1', 'b1'],
        ['b1', 'a1'],
        ['a2', 'b1'],
        ['b2', 'c1'],
        ['c1', 'b2'],
        ['b3', 'c2'],
      ]),
      'single-bridge',
    );
    expect(f.map((x) => [x.groups, x.people])).toEqual([[['1-2', '3-4'], ['b1']]]);
  });

  it('does not fire when two different people carry the link (near miss)', () => {
    expect(
      kinds(
        school([
          ['a1', 'b1'],
          ['a2', 'b2'],
        ]),
        'single-bridge',
      ).filter((f) => f.groups.includes('1-2')),
    ).toEqual([]);
  });
});

describe('low-reciprocity', () => {
  const chain = (mutualPairs: number) => {
    const people: P[] = Array.from({ length: 12 }, (_, i) => ({ id: `p${i}`, group: 'grade' }));
    const arcs: [string, string][] = people.map((p, i) => [p.id, `p${(i + 1) % 12}`]);
    for (let i = 0; i < mutualPairs; i++) arcs.push([`p${(i + 1) % 12}`, `p${i}`]);
    return network(people, arcs);
  };

  it('fires when most ties are one-way', () => {
    const f = kinds(chain(0), 'low-reciprocity');
    expect(f.map((x) => x.id)).toEqual(['low-reciprocity:network', 'low-reciprocity:group:grade']);
    expect(f[0]?.evidence.arcReciprocity).toBe(0);
  });

  it('does not fire when most ties are mutual (near miss)', () => {
    expect(kinds(chain(12), 'low-reciprocity')).toEqual([]);
  });
});

describe('hidden-subgroup', () => {
  it('fires for a cluster that joins two groups half and half', () => {
    // Two formal groups, but the real clusters are {x1,x2,y1,y2} and {x3,x4,y3,y4}.
    const people: P[] = ['x1', 'x2', 'x3', 'x4'].map((id) => ({ id, group: 'X' })).concat(['y1', 'y2', 'y3', 'y4'].map((id) => ({ id, group: 'Y' })));
    const arcs: [string, string][] = [];
    for (const c of [
      ['x1', 'x2', 'y1', 'y2'],
      ['x3', 'x4', 'y3', 'y4'],
    ])
      for (const a of c) for (const b of c) if (a !== b) arcs.push([a, b]);
    arcs.push(['x2', 'x3']);
    const f = kinds(network(people, arcs), 'hidden-subgroup');
    expect(f.some((x) => x.message.key === 'finding.hiddenSubgroup.across')).toBe(true);
    expect(f.some((x) => x.message.key === 'finding.hiddenSubgroup.split')).toBe(true);
  });

  it('does not fire when the clusters are the groups (near miss)', () => {
    expect(
      kinds(
        school([
          ['a1', 'b1'],
          ['b2', 'c2'],
        ]),
        'hidden-subgroup',
      ),
    ).toEqual([]);
  });
});

describe('broker', () => {
  it('names the person carrying the most between-group brokerage, and nobody in a network without brokers', () => {
    const hubArcs: [string, string][] = ['a1', 'a2', 'a3', 'b1', 'b2', 'b3', 'c1', 'c2'].flatMap(
      (p) =>
        [
          [p, 'h'],
          ['h', p],
        ] as [string, string][],
    );
    const f = kinds(school([], [{ id: 'h', group: 'staf' }], hubArcs), 'broker');
    expect(f[0]?.people[0]).toBe('h');
    expect(kinds(school([]), 'broker')).toEqual([]);
  });
});

describe('threshold overrides', () => {
  it('clamps user values to the allowed range and changes what fires', async () => {
    const { withOverrides } = await import('../../../../shared/findings/thresholds');
    expect(withOverrides({ weakLinkRatio: 5 }).weakLinkRatio).toBe(0.75);
    expect(withOverrides({ minGroupSize: Number.NaN }).minGroupSize).toBe(3);
    const n = school([]);
    const graph = buildGraph(n);
    const analysis = analyseNetwork(graph);
    expect(findAll(graph, analysis).findings.some((f) => f.kind === 'weak-group-link')).toBe(true);
    expect(findAll(graph, analysis, withOverrides({ minGroupSize: 5 })).findings.some((f) => f.kind === 'weak-group-link')).toBe(false);
  });
});
