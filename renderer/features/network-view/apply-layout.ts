/**
 * Places the people for the chosen layout — grouped (clusters in grade order), circle by
 * group, concentric by the size measure, or force-directed (ForceAtlas2, seeded, started
 * from the grouped positions, computed in the map worker) — then routes the ties around
 * the people they do not connect. Positions the user dragged in that layout win.
 */
import type { Core } from 'cytoscape';
import type { AnalysisResult } from '../../../shared/pipeline/run-analysis';
import type { ViewState } from '../../state/view-state';
import type { Point } from '../../../shared/layout/geometry';
import { circleByGroup } from '../../../shared/layout/circle-layout';
import { concentricLayout } from '../../../shared/layout/concentric-layout';
import { groupedLayout } from '../../../shared/layout/grouped-layout';
import { forcePositions, type MapJobOwner } from '../../workers/map-client';
import { routeMap } from '../../map/route-map';
import { metricValue } from './map-elements';

const forceCache = new WeakMap<Core, Record<string, Point>>();

/** The largest person on the map (layouts keep people this far apart). */
function largestSize(cy: Core): number {
  let largest = 0;
  cy.nodes().forEach((n) => {
    largest = Math.max(largest, Number(n.data('size') ?? 0));
  });
  return largest || 62;
}

/**
 * Lays the map out and routes its ties. Resolves true once placed, false when the map
 * was replaced meanwhile (`isCurrent` turned false while the worker computed).
 */
export async function applyLayout(cy: Core, result: AnalysisResult, view: ViewState, owner: MapJobOwner, isCurrent: () => boolean = () => true): Promise<boolean> {
  const { layout } = view;
  const { analysis } = result;
  const groupsInOrder = analysis.groups.map((g) => g.label);
  // One batch, and only the nodes that actually move: for thousands of people every
  // position change costs (edges are re-routed), and most are already in place.
  const place = (positions: Map<string, Point>) => cy.batch(() => cy.nodes().forEach((n) => {
    const p = positions.get(n.id());
    if (!p) return;
    const now = n.position();
    if (now.x !== p.x || now.y !== p.y) n.position(p);
  }));
  const ties = cy.edges().map((e) => ({ source: e.source().id(), target: e.target().id() }));
  const grouped = (): Map<string, Point> => groupedLayout(analysis.nodes, groupsInOrder, new Set(analysis.groups.filter((g) => g.rank !== null).map((g) => g.label)), ties);
  if (layout === 'circle') place(circleByGroup(analysis.nodes, groupsInOrder, largestSize(cy)));
  else if (layout === 'concentric') place(concentricLayout(analysis.nodes.map((n) => ({ id: n.id, value: metricValue(n, view.sizeBy) })), largestSize(cy)));
  else if (layout === 'force') {
    // Computed once per map: a drag or undo only changes the dragged people's positions.
    let positions = forceCache.get(cy);
    if (!positions) {
      const start = grouped();
      positions = (await forcePositions(owner, { nodes: cy.nodes().map((n) => ({ id: n.id(), ...(start.get(n.id()) ?? n.position()), size: Number(n.data('size') ?? 30) })), edges: ties })) ?? undefined;
      if (!isCurrent() || cy.destroyed()) return false;
      if (positions) forceCache.set(cy, positions);
    }
    if (positions) place(new Map(Object.entries(positions)));
  } else place(grouped());
  const dragged = view.positions[layout];
  if (dragged) place(new Map(Object.entries(dragged)));
  await routeMap(cy, owner);
  return isCurrent() && !cy.destroyed();
}
