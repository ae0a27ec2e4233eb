/**
 * Plane geometry for honest maps: people as discs, ties as straight lines, gentle curves
 * or paths around people (what Cytoscape draws), and the two questions a map must answer
 * "no" to — does a tie pass through a person it does not connect, do two people overlap.
 * One source for `Point` everywhere (layouts, worker, map).
 */
export interface Point {
  x: number;
  y: number;
}

/**
 * A person on the map: centre and the radius their shape needs (see shapeRadius). With
 * `shape` and `half` (half the drawn size) a tie's drawn end on this person's outline is
 * known exactly: Cytoscape starts a curve where the line towards its control point leaves
 * the shape, not at the centre.
 */
export interface Disc extends Point {
  id: string;
  r: number;
  shape?: string;
  half?: number;
}

/** Where a line leaving the disc's centre in direction (dx, dy) crosses its drawn outline. */
export function outlinePoint(d: Disc, dx: number, dy: number): Point {
  const length = Math.hypot(dx, dy) || 1;
  const ux = dx / length;
  const uy = dy / length;
  const half = d.half ?? 0;
  const reach =
    d.shape === 'round-rectangle' || d.shape === 'rectangle'
      ? half / Math.max(Math.abs(ux), Math.abs(uy), 1e-9)
      : d.shape === 'diamond'
        ? half / Math.max(Math.abs(ux) + Math.abs(uy), 1e-9)
        : half;
  return { x: d.x + ux * reach, y: d.y + uy * reach };
}

/**
 * How a tie is drawn, in Cytoscape's terms relative to source→target (with
 * `edge-distances: node-position`): a point at fraction `at` along the line, moved `offset`
 * along the normal (-dy, dx)/length.
 * - `bend`: one such point is the control point of a quadratic curve (`unbundled-bezier`);
 * - `path`: the points are corners of straight segments (`segments`), a way around people.
 * A tie with no route is straight.
 */
export type TieRoute = { kind: 'bend'; at: number; offset: number } | { kind: 'path'; via: { at: number; offset: number }[] };

/** Radius of the disc that covers a node of `size` in this Cytoscape shape (corners included). */
export function shapeRadius(size: number, shape: string): number {
  // A rounded square reaches 0.5·√2 of its side at the corners, less the rounding.
  if (shape === 'round-rectangle' || shape === 'rectangle') return size * 0.66;
  return size / 2;
}

/** A person of this drawn size and shape at `at`, as the layouts, the router and the checks see them. */
export function discOf(id: string, at: Point, size: number, shape: string): Disc {
  return { id, x: at.x, y: at.y, r: shapeRadius(size, shape), shape, half: size / 2 };
}

/** Distance from `p` to the segment a–b. */
export function segmentDistance(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** The point at fraction `at` of a→b, moved `offset` along the normal. */
export function pointAlong(a: Point, b: Point, at: number, offset: number): Point {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy) || 1;
  return { x: a.x + at * dx + (offset * -dy) / length, y: a.y + at * dy + (offset * dx) / length };
}

/** The inverse of pointAlong: `p` as a fraction along a→b and an offset from it. */
export function alongOf(a: Point, b: Point, p: Point): { at: number; offset: number } {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy || 1;
  const rx = p.x - a.x;
  const ry = p.y - a.y;
  return { at: (rx * dx + ry * dy) / length2, offset: (rx * -dy + ry * dx) / Math.sqrt(length2) };
}

/**
 * Points along the tie's drawn line, both ends included; curves sampled every `step` units.
 * A bent tie is drawn as Cytoscape draws it: a quadratic curve from where the line towards
 * the control point leaves the source's outline to where it enters the target's (when the
 * discs carry their shape; otherwise from centre to centre).
 */
export function tiePolyline(a: Point | Disc, b: Point | Disc, route: TieRoute | undefined, step = 8): Point[] {
  if (!route) return [a, b];
  if (route.kind === 'path') return [a, ...route.via.map((v) => pointAlong(a, b, v.at, v.offset)), b];
  const c = pointAlong(a, b, route.at, route.offset);
  const start = 'half' in a && a.half !== undefined ? outlinePoint(a, c.x - a.x, c.y - a.y) : a;
  const end = 'half' in b && b.half !== undefined ? outlinePoint(b, c.x - b.x, c.y - b.y) : b;
  return quadratic(start, c, end, route.offset, step);
}

function quadratic(a: Point, c: Point, b: Point, offset: number, step: number): Point[] {
  const length = Math.hypot(b.x - a.x, b.y - a.y) + 2 * Math.abs(offset);
  const n = Math.max(8, Math.ceil(length / step));
  const points: Point[] = [];
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    const u = 1 - t;
    points.push({ x: u * u * a.x + 2 * u * t * c.x + t * t * b.x, y: u * u * a.y + 2 * u * t * c.y + t * t * b.y });
  }
  return points;
}

/** Smallest distance from `p` to a polyline. */
export function polylineDistance(p: Point, line: Point[]): number {
  let best = Infinity;
  for (let i = 1; i < line.length; i++) best = Math.min(best, segmentDistance(p, line[i - 1] as Point, line[i] as Point));
  return best;
}

/** The box around a polyline, widened by `pad`. */
export function boundsOf(line: Point[], pad = 0): { x1: number; y1: number; x2: number; y2: number } {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const p of line) {
    x1 = Math.min(x1, p.x);
    y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
  }
  return { x1: x1 - pad, y1: y1 - pad, x2: x2 + pad, y2: y2 + pad };
}
