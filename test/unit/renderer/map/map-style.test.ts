// The map's pure mappings: size scale, colour palette, mutual-edge merging, filters and
// the grouped / circle layouts.
import { describe, expect, it } from 'vitest';
import { demoImportRequest } from '../../../../shared/demo/demo-school';
import { runAnalysis } from '../../../../shared/pipeline/run-analysis';
import { circleByGroup } from '../../../../shared/layout/circle-layout';
import { groupedLayout } from '../../../../shared/layout/grouped-layout';
import { buildMapElements, colourMapping, MAX_NODE, mergeMutualEdges, MIN_NODE, sizeScale } from '../../../../renderer/features/network-view/map-elements';
import { visibleElements } from '../../../../renderer/features/network-view/map-filter';
import { GROUP_COLOURS, groupColours } from '../../../../shared/present/palette';
import { roleKind } from '../../../../renderer/map/role-shape';
import { DEFAULT_VIEW } from '../../../../renderer/state/view-state';

const demo = runAnalysis(demoImportRequest());

describe('size scale', () => {
  it('maps the smallest value to the smallest node and the largest to the largest, by square root', () => {
    const scale = sizeScale([0, 4, 16]);
    expect(scale(0)).toBe(MIN_NODE);
    expect(scale(16)).toBe(MAX_NODE);
    expect(scale(4)).toBeCloseTo(MIN_NODE + (MAX_NODE - MIN_NODE) * 0.5, 9);
    // Anchored at zero: equal positive values are drawn large; all zeros sit in the middle.
    expect(sizeScale([3, 3])(3)).toBe(MAX_NODE);
    expect(sizeScale([0, 0])(0)).toBe((MIN_NODE + MAX_NODE) / 2);
  });
});

describe('palette', () => {
  it('gives groups stable colour-blind-safe colours in group order', () => {
    const colours = groupColours(['1-2', '3-4', '5-6']);
    expect([...colours.values()]).toEqual(GROUP_COLOURS.slice(0, 3));
    expect(groupColours(['1-2', '3-4', '5-6']).get('3-4')).toBe(colours.get('3-4'));
  });

  it('colours by any attribute, the group attribute by default', () => {
    expect(colourMapping(demo, DEFAULT_VIEW).attribute).toBe('bouw');
    const byRole = colourMapping(demo, { colourBy: 'rol' });
    expect(byRole.colours.has('directeur')).toBe(true);
  });
});

describe('mutual edges', () => {
  it('merges A→B and B→A into one mutual edge and keeps one-way ties', () => {
    const edges = mergeMutualEdges(
      [
        { source: 'b', target: 'a', weight: 2 },
        { source: 'a', target: 'b', weight: 3 },
        { source: 'a', target: 'c', weight: 1 },
      ],
      (id) => (id === 'c' ? 'x' : 'y'),
    );
    expect(edges).toEqual([
      { source: 'a', target: 'b', mutual: true, weight: 3, betweenGroups: false },
      { source: 'a', target: 'c', mutual: false, weight: 1, betweenGroups: true },
    ]);
  });

  it('draws the demo school with one edge per pair and roles as shapes', () => {
    const elements = buildMapElements(demo, DEFAULT_VIEW);
    const edges = elements.filter((e) => e.group === 'edges');
    expect(edges).toHaveLength(demo.analysis.network.mutualDyads + demo.analysis.network.asymmetricDyads);
    expect(roleKind('leesspecialist begrijpend lezen')).toBe('expert');
    expect(roleKind('adjunct-directeur')).toBe('leader');
    expect(roleKind('leerkracht')).toBe('other');
  });
});

describe('filters', () => {
  it('hides a group and its ties, and keeps isolates', () => {
    const v = visibleElements(demo, { ...DEFAULT_VIEW, hiddenGroups: ['groep 1-2'] });
    expect(v.nodes.size).toBe(19);
    const mutual = visibleElements(demo, { ...DEFAULT_VIEW, mutualOnly: true });
    expect(mutual.edges.size).toBe(demo.analysis.network.mutualDyads);
    const between = visibleElements(demo, { ...DEFAULT_VIEW, betweenOnly: true });
    expect(between.nodes.size).toBe(24);
    expect(between.edges.size).toBeLessThan(mutual.edges.size);
  });
});

describe('layouts', () => {
  it('groups clusters in grade order left to right, staff above', () => {
    const groups = demo.analysis.groups.map((g) => g.label);
    const ranked = new Set(demo.analysis.groups.filter((g) => g.rank !== null).map((g) => g.label));
    const p = groupedLayout(demo.analysis.nodes, groups, ranked);
    const meanX = (group: string) => {
      const xs = demo.analysis.nodes.filter((n) => n.group === group).map((n) => p.get(n.id)!.x);
      return xs.reduce((a, b) => a + b, 0) / xs.length;
    };
    expect(meanX('groep 1-2')).toBeLessThan(meanX('groep 3-4'));
    expect(meanX('groep 5-6')).toBeLessThan(meanX('groep 7-8'));
    const staffY = demo.analysis.nodes.filter((n) => n.group === 'staf').map((n) => p.get(n.id)!.y);
    expect(Math.max(...staffY)).toBeLessThan(0);
  });

  it('puts everyone on one circle, each group together', () => {
    const p = circleByGroup(
      demo.analysis.nodes,
      demo.analysis.groups.map((g) => g.label),
    );
    const radii = [...p.values()].map((q) => Math.round(Math.hypot(q.x, q.y)));
    expect(new Set(radii).size).toBe(1);
  });
});

describe('people stand out against the map (WCAG 1.4.11, 3:1 for graphics)', () => {
  it('gives every group colour, and the no-group grey, an outline of at least 3:1 against the white background', async () => {
    const { contrast, outlineColour, MAP_BACKGROUND, NO_GROUP_COLOUR } = await import('../../../../shared/present/palette');
    // The fills alone do not: yellow 1.3:1, orange 2.3:1, sky blue 2.3:1, grey 2.6:1.
    expect(contrast('#F0E442', MAP_BACKGROUND)).toBeLessThan(1.5);
    for (const fill of [...GROUP_COLOURS, NO_GROUP_COLOUR]) expect(contrast(outlineColour(fill), MAP_BACKGROUND), fill).toBeGreaterThanOrEqual(3);
    // The same hue, darker: an orange person keeps an orange-brown edge, not black.
    const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(outlineColour('#E69F00').slice(i, i + 2), 16)) as [number, number, number];
    expect(r).toBeGreaterThan(g);
    expect(g).toBeGreaterThan(b);
  });

  it('draws that outline on every person', () => {
    const elements = buildMapElements(runAnalysis(demoImportRequest()), DEFAULT_VIEW).filter((e) => e.group === 'nodes');
    expect(elements.every((e) => typeof e.data.outline === 'string' && /^#[0-9a-f]{6}$/i.test(String(e.data.outline)))).toBe(true);
  });
});
