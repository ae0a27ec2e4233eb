/**
 * From an analysis to Cytoscape elements: node size from the chosen metric (square-root
 * scale, so area follows the value), colour by group, shape by role, and each mutual
 * pair merged into one edge with an arrow at both ends. Pure, so it is unit-tested.
 */
import type { ElementDefinition } from 'cytoscape';
import type { AnalysisResult } from '../../../shared/pipeline/run-analysis';
import type { NodeMetrics } from '../../../shared/metrics/analyse-network';
import { groupedLayout } from '../../../shared/layout/grouped-layout';
import { groupColours, NO_GROUP_COLOUR, outlineColour } from '../../../shared/present/palette';
import { drawsTiesOnDemand, isLargeMap } from '../../map/drawing-mode';
import { roleKind, ROLE_SHAPES } from '../../map/role-shape';

import type { SizeMetric, ViewState } from '../../state/view-state';
import { orderGroups } from '../../../shared/network/group-order';

export const MIN_NODE = 24;
export const MAX_NODE = 62;

/** Square-root scale anchored at zero, so area follows the value and 0 is always smallest. */
export function sizeScale(values: number[]): (v: number) => number {
  const min = Math.min(...values, 0);
  const max = Math.max(...values, 0);
  return (v) => (max === min ? (MIN_NODE + MAX_NODE) / 2 : MIN_NODE + (MAX_NODE - MIN_NODE) * Math.sqrt((v - min) / (max - min)));
}

export interface MapEdge {
  source: string;
  target: string;
  mutual: boolean;
  weight: number;
  betweenGroups: boolean;
}

/** Room for 2^26 (67 million) people in a pair's number key, well inside exact doubles. */
const PAIR_KEY = 2 ** 26;

/** Merges A->B and B->A into one mutual edge; keys are stable ("a|b" with a < b for mutual). */
export function mergeMutualEdges(ties: { source: string; target: string; weight: number }[], groupOf: (id: string) => string | null): MapEdge[] {
  // Pairs keyed by number (person index × 2^26 + person index): for tens of thousands of
  // ties string keys made this the slowest step of opening a large map.
  const index = new Map<string, number>();
  const indexOf = (id: string): number => {
    let i = index.get(id);
    if (i === undefined) index.set(id, (i = index.size));
    return i;
  };
  const key = (a: string, b: string): number => indexOf(a) * PAIR_KEY + indexOf(b);
  const seen = new Map<number, { source: string; target: string; weight: number }>();
  for (const t of ties) seen.set(key(t.source, t.target), t);
  const edges: MapEdge[] = [];
  const done = new Set<number>();
  for (const t of ties) {
    const forward = key(t.source, t.target);
    if (done.has(forward)) continue;
    const backward = key(t.target, t.source);
    const back = seen.get(backward);
    done.add(forward);
    const between = groupOf(t.source) !== groupOf(t.target);
    if (back) {
      done.add(backward);
      const [a, b] = t.source < t.target ? [t.source, t.target] : [t.target, t.source];
      edges.push({ source: a, target: b, mutual: true, weight: Math.max(t.weight, back.weight), betweenGroups: between });
    } else edges.push({ source: t.source, target: t.target, mutual: false, weight: t.weight, betweenGroups: between });
  }
  return edges;
}

export function edgeId(e: { source: string; target: string; mutual: boolean }): string {
  return `${e.mutual ? 'm' : 'd'}:${e.source}\u0001${e.target}`;
}

export function metricValue(n: NodeMetrics, metric: SizeMetric): number {
  switch (metric) {
    case 'outDegree':
      return n.outDegree ?? 0;
    case 'effectiveSize':
      return n.effectiveSize ?? 0;
    case 'brokerage':
      return n.brokerage?.total ?? 0;
    case 'betweenness':
      return n.betweenness ?? 0;
    default:
      return n[metric];
  }
}

/** The attribute that colours the map, its values in order, and their colours. */
export function colourMapping(
  result: AnalysisResult,
  view: Pick<ViewState, 'colourBy'>,
): { attribute: string | null; valueOf: (id: string) => string | null; colours: Map<string, string> } {
  const attribute = view.colourBy ?? result.source.groupAttribute;
  const byId = new Map(result.network.people.map((p) => [p.id, p]));
  const valueOf = (id: string): string | null => (attribute ? byId.get(id)?.attributes[attribute] || null : null);
  const values =
    attribute === result.source.groupAttribute
      ? result.analysis.groups.map((g) => g.label)
      : orderGroups(result.network.people.map((p) => (attribute ? (p.attributes[attribute] ?? '') : ''))).map((g) => g.label);
  return { attribute, valueOf, colours: groupColours(values) };
}

/**
 * What kind of between-groups tie this is: between two grade groups (`grades`, and
 * `grades adjacent` when the grades follow each other) or with someone outside the grades
 * (`with-others`: the staff) — meeting mode and the continuity view show them apart.
 */
export function betweenKind(rankA: number | null, rankB: number | null): string {
  if (rankA === null || rankB === null) return 'with-others';
  return Math.abs(rankA - rankB) === 1 ? 'grades adjacent' : 'grades';
}

export function buildMapElements(result: AnalysisResult, view: Pick<ViewState, 'sizeBy' | 'colourBy'>): ElementDefinition[] {
  const { analysis, network } = result;
  const groupsInOrder = analysis.groups.map((g) => g.label);
  const { valueOf, colours } = colourMapping(result, view);
  const ranked = new Set(analysis.groups.filter((g) => g.rank !== null).map((g) => g.label));
  const scale = sizeScale(analysis.nodes.map((n) => metricValue(n, view.sizeBy)));
  // (The same ties the layouts place people by: apply-layout.ts.)
  const positions = groupedLayout(analysis.nodes, groupsInOrder, ranked, network.ties);
  const large = largeClass(result);

  const nodes: ElementDefinition[] = analysis.nodes.map((n) => {
    const colour = colours.get(valueOf(n.id) ?? '') ?? NO_GROUP_COLOUR;
    return {
      group: 'nodes',
      data: { id: n.id, label: n.name, colour, outline: outlineColour(colour), size: scale(metricValue(n, view.sizeBy)), shape: ROLE_SHAPES[roleKind(n.role)] },
      position: positions.get(n.id) ?? { x: 0, y: 0 },
      classes: (n.responded ? '' : 'non-respondent') + large,
    };
  });
  // Ties drawn on demand: none are built now (tens of thousands of them cost seconds).
  return drawsTiesOnDemand(network.ties.length) ? nodes : [...nodes, ...edgeElements(result, network.ties)];
}

/**
 * Large maps get the faster drawing classes from the start (adding a class afterwards
 * would restyle every element a second time); decided by the whole network.
 */
function largeClass(result: AnalysisResult): string {
  return isLargeMap(result.analysis.nodes.length, result.network.ties.length) ? ' large' : '';
}

/** The edges for these ties: mutual pairs merged, width by weight, classes by kind of tie. */
function edgeElements(result: AnalysisResult, ties: AnalysisResult['network']['ties']): ElementDefinition[] {
  const { analysis } = result;
  const groupOf = new Map(analysis.nodes.map((n) => [n.id, n.group]));
  const rankOf = new Map(analysis.groups.map((g) => [g.label, g.rank]));
  const large = largeClass(result);
  return mergeMutualEdges(ties, (id) => groupOf.get(id) ?? null).map((e) => ({
    group: 'edges',
    data: { id: edgeId(e), source: e.source, target: e.target, width: 1.2 + Math.min(4, e.weight - 1) },
    classes:
      [
        e.mutual ? 'mutual' : 'one-way',
        e.betweenGroups ? 'between' : 'within',
        ...(e.betweenGroups ? [betweenKind(rankOf.get(groupOf.get(e.source) ?? '') ?? null, rankOf.get(groupOf.get(e.target) ?? '') ?? null)] : []),
      ].join(' ') + large,
  }));
}

/**
 * The map's edges for some of the ties only (the chosen person's, finding's or pair of
 * groups'), for networks whose ties are drawn on demand; the same ids and classes as
 * buildMapElements gives them.
 */
export function tieElementsFor(result: AnalysisResult, keep: (source: string, target: string) => boolean): ElementDefinition[] {
  return edgeElements(
    result,
    result.network.ties.filter((t) => keep(t.source, t.target) || keep(t.target, t.source)),
  );
}
