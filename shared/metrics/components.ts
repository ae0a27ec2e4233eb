/**
 * Components and distances at network level: weak components (graphology-components),
 * strong components (strong-components.ts, iterative), the largest strong component, and the average geodesic distance inside it
 * (every shortest path between two of its members stays inside it), from the path sweep.
 */
import { connectedComponents } from 'graphology-components';
import type { TalkGraph } from '../network/build-graph';
import { pathSweep, type PathSweep } from './path-sweep';
import { strongComponents } from './strong-components';

export interface ComponentCounts {
  weakComponents: number;
  strongComponents: number;
  largestStrongComponent: number;
  /** How many strong components have that largest size (the distance is measured in one of them; see componentCounts). */
  largestStrongComponentTies: number;
  /** Members of the largest strong component (for the distance sweep). */
  largestMembers: string[];
}

export interface ComponentRecord extends Omit<ComponentCounts, 'largestMembers'> {
  averageDistance: number | null;
}

export function componentCounts(graph: TalkGraph): ComponentCounts {
  if (graph.order === 0) return { weakComponents: 0, strongComponents: 0, largestStrongComponent: 0, largestStrongComponentTies: 0, largestMembers: [] };
  const strong = strongComponents(graph);
  // Two equally large strong components: the one holding the person listed first (roster order) is taken,
  // and `largestStrongComponentTies` says how many share that size, so the figure is never silently ambiguous.
  const size = strong.reduce((m, c) => Math.max(m, c.length), 0);
  const tied = strong.filter((c) => c.length === size);
  const position = new Map(graph.nodes().map((id, i) => [id, i] as const));
  const first = (c: string[]): number => c.reduce((m, id) => Math.min(m, position.get(id) as number), Infinity);
  const largest = tied.reduce((a, b) => (first(b) < first(a) ? b : a));
  return {
    weakComponents: connectedComponents(graph).length,
    strongComponents: strong.length,
    largestStrongComponent: largest.length,
    largestStrongComponentTies: tied.length,
    largestMembers: largest,
  };
}

export function componentRecord(counts: ComponentCounts, sweep: PathSweep): ComponentRecord {
  const { largestMembers: _members, ...rest } = counts;
  return { ...rest, averageDistance: sweep.averageDistanceWithin };
}

export function components(graph: TalkGraph): ComponentRecord {
  const counts = componentCounts(graph);
  return componentRecord(counts, pathSweep(graph, counts.largestMembers));
}
