/**
 * The force-directed layout (fcose), computed in the analysis worker on a headless
 * Cytoscape: it takes seconds for a few hundred people and would freeze the page on the
 * main thread. Seeded and started from the grouped positions, so the same network always
 * gets the same picture.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { withSeededRandom } from '../../shared/network/seeded-random';
import type { ForceLayoutInput, Point } from './analysis-protocol';

cytoscape.use(fcose);

/** Layout seed: the same network always gets the same force-directed picture. */
export const LAYOUT_SEED = 1729;

export function forceLayout(input: ForceLayoutInput): Record<string, Point> {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
    elements: [
      ...input.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, size: n.size }, position: { x: n.x, y: n.y } })),
      ...input.edges.map((e, i) => ({ group: 'edges' as const, data: { id: `e${i}`, source: e.source, target: e.target } })),
    ],
  });
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
  const positions: Record<string, Point> = {};
  cy.nodes().forEach((n) => {
    positions[n.id()] = { ...n.position() };
  });
  cy.destroy();
  return positions;
}
