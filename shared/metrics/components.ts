/**
 * Components and distances at network level: weak and strong component counts (graphology-
 * components), isolates, and the average geodesic distance inside the largest strong
 * component (every shortest path between two of its members stays inside it).
 */
import { connectedComponents, stronglyConnectedComponents } from 'graphology-components';
import type { TalkGraph } from '../network/build-graph';
import { bfs, indexGraph } from './paths';

export interface ComponentRecord {
  weakComponents: number;
  strongComponents: number;
  largestStrongComponent: number;
  averageDistance: number | null;
}

export function components(graph: TalkGraph): ComponentRecord {
  if (graph.order === 0) return { weakComponents: 0, strongComponents: 0, largestStrongComponent: 0, averageDistance: null };
  const weak = connectedComponents(graph);
  const strong = stronglyConnectedComponents(graph);
  const largest = strong.reduce((a, b) => (b.length > a.length ? b : a), [] as string[]);
  return {
    weakComponents: weak.length,
    strongComponents: strong.length,
    largestStrongComponent: largest.length,
    averageDistance: averageDistanceWithin(graph, largest),
  };
}

function averageDistanceWithin(graph: TalkGraph, members: string[]): number | null {
  if (members.length < 2) return null;
  const { ids, out } = indexGraph(graph);
  const index = new Map(ids.map((id, i) => [id, i] as const));
  const inside = members.map((m) => index.get(m) as number);
  const dist = new Int32Array(ids.length);
  const queue = new Int32Array(ids.length);
  let total = 0;
  let pairs = 0;
  for (const s of inside) {
    bfs(out, s, dist, queue);
    for (const t of inside) {
      if (t !== s) {
        total += dist[t] as number;
        pairs++;
      }
    }
  }
  return total / pairs;
}
