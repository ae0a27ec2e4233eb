/**
 * Places the nodes for the chosen layout: grouped (clusters in grade order), circle by
 * group, concentric by the size metric, or force-directed (fcose, seeded, started from the
 * grouped positions). Positions the user dragged in that layout win.
 */
import type cytoscape from 'cytoscape';
import type { Core, NodeSingular } from 'cytoscape';
import type { AnalysisResult } from '../../../shared/pipeline/run-analysis';
import type { ViewState } from '../../state/view-state';
import { circleByGroup } from './circle-layout';
import { LAYOUT_SEED, withSeededRandom } from './cytoscape-setup';
import { groupedLayout } from './grouped-layout';
import { metricValue } from './map-elements';

export function applyLayout(cy: Core, result: AnalysisResult, view: ViewState): void {
  const { analysis } = result;
  const groupsInOrder = analysis.groups.map((g) => g.label);
  const ranked = new Set(analysis.groups.filter((g) => g.rank !== null).map((g) => g.label));
  const grouped = groupedLayout(analysis.nodes, groupsInOrder, ranked);
  const place = (positions: Map<string, { x: number; y: number }>) => cy.nodes().forEach((n) => {
    const p = positions.get(n.id());
    if (p) n.position(p);
  });
  place(grouped);
  if (view.layout === 'circle') place(circleByGroup(analysis.nodes, groupsInOrder));
  if (view.layout === 'concentric') {
    const byId = new Map(analysis.nodes.map((n) => [n.id, n]));
    const value = (node: NodeSingular): number => {
      const n = byId.get(node.id());
      return n ? metricValue(n, view.sizeBy) : 0;
    };
    const max = Math.max(...analysis.nodes.map((n) => metricValue(n, view.sizeBy)), 1e-9);
    cy.layout({ name: 'concentric', concentric: value, levelWidth: () => max / 4, minNodeSpacing: 36, animate: false, fit: false }).run();
  }
  if (view.layout === 'force') {
    withSeededRandom(LAYOUT_SEED, () =>
      cy
        .layout({
          name: 'fcose',
          randomize: false,
          animate: false,
          fit: false,
          quality: 'proof',
          nodeRepulsion: () => 60000,
          idealEdgeLength: () => 140,
          edgeElasticity: () => 0.3,
          nodeSeparation: 140,
          gravity: 0.15,
        } as unknown as cytoscape.LayoutOptions)
        .run(),
    );
  }
  const dragged = view.positions[view.layout];
  if (dragged) place(new Map(Object.entries(dragged)));
}
