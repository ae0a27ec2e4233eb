/**
 * Anonymisation for meetings and exports: one switch replaces every name by role and group
 * with a number ("leerkracht groep 3-4 (2)"), by initials ("A.d.V."), or by a code ("P07").
 * The mapping is stable (same data, same aliases), does not follow the alphabet of the real
 * names, and is applied wherever a name would show: map, tables, findings text, exports.
 */
import type { MessageParams } from '../i18n/translate';
import type { NodeMetrics } from '../metrics/analyse-network';
import { neutralOrder } from './neutral-order';
import { isTussenvoegsel } from '../import/dutch-name';

export type AnonymiseMode = 'off' | 'role' | 'initials' | 'codes';
export const ANONYMISE_MODES: AnonymiseMode[] = ['off', 'role', 'initials', 'codes'];

export function aliases(nodes: NodeMetrics[], mode: AnonymiseMode): Map<string, string> {
  const sorted = [...nodes].sort(
    (a, b) =>
      (a.group ?? '').localeCompare(b.group ?? '') ||
      (a.role ?? '').localeCompare(b.role ?? '') ||
      // Not by name: see neutral-order.ts.
      neutralOrder(a.id, b.id),
  );
  const result = new Map<string, string>();
  if (mode === 'off') {
    for (const n of nodes) result.set(n.id, n.name);
    return result;
  }
  if (mode === 'codes') {
    // By group and a neutral order only: a code does not change when roles are shown differently.
    const byGroup = [...nodes].sort((a, b) => (a.group ?? '').localeCompare(b.group ?? '') || neutralOrder(a.id, b.id));
    const width = String(byGroup.length).length < 2 ? 2 : String(byGroup.length).length;
    byGroup.forEach((n, i) => result.set(n.id, `P${String(i + 1).padStart(width, '0')}`));
    return result;
  }
  if (mode === 'initials') {
    const seen = new Map<string, number>();
    for (const n of sorted) {
      const initials =
        n.name
          .split(/[\s-]+/)
          .filter(Boolean)
          .map((part, i) => (i > 0 && isTussenvoegsel(part) ? part[0]?.toLowerCase() : part[0]?.toUpperCase()))
          .join('.') + '.';
      const count = (seen.get(initials) ?? 0) + 1;
      seen.set(initials, count);
      result.set(n.id, count === 1 ? initials : `${initials} (${count})`);
    }
    // Make the first of a repeated set numbered too, so no alias hides that others share it.
    for (const [initials, count] of seen) if (count > 1) for (const [id, alias] of result) if (alias === initials) result.set(id, `${initials} (1)`);
    return result;
  }
  const counters = new Map<string, number>();
  for (const n of sorted) {
    const role = n.role || 'persoon';
    // A role that is the group's name ("staf" in staf) is said once.
    const base = n.group && n.group.trim().toLowerCase() !== role.trim().toLowerCase() ? `${role} ${n.group}` : role;
    const count = (counters.get(base) ?? 0) + 1;
    counters.set(base, count);
    result.set(n.id, `${base} (${count})`);
  }
  return result;
}

/** Replaces real names inside message parameters (findings name people in their text). */
export function anonymiseParams(params: MessageParams, byName: Map<string, string>): MessageParams {
  if (byName.size === 0) return params;
  const swap = (v: string): string => byName.get(v) ?? v;
  const out: Record<string, MessageParams[string]> = {};
  for (const [k, v] of Object.entries(params)) out[k] = typeof v === 'string' ? swap(v) : Array.isArray(v) ? v.map(swap) : v;
  return out;
}

/** Real name -> alias, for anonymiseParams; empty when anonymisation is off. */
export function nameToAlias(nodes: NodeMetrics[], mode: AnonymiseMode): Map<string, string> {
  if (mode === 'off') return new Map();
  const byId = aliases(nodes, mode);
  return new Map(nodes.map((n) => [n.name, byId.get(n.id) ?? n.id]));
}
