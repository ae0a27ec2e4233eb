/**
 * Matching people across waves with the import's confirm-don't-guess rule: people are the
 * same when their id (roster id, or name key) is the same. Someone who "left" and someone
 * who "joined" with a similar name ("M. v.d. Linden" and "Monique van der Linden", or a
 * new surname after marriage with the same first name) are only offered as a possible
 * pair; the user confirms, and the confirmed pairs are saved with the project.
 */
import { suggestMatches, type Suggestion } from '../import/name-suggestions';
import type { AnalysisResult } from '../pipeline/run-analysis';

export interface PossibleMatch {
  /** The person in the later wave (joined). */
  id: string;
  name: string;
  /** People from the earlier wave (left) who may be the same person, best first. */
  candidates: Suggestion[];
}

export function possibleMatches(before: AnalysisResult, after: AnalysisResult, sameAs: Record<string, string> = {}): PossibleMatch[] {
  const idsAfter = new Set(after.analysis.nodes.map((n) => sameAs[n.id] ?? n.id));
  const idsBefore = new Set(before.analysis.nodes.map((n) => n.id));
  const left = before.analysis.nodes.filter((n) => !idsAfter.has(n.id)).map((n) => ({ id: n.id, name: n.name }));
  if (left.length === 0) return [];
  return after.analysis.nodes
    .filter((n) => !idsBefore.has(sameAs[n.id] ?? n.id))
    .map((n) => ({ id: n.id, name: n.name, candidates: suggestMatches(n.name, left) }))
    .filter((m) => m.candidates.length > 0);
}
