/**
 * Harmonic closeness: the sum of 1/d over the people one can reach (out) or who can reach
 * one (in), divided by n − 1 — igraph harmonic_centrality(mode, normalized=TRUE). Unlike
 * classic closeness it is defined for networks that are not strongly connected, which
 * survey networks rarely are. (graphology-metrics' closeness is inbound-only.) Computed in
 * the same sweep as betweenness (path-sweep.ts).
 */
import type { TalkGraph } from '../network/build-graph';
import { pathSweep, type PathSweep } from './path-sweep';

export interface ClosenessRecord {
  harmonicInCloseness: number;
  harmonicOutCloseness: number;
}

export function closenessFrom(sweep: PathSweep): Map<string, ClosenessRecord> {
  return new Map(sweep.ids.map((id, i) => [id, { harmonicInCloseness: sweep.harmonicIn[i] as number, harmonicOutCloseness: sweep.harmonicOut[i] as number }]));
}

export function harmonicCloseness(graph: TalkGraph): Map<string, ClosenessRecord> {
  return closenessFrom(pathSweep(graph));
}
