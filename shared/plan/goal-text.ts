/**
 * A goal and its status as sentences (message keys with parameters), named through the
 * caller's naming so a goal about a person follows hidden names like everything else.
 */
import type { FindingText } from '../findings/types';
import type { GoalStatus, PlanGoal } from './improvement-plan';

export function goalText(goal: PlanGoal, nameOf: (id: string) => string): FindingText {
  const m = goal.measure;
  const target = goal.target ?? 0;
  if (!m) return { key: 'plan.goal.words', params: { note: goal.note } };
  switch (m.kind) {
    case 'ties-between':
      return { key: 'plan.goal.tiesBetween', params: { target, a: m.a, b: m.b } };
    case 'named-by':
      return { key: 'plan.goal.namedBy', params: { target, name: nameOf(m.person) } };
    case 'names':
      return { key: 'plan.goal.names', params: { target, name: nameOf(m.person) } };
    case 'groups-reached':
      return { key: 'plan.goal.groupsReached', params: { target, total: m.groups.length, name: nameOf(m.person) } };
    case 'mutual-share':
      return { key: 'plan.goal.mutualShare', params: { target } };
  }
}

export function statusText(status: GoalStatus, waveName: (id: string) => string): FindingText {
  switch (status.state) {
    case 'waiting':
      return { key: 'plan.status.waiting', params: {} };
    case 'not-measured':
      return { key: 'plan.status.notMeasured', params: {} };
    case 'unknown':
      return { key: 'plan.status.unknown', params: { wave: waveName(status.wave) } };
    case 'met':
      return { key: 'plan.status.met', params: { wave: waveName(status.wave), value: status.value, target: status.target } };
    case 'not-yet':
      return { key: 'plan.status.notYet', params: { wave: waveName(status.wave), value: status.value, target: status.target } };
  }
}
