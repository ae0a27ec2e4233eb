/**
 * The improvement plan (verbeterplan): on a finding the team sets a goal that the next survey
 * can check — "at least 8 ties between groep 3-4 and groep 5-6" — with an owner and a date.
 * A goal's measure is computed on every later wave (people matched across waves by id and the
 * confirmed "same person" pairs), so adding next year's survey says "goal met" or "not yet: 3
 * of 8" by itself. Pure: the renderer, the report and the tests read the same rules.
 */
import type { Finding } from '../findings/types';
import type { AnalysisResult } from '../pipeline/run-analysis';
import { withEarlierIds } from '../waves/compare-waves';

export type GoalMeasure =
  /** Ties in both directions between two groups. */
  | { kind: 'ties-between'; a: string; b: string }
  /** How many colleagues name this person (in-degree). */
  | { kind: 'named-by'; person: string }
  /** How many colleagues this person names (out-degree). */
  | { kind: 'names'; person: string }
  /** How many of `groups` (the groups the finding counted) this person has ties with. */
  | { kind: 'groups-reached'; person: string; groups: string[] }
  /** The share of ties that are mutual, in percent. */
  | { kind: 'mutual-share' };

export interface PlanGoal {
  id: string;
  /** The finding it answers (its id in the wave it was set in). */
  findingId: string;
  /** Null: a goal in words only, which the next survey cannot check. */
  measure: GoalMeasure | null;
  target: number | null;
  /** The measure in the wave the goal was set in. */
  baseline: number | null;
  /** The wave the goal was set in: only later waves check it. */
  setInWave: string;
  owner: string;
  /** ISO date (yyyy-mm-dd) by when, or null. */
  due: string | null;
  /** The agreement in the team's own words. */
  note: string;
}

/** The measure a finding's goal is checked with; null for findings no count describes (a hidden subgroup, a broker). */
export function measureFor(finding: Finding): GoalMeasure | null {
  const [a, b] = finding.groups;
  const person = finding.people[0];
  switch (finding.kind) {
    case 'weak-group-link':
    case 'single-bridge':
      return a && b ? { kind: 'ties-between', a, b } : null;
    case 'limited-reach': {
      const list = (key: string) => (Array.isArray(finding.evidence[key]) ? (finding.evidence[key] as readonly string[]) : []);
      const groups = [...list('reached'), ...list('missing')];
      return person && groups.length > 0 ? { kind: 'groups-reached', person, groups } : null;
    }
    case 'one-sided':
      return person ? (finding.evidence.direction === 'named-by-many' ? { kind: 'names', person } : { kind: 'named-by', person }) : null;
    case 'isolated':
    case 'peripheral':
      return person ? { kind: 'named-by', person } : null;
    case 'low-reciprocity':
      return finding.groups.length === 0 ? { kind: 'mutual-share' } : null;
    default:
      return null;
  }
}

/** The measure's value in one analysis; null when it cannot be taken there (the person is not in that wave). */
export function measureValue(measure: GoalMeasure, result: AnalysisResult): number | null {
  const nodes = result.analysis.nodes;
  switch (measure.kind) {
    case 'ties-between': {
      const group = new Map(nodes.map((n) => [n.id, n.group]));
      if (!result.analysis.groups.some((g) => g.label === measure.a) || !result.analysis.groups.some((g) => g.label === measure.b)) return null;
      return result.network.ties.filter((t) => {
        const s = group.get(t.source);
        const r = group.get(t.target);
        return (s === measure.a && r === measure.b) || (s === measure.b && r === measure.a);
      }).length;
    }
    case 'named-by':
      return nodes.find((n) => n.id === measure.person)?.inDegree ?? null;
    case 'names':
      return nodes.find((n) => n.id === measure.person)?.outDegree ?? null;
    case 'groups-reached': {
      const n = nodes.find((x) => x.id === measure.person);
      return n ? measure.groups.filter((g) => n.groupsReached.includes(g)).length : null;
    }
    case 'mutual-share': {
      const share = result.analysis.network.arcReciprocity;
      return share === null ? null : Math.round(share * 100);
    }
  }
}

/** A first target the leader can change: a clear step up from where the school is. */
export function suggestedTarget(finding: Finding, measure: GoalMeasure, baseline: number | null): number {
  const now = baseline ?? 0;
  switch (measure.kind) {
    case 'ties-between':
      return Math.max(now + 3, Math.ceil(now * 2));
    case 'groups-reached':
      return measure.groups.length;
    case 'named-by':
    case 'names': {
      const median = Number(finding.evidence[measure.kind === 'named-by' ? 'medianInDegree' : 'medianOutDegree'] ?? 0);
      return Math.max(now + 1, Math.ceil(median));
    }
    case 'mutual-share':
      return Math.min(100, Math.max(50, now + 15));
  }
}

/** A new goal for a finding in a wave, with the suggested target. */
export function newGoal(finding: Finding, result: AnalysisResult, waveId: string, id: string): PlanGoal {
  const measure = measureFor(finding);
  const baseline = measure ? measureValue(measure, result) : null;
  return {
    id,
    findingId: finding.id,
    measure,
    target: measure ? suggestedTarget(finding, measure, baseline) : null,
    baseline,
    setInWave: waveId,
    owner: '',
    due: null,
    note: '',
  };
}

export type GoalStatus =
  /** No later wave yet (or none analysed): checked when the next survey is added. */
  | { state: 'waiting' }
  /** A goal in words only. */
  | { state: 'not-measured' }
  /** The measure cannot be taken in the latest wave (the person left, a group is gone). */
  | { state: 'unknown'; wave: string }
  | { state: 'met' | 'not-yet'; wave: string; value: number; target: number };

/**
 * The goal checked on the latest analysed wave after the one it was set in. `waves` in the
 * project's order; `sameAs` maps a later wave's ids to the earlier ones (confirmed pairs).
 */
export function checkGoal(goal: PlanGoal, waves: readonly { id: string; result: AnalysisResult | null }[], sameAs: Record<string, string> = {}): GoalStatus {
  if (!goal.measure || goal.target === null) return { state: 'not-measured' };
  const from = waves.findIndex((w) => w.id === goal.setInWave);
  const later = waves.slice(from + 1).filter((w) => w.result !== null);
  const last = later.at(-1);
  if (from < 0 || !last?.result) return { state: 'waiting' };
  const value = measureValue(goal.measure, withEarlierIds(last.result, sameAs));
  if (value === null) return { state: 'unknown', wave: last.id };
  return { state: value >= goal.target ? 'met' : 'not-yet', wave: last.id, value, target: goal.target };
}
