/**
 * What changed between two survey waves: people who joined or left, ties that are new,
 * lost or kept, network and group figures before and after, per-person changes, the
 * between-group ties of each pair of groups, and findings that appeared or were resolved.
 * People are matched by id (the roster id, or the name where there is none).
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
  groupReach: Change;
}

export interface GroupPairChange {
  a: string;
  b: string;
  arcs: Change;
}

export interface WaveComparison {
  people: { joined: string[]; left: string[]; stayed: number };
  ties: { new: { source: string; target: string }[]; lost: { source: string; target: string }[]; kept: number };
  network: Record<'nodes' | 'arcs' | 'density' | 'arcReciprocity' | 'eiIndex' | 'responseRate', Change>;
  persons: PersonChange[];
  groupPairs: GroupPairChange[];
  findings: { appeared: string[]; resolved: string[]; kept: string[] };
  /** Sentences about the largest changes between groups. */
  highlights: FindingText[];
}

export function compareWaves(before: AnalysisResult, after: AnalysisResult): WaveComparison {
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
  const groupPairs: GroupPairChange[] = [...new Set([...pairsBefore.keys(), ...pairsAfter.keys()])].sort().map((k) => {
    const [a, b] = k.split('\u0000') as [string, string];
    return { a, b, arcs: change(pairsBefore.get(k) ?? 0, pairsAfter.get(k) ?? 0) };
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
      responseRate: change(net(before).responseRate, net(after).responseRate),
    },
    persons,
    groupPairs,
    findings: { appeared: [...fa].filter((id) => !fb.has(id)), resolved: [...fb].filter((id) => !fa.has(id)), kept: [...fa].filter((id) => fb.has(id)) },
    highlights,
  };
}
