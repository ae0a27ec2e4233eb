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
import { componentCounts, componentRecord, type ComponentCounts } from './components';
import { degrees } from './degree';
import { eigenvector } from './eigenvector';
import { analyseGroups, type BlockDensity, type GroupRecord } from './groups';
import type { EiPermutationTest } from './ei-permutation';
import { pagerank } from './pagerank';
import { pathSweep, pathSweepWith, type PathSweep, type Sweeper } from './path-sweep';
import { estimatedSweep, type PathEstimate, type PathEstimateRequest } from './path-estimate';
import { networkReciprocity, nodeReciprocity } from './reciprocity';
import { observedFigures, type ObservedFigures } from './observed-pairs';
import { structuralHoles } from './structural-holes';
import { transitivity } from './transitivity';

export interface NodeMetrics {
  id: string;
  name: string;
  group: string | null;
  role: string | null;
  responded: boolean;
  /** Did not respond; their out-ties were reconstructed from others' reports (out-figures use them). */
  outTiesImputed: boolean;
  inDegree: number;
  outDegree: number | null;
  inStrength: number;
  outStrength: number | null;
  /** null for non-respondents: paths through them need their own (unknown) ties. */
  betweenness: number | null;
  betweennessNormalized: number | null;
  harmonicInCloseness: number;
  /** null for non-respondents: who they would reach is unknown. */
  harmonicOutCloseness: number | null;
  pagerank: number;
  eigenvector: number;
  /** With tie weights (frequency answers): the same measures on the weights; null on unweighted networks. */
  pagerankWeighted: number | null;
  eigenvectorWeighted: number | null;
  constraintWeighted: number | null;
  communityWeighted: number | null;
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
  /** Ties added by reconstruction (0 without it). */
  imputedTies: number;
  /** Density and reciprocity over the pairs whose tie is known (observed-pairs.ts). */
  observed: ObservedFigures;
  eiIndex: number | null;
  /** E-I among the numbered (grade) groups only; see groups.ts. */
  eiIndexOrdered: number | null;
  /** Arcs left out of eiIndex and the block matrix: one end has no group (0 without groups). */
  arcsWithoutGroup: number;
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
  /** Whether ties carry weights; then the weighted Louvain clusters and their modularity (else null). */
  weighted: boolean;
  /** Betweenness, closeness and the average distance estimated from a sample of people (path-estimate.ts), or null when exact. */
  pathEstimate: PathEstimate | null;
  communitiesWeighted: number | null;
  modularityWeighted: number | null;
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
export interface AnalyseOptions {
  /** The E-I permutation tests (on by default; the findings' bounds re-analyse without them). */
  eiTests?: boolean;
  /** Ties carry weights (frequency answers, interaction counts): add the weighted PageRank, eigenvector, constraint and Louvain. */
  weighted?: boolean;
}

/** The components and the sweep over them, run before the rest of the analysis. */
export interface SweptPaths {
  counts: ComponentCounts;
  sweep: PathSweep;
  estimate: PathEstimate | null;
}

/**
 * The shortest-path sweep run by `sweeper` (other threads), exactly or — with `estimate` —
 * from a sample of people. Its progress is the first 70% of the analysis'.
 */
async function sweepPaths(
  graph: TalkGraph,
  sweeper: Sweeper,
  onProgress: (fraction: number) => void = () => {},
  estimate?: PathEstimateRequest,
): Promise<SweptPaths> {
  const counts = componentCounts(graph);
  const progress = (f: number): void => onProgress(0.7 * f);
  if (estimate && estimate.samples < graph.order) return { counts, ...(await estimatedSweep(graph, counts.largestMembers, estimate, sweeper, progress)) };
  return { counts, sweep: await pathSweepWith(graph, counts.largestMembers, sweeper, progress), estimate: null };
}

/** Every measure that does not need the shortest paths: computed while the sweep runs elsewhere. */
function otherMeasures(graph: TalkGraph, options: AnalyseOptions, onProgress: (fraction: number) => void) {
  const deg = degrees(graph);
  const rec = nodeReciprocity(graph);
  const grp = analyseGroups(graph, options.eiTests ?? true);
  onProgress(0.72);
  const pr = pagerank(graph);
  const eig = eigenvector(graph);
  onProgress(0.78);
  const holes = structuralHoles(graph);
  const brk = brokerage(graph);
  onProgress(0.86);
  const com = communities(graph);
  const weighted = options.weighted ?? false;
  const wpr = weighted ? pagerank(graph, 0.85, true) : null;
  const weig = weighted ? eigenvector(graph, true) : null;
  const wholes = weighted ? structuralHoles(graph, true) : null;
  const wcom = weighted ? communities(graph, undefined, true) : null;
  onProgress(0.95);
  return { deg, rec, grp, pr, eig, holes, brk, com, weighted, wpr, weig, wholes, wcom };
}

export function analyseNetwork(graph: TalkGraph, onProgress: (fraction: number) => void = () => {}, options: AnalyseOptions = {}): Analysis {
  // One sweep of searches gives betweenness, closeness and the average distance together.
  const counts = componentCounts(graph);
  const sweep = pathSweep(graph, counts.largestMembers, (f) => onProgress(0.7 * f));
  return assemble(graph, { counts, sweep, estimate: null }, otherMeasures(graph, options, onProgress));
}

/**
 * The same analysis with the sweep run by `sweeper` (other threads) — and, with `estimate`,
 * from a sample of people — while this thread computes everything else.
 */
export async function analyseNetworkWith(
  graph: TalkGraph,
  sweeper: Sweeper,
  onProgress: (fraction: number) => void = () => {},
  options: AnalyseOptions & { estimate?: PathEstimateRequest } = {},
): Promise<Analysis> {
  const pending = sweepPaths(graph, sweeper, onProgress, options.estimate);
  const others = otherMeasures(graph, options, () => {});
  const paths = await pending;
  onProgress(0.95);
  return assemble(graph, paths, others);
}

function assemble(graph: TalkGraph, paths: SweptPaths, others: ReturnType<typeof otherMeasures>): Analysis {
  const { counts, sweep } = paths;
  const { deg, rec, grp, pr, eig, holes, brk, com, weighted, wpr, weig, wholes, wcom } = others;
  const btw = betweennessFrom(sweep);
  const clo = closenessFrom(sweep);
  const n = graph.order;
  let respondents = 0;
  let isolates = 0;
  let imputedTies = 0;
  graph.forEachEdge((_e, a) => {
    if (a.imputed) imputedTies++;
  });
  const nodes: NodeMetrics[] = graph.mapNodes((id, a) => {
    if (a.responded) respondents++;
    if (graph.degree(id) === 0) isolates++;
    const d = deg.get(id);
    const b = btw.get(id);
    const r = rec.get(id);
    const g = grp?.byNode.get(id);
    const c = clo.get(id);
    const h = holes.get(id);
    // Figures that rest on a person's own answers are unknown when they did not answer (and were not reconstructed).
    const known = a.outKnown;
    return {
      id,
      name: a.name,
      group: a.group,
      role: a.role,
      responded: a.responded,
      outTiesImputed: !a.responded && a.outKnown,
      inDegree: d?.inDegree ?? 0,
      outDegree: d?.outDegree ?? null,
      inStrength: d?.inStrength ?? 0,
      outStrength: d?.outStrength ?? null,
      betweenness: known ? (b?.betweenness ?? 0) : null,
      betweennessNormalized: known ? (b?.betweennessNormalized ?? 0) : null,
      harmonicInCloseness: c?.harmonicInCloseness ?? 0,
      harmonicOutCloseness: known ? (c?.harmonicOutCloseness ?? 0) : null,
      pagerank: pr.get(id) ?? 0,
      eigenvector: eig.get(id) ?? 0,
      pagerankWeighted: wpr ? (wpr.get(id) ?? 0) : null,
      eigenvectorWeighted: weig ? (weig.get(id) ?? 0) : null,
      constraintWeighted: wholes && known ? (wholes.get(id)?.constraint ?? null) : null,
      communityWeighted: wcom ? (wcom.communityOf.get(id) ?? -1) : null,
      constraint: known ? (h?.constraint ?? null) : null,
      effectiveSize: known ? (h?.effectiveSize ?? null) : null,
      brokerage: known ? (brk?.get(id) ?? null) : null,
      community: com.communityOf.get(id) ?? -1,
      reciprocatedTies: r?.reciprocatedTies ?? 0,
      reciprocity: known ? (r?.reciprocity ?? null) : null,
      eiIndex: known ? (g?.eiIndex ?? null) : null,
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
      imputedTies,
      observed: observedFigures(graph),
      eiIndex: grp?.eiIndex ?? null,
      eiIndexOrdered: grp?.eiIndexOrdered ?? null,
      arcsWithoutGroup: grp?.arcsWithoutGroup ?? 0,
      eiTest: grp?.eiTest ?? null,
      eiTestOrdered: grp?.eiTestOrdered ?? null,
      isolates,
      ...componentRecord(counts, sweep),
      ...degreeCentralization(graph),
      transitivity: transitivity(graph),
      communities: com.count,
      modularity: com.modularity,
      communityGroupAgreement: com.groupAgreement,
      weighted,
      communitiesWeighted: wcom ? wcom.count : null,
      modularityWeighted: wcom ? wcom.modularity : null,
      pathEstimate: paths.estimate,
    },
    nodes,
    groups: grp?.groups ?? [],
    groupDensity: grp?.groupDensity ?? [],
  };
}
