/**
 * Circle by group: everyone on one circle, grouped and in group order, so the share of
 * ties that cross the circle shows how much groups talk to each other. The circle is wide
 * enough that the largest people never touch.
 */
import type { NodeMetrics } from '../metrics/analyse-network';
import { shapeRadius, type Point } from './geometry';
import { neutralOrder } from '../present/neutral-order';

/** Room per person on the circle, beyond the largest person's own width. */
const GAP = 16;

export function circleByGroup(nodes: Pick<NodeMetrics, 'id' | 'group' | 'name'>[], groupsInOrder: string[], largest = 62): Map<string, Point> {
  const rank = new Map(groupsInOrder.map((g, i) => [g, i]));
  // Within a group, not by name (neutral-order.ts): seats in alphabetical order would give hidden names away.
  const ordered = [...nodes].sort((a, b) => (rank.get(a.group ?? '') ?? 1e9) - (rank.get(b.group ?? '') ?? 1e9) || neutralOrder(a.id, b.id));
  const n = Math.max(1, ordered.length);
  // Neighbours' centres are a chord 2R·sin(π/n) apart; it must exceed the largest width plus the gap.
  // (Two of the widest shape, a rounded square, side by side.)
  const spacing = Math.max(70, 2 * shapeRadius(largest, 'round-rectangle') + GAP);
  const radius = n < 2 ? 0 : Math.max(180, spacing / (2 * Math.sin(Math.PI / n)));
  return new Map(
    ordered.map((node, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
      return [node.id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) }];
    }),
  );
}
