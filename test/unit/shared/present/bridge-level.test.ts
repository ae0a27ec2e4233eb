// Betweenness in words for the leader's screens, compared with the rest of the team; and the
// ordered groups said as "bouwen" when they are onderbouw, middenbouw and bovenbouw.
import { describe, expect, it } from 'vitest';
import { bridgeLevel, bridgeLevels } from '../../../../shared/present/bridge-level';
import { orderGroups, orderedGroupsWord } from '../../../../shared/network/group-order';
import { summarise } from '../../../../shared/findings/summary';
import { demoImportRequest } from '../../../../shared/demo/demo-school';
import { runAnalysis } from '../../../../shared/pipeline/run-analysis';

describe('bridge levels', () => {
  it.each([
    [0, 100, 'none'],
    [50, 100, 'high'],
    [49.9, 100, 'medium'],
    [15, 100, 'medium'],
    [14.9, 100, 'low'],
    [3, 0, 'none'],
  ] as const)('%d of a highest %d is %s', (value, highest, level) => expect(bridgeLevel(value, highest)).toBe(level));

  it('the demo team: the person with the highest betweenness is a strong bridge, and someone on no path is none', () => {
    const { nodes } = runAnalysis(demoImportRequest()).analysis;
    const levels = bridgeLevels(nodes);
    const top = [...nodes].sort((a, b) => (b.betweenness ?? 0) - (a.betweenness ?? 0))[0]!;
    expect(levels.get(top.id)).toBe('high');
    for (const n of nodes.filter((x) => x.betweenness === 0)) expect(levels.get(n.id)).toBe('none');
    expect(bridgeLevels(nodes)).toBe(levels);
  });
});

describe('grades or bouwen', () => {
  it('names the ordered groups by what they are', () => {
    expect(orderedGroupsWord(orderGroups(['onderbouw', 'middenbouw', 'bovenbouw', 'staf']))).toBe('stages');
    expect(orderedGroupsWord(orderGroups(['kleuterbouw', 'Onderbouw', 'Bovenbouw']))).toBe('stages');
    expect(orderedGroupsWord(orderGroups(['groep 1-2', 'groep 3-4', 'staf']))).toBe('grades');
    expect(orderedGroupsWord(orderGroups(['kleuters', 'groep 3', 'groep 4']))).toBe('grades');
  });

  it('the summary says "de bouwen" for bouwen data and "de jaargroepen" for grades', () => {
    const { analysis } = runAnalysis(demoImportRequest());
    expect(summarise(analysis.network, analysis.groups).map((l) => l.key)).toContain('summary.eiScopeOrdered');
    const stages = orderGroups(['onderbouw', 'middenbouw', 'bovenbouw', 'staf']);
    expect(summarise(analysis.network, stages).map((l) => l.key)).toContain('summary.eiScopeOrdered.stages');
  });
});
