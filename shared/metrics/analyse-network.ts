/**
 * The whole analysis of one network as plain records: what the people table, the
 * summary panel, the findings and the CLI JSON read. Each family lives in its own file;
 * this module only assembles them.
 */
import type { TalkGraph } from '../network/build-graph';
import { betweennessFrom } from './betweenness';
import { brokerage, type BrokerageRecord } from './brokerage';
import { degreeCentralization } from './centralization';
import { closenessFrom } from './closeness';
import { communities } from './communities';
import { componentCounts, componentRecord } from './components';
import { degrees } from './degree';
import { eigenvector } from './eigenvector';
import { analyseGroups, type BlockDensity, type GroupRecord } from './groups';
import type { EiPermutationTest } from './ei-permutation';
import { pagerank } from './pagerank';
import { pathSweep } from './path-sweep';
import { networkReciprocity, nodeReciprocity } from './reciprocity';
import { structuralHoles } from './structural-holes';
import { transitivity } from './transitivity';

export interface NodeMetrics {
  id: string;
  name: string;
  group: string | null;
  role: string | null;
  responded: boolean;
  inDegree: number;
  outDegree: number | null;
  inStrength: number;
  outStrength: number | null;
  betweenness: number;
  betweennessNormalized: number;
  harmonicInCloseness: number;
  /** null for non-respondents: who they would reach is unknown. */
  harmonicOutCloseness: number | null;
  pagerank: number;
  eigenvector: number;
  constraint: number | null;
  effectiveSize: number | null;
  brokerage: BrokerageRecord | null;
  community: number;
  reciprocatedTies: number;
  reciprocity: number | null;
  eiIndex: number | null;
  groupsReached: string[];
  groupsOut: string[];
  groupsIn: string[];
}

export interface NetworkMetrics {
  nodes: number;
  arcs: number;
  density: number | null;
  arcReciprocity: number | null;
  dyadReciprocity: number | null;
  mutualDyads: number;
  asymmetricDyads: number;
  nullDyads: number;
  respondents: number;
  responseRate: number | null;
  eiIndex: number | null;
  /** E-I among the numbered (grade) groups only; see groups.ts. */
  eiIndexOrdered: number | null;
  /** Seeded permutation tests of eiIndex and eiIndexOrdered (ei-permutation.ts). */
  eiTest: EiPermutationTest | null;
  eiTestOrdered: EiPermutationTest | null;
  isolates: number;
  weakComponents: number;
  strongComponents: number;
  largestStrongComponent: number;
  /** How many strong components share the largest size; when more than one, averageDistance is measured in the one holding the person listed first. */
  largestStrongComponentTies: number;
  /** Mean shortest-path length over ordered pairs inside the largest strong component. */
  averageDistance: number | null;
  inDegreeCentralization: number | null;
  outDegreeCentralization: number | null;
  transitivity: number | null;
  communities: number;
  modularity: number | null;
  /** Adjusted Rand index between Louvain communities and the formal groups. */
  communityGroupAgreement: number | null;
}

export interface Analysis {
  network: NetworkMetrics;
  nodes: NodeMetrics[];
  groups: GroupRecord[];
  groupDensity: BlockDensity[];
}

/**
 * `onProgress` hears how far the analysis is (0..1): the sweep of shortest paths is most of
 * the work for large networks, the other measures follow in fixed steps.
 */
export function analyseNetwork(graph: TalkGraph, onProgress: (fraction: number) => void = () => {}): Analysis {
  const deg = degrees(graph);
  // One sweep of searches gives betweenness, closeness and the average distance together.
  const counts = componentCounts(graph);
  const sweep = pathSweep(graph, counts.largestMembers, (f) => onProgress(0.7 * f));
  const btw = betweennessFrom(sweep);
  const rec = nodeReciprocity(graph);
  const grp = analyseGroups(graph);
  const clo = closenessFrom(sweep);
  onProgress(0.72);
  const pr = pagerank(graph);
  const eig = eigenvector(graph);
  onProgress(0.78);
  const holes = structuralHoles(graph);
  const brk = brokerage(graph);
  onProgress(0.86);
  const com = communities(graph);
  onProgress(0.95);
  const n = graph.order;
  let respondents = 0;
  let isolates = 0;
  const nodes: NodeMetrics[] = graph.mapNodes((id, a) => {
    if (a.responded) respondents++;
    if (graph.degree(id) === 0) isolates++;
    const d = deg.get(id);
    const b = btw.get(id);
    const r = rec.get(id);
    const g = grp?.byNode.get(id);
    const c = clo.get(id);
    const h = holes.get(id);
    return {
      id,
      name: a.name,
      group: a.group,
      role: a.role,
      responded: a.responded,
      inDegree: d?.inDegree ?? 0,
      outDegree: d?.outDegree ?? null,
      inStrength: d?.inStrength ?? 0,
      outStrength: d?.outStrength ?? null,
      betweenness: b?.betweenness ?? 0,
      betweennessNormalized: b?.betweennessNormalized ?? 0,
      harmonicInCloseness: c?.harmonicInCloseness ?? 0,
      harmonicOutCloseness: a.responded ? (c?.harmonicOutCloseness ?? 0) : null,
      pagerank: pr.get(id) ?? 0,
      eigenvector: eig.get(id) ?? 0,
      constraint: h?.constraint ?? null,
      effectiveSize: h?.effectiveSize ?? null,
      brokerage: brk?.get(id) ?? null,
      community: com.communityOf.get(id) ?? -1,
      reciprocatedTies: r?.reciprocatedTies ?? 0,
      reciprocity: a.responded ? (r?.reciprocity ?? null) : null,
      eiIndex: g?.eiIndex ?? null,
      groupsReached: g?.groupsReached ?? [],
      groupsOut: g?.groupsOut ?? [],
      groupsIn: g?.groupsIn ?? [],
    };
  });
  return {
    network: {
      nodes: n,
      arcs: graph.size,
      density: n > 1 ? graph.size / (n * (n - 1)) : null,
      ...networkReciprocity(graph),
      respondents,
      responseRate: n > 0 ? respondents / n : null,
      eiIndex: grp?.eiIndex ?? null,
      eiIndexOrdered: grp?.eiIndexOrdered ?? null,
      eiTest: grp?.eiTest ?? null,
      eiTestOrdered: grp?.eiTestOrdered ?? null,
      isolates,
      ...componentRecord(counts, sweep),
      ...degreeCentralization(graph),
      transitivity: transitivity(graph),
      communities: com.count,
      modularity: com.modularity,
      communityGroupAgreement: com.groupAgreement,
    },
    nodes,
    groups: grp?.groups ?? [],
    groupDensity: grp?.groupDensity ?? [],
  };
}
