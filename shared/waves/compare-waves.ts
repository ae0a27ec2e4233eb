/**
 * What changed between two survey waves: people who joined or left, ties that are new,
 * lost or kept, network and group figures before and after, per-person changes, the
 * between-group ties of each pair of groups, and findings that appeared or were resolved.
 * People are matched by id (the roster id, or the name where there is none), and by the
 * pairs the user confirmed as the same person (`sameAs`, see match-people.ts).
 */
import type { FindingText } from '../findings/types';
import type { AnalysisResult } from '../pipeline/run-analysis';

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

export function compareWaves(before: AnalysisResult, later: AnalysisResult, options: CompareOptions = {}): WaveComparison {
  const after = withEarlierIds(later, options.sameAs ?? {});
  const idsBefore = new Set(before.analysis.nodes.map((n) => n.id));
  const idsAfter = new Set(after.analysis.nodes.map((n) => n.id));
  const key = (t: { source: string; target: string }) => `${t.source}\u0000${t.target}`;
  const tiesBefore = new Map(before.network.ties.map((t) => [key(t), t]));
  const tiesAfter = new Map(after.network.ties.map((t) => [key(t), t]));
  const net = (r: AnalysisResult) => r.analysis.network;
  const nodeAfter = new Map(after.analysis.nodes.map((n) => [n.id, n]));

  const persons: PersonChange[] = before.analysis.nodes
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

  const pairArcs = (r: AnalysisResult): Map<string, number> => {
    const arcs = new Map<string, number>();
    for (const b of r.analysis.groupDensity) {
      if (b.from === b.to) continue;
      const [a, c] = [b.from, b.to].sort();
      const k = `${a}\u0000${c}`;
      arcs.set(k, (arcs.get(k) ?? 0) + b.arcs);
    }
    return arcs;
  };
  const pairsBefore = pairArcs(before);
  const pairsAfter = pairArcs(after);
  const sizes = (r: AnalysisResult) => new Map(r.analysis.groups.map((g) => [g.label, g.size]));
  const sizesBefore = sizes(before);
  const sizesAfter = sizes(after);
  const pairDensity = (arcs: number | undefined, s: Map<string, number>, a: string, b: string): number | null => {
    const possible = 2 * (s.get(a) ?? 0) * (s.get(b) ?? 0);
    return possible > 0 ? (arcs ?? 0) / possible : null;
  };
  const groupPairs: GroupPairChange[] = [...new Set([...pairsBefore.keys(), ...pairsAfter.keys()])].sort().map((k) => {
    const [a, b] = k.split('\u0000') as [string, string];
    return {
      a,
      b,
      arcs: change(pairsBefore.get(k) ?? 0, pairsAfter.get(k) ?? 0),
      density: change(pairDensity(pairsBefore.get(k), sizesBefore, a, b), pairDensity(pairsAfter.get(k), sizesAfter, a, b)),
    };
  });
  const groupBefore = new Map(before.analysis.groups.map((g) => [g.label, g]));
  const groupAfter = new Map(after.analysis.groups.map((g) => [g.label, g]));
  const labels = [...after.analysis.groups.map((g) => g.label), ...before.analysis.groups.map((g) => g.label).filter((l) => !groupAfter.has(l))];
  const groups: GroupChange[] = labels.map((label) => {
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

  const findingIds = (r: AnalysisResult) => new Set(r.findings.findings.map((f) => f.id));
  const fb = findingIds(before);
  const fa = findingIds(after);

  const highlights: FindingText[] = groupPairs
    .filter((p) => Math.abs(p.arcs.change ?? 0) >= 3)
    .sort((x, y) => Math.abs(y.arcs.change ?? 0) - Math.abs(x.arcs.change ?? 0))
    .slice(0, 8)
    .map((p) => ({ key: (p.arcs.change ?? 0) > 0 ? 'compare.strengthened' : 'compare.weakened', params: { a: p.a, b: p.b, before: p.arcs.before, after: p.arcs.after } }));

  return {
    people: { joined: [...idsAfter].filter((id) => !idsBefore.has(id)), left: [...idsBefore].filter((id) => !idsAfter.has(id)), stayed: persons.length },
    ties: {
      new: [...tiesAfter.keys()].filter((k) => !tiesBefore.has(k)).map((k) => tiesAfter.get(k)!).map(({ source, target }) => ({ source, target })),
      lost: [...tiesBefore.keys()].filter((k) => !tiesAfter.has(k)).map((k) => tiesBefore.get(k)!).map(({ source, target }) => ({ source, target })),
      kept: [...tiesAfter.keys()].filter((k) => tiesBefore.has(k)).length,
    },
    network: {
      nodes: change(net(before).nodes, net(after).nodes),
      arcs: change(net(before).arcs, net(after).arcs),
      density: change(net(before).density, net(after).density),
      arcReciprocity: change(net(before).arcReciprocity, net(after).arcReciprocity),
      eiIndex: change(net(before).eiIndex, net(after).eiIndex),
      eiIndexOrdered: change(net(before).eiIndexOrdered, net(after).eiIndexOrdered),
      responseRate: change(net(before).responseRate, net(after).responseRate),
    },
    persons,
    groups,
    groupPairs,
    findings: { appeared: [...fa].filter((id) => !fb.has(id)), resolved: [...fb].filter((id) => !fa.has(id)), kept: [...fa].filter((id) => fb.has(id)) },
    highlights,
  };
}
