/**
 * The improvement plan on the Waves tab (and in meeting mode's closing slide): every goal
 * with who and when, and — once a later survey is in — "goal met" or "not yet: 3 of 8".
 */
import { useEffect } from 'react';
import type { AnalysisResult } from '../../../shared/pipeline/run-analysis';
import { actions, useAppState } from '../../state/app-store';
import { useT } from '../../state/use-t';
import { usePlan } from './use-plan';

/**
 * `editable` false: the meeting's closing slide and the report — there goals about one person are
 * left out, and with names hidden so are who and the agreement (free text may hold names).
 */
export function PlanList({ result, editable = true }: { result: AnalysisResult | null; editable?: boolean }) {
  const t = useT();
  const anonymised = useAppState((s) => s.anonymise !== 'off');
  const all = usePlan(result);
  const goals = editable ? all : all.filter((g) => !g.goal.measure || g.goal.measure.kind === 'ties-between' || g.goal.measure.kind === 'mutual-share');
  const hideText = !editable && anonymised;
  const waves = useAppState((s) => s.project.waves);
  const plan = useAppState((s) => s.project.plan);
  // A goal is checked on the later waves: analyse those that are not yet.
  useEffect(() => {
    if (plan.length === 0) return;
    const first = Math.min(...plan.map((g) => waves.findIndex((w) => w.id === g.setInWave)).filter((i) => i >= 0));
    const missing = waves.slice(first + 1).filter((w) => w.result === null);
    if (missing.length > 0) void actions.analyseWaves(missing.map((w) => w.id));
  }, [plan, waves]);
  if (goals.length === 0) return editable ? <p className="muted">{t('plan.empty')}</p> : null;
  return (
    <>
      {hideText && (
        <p className="muted" data-testid="plan-hidden">
          {t('plan.hiddenText')}
        </p>
      )}
      <ul className="plan-list" data-testid="plan-list">
        {goals.map((g) => (
          <li key={g.goal.id} data-testid="plan-goal">
            <div className="plan-goal-text">
              {g.text}
              {g.goal.note && g.goal.measure && !hideText ? <span className="muted"> — {g.goal.note}</span> : null}
            </div>
            {g.meta && !hideText && <div className="muted">{g.meta}</div>}
            <div className={`goal-status goal-${g.status.state}`} data-testid="plan-status">
              {g.statusText}
            </div>
            {editable && (
              <button type="button" className="link-button" onClick={() => actions.removeGoal(g.goal.id)} data-testid="plan-remove">
                {t('plan.remove')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
