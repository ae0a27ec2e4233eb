// The one builder of small hand-made networks for tests: people (with group, role and
// whether they answered) and arcs, as `tinyNetwork(people, arcs)` or, shorter, as text:
// `arcNetwork('a>b b>c', { a: 'g1' })`.
import type { SurveyNetwork } from '../../shared/network/types';

export interface TinyPerson {
  id: string;
  name?: string;
  group?: string;
  role?: string;
  responded?: boolean;
}

export interface TinyOptions {
  /** null: the network has no groups (no group attribute at all). */
  groupAttribute?: string | null;
  roleAttribute?: string | null;
}

export function tinyNetwork(people: TinyPerson[], arcs: [string, string][], options: TinyOptions = {}): SurveyNetwork {
  const groupAttribute = options.groupAttribute === undefined ? 'group' : options.groupAttribute;
  const roleAttribute = options.roleAttribute === undefined ? 'role' : options.roleAttribute;
  return {
    people: people.map((p) => {
      const attributes: Record<string, string> = {};
      if (groupAttribute && p.group !== undefined) attributes[groupAttribute] = p.group;
      if (roleAttribute && p.role !== undefined) attributes[roleAttribute] = p.role;
      return { id: p.id, name: p.name ?? p.id, attributes, responded: p.responded ?? true };
    }),
    ties: arcs.map(([source, target]) => ({ source, target, weight: 1 })),
    groupAttribute,
    roleAttribute,
    weighted: false,
  };
}

/** "a>b b>c": people a, b, c (named A, B, C); `groups` as { a: 'g1' }; people without ties and non-respondents by id. */
export function arcNetwork(arcs: string, groups: Record<string, string> = {}, people: string[] = [], nonRespondents: string[] = []): SurveyNetwork {
  const pairs = arcs
    .split(/\s+/)
    .filter(Boolean)
    .map((pair) => pair.split('>') as [string, string]);
  const ids = [...new Set([...people, ...pairs.flat(), ...Object.keys(groups)])];
  const hasGroups = Object.keys(groups).length > 0;
  return tinyNetwork(
    ids.map((id) => ({ id, name: id.toUpperCase(), ...(groups[id] ? { group: groups[id] } : {}), responded: !nonRespondents.includes(id) })),
    pairs,
    { groupAttribute: hasGroups ? 'group' : null, roleAttribute: null },
  );
}
