/**
 * Concentric ("Kringen"): the people with the highest value of the size measure in the
 * middle, then rings of lower values outwards (four bands of the range, as Cytoscape's
 * concentric layout did). Each ring wide enough that its people never touch.
 */
import { shapeRadius, type Point } from './geometry';
import { neutralOrder } from '../present/neutral-order';

const BANDS = 4;

export function concentricLayout(nodes: { id: string; value: number }[], largest = 62): Map<string, Point> {
  const max = Math.max(...nodes.map((n) => n.value), 1e-9);
  const bands: { id: string; value: number }[][] = Array.from({ length: BANDS + 1 }, () => []);
  for (const n of nodes) bands[BANDS - Math.min(BANDS, Math.floor((n.value / max) * BANDS))]?.push(n);
  const spacing = 2 * shapeRadius(largest, 'round-rectangle') + 30;
  const positions = new Map<string, Point>();
  let radius = 0;
  let first = true;
  for (const band of bands.filter((b) => b.length > 0)) {
    band.sort((a, b) => b.value - a.value || neutralOrder(a.id, b.id));
    // The ring must hold its people side by side, and stand clear of the ring inside it.
    radius = first && band.length === 1 ? 0 : Math.max(first ? 0 : radius + spacing, band.length < 2 ? 0 : spacing / (2 * Math.sin(Math.PI / band.length)));
    first = false;
    band.forEach((n, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / band.length;
      positions.set(n.id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    });
  }
  return positions;
}
