/**
 * Where everyone stands in each of the map's layouts, as one pure function of the network
 * (the app, the worker and the geometric tests all place people through it):
 * - grouped: each group a circle, grade groups in a row in grade order, others above;
 * - continuity ("doorgaande lijn"): the same row, the other groups (staff) well apart, so
 *   the grade-to-grade ties — the continuity of teaching — stand out;
 * - circle: everyone on one circle in group order;
 * - concentric: the highest value of the size measure in the middle;
 * - force: ForceAtlas2 from the grouped picture (seconds for thousands: the app runs it in a worker).
 */
import type { NodeMetrics } from '../metrics/analyse-network';
import type { Point } from './geometry';
import { circleByGroup } from './circle-layout';
import { concentricLayout } from './concentric-layout';
import { forceLayout } from './force-layout';
import { groupedLayout } from './grouped-layout';

export type LayoutName = 'grouped' | 'continuity' | 'force' | 'circle' | 'concentric';
export const LAYOUTS: LayoutName[] = ['grouped', 'continuity', 'force', 'circle', 'concentric'];

export interface PlacementInput {
  nodes: Pick<NodeMetrics, 'id' | 'group' | 'role' | 'name'>[];
  /** Groups in order, with their grade rank (null: not a grade). */
  groups: { label: string; rank: number | null }[];
  ties: { source: string; target: string }[];
  /** Each person's drawn size (map units). */
  sizeOf: (id: string) => number;
  /** The size measure's value per person (concentric). */
  valueOf: (id: string) => number;
}

/** Every layout but force, which needs seconds for large networks and runs in a worker. */
export function placeNow(layout: Exclude<LayoutName, 'force'>, input: PlacementInput): Map<string, Point> {
  const order = input.groups.map((g) => g.label);
  const largest = Math.max(...input.nodes.map((n) => input.sizeOf(n.id)), 24);
  if (layout === 'circle') return circleByGroup(input.nodes, order, largest);
  if (layout === 'concentric')
    return concentricLayout(
      input.nodes.map((n) => ({ id: n.id, value: input.valueOf(n.id) })),
      largest,
    );
  const ranked = new Set(input.groups.filter((g) => g.rank !== null).map((g) => g.label));
  return groupedLayout(input.nodes, order, ranked, input.ties, layout === 'continuity' ? { othersApart: 1.5, extraStep: 60 } : {});
}

/** The force layout's input: everyone at their grouped position, with their size. */
export function forceInput(input: PlacementInput): Parameters<typeof forceLayout>[0] {
  const start = placeNow('grouped', input);
  return { nodes: input.nodes.map((n) => ({ id: n.id, ...(start.get(n.id) as Point), size: input.sizeOf(n.id) })), edges: input.ties };
}

export function placePeople(layout: LayoutName, input: PlacementInput): Map<string, Point> {
  if (layout !== 'force') return placeNow(layout, input);
  return new Map(Object.entries(forceLayout(forceInput(input))));
}
