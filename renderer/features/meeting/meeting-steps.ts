/**
 * The steps of meeting mode: a title slide (school, question, date, response), the team's
 * groups (people only), the ties inside the groups, the ties between them, then each finding
 * the leader chose (meeting-deck.ts), and a closing "what will we do?" slide. Where the groups
 * are grades and there are people outside them (the staff), the ties between grades come
 * first and the staff's ties get a step of their own: the room must see how little the
 * grades talk to each other, not a map made busy by the director and the specialists.
 */
import type { AnalysisResult } from '../../../shared/pipeline/run-analysis';
import { inGradeOrder } from '../../../shared/network/group-order';
import { deckFindings } from '../../../shared/present/meeting-deck';
import { withOverrides } from '../../../shared/findings/thresholds';
import { compareWaves, type WaveComparison } from '../../../shared/waves/compare-waves';
import { pairKey } from '../../../shared/network/pair-key';
import { shownResult, type AppState } from '../../state/app-store';

export type MeetingStep =
  | { kind: 'title' }
  /** A comparison of two waves: the ties then, now (same people, same places), what changed, each change in words. */
  | { kind: 'compare-before' }
  | { kind: 'compare-after' }
  | { kind: 'compare-changes' }
  | { kind: 'compare-highlight'; index: number }
  | { kind: 'groups' }
  | { kind: 'within' }
  | { kind: 'between' }
  | { kind: 'others'; groups: string[] }
  | { kind: 'finding'; id: string }
  | { kind: 'closing' };

/** The groups outside the grades (empty when the groups are not grades, or everyone is in one). */
export function groupsOutsideGrades(result: AnalysisResult): string[] {
  const { groups, nodes } = result.analysis;
  if (!inGradeOrder(groups)) return [];
  const others = groups.filter((g) => g.rank === null).map((g) => g.label);
  return nodes.some((n) => n.group === null) ? [...others, ''] : others;
}

/** Two waves being compared when the meeting starts: the meeting then tells what changed. */
export interface MeetingComparison {
  before: AnalysisResult;
  after: AnalysisResult;
  beforeId: string;
  afterId: string;
  comparison: WaveComparison;
}

const comparisons = new WeakMap<
  AnalysisResult,
  WeakMap<AnalysisResult, { sameAs: Record<string, string>; thresholds: AppState['thresholds']; value: MeetingComparison }>
>();

/**
 * The comparison open in the project (both waves analysed), or null. Computed once per pair of
 * analyses (with the same confirmed pairs and thresholds) and returned as the same object while
 * nothing changes: the meeting and the Waves tab's comparison panel read this one.
 */
export function meetingComparison(state: Pick<AppState, 'project' | 'thresholds'>): MeetingComparison | null {
  const choice = state.project.compare;
  if (!choice || choice.before === choice.after) return null;
  const before = state.project.waves.find((w) => w.id === choice.before)?.result;
  const after = state.project.waves.find((w) => w.id === choice.after)?.result;
  if (!before || !after) return null;
  let inner = comparisons.get(before);
  if (!inner) comparisons.set(before, (inner = new WeakMap()));
  const cached = inner.get(after);
  if (
    cached &&
    cached.sameAs === state.project.sameAs &&
    cached.thresholds === state.thresholds &&
    cached.value.beforeId === choice.before &&
    cached.value.afterId === choice.after
  )
    return cached.value;
  const value = {
    before,
    after,
    beforeId: choice.before,
    afterId: choice.after,
    comparison: compareWaves(before, after, { sameAs: state.project.sameAs, thresholds: withOverrides(state.thresholds) }),
  };
  inner.set(after, { sameAs: state.project.sameAs, thresholds: state.thresholds, value });
  return value;
}

/** `deck`: the chosen findings in order (null: the default choice); `comparison`: two waves compared. */
export function meetingSteps(result: AnalysisResult, deck: readonly string[] | null, comparison: MeetingComparison | null = null): MeetingStep[] {
  if (comparison)
    return [
      { kind: 'title' },
      { kind: 'compare-before' },
      { kind: 'compare-after' },
      { kind: 'compare-changes' },
      ...comparison.comparison.highlights.map((_, index) => ({ kind: 'compare-highlight' as const, index })),
      { kind: 'closing' },
    ];
  const others = groupsOutsideGrades(result);
  return [
    { kind: 'title' },
    { kind: 'groups' },
    { kind: 'within' },
    { kind: 'between' },
    ...(others.length > 0 ? [{ kind: 'others' as const, groups: others.filter((g) => g !== '') }] : []),
    ...deckFindings(result.findings.findings, deck).map((f) => ({ kind: 'finding' as const, id: f.id })),
    { kind: 'closing' },
  ];
}

/** The kind of meeting step on screen now, or null outside meeting mode (a string: safe as a store selector). */
export function currentMeetingKind(state: AppState): MeetingStep['kind'] | null {
  const result = shownResult(state);
  if (state.meeting === null || !result) return null;
  const steps = meetingSteps(result, state.project.deck, meetingComparison(state));
  return steps[Math.min(state.meeting, steps.length - 1)]?.kind ?? null;
}

/**
 * The pair of groups a comparison slide is about ("De band tussen groep 3-4 en groep 5-6 is
 * versterkt"), as a pairKey, or null on any other step (a string: safe as a store selector).
 */
export function currentComparedPair(state: AppState): string | null {
  const result = shownResult(state);
  const comparison = meetingComparison(state);
  if (state.meeting === null || !result || !comparison) return null;
  const steps = meetingSteps(result, state.project.deck, comparison);
  const step = steps[Math.min(state.meeting, steps.length - 1)];
  if (step?.kind !== 'compare-highlight') return null;
  const { a, b } = comparison.comparison.highlights[step.index]?.params ?? {};
  return typeof a === 'string' && typeof b === 'string' ? pairKey(a, b) : null;
}
