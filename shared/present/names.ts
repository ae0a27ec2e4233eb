/**
 * How people are named in everything Talkmap shows or writes: their real names, or the
 * aliases of the chosen anonymisation. One rule for the screen (use-names.ts), the
 * exports built in the worker and the CLI, so a file never names someone the screen hides.
 */
import type { MessageParams } from '../i18n/translate';
import type { NodeMetrics } from '../metrics/analyse-network';
import { aliases, anonymiseParams, nameToAlias, type AnonymiseMode } from './anonymise';

export interface Naming {
  anonymised: boolean;
  mode: AnonymiseMode;
  nameOf: (id: string) => string;
  /** Replaces a real name (as written) by its alias; a name that is nobody's in the network becomes "•••". */
  alias: (name: string) => string;
  /** A message's parameters with the names replaced; role aliases already say the role, so it is not repeated. */
  params: (params: MessageParams) => MessageParams;
}

/** `me`: the person of the "me" view, the only one named (everyone else as a code). */
export function namingFor(nodes: NodeMetrics[], chosen: AnonymiseMode, me: string | null = null): Naming {
  const mode: AnonymiseMode = me && chosen === 'off' ? 'codes' : chosen;
  const byId = aliases(nodes, mode);
  const byName = nameToAlias(nodes, mode);
  const self = me ? nodes.find((n) => n.id === me) : undefined;
  if (self) {
    byId.set(self.id, self.name);
    byName.set(self.name, self.name);
  }
  return {
    anonymised: mode !== 'off',
    mode,
    nameOf: (id) => byId.get(id) ?? id,
    alias: (name) => (mode === 'off' ? name : (byName.get(name) ?? '•••')),
    params: (params) => anonymiseParams(mode === 'role' && typeof params.role === 'string' ? { ...params, role: '' } : params, byName),
  };
}

/** A translated text made with `params` from a role-mode Naming: drops the empty "()" left by the role. */
export function tidyRoleText(text: string, naming: Pick<Naming, 'mode'>): string {
  return naming.mode === 'role' ? text.replace(/ \(\)/g, '') : text;
}
