/**
 * The improvement plan as the screen shows it: each goal with its sentence, who and when,
 * and its status on the latest later wave — names through the current naming.
 */
import type { AnalysisResult } from '../../../shared/pipeline/run-analysis';
import { checkGoal, type GoalStatus, type PlanGoal } from '../../../shared/plan/improvement-plan';
import { goalText, statusText } from '../../../shared/plan/goal-text';
import { formatDate } from '../../../shared/i18n/format-date';
import { useAppState } from '../../state/app-store';
import { useNames } from '../../state/use-names';
import { useT } from '../../state/use-t';
import { waveName } from '../waves/wave-name';

export interface ShownGoal {
  goal: PlanGoal;
  text: string;
  meta: string;
  status: GoalStatus;
  statusText: string;
}

export function usePlan(result: AnalysisResult | null): ShownGoal[] {
  const t = useT();
  const locale = useAppState((s) => s.locale);
  const plan = useAppState((s) => s.project.plan);
  const waves = useAppState((s) => s.project.waves);
  const sameAs = useAppState((s) => s.project.sameAs);
  const names = useNames(result);
  const nameOfWave = (id: string) => waveName(locale, waves, id);
  return plan.map((goal) => {
    const status = checkGoal(goal, waves, sameAs);
    const text = goalText(goal, names.nameOf);
    const due = goal.due ? formatDate(locale, goal.due, 'long') : '';
    const meta =
      goal.owner && due
        ? t('plan.meta', { owner: goal.owner, due })
        : goal.owner
          ? t('plan.ownerOnly', { owner: goal.owner })
          : due
            ? t('plan.dueOnly', { due })
            : '';
    const st = statusText(status, nameOfWave);
    return { goal, text: names.text(text.key, text.params), meta, status, statusText: names.text(st.key, st.params) };
  });
}
