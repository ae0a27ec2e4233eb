/**
 * Ties that never pass through a person they do not connect. A straight line that would
 * cross someone is bent: the smallest curve, to either side, that clears everyone by a
 * margin. Where no curve does (a dense knot of people), the tie takes the shortest path
 * around the people in its way (a visibility graph over points just outside each person).
 * What still cannot be cleared is reported, so tests and the caller know.
 */
import { alongOf, segmentDistance, tiePolyline, type Disc, type Point, type TieRoute } from './geometry';
import { DiscGrid } from './disc-grid';

export interface RoutedTie {
  id: string;
  source: string;
  target: string;
}

/** Free space a tie keeps around a person it passes, in map units (node sizes are 24–62). */
export const TIE_MARGIN = 5;
/** Bends tried, as fractions of the tie's length: small first, each to both sides. */
const BENDS = [0.08, 0.14, 0.2, 0.28, 0.36, 0.45, 0.55, 0.7];
/** Where along the tie the curve bulges most: the middle first, then nearer either end. */
const AT = [0.5, 0.3, 0.7];
/** Corners around each person for paths: a polygon just outside their margin. */
const CORNERS = 8;

export interface Routing {
  /** Route per tie id; ties drawn straight are absent. */
  routes: Map<string, TieRoute>;
  /** Ties for which nothing cleared everyone. */
  unresolved: string[];
}

/** Whether a polyline keeps its margin from everyone but the people in `ends` (each piece asks the grid for its own neighbours). */
function clear(grid: DiscGrid, line: Point[], ends: Set<string>, margin: number): boolean {
  for (let i = 1; i < line.length; i++) {
    const p = line[i - 1] as Point;
    const q = line[i] as Point;
    const box = { x1: Math.min(p.x, q.x) - margin, y1: Math.min(p.y, q.y) - margin, x2: Math.max(p.x, q.x) + margin, y2: Math.max(p.y, q.y) + margin };
    for (const d of grid.near(box)) {
      if (ends.has(d.id)) continue;
      if (segmentDistance(d, p, q) < d.r + margin) return false;
    }
  }
  return true;
}

/** The points a path may turn at: corners of a polygon around each person that stay clear of everyone. */
function cornersOf(discs: Disc[], grid: DiscGrid, margin: number): Point[] {
  const corners: Point[] = [];
  const stretch = 1 / Math.cos(Math.PI / CORNERS);
  for (const d of discs) {
    const reach = (d.r + margin + 1) * stretch;
    for (let k = 0; k < CORNERS; k++) {
      const angle = (2 * Math.PI * k) / CORNERS + Math.PI / CORNERS;
      const p = { x: d.x + reach * Math.cos(angle), y: d.y + reach * Math.sin(angle) };
      if (grid.near({ x1: p.x, y1: p.y, x2: p.x, y2: p.y }).every((o) => Math.hypot(o.x - p.x, o.y - p.y) >= o.r + margin)) corners.push(p);
    }
  }
  return corners;
}

/**
 * Shortest path from a to b through the corners numbered in `region`, each step a clear
 * straight line (Dijkstra over the region, which is small: the corners near the tie).
 */
function pathAround(
  grid: DiscGrid,
  corners: Point[],
  region: number[],
  seen: (i: number, j: number) => boolean,
  a: Disc,
  b: Disc,
  margin: number,
): Point[] | null {
  const ends = new Set([a.id, b.id]);
  const n = region.length;
  const at = (k: number): Point => corners[region[k] as number] as Point;
  const dist = new Float64Array(n).fill(Infinity);
  const previous = new Int32Array(n).fill(-1);
  const done = new Uint8Array(n);
  const toB = new Int8Array(n).fill(-1);
  for (let k = 0; k < n; k++) {
    const c = at(k);
    const direct = Math.hypot(c.x - a.x, c.y - a.y);
    if (clear(grid, [a, c], ends, margin)) dist[k] = direct;
  }
  let best = Infinity;
  let last = -1;
  for (;;) {
    let u = -1;
    for (let k = 0; k < n; k++) if (!done[k] && (dist[k] as number) < Infinity && (u < 0 || (dist[k] as number) < (dist[u] as number))) u = k;
    if (u < 0 || (dist[u] as number) >= best) break;
    done[u] = 1;
    const cu = at(u);
    const remaining = Math.hypot(b.x - cu.x, b.y - cu.y);
    if ((dist[u] as number) + remaining < best) {
      if (toB[u] === -1) toB[u] = clear(grid, [cu, b], ends, margin) ? 1 : 0;
      if (toB[u] === 1) {
        best = (dist[u] as number) + remaining;
        last = u;
      }
    }
    for (let v = 0; v < n; v++) {
      if (done[v]) continue;
      const cv = at(v);
      const through = (dist[u] as number) + Math.hypot(cv.x - cu.x, cv.y - cu.y);
      // (A corner that cannot beat the best path even in a straight line is not looked at.)
      if (through < (dist[v] as number) && through + Math.hypot(b.x - cv.x, b.y - cv.y) < best && seen(region[u] as number, region[v] as number)) {
        dist[v] = through;
        previous[v] = u;
      }
    }
  }
  if (last < 0) return null;
  const path: Point[] = [];
  for (let k = last; k >= 0; k = previous[k] as number) path.unshift(at(k));
  return path;
}

/** The corners within reach of a detour from a to b: its box, widened by half its length (at least `pad`). */
function regionOf(corners: Point[], a: Point, b: Point, pad: number): number[] {
  const widen = Math.max(pad, Math.hypot(b.x - a.x, b.y - a.y) / 2);
  const box = { x1: Math.min(a.x, b.x) - widen, y1: Math.min(a.y, b.y) - widen, x2: Math.max(a.x, b.x) + widen, y2: Math.max(a.y, b.y) + widen };
  const region: number[] = [];
  corners.forEach((c, i) => {
    if (c.x >= box.x1 && c.x <= box.x2 && c.y >= box.y1 && c.y <= box.y2) region.push(i);
  });
  return region;
}

export function routeTies(discs: Disc[], ties: RoutedTie[], { margin = TIE_MARGIN }: { margin?: number } = {}): Routing {
  const byId = new Map(discs.map((d) => [d.id, d]));
  const largest = Math.max(...discs.map((d) => d.r), 1);
  const grid = new DiscGrid(discs, Math.max(4 * largest, 60));
  const routes = new Map<string, TieRoute>();
  const unresolved: string[] = [];
  const stuck: RoutedTie[] = [];
  for (const tie of ties) {
    const a = byId.get(tie.source);
    const b = byId.get(tie.target);
    if (!a || !b || a === b) continue;
    const ends = new Set([a.id, b.id]);
    if (clear(grid, [a, b], ends, margin)) continue;
    let found: TieRoute | null = null;
    search: for (const fraction of BENDS) {
      for (const at of AT) {
        for (const side of [1, -1]) {
          const route: TieRoute = { kind: 'bend', at, offset: side * fraction * Math.hypot(b.x - a.x, b.y - a.y) };
          if (clear(grid, tiePolyline(a, b, route, 12), ends, margin)) {
            found = route;
            break search;
          }
        }
      }
    }
    if (found) routes.set(tie.id, found);
    else stuck.push(tie);
  }
  if (stuck.length === 0) return { routes, unresolved };
  // The ties no curve clears: paths around people. Which corners see each other is asked
  // once per pair and remembered, as most paths share them.
  const corners = cornersOf(discs, grid, margin);
  const visible = new Map<number, boolean>();
  const none = new Set<string>();
  const seen = (i: number, j: number): boolean => {
    const key = i < j ? i * corners.length + j : j * corners.length + i;
    let v = visible.get(key);
    if (v === undefined) {
      const p = corners[i] as Point;
      const q = corners[j] as Point;
      v = clear(grid, [p, q], none, margin - 0.5);
      visible.set(key, v);
    }
    return v;
  };
  for (const tie of stuck) {
    const a = byId.get(tie.source) as Disc;
    const b = byId.get(tie.target) as Disc;
    const all = [...corners.keys()];
    const near = regionOf(corners, a, b, 6 * largest);
    const path = pathAround(grid, corners, near, seen, a, b, margin) ?? (near.length < all.length ? pathAround(grid, corners, all, seen, a, b, margin) : null);
    if (path) routes.set(tie.id, { kind: 'path', via: path.map((p) => alongOf(a, b, p)) });
    else unresolved.push(tie.id);
  }
  return { routes, unresolved };
}
