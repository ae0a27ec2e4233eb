/**
 * On an opened finding: set a goal for the improvement plan (the target, who, by when, the
 * agreement in words), or see the goal set and how the later surveys measured it.
 */
import { useState } from 'react';
import type { Finding } from '../../../shared/findings/types';
import type { AnalysisResult } from '../../../shared/pipeline/run-analysis';
import { newGoal, type PlanGoal } from '../../../shared/plan/improvement-plan';
import { goalText } from '../../../shared/plan/goal-text';
import { actions, useAppState } from '../../state/app-store';
import { useNames } from '../../state/use-names';
import { useT } from '../../state/use-t';
import { usePlan } from './use-plan';

const newId = (): string => `goal-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

export function GoalEditor({ finding, result }: { finding: Finding; result: AnalysisResult }) {
  const t = useT();
  const names = useNames(result);
  const activeWave = useAppState((s) => s.project.activeWave);
  const shown = usePlan(result).filter((g) => g.goal.findingId === finding.id && g.goal.setInWave === activeWave);
  const [draft, setDraft] = useState<PlanGoal | null>(null);

  if (shown.length > 0)
    return (
      <div className="goal-set" data-testid="goal-set">
        <strong>{t('plan.inPlan')}</strong>
        {shown.map((g) => (
          <p key={g.goal.id}>
            {g.text}
            {g.goal.note && g.goal.measure ? ` — ${g.goal.note}` : ''}
            {g.meta && <span className="muted"> · {g.meta}</span>}
            <br />
            <span className={`goal-status goal-${g.status.state}`} data-testid="goal-status">
              {g.statusText}
            </span>{' '}
            <button type="button" className="link-button" onClick={() => actions.removeGoal(g.goal.id)} data-testid="goal-remove">
              {t('plan.remove')}
            </button>
          </p>
        ))}
      </div>
    );
  if (!draft)
    return (
      <button type="button" onClick={() => setDraft(newGoal(finding, result, activeWave ?? '', newId()))} data-testid="goal-new">
        {t('plan.set')}
      </button>
    );
  const preview = goalText(draft, names.nameOf);
  const canAdd = draft.measure ? draft.target !== null && Number.isFinite(draft.target) : draft.note.trim() !== '';
  return (
    <form
      className="goal-form"
      data-testid="goal-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!canAdd) return;
        actions.addGoal({ ...draft, owner: draft.owner.trim(), note: draft.note.trim() });
        setDraft(null);
      }}
    >
      {draft.measure && (
        <label>
          {t('plan.target')}{' '}
          <input
            type="number"
            min={0}
            step={1}
            value={draft.target ?? ''}
            onChange={(e) => setDraft({ ...draft, target: e.target.value === '' ? null : Math.max(0, Math.round(Number(e.target.value))) })}
            data-testid="goal-target"
          />{' '}
          <span className="muted">{draft.baseline !== null ? t('plan.now', { value: draft.baseline }) : ''}</span>
          <span className="goal-preview" data-testid="goal-preview">
            {names.text(preview.key, preview.params)}
          </span>
        </label>
      )}
      <label>
        {t('plan.note')}
        <textarea
          rows={2}
          value={draft.note}
          placeholder={t('plan.notePlaceholder')}
          onChange={(e) => setDraft({ ...draft, note: e.target.value })}
          data-testid="goal-note"
        />
      </label>
      <div className="goal-row">
        <label>
          {t('plan.owner')}{' '}
          <input type="text" value={draft.owner} maxLength={200} onChange={(e) => setDraft({ ...draft, owner: e.target.value })} data-testid="goal-owner" />
        </label>
        <label>
          {t('plan.due')}{' '}
          <input type="date" value={draft.due ?? ''} onChange={(e) => setDraft({ ...draft, due: e.target.value || null })} data-testid="goal-due" />
        </label>
      </div>
      <div className="goal-row">
        <button type="submit" className="primary" disabled={!canAdd} data-testid="goal-add">
          {t('plan.add')}
        </button>
        <button type="button" onClick={() => setDraft(null)}>
          {t('plan.cancel')}
        </button>
      </div>
    </form>
  );
}
