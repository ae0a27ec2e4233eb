/**
 * Group measures for the chosen group attribute: sizes, internal density, Krackhardt &
 * Stern's E-I index (E = arcs crossing the group boundary, I = arcs inside; (E-I)/(E+I)),
 * the block density matrix, and per person the groups their ties reach.
 */
import type { TalkGraph } from '../network/build-graph';
import { orderGroups, type GroupInfo } from '../network/group-order';
import { arcKey, splitKey } from '../network/pair-key';
import { eiPermutationTest, type EiPermutationTest } from './ei-permutation';

export interface GroupRecord extends GroupInfo {
  size: number;
  internalArcs: number;
  externalArcs: number;
  /** Arcs inside / (size * (size - 1)); null for groups of one. */
  internalDensity: number | null;
  eiIndex: number | null;
}

export interface BlockDensity {
  from: string;
  to: string;
  arcs: number;
  possible: number;
  density: number | null;
}

export interface NodeGroupRecord {
  eiIndex: number | null;
  /** Groups of the people this person names / is named by / either. */
  groupsOut: string[];
  groupsIn: string[];
  groupsReached: string[];
}

export interface GroupAnalysis {
  groups: GroupRecord[];
  groupDensity: BlockDensity[];
  eiIndex: number | null;
  /**
   * E-I over arcs between numbered (grade) groups only, null without an order. Staff
   * outside the parallel groups (directors, specialists) would otherwise count as
   * "between groups" and hide how closed the parallel groups are.
   */
  eiIndexOrdered: number | null;
  /** Arcs left out of E-I and the block matrix because one end has no group. */
  arcsWithoutGroup: number;
  /** Permutation tests of the two E-I indices (ei-permutation.ts); null where the index is. */
  eiTest: EiPermutationTest | null;
  eiTestOrdered: EiPermutationTest | null;
  byNode: Map<string, NodeGroupRecord>;
}

/**
 * Above this many groups the block matrix holds only the pairs of groups with ties: a district's
 * 2,500 groups would be 6.25 million cells (half a gigabyte), 5,000 groups four times that.
 */
export const FULL_BLOCK_MATRIX_GROUPS = 200;

function blockDensity(from: string, to: string, fromSize: number, toSize: number, arcs: number): BlockDensity {
  const possible = from === to ? fromSize * (fromSize - 1) : fromSize * toSize;
  return { from, to, arcs, possible, density: possible > 0 ? arcs / possible : null };
}

/** Every pair of `groups` in their order, taking the pairs `listed` has and 0 ties for the rest. */
export function completeBlocks(groups: readonly Pick<GroupRecord, 'label' | 'size'>[], listed: readonly BlockDensity[]): BlockDensity[] {
  const known = new Map(listed.map((b) => [arcKey(b.from, b.to), b]));
  return groups.flatMap((a) => groups.map((b) => known.get(arcKey(a.label, b.label)) ?? blockDensity(a.label, b.label, a.size, b.size, 0)));
}

export function analyseGroups(graph: TalkGraph, eiTests = true): GroupAnalysis | null {
  const groupOf = (n: string): string | null => graph.getNodeAttribute(n, 'group');
  const labels: string[] = [];
  graph.forEachNode((_n, a) => {
    if (a.group) labels.push(a.group);
  });
  if (labels.length === 0) return null;
  const infos = orderGroups(labels);
  const size = new Map<string, number>();
  for (const l of labels) size.set(l, (size.get(l) ?? 0) + 1);
  const block = new Map<string, number>();
  // Arcs across groups, per group (sent and received together): read off in the one pass over the ties.
  const crossingOf = new Map<string, number>();
  let external = 0;
  let internal = 0;
  let orderedExternal = 0;
  let arcsWithoutGroup = 0;
  let orderedInternal = 0;
  const ranked = new Set(infos.filter((g) => g.rank !== null).map((g) => g.label));
  graph.forEachEdge((_e, _a, s, t) => {
    const gs = groupOf(s);
    const gt = groupOf(t);
    if (!gs || !gt) {
      arcsWithoutGroup++;
      return;
    }
    const key = arcKey(gs, gt);
    block.set(key, (block.get(key) ?? 0) + 1);
    if (gs === gt) internal++;
    else {
      external++;
      crossingOf.set(gs, (crossingOf.get(gs) ?? 0) + 1);
      crossingOf.set(gt, (crossingOf.get(gt) ?? 0) + 1);
    }
    if (ranked.has(gs) && ranked.has(gt)) {
      if (gs === gt) orderedInternal++;
      else orderedExternal++;
    }
  });
  const groups: GroupRecord[] = infos.map((info) => {
    const n = size.get(info.label) ?? 0;
    const inside = block.get(arcKey(info.label, info.label)) ?? 0;
    const crossing = crossingOf.get(info.label) ?? 0;
    return {
      ...info,
      size: n,
      internalArcs: inside,
      externalArcs: crossing,
      internalDensity: n > 1 ? inside / (n * (n - 1)) : null,
      eiIndex: inside + crossing > 0 ? (crossing - inside) / (crossing + inside) : null,
    };
  });
  const rankOf = new Map(infos.map((g, i) => [g.label, i] as const));
  // The pairs with ties in the groups' order; for a school every pair (completeBlocks), above FULL_BLOCK_MATRIX_GROUPS only these.
  const withTies = [...block.entries()]
    .map(([key, arcs]) => {
      const [from, to] = splitKey(key);
      return blockDensity(from, to, size.get(from) ?? 0, size.get(to) ?? 0, arcs);
    })
    .sort((a, b) => (rankOf.get(a.from) as number) - (rankOf.get(b.from) as number) || (rankOf.get(a.to) as number) - (rankOf.get(b.to) as number));
  const groupDensity = infos.length <= FULL_BLOCK_MATRIX_GROUPS ? completeBlocks(groups, withTies) : withTies;
  const byNode = new Map<string, NodeGroupRecord>();
  graph.forEachNode((node, attrs) => {
    const outGroups = new Set<string>();
    const inGroups = new Set<string>();
    let e = 0;
    let i = 0;
    const count = (other: string, into: Set<string>): void => {
      const g = groupOf(other);
      if (!g) return;
      into.add(g);
      if (!attrs.group) return;
      if (g === attrs.group) i++;
      else e++;
    };
    graph.forEachOutNeighbor(node, (m) => count(m, outGroups));
    graph.forEachInNeighbor(node, (m) => count(m, inGroups));
    const order = (s: Set<string>): string[] => [...s].sort((a, b) => (rankOf.get(a) as number) - (rankOf.get(b) as number));
    byNode.set(node, {
      eiIndex: attrs.group && e + i > 0 ? (e - i) / (e + i) : null,
      groupsOut: order(outGroups),
      groupsIn: order(inGroups),
      groupsReached: order(new Set([...outGroups, ...inGroups])),
    });
  });
  const eiIndexOrdered =
    ranked.size >= 2 && orderedInternal + orderedExternal > 0 ? (orderedExternal - orderedInternal) / (orderedExternal + orderedInternal) : null;
  return {
    groups,
    groupDensity,
    eiIndex: internal + external > 0 ? (external - internal) / (external + internal) : null,
    eiIndexOrdered,
    arcsWithoutGroup,
    eiTest: eiTests ? eiPermutationTest(graph, () => true) : null,
    eiTestOrdered: eiTests && eiIndexOrdered !== null ? eiPermutationTest(graph, (g) => ranked.has(g)) : null,
    byNode,
  };
}
