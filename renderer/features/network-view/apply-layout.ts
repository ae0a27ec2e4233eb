/**
 * Places the people for the chosen layout (shared/layout/place-people.ts; the force layout
 * in the map worker), then routes the ties around the people they do not connect.
 * Positions the user dragged in that layout win.
 */
import type { Core } from 'cytoscape';
import type { AnalysisResult } from '../../../shared/pipeline/run-analysis';
import type { ViewState } from '../../state/view-state';
import type { Point } from '../../../shared/layout/geometry';
import { forceInput, placeNow, type PlacementInput } from '../../../shared/layout/place-people';
import { forcePositions, type MapJobOwner } from '../../workers/map-client';
import { applyRoutes, routesFor } from '../../map/route-map';
import { metricValue } from './map-elements';

const forceCache = new WeakMap<Core, Record<string, Point>>();

/** What the layouts need to know of the map on screen and its network. */
export function placementInput(cy: Core, result: AnalysisResult, view: Pick<ViewState, 'sizeBy'>): PlacementInput {
  const byId = new Map(result.analysis.nodes.map((n) => [n.id, n]));
  return {
    nodes: result.analysis.nodes.filter((n) => cy.getElementById(n.id).nonempty()),
    groups: result.analysis.groups,
    // The network's ties, not the map's edges: the same as buildMapElements places by,
    // and all of them also when only the chosen ones are drawn (ties on demand).
    ties: result.network.ties,
    sizeOf: (id) => Number(cy.getElementById(id).data('size') ?? 30),
    valueOf: (id) => {
      const n = byId.get(id);
      return n ? metricValue(n, view.sizeBy) : 0;
    },
  };
}

/**
 * Lays the map out and routes its ties. Resolves true once placed, false when the map
 * was replaced meanwhile (`isCurrent` turned false while the worker computed).
 */
export async function applyLayout(
  cy: Core,
  result: AnalysisResult,
  view: ViewState,
  owner: MapJobOwner,
  isCurrent: () => boolean = () => true,
): Promise<boolean> {
  const { layout } = view;
  // One batch, and only the nodes that actually move: for thousands of people every
  // position change costs (edges are re-routed), and most are already in place.
  const place = (positions: Map<string, Point>) =>
    cy.nodes().forEach((n) => {
      const p = positions.get(n.id());
      if (!p) return;
      const now = n.position();
      if (now.x !== p.x || now.y !== p.y) n.position(p);
    });
  const input = placementInput(cy, result, view);
  let positions: Map<string, Point>;
  if (layout === 'force') {
    // Computed once per map: a drag or undo only changes the dragged people's positions.
    let force = forceCache.get(cy);
    if (!force) {
      force = (await forcePositions(owner, forceInput(input))) ?? undefined;
      if (!isCurrent() || cy.destroyed()) return false;
      if (force) forceCache.set(cy, force);
    }
    positions = force ? new Map(Object.entries(force)) : new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
  } else positions = placeNow(layout, input);
  const dragged = view.positions[layout];
  if (dragged) for (const [id, p] of Object.entries(dragged)) positions.set(id, p);
  // The ties are routed for the new positions before anyone moves, then people and curves
  // change in one drawing: no moment with old curves on new positions.
  const routes = await routesFor(cy, owner, positions);
  if (!isCurrent() || cy.destroyed()) return false;
  cy.batch(() => {
    place(positions);
    if (routes) applyRoutes(cy, routes);
  });
  return true;
}
