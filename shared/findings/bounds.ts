/**
 * How sure a finding is when not everyone answered: does it still hold if the people who did
 * not answer had answered in the way least favourable to it? The two extremes bound every
 * possible answer — they named nobody (what the data show) or everyone — so a finding found in
 * both "holds however the missing answers would turn out" (exactly so for the findings that
 * count ties, which only weaken as ties are added). A finding the "everyone" network loses
 * depends on them: on each non-respondent whose answers alone would undo it (checked one by one
 * while that stays cheap: SINGLE_CHECK_WORK), else on all of them together.
 * Skipped above BOUNDS_PEOPLE_LIMIT people (each check is a whole analysis): no bounds then.
 */
import { analyseNetwork } from '../metrics/analyse-network';
import { buildGraph } from '../network/build-graph';
import type { SurveyNetwork, Tie } from '../network/types';
import type { Thresholds } from './thresholds';
import type { Finding, FindingBounds, FindingText } from './types';
import { findAll } from './find-all';

export const BOUNDS_PEOPLE_LIMIT = 1000;
/** One by one only while people × non-respondents stays under this (each check is a whole analysis). */
export const SINGLE_CHECK_WORK = 6000;

/**
 * What a finding claims, so "still found" means the same sentence still holds: its subject (id),
 * the kind of sentence (no ties at all vs few; one bridge vs a pair) and, where the sentence names
 * them, the groups not reached or the people who bridge. Counts may change; the claim may not.
 */
export function claimOf(f: Finding): string {
  const base = `${f.id}\u0001${f.message.key}`;
  if (f.kind === 'broker' || f.kind === 'hidden-subgroup') return base;
  if (f.kind === 'single-bridge') return `${base}\u0001${[...f.people].sort().join(',')}`;
  return `${base}\u0001${[...f.groups].sort().join(',')}`;
}

/** The claims of the findings found in `network` with `silent` naming everyone (as if they had answered so). */
function foundIfTheyNamedEveryone(network: SurveyNetwork, silent: readonly string[], thresholds: Thresholds): Set<string> {
  const ids = network.people.map((p) => p.id);
  const weight = network.ties.reduce((m, t) => Math.max(m, t.weight), 1);
  const who = new Set(silent);
  const extra: Tie[] = [];
  for (const s of silent) for (const t of ids) if (t !== s) extra.push({ source: s, target: t, weight, imputed: true });
  const imagined: SurveyNetwork = {
    ...network,
    ties: [...network.ties.filter((t) => !who.has(t.source)), ...extra],
    people: network.people.map((p) => (who.has(p.id) ? { ...p, responded: true } : p)),
  };
  const graph = buildGraph(imagined);
  const analysis = analyseNetwork(graph, () => {}, { eiTests: false });
  return new Set(findAll(graph, analysis, thresholds).findings.map(claimOf));
}

/** Bounds per finding id; null when everyone answered, all missing ties were reconstructed, or the network is too large. */
export function findingBounds(network: SurveyNetwork, findings: readonly Finding[], thresholds: Thresholds): Map<string, FindingBounds> | null {
  const silent = network.people.filter((p) => !p.responded && !p.outImputed).map((p) => p.id);
  if (silent.length === 0 || findings.length === 0 || network.people.length > BOUNDS_PEOPLE_LIMIT) return null;
  const withAll = foundIfTheyNamedEveryone(network, silent, thresholds);
  const lost = findings.filter((f) => !withAll.has(claimOf(f)));
  const undoneBy = new Map<string, string[]>(lost.map((f) => [f.id, []]));
  if (lost.length > 0 && silent.length * network.people.length <= SINGLE_CHECK_WORK) {
    for (const person of silent) {
      const found = foundIfTheyNamedEveryone(network, [person], thresholds);
      for (const f of lost) if (!found.has(claimOf(f))) undoneBy.get(f.id)!.push(person);
    }
  }
  const bounds = new Map<string, FindingBounds>();
  for (const f of findings) {
    const by = undoneBy.get(f.id);
    bounds.set(
      f.id,
      by ? { status: 'depends', missing: silent.length, dependsOn: by.length > 0 ? by : silent } : { status: 'holds', missing: silent.length, dependsOn: [] },
    );
  }
  return bounds;
}

/** The sentence under a finding: "Geldt hoe de ontbrekende antwoorden ook zouden luiden (71% vulde in)." */
export function boundsText(bounds: FindingBounds, responseRate: number | null): FindingText {
  const pct = responseRate === null ? null : Math.round(responseRate * 100);
  return bounds.status === 'holds'
    ? { key: pct === null ? 'finding.bounds.holds' : 'finding.bounds.holdsPct', params: { pct } }
    : { key: pct === null ? 'finding.bounds.depends' : 'finding.bounds.dependsPct', params: { count: bounds.dependsOn.length, pct } };
}
