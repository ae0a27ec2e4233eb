/**
 * Meeting mode's caption: what the team sees now, in large type, with the step count.
 * Arrow keys and space step forward and back; Escape leaves meeting mode (the meeting
 * commands in renderer/commands/registry.ts).
 */
import type { AnalysisResult } from '../../../shared/pipeline/run-analysis';
import { useAppState } from '../../state/app-store';
import { runCommand } from '../../commands/registry';

import { useNames } from '../../state/use-names';
import { useT } from '../../state/use-t';
import { meetingSteps } from './meeting-steps';

export function MeetingCaption({ result }: { result: AnalysisResult }) {
  const t = useT();
  const step = useAppState((s) => s.meeting) ?? 0;
  const names = useNames(result);
  const steps = meetingSteps(result);
  const current = steps[Math.min(step, steps.length - 1)];

  if (!current) return null;
  const finding = current.kind === 'finding' ? result.findings.findings.find((f) => f.id === current.id) : null;
  return (
    <div className="meeting-caption" data-testid="meeting-caption" aria-live="polite">
      <div className="meeting-text">
        {finding ? (
          <>
            <div className="meeting-title">{names.text(finding.message.key, finding.message.params)}</div>
            <div className="meeting-detail">{names.text(finding.detail.key, finding.detail.params)}</div>
          </>
        ) : (
          <>
            <div className="meeting-title">
              {current.kind === 'others' ? t('meeting.others', { groups: current.groups }) : t(`meeting.${current.kind as 'groups' | 'within' | 'between'}`)}
            </div>
            <div className="meeting-detail">
              {current.kind === 'others'
                ? t('meeting.others.detail', { groups: current.groups })
                : current.kind === 'between' && steps.some((s) => s.kind === 'others')
                  ? t('meeting.between.grades.detail', { groups: steps.flatMap((s) => (s.kind === 'others' ? s.groups : [])) })
                  : t(`meeting.${current.kind as 'groups' | 'within' | 'between'}.detail`)}
            </div>
          </>
        )}
      </div>
      <div className="meeting-nav">
        <span data-testid="meeting-step">
          {step + 1} / {steps.length}
        </span>
        <span className="muted">{t('meeting.keys')}</span>
        <button type="button" onClick={() => runCommand('meeting.exit')} data-testid="meeting-exit">
          {t('meeting.exit')}
        </button>
      </div>
    </div>
  );
}
