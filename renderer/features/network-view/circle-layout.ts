/**
 * Circle by group: everyone on one circle, grouped and in group order, so the share of
 * ties that cross the circle shows how much groups talk to each other.
 */
import type { NodeMetrics } from '../../../shared/metrics/analyse-network';
import type { Point } from './grouped-layout';

export function circleByGroup(nodes: NodeMetrics[], groupsInOrder: string[]): Map<string, Point> {
  const rank = new Map(groupsInOrder.map((g, i) => [g, i]));
  const ordered = [...nodes].sort((a, b) => (rank.get(a.group ?? '') ?? 1e9) - (rank.get(b.group ?? '') ?? 1e9) || a.name.localeCompare(b.name));
  const radius = Math.max(180, (ordered.length * 70) / (2 * Math.PI));
  return new Map(ordered.map((n, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, ordered.length);
    return [n.id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) }];
  }));
}
