/**
 * How people are named in everything Talkmap shows or writes: their real names, or the
 * aliases of the chosen anonymisation. One rule for the screen (use-names.ts), the
 * exports built in the worker and the CLI, so a file never names someone the screen hides.
 * With `fold`, a role only one person has is shown as the shared word (`foldedRole`, "staf")
 * wherever names are hidden — in role aliases, in texts, and in the map's shapes.
 */
import type { MessageParams } from '../i18n/translate';
import type { NodeMetrics } from '../metrics/analyse-network';
import { aliases, anonymiseParams, nameToAlias, type AnonymiseMode } from './anonymise';
import { identifiedByRole, shownRoles } from './reidentify';
import { roleKind, type RoleKind } from './role-kind';

export interface Naming {
  anonymised: boolean;
  mode: AnonymiseMode;
  nameOf: (id: string) => string;
  /** Replaces a real name (as written) by its alias; a name that is nobody's in the network becomes "•••". */
  alias: (name: string) => string;
  /** A message's parameters with the names replaced; role aliases already say the role, so it is not repeated. */
  params: (params: MessageParams) => MessageParams;
  /** The role as shown (folded where that applies). */
  roleOf: (id: string) => string | null;
  /** The shape's role kind as shown: in the "me" view everyone else is a plain disc. */
  kindOf: (id: string) => RoleKind;
  /** With names hidden: the people their role (as shown) still identifies. */
  identified: { id: string; role: string }[];
}

export interface NamingOptions {
  /** Fold roles only one person has into `foldedRole`. */
  fold?: boolean;
  foldedRole?: string;
  /**
   * Everyone in the project (all waves), when aliases must be the same in every view: a code is
   * one person's code in the findings of one wave and in the comparison of two.
   */
  people?: NodeMetrics[];
}

/** `me`: the person of the "me" view, the only one named (everyone else as a code). */
export function namingFor(shownNodes: NodeMetrics[], chosen: AnonymiseMode, me: string | null = null, options: NamingOptions = {}): Naming {
  const nodes = options.people && options.people.length > 0 ? withAll(options.people, shownNodes) : shownNodes;
  const mode: AnonymiseMode = me && chosen === 'off' ? 'codes' : chosen;
  const hidden = mode !== 'off';
  const roles = shownRoles(nodes, hidden && options.fold === true, options.foldedRole ?? 'staf');
  const shown = hidden ? nodes.map((n) => ({ ...n, role: roles.get(n.id) ?? null })) : nodes;
  const byId = aliases(shown, mode);
  const byName = nameToAlias(shown, mode);
  const self = me ? nodes.find((n) => n.id === me) : undefined;
  if (self) {
    byId.set(self.id, self.name);
    byName.set(self.name, self.name);
  }
  // A finding's `role` parameter: the role as shown, matched by the person it is about (their name).
  const roleByName = new Map(shown.map((n) => [n.name, n.role]));
  const roleById = new Map((hidden ? shown : nodes).map((n) => [n.id, n.role]));
  return {
    anonymised: hidden,
    mode,
    nameOf: (id) => byId.get(id) ?? id,
    alias: (name) => (mode === 'off' ? name : (byName.get(name) ?? '•••')),
    params: (params) => {
      const role = typeof params.role === 'string' ? params.role : null;
      const named = typeof params.name === 'string' ? params.name : null;
      const shownRole = role !== null && hidden && named !== null && roleByName.has(named) ? (roleByName.get(named) ?? '') : role;
      const withRole = role === null ? params : { ...params, role: mode === 'role' ? '' : (shownRole ?? '') };
      return anonymiseParams(withRole, byName);
    },
    roleOf: (id) => roleById.get(id) ?? null,
    kindOf: (id) => (me && id !== me ? 'other' : roleKind(roleById.get(id) ?? null)),
    identified: hidden ? identifiedByRole(nodes, roles).filter((p) => p.id !== me) : [],
  };
}

/**
 * A translated text made with `params` from a role-mode Naming: drops the empty "()" left by
 * the role, and a sentence that starts with an alias ("leesspecialist … bereikt") starts with
 * a capital.
 */
export function tidyRoleText(text: string, naming: Pick<Naming, 'mode'>): string {
  if (naming.mode !== 'role') return text;
  const tidy = text.replace(/ \(\)/g, '');
  return tidy.charAt(0).toLocaleUpperCase() + tidy.slice(1);
}

/** Everyone of `people`, plus anyone of `shown` not among them (by id). */
function withAll(people: NodeMetrics[], shown: NodeMetrics[]): NodeMetrics[] {
  const ids = new Set(people.map((n) => n.id));
  return [...people, ...shown.filter((n) => !ids.has(n.id))];
}
