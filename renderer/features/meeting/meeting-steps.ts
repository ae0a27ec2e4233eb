/**
 * The steps of meeting mode: first the team's groups (people only), then the ties inside
 * the groups, then the ties between them, then each finding in turn.
 */
import type { AnalysisResult } from '../../../shared/pipeline/run-analysis';

export type MeetingStep = { kind: 'groups' } | { kind: 'within' } | { kind: 'between' } | { kind: 'finding'; id: string };

export function meetingSteps(result: AnalysisResult): MeetingStep[] {
  return [{ kind: 'groups' }, { kind: 'within' }, { kind: 'between' }, ...result.findings.findings.map((f) => ({ kind: 'finding' as const, id: f.id }))];
}
