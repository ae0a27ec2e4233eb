/**
 * Network figures over the pairs whose tie is known, beside the same figures over all pairs.
 * A tie i → j is observed when i responded (their answer says whether they name j); ties
 * added by reconstruction are not observed. So:
 * - `density` = reported ties / (respondents × (n − 1)): the pairs where the sender answered;
 * - reciprocity and the dyad census over the pairs where both answered: only there can a tie
 *   be seen to be returned or not (a non-respondent cannot return a tie on paper);
 * - `pairs` the ordered pairs with a known sender, `bothAnswered` the unordered pairs of two respondents.
 * With everyone responding these equal the all-pairs figures.
 */
import type { TalkGraph } from '../network/build-graph';

export interface ObservedFigures {
  respondents: number;
  /** Ordered pairs (i, j), i ≠ j, whose tie is known: i responded. */
  pairs: number;
  /** Reported ties (not imputed) from respondents. */
  arcs: number;
  density: number | null;
  /** Unordered pairs of two respondents. */
  bothAnswered: number;
  arcReciprocity: number | null;
  dyadReciprocity: number | null;
  mutualDyads: number;
  asymmetricDyads: number;
  nullDyads: number;
}

export function observedFigures(graph: TalkGraph): ObservedFigures {
  const n = graph.order;
  let respondents = 0;
  graph.forEachNode((_v, a) => {
    if (a.responded) respondents++;
  });
  const answered = (v: string): boolean => graph.getNodeAttribute(v, 'responded');
  const reported = (s: string, t: string): boolean => graph.hasDirectedEdge(s, t) && !graph.getDirectedEdgeAttribute(s, t, 'imputed');
  let arcs = 0;
  let arcsBetweenRespondents = 0;
  let reciprocated = 0;
  graph.forEachEdge((_e, a, s, t) => {
    if (a.imputed || !answered(s)) return;
    arcs++;
    if (!answered(t)) return;
    arcsBetweenRespondents++;
    if (reported(t, s)) reciprocated++;
  });
  const pairs = respondents * (n - 1);
  const bothAnswered = (respondents * (respondents - 1)) / 2;
  const mutualDyads = reciprocated / 2;
  const asymmetricDyads = arcsBetweenRespondents - reciprocated;
  return {
    respondents,
    pairs,
    arcs,
    density: pairs > 0 ? arcs / pairs : null,
    bothAnswered,
    arcReciprocity: arcsBetweenRespondents > 0 ? reciprocated / arcsBetweenRespondents : null,
    dyadReciprocity: mutualDyads + asymmetricDyads > 0 ? mutualDyads / (mutualDyads + asymmetricDyads) : null,
    mutualDyads,
    asymmetricDyads,
    nullDyads: bothAnswered - mutualDyads - asymmetricDyads,
  };
}
