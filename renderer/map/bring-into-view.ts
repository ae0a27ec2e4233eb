/**
 * On a map of thousands of people, what is highlighted may lie outside the part of the map in
 * view (zoomed in elsewhere), or sit in one small heap while the whole map is in view (a
 * finding about two neighbouring groups: their discs on the veil cover each other and the tie
 * between them). The map then moves to them: to show them all, zooming out only as far as
 * needed, or — for a heap smaller than SMALL_HEAP_PX — zooming in until they fill the view, no
 * closer than people's own size (zoom 1). Otherwise nothing moves (the veil draws the lit at a
 * size that can be seen at any zoom: map/veil.ts), and a change of highlight redraws nothing.
 * A view moved here is kept when the map's size changes (create-map.ts, keepView).
 */
import type { Core, NodeCollection } from 'cytoscape';
import { keepView } from './create-map';

/** Lit people all within this many pixels (both ways) are a heap worth zooming in on. */
export const SMALL_HEAP_PX = 80;

export function bringIntoView(cy: Core, people: NodeCollection, padding = 48): boolean {
  if (people.empty()) return false;
  const width = cy.width();
  const height = cy.height();
  const seen = people.renderedBoundingBox({ includeLabels: false });
  const outside = seen.x1 < 0 || seen.y1 < 0 || seen.x2 > width || seen.y2 > height;
  const heap = people.length > 1 && seen.w < SMALL_HEAP_PX && seen.h < SMALL_HEAP_PX && cy.zoom() < 1;
  if (!outside && !heap) return false;
  const box = people.boundingBox({ includeLabels: false });
  const fits = Math.min((width - 2 * padding) / Math.max(1, box.w), (height - 2 * padding) / Math.max(1, box.h));
  const zoom = Math.max(cy.minZoom(), heap ? Math.min(1, fits) : Math.min(cy.zoom(), fits));
  cy.viewport({ zoom, pan: { x: width / 2 - zoom * (box.x1 + box.w / 2), y: height / 2 - zoom * (box.y1 + box.h / 2) } });
  keepView(cy);
  return true;
}
