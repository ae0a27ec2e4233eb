/**
 * What every finding rule reads: the graph, the analysis and the thresholds.
 * Rules are pure functions of this context.
 */
import { pairKey } from '../network/pair-key';
import type { Analysis } from '../metrics/analyse-network';
import type { TalkGraph } from '../network/build-graph';
import type { Thresholds } from './thresholds';

export interface FindingContext {
  graph: TalkGraph;
  analysis: Analysis;
  thresholds: Thresholds;
}

interface GroupIndex {
  members: Map<string, string[]>;
  /** Ties between two different groups, keyed by the pair in a fixed order. */
  between: Map<string, { source: string; target: string }[]>;
}

const indexes = new WeakMap<FindingContext, GroupIndex>();

/** Members per group and ties per pair of groups, built once per analysis (one pass over the ties). */
export function groupIndex(ctx: FindingContext): GroupIndex {
  let index = indexes.get(ctx);
  if (index) return index;
  const members = new Map<string, string[]>();
  const groupOf = new Map<string, string>();
  for (const n of ctx.analysis.nodes) {
    if (!n.group) continue;
    groupOf.set(n.id, n.group);
    const list = members.get(n.group);
    if (list) list.push(n.id);
    else members.set(n.group, [n.id]);
  }
  const between = new Map<string, { source: string; target: string }[]>();
  ctx.graph.forEachEdge((_e, _a, s, t) => {
    const gs = groupOf.get(s);
    const gt = groupOf.get(t);
    if (!gs || !gt || gs === gt) return;
    const key = pairKey(gs, gt);
    const list = between.get(key);
    if (list) list.push({ source: s, target: t });
    else between.set(key, [{ source: s, target: t }]);
  });
  index = { members, between };
  indexes.set(ctx, index);
  return index;
}

export { pairKey } from '../network/pair-key';

export function membersOf(ctx: FindingContext, group: string): string[] {
  return groupIndex(ctx).members.get(group) ?? [];
}

export const pct = (share: number | null): number | null => (share === null ? null : Math.round(share * 100));

/**
 * The ties among a set of people (both ends in it), optionally only those `keep` accepts:
 * read from the members' own out-ties, so its cost is their ties, not the whole network's.
 */
export function tiesAmong(
  ctx: FindingContext,
  ids: ReadonlySet<string>,
  keep: (source: string, target: string, imputed: boolean) => boolean = () => true,
): { source: string; target: string }[] {
  const ties: { source: string; target: string }[] = [];
  for (const s of ids)
    ctx.graph.forEachOutEdge(s, (_e, a, _s, t) => {
      if (ids.has(t) && keep(s, t, a.imputed)) ties.push({ source: s, target: t });
    });
  return ties;
}

/** The ties a person sends and receives, for highlighting. */
export function personTies(ctx: FindingContext, id: string, direction: 'both' | 'out' = 'both'): { source: string; target: string }[] {
  const ties: { source: string; target: string }[] = [];
  ctx.graph.forEachOutEdge(id, (_e, _a, s, t) => ties.push({ source: s, target: t }));
  if (direction === 'both') ctx.graph.forEachInEdge(id, (_e, _a, s, t) => ties.push({ source: s, target: t }));
  return ties;
}
