/**
 * On a map of thousands of people the highlighted may lie outside the part of the map in view
 * (zoomed in elsewhere). The map then moves to them — and zooms out only as far as needed to
 * show them all. Nothing moves when they are all in view (the veil draws them at a size that
 * can be seen at any zoom: map/veil.ts), so a change of highlight does not redraw the map.
 */
import type { Core, NodeCollection } from 'cytoscape';

export function bringIntoView(cy: Core, people: NodeCollection, padding = 48): boolean {
  if (people.empty()) return false;
  const width = cy.width();
  const height = cy.height();
  const seen = people.renderedBoundingBox({ includeLabels: false });
  if (seen.x1 >= 0 && seen.y1 >= 0 && seen.x2 <= width && seen.y2 <= height) return false;
  const box = people.boundingBox({ includeLabels: false });
  const fits = Math.min((width - 2 * padding) / Math.max(1, box.w), (height - 2 * padding) / Math.max(1, box.h));
  const zoom = Math.max(cy.minZoom(), Math.min(cy.zoom(), fits));
  cy.viewport({ zoom, pan: { x: width / 2 - zoom * (box.x1 + box.w / 2), y: height / 2 - zoom * (box.y1 + box.h / 2) } });
  return true;
}
