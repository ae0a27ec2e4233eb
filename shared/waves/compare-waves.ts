/**
 * What changed between two survey waves: people who joined or left, ties that are new,
 * lost or kept, network and group figures before and after, per-person changes, the
 * between-group ties of each pair of groups, and findings that appeared or were resolved.
 * People are matched by id (the roster id, or the name where there is none), and by the
 * pairs the user confirmed as the same person (`sameAs`, see match-people.ts).
 */
import type { FindingText } from '../findings/types';
import type { AnalysisResult } from '../pipeline/run-analysis';
import { arcKey, pairKey, splitKey } from '../network/pair-key';

export interface Change {
  before: number | null;
  after: number | null;
  change: number | null;
}

const change = (before: number | null, after: number | null): Change => ({ before, after, change: before === null || after === null ? null : after - before });

export interface PersonChange {
  id: string;
  name: string;
  group: string | null;
  inDegree: Change;
  outDegree: Change;
  betweenness: Change;
  reciprocity: Change;
  eiIndex: Change;
  groupReach: Change;
}

export interface GroupChange {
  group: string;
  size: Change;
  internalDensity: Change;
  externalArcs: Change;
  eiIndex: Change;
}

export interface GroupPairChange {
  a: string;
  b: string;
  arcs: Change;
  /** Ties between the two groups (both directions) over the possible ones. */
  density: Change;
}

export interface WaveComparison {
  people: { joined: string[]; left: string[]; stayed: number };
  ties: { new: { source: string; target: string }[]; lost: { source: string; target: string }[]; kept: number };
  network: Record<'nodes' | 'arcs' | 'density' | 'arcReciprocity' | 'eiIndex' | 'eiIndexOrdered' | 'responseRate', Change>;
  persons: PersonChange[];
  groups: GroupChange[];
  groupPairs: GroupPairChange[];
  findings: { appeared: string[]; resolved: string[]; kept: string[] };
  /** Sentences about the largest changes between groups. */
  highlights: FindingText[];
}

export interface CompareOptions {
  /** Confirmed pairs: an id in the later wave -> the same person's id in the earlier wave. */
  sameAs?: Record<string, string>;
}

/** The later wave with confirmed same-person ids replaced by their earlier ids. */
export function withEarlierIds(result: AnalysisResult, sameAs: Record<string, string>): AnalysisResult {
  if (Object.keys(sameAs).length === 0) return result;
  const id = (x: string): string => sameAs[x] ?? x;
  return {
    ...result,
    network: {
      ...result.network,
      people: result.network.people.map((p) => ({ ...p, id: id(p.id) })),
      ties: result.network.ties.map((t) => ({ ...t, source: id(t.source), target: id(t.target) })),
    },
    analysis: { ...result.analysis, nodes: result.analysis.nodes.map((n) => ({ ...n, id: id(n.id) })) },
  };
}

/** People in both waves, each with their figures before and after. */
function personChanges(before: AnalysisResult, after: AnalysisResult): PersonChange[] {
  const nodeAfter = new Map(after.analysis.nodes.map((n) => [n.id, n]));
  return before.analysis.nodes
    .filter((n) => nodeAfter.has(n.id))
    .map((n) => {
      const m = nodeAfter.get(n.id)!;
      return {
        id: n.id,
        name: m.name,
        group: m.group,
        inDegree: change(n.inDegree, m.inDegree),
        outDegree: change(n.outDegree, m.outDegree),
        betweenness: change(n.betweenness, m.betweenness),
        reciprocity: change(n.reciprocity, m.reciprocity),
        eiIndex: change(n.eiIndex, m.eiIndex),
        groupReach: change(n.groupsReached.length, m.groupsReached.length),
      };
    });
}

/** Ties between each pair of groups, both directions together, keyed by pairKey. */
function arcsPerGroupPair(r: AnalysisResult): Map<string, number> {
  const arcs = new Map<string, number>();
  for (const b of r.analysis.groupDensity) {
    if (b.from === b.to) continue;
    const k = pairKey(b.from, b.to);
    arcs.set(k, (arcs.get(k) ?? 0) + b.arcs);
  }
  return arcs;
}

/** Ties between two groups over the possible ones (both directions), or null when a group is empty. */
function pairDensity(arcs: number | undefined, sizes: Map<string, number>, a: string, b: string): number | null {
  const possible = 2 * (sizes.get(a) ?? 0) * (sizes.get(b) ?? 0);
  return possible > 0 ? (arcs ?? 0) / possible : null;
}

function groupPairChanges(before: AnalysisResult, after: AnalysisResult): GroupPairChange[] {
  const pairsBefore = arcsPerGroupPair(before);
  const pairsAfter = arcsPerGroupPair(after);
  const sizes = (r: AnalysisResult) => new Map(r.analysis.groups.map((g) => [g.label, g.size]));
  const sizesBefore = sizes(before);
  const sizesAfter = sizes(after);
  return [...new Set([...pairsBefore.keys(), ...pairsAfter.keys()])].sort().map((k) => {
    const [a, b] = splitKey(k);
    return {
      a,
      b,
      arcs: change(pairsBefore.get(k) ?? 0, pairsAfter.get(k) ?? 0),
      density: change(pairDensity(pairsBefore.get(k), sizesBefore, a, b), pairDensity(pairsAfter.get(k), sizesAfter, a, b)),
    };
  });
}

/** Every group of either wave (the later wave's order first), with its figures before and after. */
function groupChanges(before: AnalysisResult, after: AnalysisResult): GroupChange[] {
  const groupBefore = new Map(before.analysis.groups.map((g) => [g.label, g]));
  const groupAfter = new Map(after.analysis.groups.map((g) => [g.label, g]));
  const labels = [...after.analysis.groups.map((g) => g.label), ...before.analysis.groups.map((g) => g.label).filter((l) => !groupAfter.has(l))];
  return labels.map((label) => {
    const b = groupBefore.get(label);
    const a = groupAfter.get(label);
    return {
      group: label,
      size: change(b?.size ?? null, a?.size ?? null),
      internalDensity: change(b?.internalDensity ?? null, a?.internalDensity ?? null),
      externalArcs: change(b?.externalArcs ?? null, a?.externalArcs ?? null),
      eiIndex: change(b?.eiIndex ?? null, a?.eiIndex ?? null),
    };
  });
}

function tieChanges(before: AnalysisResult, after: AnalysisResult): WaveComparison['ties'] {
  const tiesBefore = new Map(before.network.ties.map((t) => [arcKey(t.source, t.target), t]));
  const tiesAfter = new Map(after.network.ties.map((t) => [arcKey(t.source, t.target), t]));
  const only = (these: typeof tiesAfter, not: typeof tiesBefore) =>
    [...these].filter(([k]) => !not.has(k)).map(([, { source, target }]) => ({ source, target }));
  return { new: only(tiesAfter, tiesBefore), lost: only(tiesBefore, tiesAfter), kept: [...tiesAfter.keys()].filter((k) => tiesBefore.has(k)).length };
}

const NETWORK_FIGURES = ['nodes', 'arcs', 'density', 'arcReciprocity', 'eiIndex', 'eiIndexOrdered', 'responseRate'] as const;

function networkChanges(before: AnalysisResult, after: AnalysisResult): WaveComparison['network'] {
  return Object.fromEntries(NETWORK_FIGURES.map((f) => [f, change(before.analysis.network[f], after.analysis.network[f])])) as WaveComparison['network'];
}

function findingChanges(before: AnalysisResult, after: AnalysisResult): WaveComparison['findings'] {
  const ids = (r: AnalysisResult) => new Set(r.findings.findings.map((f) => f.id));
  const fb = ids(before);
  const fa = ids(after);
  return { appeared: [...fa].filter((id) => !fb.has(id)), resolved: [...fb].filter((id) => !fa.has(id)), kept: [...fa].filter((id) => fb.has(id)) };
}

/** Sentences about the largest changes between groups (at least 3 ties more or fewer; the 8 largest). */
function highlightsOf(groupPairs: GroupPairChange[]): FindingText[] {
  return groupPairs
    .filter((p) => Math.abs(p.arcs.change ?? 0) >= 3)
    .sort((x, y) => Math.abs(y.arcs.change ?? 0) - Math.abs(x.arcs.change ?? 0))
    .slice(0, 8)
    .map((p) => ({
      key: (p.arcs.change ?? 0) > 0 ? 'compare.strengthened' : 'compare.weakened',
      params: { a: p.a, b: p.b, before: p.arcs.before, after: p.arcs.after },
    }));
}

/** A weak link between groups that is a finding in both waves: "Nog steeds zwak: groep 1-2 ↔ groep 3-4 (3 → 3 banden)". */
function stillWeak(kept: string[], after: AnalysisResult, groupPairs: GroupPairChange[]): FindingText[] {
  const byId = new Map(after.findings.findings.map((f) => [f.id, f]));
  return kept.flatMap((id) => {
    const f = byId.get(id);
    const [a, b] = f?.groups ?? [];
    if (f?.kind !== 'weak-group-link' || !a || !b) return [];
    const pair = groupPairs.find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a));
    return pair ? [{ key: 'compare.stillWeak' as const, params: { a, b, before: pair.arcs.before ?? 0, after: pair.arcs.after ?? 0 } }] : [];
  });
}

export function compareWaves(before: AnalysisResult, later: AnalysisResult, options: CompareOptions = {}): WaveComparison {
  const after = withEarlierIds(later, options.sameAs ?? {});
  const idsBefore = new Set(before.analysis.nodes.map((n) => n.id));
  const idsAfter = new Set(after.analysis.nodes.map((n) => n.id));
  const persons = personChanges(before, after);
  const groupPairs = groupPairChanges(before, after);
  const findings = findingChanges(before, after);
  return {
    people: { joined: [...idsAfter].filter((id) => !idsBefore.has(id)), left: [...idsBefore].filter((id) => !idsAfter.has(id)), stayed: persons.length },
    ties: tieChanges(before, after),
    network: networkChanges(before, after),
    persons,
    groups: groupChanges(before, after),
    groupPairs,
    findings,
    highlights: [...highlightsOf(groupPairs), ...stillWeak(findings.kept, after, groupPairs)],
  };
}
