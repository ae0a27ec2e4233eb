/**
 * Keeps picked-out people in view beside a panel that lies over the map (the person card):
 * when any of them is under the panel, the map moves — and zooms out only as far as needed —
 * so that all of them sit in the part of the map the panel leaves free. Nothing moves when
 * they are all in view already.
 */
import type { Core, NodeCollection } from 'cytoscape';

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const overlaps = (a: Box, b: Box): boolean => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * `panel`: the panel's box in the map's own pixels (0,0 is the map's top left). The free part
 * is the wider of the strips left and right of it. Returns whether the map moved.
 */
export function frameBeside(cy: Core, people: NodeCollection, panel: Box, padding = 24): boolean {
  if (people.empty()) return false;
  const width = cy.width();
  const height = cy.height();
  const hidden = people.some((n) => {
    const b = n.renderedBoundingBox({ includeLabels: true });
    return overlaps(b, panel) || b.x1 < 0 || b.y1 < 0 || b.x2 > width || b.y2 > height;
  });
  if (!hidden) return false;
  const free: Box = panel.x1 >= width - panel.x2 ? { x1: 0, y1: 0, x2: panel.x1, y2: height } : { x1: panel.x2, y1: 0, x2: width, y2: height };
  const box = people.boundingBox({ includeLabels: true });
  const room = { w: free.x2 - free.x1 - 2 * padding, h: free.y2 - free.y1 - 2 * padding };
  if (room.w <= 0 || room.h <= 0) return false;
  const zoom = Math.min(cy.zoom(), room.w / Math.max(1, box.w), room.h / Math.max(1, box.h));
  cy.viewport({
    zoom,
    pan: { x: (free.x1 + free.x2) / 2 - zoom * (box.x1 + box.w / 2), y: (free.y1 + free.y2) / 2 - zoom * (box.y1 + box.h / 2) },
  });
  return true;
}
