/**
 * The force-directed layout ("Krachtgestuurd"): ForceAtlas2 (graphology, Gephi's
 * algorithm), computed in the analysis worker, for any size (Barnes-Hut above a few
 * hundred people). Started from the grouped positions plus a seeded nudge, so the same
 * network always gets the same picture; then scaled so ties have a readable length, and
 * overlapping people pushed apart.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { seededRandom } from '../network/seeded-random';
import { shapeRadius, type Point } from './geometry';
import { separateOverlaps } from './separate-overlaps';

/** Layout seed: the same network always gets the same force-directed picture. */
export const LAYOUT_SEED = 1729;
/** Typical length of a tie on the finished map, in map units (people are 24–62 wide). */
const TIE_LENGTH = 150;

export interface ForceLayoutInput {
  nodes: { id: string; x: number; y: number; size: number }[];
  edges: { source: string; target: string }[];
}

/** Iterations by size: enough to settle, fewer for thousands (each is n·log n there). */
function iterationsFor(people: number): number {
  return people <= 200 ? 600 : people <= 1000 ? 300 : 120;
}

export function forceLayout(input: ForceLayoutInput): Record<string, Point> {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const random = seededRandom(LAYOUT_SEED);
  // Start from the grouped picture shrunk to FA2's scale, nudged so no two start on one spot.
  for (const n of input.nodes) graph.addNode(n.id, { x: n.x / 40 + (random() - 0.5), y: n.y / 40 + (random() - 0.5), size: n.size / 40 });
  for (const e of input.edges)
    if (e.source !== e.target && graph.hasNode(e.source) && graph.hasNode(e.target) && !graph.hasEdge(e.source, e.target)) graph.addEdge(e.source, e.target);
  const people = graph.order;
  if (people === 0) return {};
  const positions = forceAtlas2(graph, {
    iterations: iterationsFor(people),
    settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: people > 300, gravity: 1, scalingRatio: 4, slowDown: 2 },
  });
  // Scale so the median tie is TIE_LENGTH long (or, without ties, people stand apart).
  const lengths: number[] = [];
  graph.forEachEdge((_e, _a, s, t) => {
    const a = positions[s] as Point;
    const b = positions[t] as Point;
    lengths.push(Math.hypot(a.x - b.x, a.y - b.y));
  });
  lengths.sort((a, b) => a - b);
  const median = lengths.length > 0 ? (lengths[Math.floor(lengths.length / 2)] as number) : 1;
  const scale = TIE_LENGTH / Math.max(median, 1e-6);
  const sizeOf = new Map(input.nodes.map((n) => [n.id, n.size]));
  const spread = separateOverlaps(
    Object.entries(positions).map(([id, p]) => ({ id, x: p.x * scale, y: p.y * scale, r: shapeRadius(sizeOf.get(id) ?? 30, 'round-rectangle') })),
    { gap: 14 },
  );
  return Object.fromEntries(spread.map((d) => [d.id, { x: d.x, y: d.y }]));
}
