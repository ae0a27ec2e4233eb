/**
 * Group measures for the chosen group attribute: sizes, internal density, Krackhardt &
 * Stern's E-I index (E = arcs crossing the group boundary, I = arcs inside; (E-I)/(E+I)),
 * the block density matrix, and per person the groups their ties reach.
 */
import type { TalkGraph } from '../network/build-graph';
import { orderGroups, type GroupInfo } from '../network/group-order';
import { arcKey } from '../network/pair-key';
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
    else external++;
    if (ranked.has(gs) && ranked.has(gt)) {
      if (gs === gt) orderedInternal++;
      else orderedExternal++;
    }
  });
  const groups: GroupRecord[] = infos.map((info) => {
    const n = size.get(info.label) ?? 0;
    const inside = block.get(arcKey(info.label, info.label)) ?? 0;
    let crossing = 0;
    for (const other of infos) {
      if (other.label === info.label) continue;
      crossing += (block.get(arcKey(info.label, other.label)) ?? 0) + (block.get(arcKey(other.label, info.label)) ?? 0);
    }
    return {
      ...info,
      size: n,
      internalArcs: inside,
      externalArcs: crossing,
      internalDensity: n > 1 ? inside / (n * (n - 1)) : null,
      eiIndex: inside + crossing > 0 ? (crossing - inside) / (crossing + inside) : null,
    };
  });
  const groupDensity: BlockDensity[] = [];
  for (const a of infos) {
    for (const b of infos) {
      const na = size.get(a.label) ?? 0;
      const nb = size.get(b.label) ?? 0;
      const possible = a.label === b.label ? na * (na - 1) : na * nb;
      const arcs = block.get(arcKey(a.label, b.label)) ?? 0;
      groupDensity.push({ from: a.label, to: b.label, arcs, possible, density: possible > 0 ? arcs / possible : null });
    }
  }
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
    const order = (s: Set<string>): string[] => infos.map((g) => g.label).filter((l) => s.has(l));
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
