/**
 * Betweenness in words for the leader's screens: how much of a bridge someone is compared
 * with the rest of the team. "Groot" from half of the team's highest betweenness, "gemiddeld"
 * from 15%, "klein" below that, "geen" at 0 (no shortest path between two others runs through
 * them), "onbekend" for someone who did not answer. The figure itself stays behind "Alle cijfers".
 */
import type { NodeMetrics } from '../metrics/analyse-network';

export type BridgeLevel = 'high' | 'medium' | 'low' | 'none' | 'unknown';

export const BRIDGE_HIGH = 0.5;
export const BRIDGE_MEDIUM = 0.15;

/** `value` null: the person did not answer, so whether paths run through them is unknown. */
export function bridgeLevel(value: number | null, highest: number): BridgeLevel {
  if (value === null) return 'unknown';
  if (value <= 0 || highest <= 0) return 'none';
  if (value >= BRIDGE_HIGH * highest) return 'high';
  if (value >= BRIDGE_MEDIUM * highest) return 'medium';
  return 'low';
}

const levels = new WeakMap<readonly NodeMetrics[], Map<string, BridgeLevel>>();

/** Everyone's level, computed once per list of people. */
export function bridgeLevels(nodes: readonly NodeMetrics[]): Map<string, BridgeLevel> {
  const known = levels.get(nodes);
  if (known) return known;
  const highest = nodes.reduce((m, n) => Math.max(m, n.betweenness ?? 0), 0);
  const map = new Map(nodes.map((n) => [n.id, bridgeLevel(n.betweenness, highest)]));
  levels.set(nodes, map);
  return map;
}
