/**
 * Places the nodes for the chosen layout: grouped (clusters in grade order), circle by
 * group, concentric by the size metric, or force-directed (fcose, seeded, started from the
 * grouped positions, computed in the worker). Positions the user dragged in that layout win.
 */
import type { Core, NodeSingular } from 'cytoscape';
import type { AnalysisResult } from '../../../shared/pipeline/run-analysis';
import type { ViewState } from '../../state/view-state';
import { circleByGroup } from './circle-layout';
import { arrangeForce } from '../../workers/analysis-client';
import { FORCE_LAYOUT_MAX, type Point } from '../../workers/analysis-protocol';
import { groupedLayout } from './grouped-layout';
import { metricValue } from './map-elements';

const forceCache = new WeakMap<Core, Record<string, Point>>();

/** The layout actually used: force-directed only up to FORCE_LAYOUT_MAX people. */
export function effectiveLayout(view: Pick<ViewState, 'layout'>, people: number): ViewState['layout'] {
  return view.layout === 'force' && people > FORCE_LAYOUT_MAX ? 'grouped' : view.layout;
}

/**
 * Lays the map out. Resolves true once placed, false when the map was replaced meanwhile
 * (`isCurrent` turned false while the worker computed a force layout).
 */
export async function applyLayout(cy: Core, result: AnalysisResult, view: ViewState, isCurrent: () => boolean = () => true): Promise<boolean> {
  const layout = effectiveLayout(view, result.analysis.nodes.length);
  const { analysis } = result;
  const groupsInOrder = analysis.groups.map((g) => g.label);
  const ranked = new Set(analysis.groups.filter((g) => g.rank !== null).map((g) => g.label));
  const grouped = groupedLayout(analysis.nodes, groupsInOrder, ranked);
  // One batch, and only the nodes that actually move: for thousands of people every
  // position change costs (edges are re-routed), and most are already in place.
  const place = (positions: Map<string, { x: number; y: number }>) => cy.batch(() => cy.nodes().forEach((n) => {
    const p = positions.get(n.id());
    if (!p) return;
    const now = n.position();
    if (now.x !== p.x || now.y !== p.y) n.position(p);
  }));
  place(layout === 'circle' ? circleByGroup(analysis.nodes, groupsInOrder) : grouped);
  if (layout === 'concentric') {
    const byId = new Map(analysis.nodes.map((n) => [n.id, n]));
    const value = (node: NodeSingular): number => {
      const n = byId.get(node.id());
      return n ? metricValue(n, view.sizeBy) : 0;
    };
    const max = Math.max(...analysis.nodes.map((n) => metricValue(n, view.sizeBy)), 1e-9);
    cy.layout({ name: 'concentric', concentric: value, levelWidth: () => max / 4, minNodeSpacing: 36, animate: false, fit: false }).run();
  }
  if (layout === 'force') {
    // Computed once per map: a drag or undo only changes the dragged people's positions.
    const positions =
      forceCache.get(cy) ??
      (await arrangeForce({
        nodes: cy.nodes().map((n) => ({ id: n.id(), ...n.position(), size: Number(n.data('size') ?? 30) })),
        edges: cy.edges().map((e) => ({ source: e.source().id(), target: e.target().id() })),
      }));
    if (!isCurrent() || cy.destroyed()) return false;
    if (positions) {
      forceCache.set(cy, positions);
      place(new Map(Object.entries(positions)));
    }
  }
  const dragged = view.positions[layout];
  if (dragged) place(new Map(Object.entries(dragged)));
  return true;
}
