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

export type MeetingStep =
  | { kind: 'title' }
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

/** `deck`: the chosen findings in order (null: the default choice). */
export function meetingSteps(result: AnalysisResult, deck: readonly string[] | null): MeetingStep[] {
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
