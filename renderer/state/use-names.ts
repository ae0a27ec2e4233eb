/**
 * How people are named on screen right now: their real names, or the aliases of the
 * chosen anonymisation. Every component that shows a name or a finding goes through this.
 */
import type { NodeMetrics } from '../../shared/metrics/analyse-network';
import { useMemo } from 'react';
import type { MessageKey } from '../../shared/i18n/messages-en';
import type { MessageParams } from '../../shared/i18n/translate';
import type { AnalysisResult } from '../../shared/pipeline/run-analysis';
import { namingFor, tidyRoleText, type Naming, type NamingOptions } from '../../shared/present/names';
import { useAppState } from './app-store';
import { useT, useTKey } from './use-t';

export interface Names {
  anonymised: boolean;
  nameOf: (id: string) => string;
  /** Replaces a real name (as written) by its alias. */
  alias: (name: string) => string;
  /** Translates a message with the names in its parameters replaced. */
  text: (key: MessageKey, params?: MessageParams) => string;
  /** The role as shown (a role only one person has is "staf" when roles are folded). */
  roleOf: (id: string) => string | null;
  /** The shape's role kind as shown (plain for everyone else in the "me" view). */
  kindOf: Naming['kindOf'];
  /** With names hidden: who their role still identifies. */
  identified: Naming['identified'];
}

/** How names are hidden right now, for exports built outside React (the worker, the Export menu). */
export function useNamingOptions(): NamingOptions {
  const fold = useAppState((s) => s.project.foldRoles);
  const waves = useAppState((s) => s.project.waves);
  const t = useT();
  // Everyone in every analysed wave (the latest wave's details win): one alias per person in every view.
  const people = useMemo(() => {
    const byId = new Map<string, NodeMetrics>();
    for (const w of waves) for (const n of w.result?.analysis.nodes ?? []) byId.set(n.id, n);
    return [...byId.values()];
  }, [waves]);
  return useMemo(() => ({ fold, foldedRole: t('anonymise.folded'), people }), [fold, t, people]);
}

export function useNames(result: AnalysisResult | null): Names {
  const tKey = useTKey();
  const chosen = useAppState((s) => s.anonymise);
  const meView = useAppState((s) => s.meView);
  const options = useNamingOptions();
  return useMemo(() => {
    const naming = namingFor(result?.analysis.nodes ?? [], chosen, meView, options);
    return {
      anonymised: naming.anonymised,
      nameOf: naming.nameOf,
      alias: naming.alias,
      text: (key: MessageKey, params: MessageParams = {}) => tidyRoleText(tKey(key, naming.params(params)), naming),
      roleOf: naming.roleOf,
      kindOf: naming.kindOf,
      identified: naming.identified,
    };
  }, [result, chosen, meView, tKey, options]);
}
