/**
 * Reconstruction of non-respondents' ties from the ties others reported to them: if B did
 * not respond and A names B, assume B would have named A. Only valid for symmetric
 * relations ("with whom do you work together?"), never for advice-seeking, where naming
 * is one-way by nature — so it is an explicit option (CLI --reconstruct), off by default.
 * The people keep their status — they did not respond — and are marked `outImputed` (their
 * out-figures are computed on the imputed ties); every added tie is marked `imputed`.
 * `added` counts them per person.
 */
import type { SurveyNetwork, Tie } from './types';
import { arcKey } from './pair-key';

export interface Reconstruction {
  network: SurveyNetwork;
  /** Ties added, by person id. */
  added: Map<string, number>;
}

export function reconstructNonRespondents(network: SurveyNetwork): Reconstruction {
  const nonRespondents = new Set(network.people.filter((p) => !p.responded).map((p) => p.id));
  const existing = new Set(network.ties.map((t) => arcKey(t.source, t.target)));
  const added = new Map<string, number>();
  const extra: Tie[] = [];
  for (const t of network.ties) {
    if (!nonRespondents.has(t.target) || nonRespondents.has(t.source)) continue;
    const key = arcKey(t.target, t.source);
    if (existing.has(key)) continue;
    existing.add(key);
    extra.push({ source: t.target, target: t.source, weight: t.weight, imputed: true });
    added.set(t.target, (added.get(t.target) ?? 0) + 1);
  }
  return {
    network: { ...network, ties: [...network.ties, ...extra], people: network.people.map((p) => (nonRespondents.has(p.id) ? { ...p, outImputed: true } : p)) },
    added,
  };
}
