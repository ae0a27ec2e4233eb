/**
 * How people are named on screen right now: their real names, or the aliases of the
 * chosen anonymisation. Every component that shows a name or a finding goes through this.
 */
import { useMemo } from 'react';
import type { MessageKey } from '../../shared/i18n/messages-en';
import type { MessageParams } from '../../shared/i18n/translate';
import type { AnalysisResult } from '../../shared/pipeline/run-analysis';
import { aliases, anonymiseParams, nameToAlias } from '../../shared/present/anonymise';
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
    const nodes = result?.analysis.nodes ?? [];
    // The "me" view names only that person; everyone else appears as a code.
    const mode = meView && chosen === 'off' ? 'codes' : chosen;
    const byId = aliases(nodes, mode);
    const byName = nameToAlias(nodes, mode);
    if (meView) {
      const me = nodes.find((n) => n.id === meView);
      if (me) {
        byId.set(me.id, me.name);
        byName.set(me.name, me.name);
      }
    }
    return {
      anonymised: mode !== 'off',
      nameOf: (id: string) => byId.get(id) ?? id,
      alias: (name: string) => (mode === 'off' ? name : (byName.get(name) ?? '•••')),
      text: (key: MessageKey, params: MessageParams = {}) => {
        // Role aliases already say the role; do not repeat it ("… (leerkracht)").
        if (mode === 'role' && typeof params.role === 'string') return tKey(key, anonymiseParams({ ...params, role: '' }, byName)).replace(/ \(\)/g, '');
        return tKey(key, anonymiseParams(params, byName));
      },
    };
  }, [result, chosen, meView, tKey]);
}
