// Large maps: elements go in time-budgeted slices (nothing lost, cancellable), the grouped
// layout wraps many groups into a grid, long lists in sentences name a few and count the
// rest, and the force layout (run in the worker) repeats exactly and moves people.
import cytoscape, { type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { demoImportRequest } from '../../../../shared/demo/demo-school';
import { formatList, formatNumber, formatPercent, t, translateKey } from '../../../../shared/i18n/translate';
import { summarise } from '../../../../shared/findings/summary';
import { runAnalysis } from '../../../../shared/pipeline/run-analysis';
import { fillMap, nextSliceSize } from '../../../../renderer/map/fill-map';
import { opensAtGroupLevel, WEBGL_NETWORK } from '../../../../renderer/map/drawing-mode';
import { groupedLayout } from '../../../../shared/layout/grouped-layout';
import { buildMapElements } from '../../../../renderer/features/network-view/map-elements';
import { LARGE_NETWORK } from '../../../../renderer/map/drawing-mode';
import { forceLayout } from '../../../../shared/layout/force-layout';
import type { NodeMetrics } from '../../../../shared/metrics/analyse-network';

function chain(people: number): ElementDefinition[] {
  const nodes = Array.from({ length: people }, (_, i) => ({ group: 'nodes' as const, data: { id: `p${i}` } }));
  const edges = Array.from({ length: people - 1 }, (_, i) => ({ group: 'edges' as const, data: { id: `e${i}`, source: `p${i}`, target: `p${i + 1}` } }));
  return [...nodes, ...edges];
}

describe('filling a large map', () => {
  it('adds every element in slices that follow the time budget, yielding between them', async () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    let clock = 0;
    let yields = 0;
    const sizes: number[] = [];
    // A fake clock: each element "costs" 0.1 ms, so a 40 ms budget allows ~320 per slice.
    const realAdd = cy.add.bind(cy);
    cy.add = ((eles: ElementDefinition[]) => {
      clock += 0.1 * eles.length;
      sizes.push(eles.length);
      return realAdd(eles);
    }) as typeof cy.add;
    let fittedWith = -1;
    const complete = await fillMap(cy, chain(3000), {
      budgetMs: 40,
      now: () => clock,
      yieldToBrowser: async () => void yields++,
      beforeDraw: () => (fittedWith = cy.elements().length),
    });
    expect(complete).toBe(true);
    expect(cy.nodes().length).toBe(3000);
    expect(cy.edges().length).toBe(2999);
    // The view is fitted once, with everything in, before the first drawing.
    expect(fittedWith).toBe(5999);
    expect(sizes[0]).toBe(100);
    expect(Math.max(...sizes.slice(1))).toBeLessThanOrEqual(320);
    // Slices grow step by step: at most twice the one before.
    for (let i = 1; i < sizes.length - 1; i++) expect(sizes[i] as number).toBeLessThanOrEqual(2 * (sizes[i - 1] as number));
    // A turn before the first slice, between slices, and after the last (the drawing is a task of its own).
    expect(yields).toBe(sizes.length + 1);
  });

  it('stops when cancelled, leaving the rest out', async () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    let slices = 0;
    let fitted = false;
    const complete = await fillMap(cy, chain(5000), {
      cancelled: () => slices >= 2,
      yieldToBrowser: async () => void slices++,
      beforeDraw: () => (fitted = true),
    });
    expect(complete).toBe(false);
    expect(fitted).toBe(false);
    expect(cy.elements().length).toBeLessThan(9999);
  });

  it('sizes the next slice from the measured speed, within bounds', () => {
    expect(nextSliceSize(100, 10, 40)).toBe(320);
    expect(nextSliceSize(100, 1000, 40)).toBe(50);
    expect(nextSliceSize(100, 0, 40)).toBe(20000);
  });

  it('gives large maps the fast drawing classes from the start', () => {
    const small = buildMapElements(runAnalysis(demoImportRequest()), { sizeBy: 'inDegree', colourBy: null });
    expect(small.some((e) => String(e.classes).includes('large'))).toBe(false);
    expect(LARGE_NETWORK).toBeGreaterThan(24);
  });
});

describe('grouped layout with many groups', () => {
  const person = (id: string, group: string): NodeMetrics => ({ id, name: id, group, role: null }) as unknown as NodeMetrics;
  it('keeps a handful of groups in one row and wraps many into a grid', () => {
    const four = ['1-2', '3-4', '5-6', '7-8'];
    const few = groupedLayout(
      four.flatMap((g) => [person(`${g}a`, g), person(`${g}b`, g)]),
      four,
      new Set(four),
    );
    expect(new Set([...few.values()].map((p) => Math.round(p.y))).size).toBe(2);
    const schools = Array.from({ length: 250 }, (_, i) => `school ${i}`);
    const many = groupedLayout(
      schools.flatMap((g) => [person(`${g}a`, g), person(`${g}b`, g), person(`${g}c`, g)]),
      schools,
      new Set(schools),
    );
    const xs = [...many.values()].map((p) => p.x);
    const ys = [...many.values()].map((p) => p.y);
    const width = Math.max(...xs) - Math.min(...xs);
    const height = Math.max(...ys) - Math.min(...ys);
    expect(width / height).toBeGreaterThan(1);
    expect(width / height).toBeLessThan(4);
    expect(many.size).toBe(750);
  });
});

describe('long lists in sentences', () => {
  it('names the first eight and counts the rest, in both languages', () => {
    const groups = Array.from({ length: 30 }, (_, i) => `g${i}`);
    expect(formatList('en', groups)).toBe('g0, g1, g2, g3, g4, g5, g6, g7 and 22 more');
    expect(formatList('nl', groups)).toBe('g0, g1, g2, g3, g4, g5, g6, g7 en 22 andere');
    expect(formatList('en', groups.slice(0, 10))).toBe('g0, g1, g2, g3, g4, g5, g6, g7, g8 and g9');
  });
});

describe('which map a large network opens on', () => {
  it('opens on the group map above 1,500 people without WebGL on a graphics card', () => {
    // No document here: no WebGL, as on a computer without a graphics card.
    expect(opensAtGroupLevel(WEBGL_NETWORK + 1)).toBe(true);
    expect(opensAtGroupLevel(WEBGL_NETWORK)).toBe(false);
  });
});

describe('small shares in a large network', () => {
  it('shows a density under one percent with one decimal, not as 0%', () => {
    expect(formatPercent('en', 0.0027)).toBe('0.3%');
    expect(formatPercent('nl', 0.0027)).toBe('0,3%');
    expect(formatPercent('en', 0.00004)).toBe('<0.1%');
    expect(formatPercent('en', 0)).toBe('0%');
    expect(formatPercent('en', 0.42)).toBe('42%');
    expect(formatPercent('en', -0.005)).toBe('−0.5%');
  });
});

describe('force layout in the worker', () => {
  it('moves people from their start and repeats exactly for the same network', () => {
    const result = runAnalysis(demoImportRequest());
    const elements = buildMapElements(result, { sizeBy: 'inDegree', colourBy: null });
    const input = {
      nodes: elements
        .filter((e) => e.group === 'nodes')
        .map((e) => ({ id: String(e.data.id), x: e.position?.x ?? 0, y: e.position?.y ?? 0, size: Number(e.data.size) })),
      edges: elements.filter((e) => e.group === 'edges').map((e) => ({ source: String(e.data.source), target: String(e.data.target) })),
    };
    const first = forceLayout(input);
    expect(Object.keys(first)).toHaveLength(24);
    expect(forceLayout(input)).toEqual(first);
    const moved = input.nodes.filter((n) => Math.hypot((first[n.id]?.x ?? 0) - n.x, (first[n.id]?.y ?? 0) - n.y) > 1);
    expect(moved.length).toBeGreaterThan(12);
  });
});

describe('the summary sentence of a large network', () => {
  it('gives a density below one percent in hundredths of a percent', () => {
    const base = runAnalysis(demoImportRequest()).analysis.network;
    const [size] = summarise({ ...base, nodes: 2000, arcs: 10679, density: 10679 / (2000 * 1999), responseRate: null });
    expect(translateKey('en', size!.key, size!.params)).toBe('2000 people and 10,679 ties; 0.27% of all possible ties exist.');
    expect(translateKey('nl', size!.key, size!.params)).toContain('0,27%');
    expect(translateKey('nl', size!.key, size!.params)).toContain('10.679');
  });

  it('groups thousands from five digits up, in each language’s notation', () => {
    expect([2000, 10679, 1_000_000, -26594].map((v) => formatNumber('en', v))).toEqual(['2000', '10,679', '1,000,000', '-26,594']);
    expect([2000, 10679, 1_000_000].map((v) => formatNumber('nl', v))).toEqual(['2000', '10.679', '1.000.000']);
    expect(formatNumber('nl', 12345.678, 1)).toBe('12.345,7');
    expect(formatNumber('en', 0.25)).toBe('0.25');
    expect(formatNumber('en', -0)).toBe('0');
  });

  it('counts the wizard preview in the right number, and says why there is no response rate', () => {
    expect(t('en', 'wizard.summaryLineNoRate', { people: 2, ties: 1, respondents: 2 })).toBe(
      '2 people, 1 tie, 2 respondents (without a staff list the response rate cannot be worked out).',
    );
    expect(t('nl', 'wizard.summaryLine', { people: 1, ties: 12345, respondents: 1, rate: 100 })).toBe('1 persoon, 12.345 banden, 1 respondent (respons 100%).');
  });
});
