/**
 * Keeps a drawn map honest: after people are placed, every tie that would pass through
 * someone it does not connect is bent or routed around them (shared/layout/route-ties.ts,
 * computed in the map worker), and the map's edges get the matching Cytoscape curves.
 * Routed against everyone, hidden or not, so filters never need a new routing. Large
 * maps (the faster drawing: straight faint ties) are not routed.
 */
import type { Core } from 'cytoscape';
import { discOf, type Disc, type Point, type TieRoute } from '../../shared/layout/geometry';
import type { RoutedTie } from '../../shared/layout/route-ties';
import { tieRoutes, type MapJobOwner } from '../workers/map-client';

/** The people on the map as discs: at their positions now, or at `positions` (about to be placed). */
export function mapDiscs(cy: Core, positions?: Map<string, Point>): Disc[] {
  return cy.nodes().map((n) => discOf(n.id(), positions?.get(n.id()) ?? n.position(), Number(n.data('size') ?? 30), String(n.data('shape') ?? 'ellipse')));
}

/** Whether the map is drawn in a way that is routed (the faster drawing's straight ties are not). */
export function isRouted(cy: Core): boolean {
  return cy.elements('.large, .many').length === 0;
}

export function mapTies(cy: Core): RoutedTie[] {
  return cy.edges().map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() }));
}

/**
 * Gives each edge the curve of its route (or none: straight). The edges that changed get
 * their style recomputed: Cytoscape does not otherwise notice that a curve's data-mapped
 * control points moved, and keeps the old bounding box — the curve is then cut off in the
 * PNG export and skipped when zoomed in.
 */
export function applyRoutes(cy: Core, routes: Map<string, TieRoute>): void {
  let changed = cy.collection();
  cy.batch(() =>
    cy.edges().forEach((e) => {
      const route = routes.get(e.id());
      if (route?.kind === 'bend') {
        if (e.hasClass('bent') && e.data('bendOffset') === route.offset && e.data('bendAt') === route.at) return;
        e.data({ bendOffset: route.offset, bendAt: route.at });
        e.removeClass('routed').addClass('bent');
      } else if (route?.kind === 'path') {
        e.data({ pathOffsets: route.via.map((v) => v.offset), pathAts: route.via.map((v) => v.at) });
        e.removeClass('bent').addClass('routed');
      } else if (e.hasClass('bent') || e.hasClass('routed')) e.removeClass('bent routed');
      else return;
      changed = changed.union(e);
    }),
  );
  // (updateStyle and dirtyBoundingBoxCache are Cytoscape collection methods its types leave out.)
  const internal = changed as unknown as { updateStyle?: () => void; dirtyBoundingBoxCache?: () => void };
  if (changed.nonempty()) {
    internal.updateStyle?.();
    internal.dirtyBoundingBoxCache?.();
  }
}

/**
 * The routes of the map's ties for its people at `positions` (default: where they are
 * now), from the map worker; null when the map is not routed, cancelled or gone.
 */
export async function routesFor(cy: Core, owner: MapJobOwner, positions?: Map<string, Point>): Promise<Map<string, TieRoute> | null> {
  if (cy.destroyed() || !isRouted(cy)) return null;
  const answer = await tieRoutes(owner, mapDiscs(cy, positions), mapTies(cy));
  return answer && !cy.destroyed() ? answer.routes : null;
}

/** Routes the map's ties for the positions it has now and draws them. */
export async function routeMap(cy: Core, owner: MapJobOwner): Promise<void> {
  const routes = await routesFor(cy, owner);
  if (routes) applyRoutes(cy, routes);
}
