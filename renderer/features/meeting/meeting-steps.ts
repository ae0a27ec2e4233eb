/**
 * The steps of meeting mode: first the team's groups (people only), then the ties inside
 * the groups, then the ties between them, then each finding in turn. Where the groups
 * are grades and there are people outside them (the staff), the ties between grades come
 * first and the staff's ties get a step of their own: the room must see how little the
 * grades talk to each other, not a map made busy by the director and the specialists.
 */
import type { AnalysisResult } from '../../../shared/pipeline/run-analysis';
import { inGradeOrder } from '../../../shared/network/group-order';

export type MeetingStep =
  { kind: 'groups' } | { kind: 'within' } | { kind: 'between' } | { kind: 'others'; groups: string[] } | { kind: 'finding'; id: string };

/** The groups outside the grades (empty when the groups are not grades, or everyone is in one). */
export function groupsOutsideGrades(result: AnalysisResult): string[] {
  const { groups, nodes } = result.analysis;
  if (!inGradeOrder(groups)) return [];
  const others = groups.filter((g) => g.rank === null).map((g) => g.label);
  return nodes.some((n) => n.group === null) ? [...others, ''] : others;
}

export function meetingSteps(result: AnalysisResult): MeetingStep[] {
  const others = groupsOutsideGrades(result);
  return [
    { kind: 'groups' },
    { kind: 'within' },
    { kind: 'between' },
    ...(others.length > 0 ? [{ kind: 'others' as const, groups: others.filter((g) => g !== '') }] : []),
    ...result.findings.findings.map((f) => ({ kind: 'finding' as const, id: f.id })),
  ];
}
