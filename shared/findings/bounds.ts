/**
 * How sure a finding is when not everyone answered: does it still hold if the people who did
 * not answer had answered in the way least favourable to it? Each finding is found again with
 * the missing answers imagined against it:
 * - a weak or single link between groups A and B: everyone silent in A names all of B and
 *   everyone silent in B all of A (the most ties between them, none added inside) — the worst
 *   case of every possible answer, so a link still weak (or still through the same people)
 *   "holds however the missing answers would turn out";
 * - someone nobody names (isolated, peripheral): everyone silent names them — exact likewise;
 * - the rest (brokers, reach, one-sided, reciprocity, clusters) rank or compare people, so more
 *   ties can move them either way: they are tried with the silent naming everyone, and one that
 *   survives "holds whether they had named nobody or everyone" — a weaker claim, said as such.
 * A finding the imagined answers undo depends on the non-respondents: on each whose answers alone
 * would undo it (checked one by one while that stays cheap: SINGLE_CHECK_WORK), else on all of them.
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
  // "named by nobody" and "named by only 1" are one claim (one-sided), said in two ways.
  const base = `${f.id}\u0001${f.message.key.replace(/(Nobody|None)$/, '')}`;
  if (f.kind === 'broker' || f.kind === 'hidden-subgroup') return base;
  if (f.kind === 'single-bridge') return `${base}\u0001${[...f.people].sort().join(',')}`;
  return `${base}\u0001${[...f.groups].sort().join(',')}`;
}

/** Findings whose worst case is known exactly (the imagined answers below are the least favourable of all). */
const EXACT: ReadonlySet<Finding['kind']> = new Set(['weak-group-link', 'single-bridge', 'isolated', 'peripheral']);

/** Who the silent would name, least favourably for `f`: across its two groups, or everyone. */
function imaginedTargets(f: Finding, network: SurveyNetwork): (sender: string) => string[] {
  const everyone = network.people.map((p) => p.id);
  if ((f.kind === 'weak-group-link' || f.kind === 'single-bridge') && network.groupAttribute && f.groups.length === 2) {
    const attribute = network.groupAttribute;
    const [a, b] = f.groups as [string, string];
    const members = (g: string) => network.people.filter((p) => p.attributes[attribute] === g).map((p) => p.id);
    const inA = new Set(members(a));
    const inB = new Set(members(b));
    return (sender) => (inA.has(sender) ? [...inB] : inB.has(sender) ? [...inA] : []);
  }
  return (sender) => everyone.filter((t) => t !== sender);
}

/** The claims found in `network` with the `silent` answering as `targets` says. */
function claimsWith(network: SurveyNetwork, silent: readonly string[], targets: (sender: string) => string[], thresholds: Thresholds): Set<string> {
  const weight = network.ties.reduce((m, t) => Math.max(m, t.weight), 1);
  const who = new Set(silent);
  const extra: Tie[] = [];
  for (const s of silent) for (const t of targets(s)) if (t !== s) extra.push({ source: s, target: t, weight, imputed: true });
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
  // One analysis per imagined answer set (the pair findings each have their own; the others share "everyone").
  const cache = new Map<string, Set<string>>();
  const scenario = (f: Finding): string => (f.kind === 'weak-group-link' || f.kind === 'single-bridge' ? `pair:${f.groups.join('|')}` : 'everyone');
  const claims = (f: Finding, who: readonly string[]): Set<string> => {
    const key = `${scenario(f)}\u0002${who.join(',')}`;
    let found = cache.get(key);
    if (!found) cache.set(key, (found = claimsWith(network, who, imaginedTargets(f, network), thresholds)));
    return found;
  };
  const oneByOne = silent.length * network.people.length <= SINGLE_CHECK_WORK;
  const bounds = new Map<string, FindingBounds>();
  for (const f of findings) {
    if (claims(f, silent).has(claimOf(f))) {
      bounds.set(f.id, { status: EXACT.has(f.kind) ? 'holds' : 'holdsAtExtremes', missing: silent.length, dependsOn: [] });
      continue;
    }
    const by = oneByOne ? silent.filter((p) => !claims(f, [p]).has(claimOf(f))) : [];
    bounds.set(f.id, { status: 'depends', missing: silent.length, dependsOn: by.length > 0 ? by : silent });
  }
  return bounds;
}

/** The sentence under a finding: "Geldt hoe de ontbrekende antwoorden ook zouden luiden (71% vulde in)." */
export function boundsText(bounds: FindingBounds, responseRate: number | null): FindingText {
  const pct = responseRate === null ? null : Math.round(responseRate * 100);
  if (bounds.status === 'holds') return { key: pct === null ? 'finding.bounds.holds' : 'finding.bounds.holdsPct', params: { pct } };
  if (bounds.status === 'holdsAtExtremes') return { key: pct === null ? 'finding.bounds.extremes' : 'finding.bounds.extremesPct', params: { pct } };
  return { key: pct === null ? 'finding.bounds.depends' : 'finding.bounds.dependsPct', params: { count: bounds.dependsOn.length, pct } };
}
