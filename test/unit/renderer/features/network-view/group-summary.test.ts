// The group map of the demo school: five groups, a line per pair with ties between them,
// its number the ties in both directions; grades in a row in grade order, staff above;
// 3-4 and 5-6 have no ties: a dashed gap line marked 0.
import { describe, expect, it } from 'vitest';
import { demoImportRequest } from '../../../../../shared/demo/demo-school';
import { runAnalysis } from '../../../../../shared/pipeline/run-analysis';
import { groupSummary, summaryBy } from '../../../../../renderer/features/network-view/group-summary';

describe('group map', () => {
  it('has one node per group and one edge per connected pair, weighted by ties', () => {
    const result = runAnalysis(demoImportRequest());
    const { elements, pairs, shownPairs } = groupSummary(result, (g, size, inside) => `${g} ${size} ${inside}`);
    expect(shownPairs).toBe(pairs);
    const nodes = elements.filter((e) => e.group === 'nodes');
    expect(nodes.map((n) => n.data.label)).toEqual(result.analysis.groups.map((g) => `${g.label} ${g.size} ${g.internalArcs}`));
    const edges = elements.filter((e) => e.group === 'edges' && !String(e.classes).includes('group-gap'));
    const between = (a: string, b: string) =>
      result.analysis.groupDensity.filter((d) => (d.from === a && d.to === b) || (d.from === b && d.to === a)).reduce((s, d) => s + d.arcs, 0);
    for (const e of edges) expect(e.data.arcs).toBe(between(String(e.data.source).slice(6), String(e.data.target).slice(6)));
    expect(edges.some((e) => [e.data.source, e.data.target].sort().join() === 'group:groep 3-4,group:groep 5-6')).toBe(false);
    expect(Math.max(...edges.map((e) => Number(e.data.width)))).toBe(12);
  });

  it('stands the grades in a row in grade order, the staff above, and marks the missing 3-4 / 5-6 link as a gap', () => {
    const result = runAnalysis(demoImportRequest());
    const { elements } = groupSummary(result, { node: (g) => g, gap: () => '0 banden' });
    const at = (g: string) => elements.find((e) => e.data.id === `group:${g}`)?.position as { x: number; y: number };
    const grades = ['groep 1-2', 'groep 3-4', 'groep 5-6', 'groep 7-8'];
    const xs = grades.map((g) => at(g).x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(grades.map((g) => at(g).y)).size).toBe(1);
    expect(at('staf').y).toBeLessThan(at('groep 1-2').y);
    const gaps = elements.filter((e) => String(e.classes).includes('group-gap'));
    expect(gaps.map((e) => [e.data.source, e.data.target, e.data.label, e.data.arcs])).toEqual([['group:groep 3-4', 'group:groep 5-6', '0 banden', 0]]);
  });
});

describe('group map of many groups', () => {
  it('draws lines for the strongest pairs only, and says how many pairs there are', () => {
    const result = runAnalysis(demoImportRequest());
    const all = groupSummary(result, (g) => g);
    const top = groupSummary(result, (g) => g, { maxPairs: 2 });
    expect(all.pairs).toBeGreaterThan(2);
    expect(top.pairs).toBe(all.pairs);
    expect(top.shownPairs).toBe(2);
    const arcs = (s: typeof all) => s.elements.filter((e) => e.group === 'edges' && Number(e.data.arcs) > 0).map((e) => Number(e.data.arcs));
    const sorted = arcs(all).sort((a, b) => b - a);
    expect(arcs(top).sort((a, b) => b - a)).toEqual(sorted.slice(0, 2));
    // Widths stay relative to the strongest pair of all.
    expect(Math.max(...top.elements.filter((e) => e.group === 'edges').map((e) => Number(e.data.width)))).toBe(12);
  });
});

describe('community map of a network without groups', () => {
  it('summarises by the communities in the ties, largest first, counting every tie once', () => {
    const grouped = runAnalysis(demoImportRequest());
    expect(summaryBy(grouped)).toBe('group');
    // The same network without its group column.
    const plain = { ...grouped, analysis: { ...grouped.analysis, groups: [] } };
    expect(summaryBy(plain)).toBe('community');
    expect(summaryBy({ ...plain, analysis: { ...plain.analysis, network: { ...plain.analysis.network, communities: 1 } } })).toBeNull();
    const summary = groupSummary(plain, (g, size, inside) => `${g}|${size}|${inside}`, { by: 'community', communityName: (n) => `C${n}` });
    const nodes = summary.elements.filter((e) => e.group === 'nodes').map((e) => String(e.data.label).split('|'));
    const communities = new Set(grouped.analysis.nodes.map((n) => n.community)).size;
    expect(nodes).toHaveLength(communities);
    expect(nodes.reduce((sum, [, size]) => sum + Number(size), 0)).toBe(grouped.analysis.nodes.length);
    const sizes = nodes.map(([, size]) => Number(size));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    const inside = nodes.reduce((sum, [, , n]) => sum + Number(n), 0);
    const between = summary.elements.filter((e) => e.group === 'edges').reduce((sum, e) => sum + Number(e.data.arcs), 0);
    expect(inside + between).toBe(grouped.network.ties.length);
  });
});
