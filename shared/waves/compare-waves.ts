/**
 * What changed between two survey waves: people who joined or left, ties that are new,
 * lost or kept, network and group figures before and after, per-person changes, the
 * between-group ties of each pair of groups, and findings that appeared or were resolved.
 * People are matched by id (the roster id, or the name where there is none), and by the
 * pairs the user confirmed as the same person (`sameAs`, see match-people.ts).
 *
 * A tie that "disappears" because its sender did not answer the second time (or "appears"
 * because they did not answer the first time) is not a lost or new tie: such ties are counted
 * apart (`ties.unanswered`), as the map draws them apart. Ties of people who joined or left are
 * new or lost. The 2×2 tie-change table, Jaccard (kept / (new + lost + kept)) and Hamming distance
 * (new + lost) are over the pairs observed in both waves — i → j with both in both waves and i
 * answering both times (imputed ties never count) — and so is each person's stability. The
 * sentences about groups use those pairs too, so no sentence reports a change that is only
 * non-response.
 */
import type { FindingText } from '../findings/types';
import { analyseImported, type AnalysisResult } from '../pipeline/run-analysis';
import { DEFAULT_THRESHOLDS, type Thresholds } from '../findings/thresholds';
import type { SurveyNetwork } from '../network/types';

/** Above this many people the findings' changes are not checked against non-response (each check is a whole analysis, in the app on the page). */
export const CHANGE_CHECK_PEOPLE_LIMIT = 500;
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
  /** Jaccard of the colleagues they named in the two waves (among people in both); null unless they answered both times. */
  stability: number | null;
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
  /** Ties between the two groups over the pairs observed in both waves (what the sentences compare). */
  comparableArcs: Change;
}

/** The tie-change table over the ordered pairs observed in both waves. */
export interface TieChangeTable {
  /** People in both waves who answered both times (the senders whose ties can be compared). */
  answeredBoth: number;
  /** Ordered pairs i → j with i answering both times and j in both waves. */
  pairs: number;
  /** 0→0, 0→1 (new), 1→0 (lost), 1→1 (kept). */
  absentBoth: number;
  appeared: number;
  disappeared: number;
  keptBoth: number;
  /** keptBoth / (appeared + disappeared + keptBoth); null without ties in either wave. */
  jaccard: number | null;
  /** appeared + disappeared, and as a share of the pairs. */
  hamming: number;
  hammingShare: number | null;
}

export interface WaveComparison {
  people: { joined: string[]; left: string[]; stayed: number };
  /** New, lost and kept ties; `unanswered` the ties in one wave only whose sender did not answer the other time (not a change: unknown). */
  ties: {
    new: { source: string; target: string }[];
    lost: { source: string; target: string }[];
    kept: number;
    unanswered: { new: number; lost: number };
  };
  tieChange: TieChangeTable;
  network: Record<
    | 'nodes'
    | 'arcs'
    | 'density'
    | 'arcReciprocity'
    | 'observedDensity'
    | 'observedArcReciprocity'
    | 'comparableDensity'
    | 'comparableArcReciprocity'
    | 'eiIndex'
    | 'eiIndexOrdered'
    | 'responseRate',
    Change
  >;
  persons: PersonChange[];
  groups: GroupChange[];
  groupPairs: GroupPairChange[];
  /**
   * Findings that appeared, were resolved or were kept; `unanswered` the appearances and
   * resolutions that may be only non-response (they come back, or go, when the answers of people
   * silent in one wave are carried over from the other) — never listed as a change.
   */
  findings: { appeared: string[]; resolved: string[]; kept: string[]; unanswered: string[] };
  /** Sentences about the largest changes between groups. */
  highlights: FindingText[];
}

export interface CompareOptions {
  /** Confirmed pairs: an id in the later wave -> the same person's id in the earlier wave. */
  sameAs?: Record<string, string>;
  /** The thresholds the findings were found with (for the non-response check of their changes). */
  thresholds?: Thresholds;
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

/** Who can be compared: people in both waves, and those of them who answered both times. */
interface Comparable {
  inBoth: Set<string>;
  answeredBoth: Set<string>;
  /** Reported ties (not imputed) of each wave, by arcKey. */
  tiesBefore: Map<string, { source: string; target: string }>;
  tiesAfter: Map<string, { source: string; target: string }>;
  /** Whether the tie i → j is observed in both waves. */
  observed: (source: string, target: string) => boolean;
}

/**
 * The rule for a tie in one wave only: when its sender was in both waves but did not answer both
 * times, the other wave cannot say whether it is there — not new, not lost, unknown. The comparison's
 * counts and the compare map both ask this.
 */
export function unansweredSender(before: AnalysisResult, after: AnalysisResult): (source: string) => boolean {
  return silentIn(comparable(before, after));
}

const silentIn =
  (c: Comparable) =>
  (source: string): boolean =>
    c.inBoth.has(source) && !c.answeredBoth.has(source);

function comparable(before: AnalysisResult, after: AnalysisResult): Comparable {
  const idsAfter = new Set(after.network.people.map((p) => p.id));
  const inBoth = new Set(before.network.people.map((p) => p.id).filter((id) => idsAfter.has(id)));
  const answered = (r: AnalysisResult) => new Set(r.network.people.filter((p) => p.responded).map((p) => p.id));
  const a = answered(before);
  const b = answered(after);
  const answeredBoth = new Set([...inBoth].filter((id) => a.has(id) && b.has(id)));
  const reported = (r: AnalysisResult) => new Map(r.network.ties.filter((t) => !t.imputed).map((t) => [arcKey(t.source, t.target), t]));
  return {
    inBoth,
    answeredBoth,
    tiesBefore: reported(before),
    tiesAfter: reported(after),
    observed: (s, t) => s !== t && answeredBoth.has(s) && inBoth.has(t),
  };
}

/** People in both waves, each with their figures before and after. */
function personChanges(before: AnalysisResult, after: AnalysisResult, c: Comparable): PersonChange[] {
  const nodeAfter = new Map(after.analysis.nodes.map((n) => [n.id, n]));
  const named = (ties: Comparable['tiesBefore']) => {
    const out = new Map<string, Set<string>>();
    for (const t of ties.values()) {
      if (!c.observed(t.source, t.target)) continue;
      if (!out.has(t.source)) out.set(t.source, new Set());
      out.get(t.source)!.add(t.target);
    }
    return out;
  };
  const namedBefore = named(c.tiesBefore);
  const namedAfter = named(c.tiesAfter);
  const stability = (id: string): number | null => {
    if (!c.answeredBoth.has(id)) return null;
    const x = namedBefore.get(id) ?? new Set<string>();
    const y = namedAfter.get(id) ?? new Set<string>();
    const union = new Set([...x, ...y]).size;
    return union === 0 ? null : [...x].filter((v) => y.has(v)).length / union;
  };
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
        stability: stability(n.id),
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

/** Ties between each pair of groups over the pairs observed in both waves, each wave with its own groups. */
function comparableArcsPerGroupPair(r: AnalysisResult, ties: Comparable['tiesBefore'], c: Comparable): Map<string, number> {
  const groupOf = new Map(r.analysis.nodes.map((n) => [n.id, n.group]));
  const arcs = new Map<string, number>();
  for (const t of ties.values()) {
    if (!c.observed(t.source, t.target)) continue;
    const gs = groupOf.get(t.source);
    const gt = groupOf.get(t.target);
    if (!gs || !gt || gs === gt) continue;
    const k = pairKey(gs, gt);
    arcs.set(k, (arcs.get(k) ?? 0) + 1);
  }
  return arcs;
}

function groupPairChanges(before: AnalysisResult, after: AnalysisResult, c: Comparable): GroupPairChange[] {
  const pairsBefore = arcsPerGroupPair(before);
  const pairsAfter = arcsPerGroupPair(after);
  const comparableBefore = comparableArcsPerGroupPair(before, c.tiesBefore, c);
  const comparableAfter = comparableArcsPerGroupPair(after, c.tiesAfter, c);
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
      comparableArcs: change(comparableBefore.get(k) ?? 0, comparableAfter.get(k) ?? 0),
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

function tieChanges(c: Comparable): { ties: WaveComparison['ties']; tieChange: TieChangeTable } {
  const { tiesBefore, tiesAfter, observed } = c;
  const only = (these: typeof tiesAfter, not: typeof tiesBefore) =>
    [...these].filter(([k]) => !not.has(k)).map(([, { source, target }]) => ({ source, target }));
  const appeared = only(tiesAfter, tiesBefore);
  const disappeared = only(tiesBefore, tiesAfter);
  const isObserved = (t: { source: string; target: string }) => observed(t.source, t.target);
  // Unknown, not changed: the sender was there the other time but did not answer (unansweredSender).
  const silentSender = silentIn(c);
  const silent = (t: { source: string }) => silentSender(t.source);
  const kept = [...tiesAfter.values()].filter((t) => tiesBefore.has(arcKey(t.source, t.target))).length;
  const keptObserved = [...tiesAfter.values()].filter((t) => isObserved(t) && tiesBefore.has(arcKey(t.source, t.target))).length;
  const appearedObserved = appeared.filter(isObserved).length;
  const disappearedObserved = disappeared.filter(isObserved).length;
  const pairs = c.answeredBoth.size * Math.max(0, c.inBoth.size - 1);
  const hamming = appearedObserved + disappearedObserved;
  return {
    ties: {
      new: appeared.filter((t) => !silent(t)),
      lost: disappeared.filter((t) => !silent(t)),
      kept,
      unanswered: { new: appeared.filter(silent).length, lost: disappeared.filter(silent).length },
    },
    tieChange: {
      answeredBoth: c.answeredBoth.size,
      pairs,
      absentBoth: pairs - hamming - keptObserved,
      appeared: appearedObserved,
      disappeared: disappearedObserved,
      keptBoth: keptObserved,
      jaccard: hamming + keptObserved > 0 ? keptObserved / (hamming + keptObserved) : null,
      hamming,
      hammingShare: pairs > 0 ? hamming / pairs : null,
    },
  };
}

const NETWORK_FIGURES = ['nodes', 'arcs', 'density', 'arcReciprocity', 'eiIndex', 'eiIndexOrdered', 'responseRate'] as const;

/** Mutual ties among the people who answered both times, in one wave's reported ties. */
function reciprocityAmong(ties: Comparable['tiesBefore'], who: Set<string>): number | null {
  let arcs = 0;
  let returned = 0;
  for (const t of ties.values()) {
    if (!who.has(t.source) || !who.has(t.target) || t.source === t.target) continue;
    arcs++;
    if (ties.has(arcKey(t.target, t.source))) returned++;
  }
  return arcs > 0 ? returned / arcs : null;
}

function networkChanges(before: AnalysisResult, after: AnalysisResult, c: Comparable, table: TieChangeTable): WaveComparison['network'] {
  const b = before.analysis.network;
  const a = after.analysis.network;
  // The same pairs in both waves (sender answered both times, both in both): a change here is not non-response.
  const share = (x: number) => (table.pairs > 0 ? x / table.pairs : null);
  return {
    comparableDensity: change(share(table.keptBoth + table.disappeared), share(table.keptBoth + table.appeared)),
    comparableArcReciprocity: change(reciprocityAmong(c.tiesBefore, c.answeredBoth), reciprocityAmong(c.tiesAfter, c.answeredBoth)),
    ...(Object.fromEntries(NETWORK_FIGURES.map((f) => [f, change(b[f], a[f])])) as Record<(typeof NETWORK_FIGURES)[number], Change>),
    observedDensity: change(b.observed.density, a.observed.density),
    observedArcReciprocity: change(b.observed.arcReciprocity, a.observed.arcReciprocity),
  };
}

/**
 * `into` with the answers of people silent there carried over from `from` (where they answered):
 * what `into` would show had they answered as they did the other time. null when nobody is carried.
 */
function carriedOver(from: AnalysisResult, into: AnalysisResult, c: Comparable): SurveyNetwork | null {
  const answeredFrom = new Set(from.network.people.filter((p) => p.responded).map((p) => p.id));
  const carried = new Set(into.network.people.filter((p) => !p.responded && c.inBoth.has(p.id) && answeredFrom.has(p.id)).map((p) => p.id));
  if (carried.size === 0) return null;
  const present = new Set(into.network.people.map((p) => p.id));
  return {
    ...into.network,
    ties: [...into.network.ties, ...from.network.ties.filter((t) => carried.has(t.source) && present.has(t.target) && !t.imputed)],
    people: into.network.people.map((p) => (carried.has(p.id) ? { ...p, responded: true } : p)),
  };
}

function findingChanges(before: AnalysisResult, after: AnalysisResult, c: Comparable, thresholds: Thresholds): WaveComparison['findings'] {
  const ids = (r: AnalysisResult) => new Set(r.findings.findings.map((f) => f.id));
  const fb = ids(before);
  const fa = ids(after);
  const appeared = [...fa].filter((id) => !fb.has(id));
  const resolved = [...fb].filter((id) => !fa.has(id));
  // Each wave again with the silent people's answers from the other wave: a change that does not survive that is non-response.
  const small = before.network.people.length <= CHANGE_CHECK_PEOPLE_LIMIT && after.network.people.length <= CHANGE_CHECK_PEOPLE_LIMIT;
  const again = (from: AnalysisResult, into: AnalysisResult, found: Set<string>): Set<string> => {
    const network = small ? carriedOver(from, into, c) : null;
    return network ? ids(analyseImported(network, into.report, { thresholds })) : found;
  };
  const beforeCarried = again(after, before, fb);
  const afterCarried = again(before, after, fa);
  const onlyNonResponse = new Set([
    ...appeared.filter((id) => !afterCarried.has(id) || beforeCarried.has(id)),
    ...resolved.filter((id) => afterCarried.has(id) || !beforeCarried.has(id)),
  ]);
  return {
    appeared: appeared.filter((id) => !onlyNonResponse.has(id)),
    resolved: resolved.filter((id) => !onlyNonResponse.has(id)),
    kept: [...fa].filter((id) => fb.has(id)),
    unanswered: [...onlyNonResponse],
  };
}

/**
 * Sentences about the largest changes between groups (at least 3 ties more or fewer; the 8 largest),
 * counted over the pairs observed in both waves. When some pairs could not be compared (someone did
 * not answer once, joined or left) the sentence says it counts "between colleagues who answered both times".
 */
function highlightsOf(groupPairs: GroupPairChange[], everyoneComparable: boolean): FindingText[] {
  return groupPairs
    .filter((p) => Math.abs(p.comparableArcs.change ?? 0) >= 3)
    .sort((x, y) => Math.abs(y.comparableArcs.change ?? 0) - Math.abs(x.comparableArcs.change ?? 0))
    .slice(0, 8)
    .map((p) => {
      const up = (p.comparableArcs.change ?? 0) > 0;
      const key = everyoneComparable
        ? up
          ? ('compare.strengthened' as const)
          : ('compare.weakened' as const)
        : up
          ? ('compare.strengthened.both' as const)
          : ('compare.weakened.both' as const);
      return { key, params: { a: p.a, b: p.b, before: p.comparableArcs.before, after: p.comparableArcs.after } };
    });
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
  const c = comparable(before, after);
  const persons = personChanges(before, after, c);
  const groupPairs = groupPairChanges(before, after, c);
  const findings = findingChanges(before, after, c, options.thresholds ?? DEFAULT_THRESHOLDS);
  const { ties, tieChange } = tieChanges(c);
  const everyoneComparable = c.answeredBoth.size === idsBefore.size && c.answeredBoth.size === idsAfter.size;
  return {
    people: { joined: [...idsAfter].filter((id) => !idsBefore.has(id)), left: [...idsBefore].filter((id) => !idsAfter.has(id)), stayed: persons.length },
    ties,
    tieChange,
    network: networkChanges(before, after, c, tieChange),
    persons,
    groups: groupChanges(before, after),
    groupPairs,
    findings,
    highlights: [...highlightsOf(groupPairs, everyoneComparable), ...stillWeak(findings.kept, after, groupPairs)],
  };
}
