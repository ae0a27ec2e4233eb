/**
 * What every finding rule reads: the graph, the analysis and the thresholds.
 * Rules are pure functions of this context.
 */
import type { Analysis, NodeMetrics } from '../metrics/analyse-network';
import type { TalkGraph } from '../network/build-graph';
import type { Thresholds } from './thresholds';

export interface FindingContext {
  graph: TalkGraph;
  analysis: Analysis;
  thresholds: Thresholds;
}

export function nodeById(ctx: FindingContext): Map<string, NodeMetrics> {
  return new Map(ctx.analysis.nodes.map((n) => [n.id, n]));
}

export function membersOf(ctx: FindingContext, group: string): string[] {
  return ctx.analysis.nodes.filter((n) => n.group === group).map((n) => n.id);
}

export const pct = (share: number | null): number | null => (share === null ? null : Math.round(share * 100));

/** The ties a person sends and receives, for highlighting. */
export function personTies(ctx: FindingContext, id: string, direction: 'both' | 'out' = 'both'): { source: string; target: string }[] {
  const ties: { source: string; target: string }[] = [];
  ctx.graph.forEachOutEdge(id, (_e, _a, s, t) => ties.push({ source: s, target: t }));
  if (direction === 'both') ctx.graph.forEachInEdge(id, (_e, _a, s, t) => ties.push({ source: s, target: t }));
  return ties;
}
