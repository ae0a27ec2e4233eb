/**
 * How people are named on screen right now: their real names, or the aliases of the
 * chosen anonymisation. Every component that shows a name or a finding goes through this.
 */
import { useMemo } from 'react';
import type { MessageKey } from '../../shared/i18n/messages-en';
import type { MessageParams } from '../../shared/i18n/translate';
import type { AnalysisResult } from '../../shared/pipeline/run-analysis';
import { namingFor, tidyRoleText } from '../../shared/present/names';
import { useAppState } from './app-store';
import { useTKey } from './use-t';

export interface Names {
  anonymised: boolean;
  nameOf: (id: string) => string;
  /** Replaces a real name (as written) by its alias. */
  alias: (name: string) => string;
  /** Translates a message with the names in its parameters replaced. */
  text: (key: MessageKey, params?: MessageParams) => string;
}

export function useNames(result: AnalysisResult | null): Names {
  const tKey = useTKey();
  const chosen = useAppState((s) => s.anonymise);
  const meView = useAppState((s) => s.meView);
  return useMemo(() => {
    const naming = namingFor(result?.analysis.nodes ?? [], chosen, meView);
    return {
      anonymised: naming.anonymised,
      nameOf: naming.nameOf,
      alias: naming.alias,
      text: (key: MessageKey, params: MessageParams = {}) => tidyRoleText(tKey(key, naming.params(params)), naming),
    };
  }, [result, chosen, meView, tKey]);
}
