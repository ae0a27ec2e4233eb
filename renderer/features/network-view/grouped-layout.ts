/**
 * The grouped layout: each group a circle of its members; numbered (grade) groups in a
 * row in grade order, other groups (staff) centred above them. The natural picture for
 * parallel groups: ties inside a cluster, gaps between clusters, specialists' reach.
 */
import type { NodeMetrics } from '../../../shared/metrics/analyse-network';

export interface Point {
  x: number;
  y: number;
}

/** Room per member on a cluster's circle: the largest node plus a label's breathing space. */
const NODE_SPACING = 116;

export function groupedLayout(nodes: NodeMetrics[], groupsInOrder: string[], rankedGroups: Set<string>): Map<string, Point> {
  const positions = new Map<string, Point>();
  const members = new Map<string, NodeMetrics[]>();
  for (const n of nodes) {
    const g = n.group ?? '';
    members.set(g, [...(members.get(g) ?? []), n]);
  }
  const radius = (count: number): number => (count <= 1 ? 0 : Math.max(70, (count * NODE_SPACING) / (2 * Math.PI)));
  const ranked = groupsInOrder.filter((g) => rankedGroups.has(g));
  const others = [...groupsInOrder.filter((g) => !rankedGroups.has(g)), ...(members.has('') ? [''] : [])];
  const row = ranked.length > 0 ? ranked : others.splice(0);
  const widest = Math.max(...[...members.values()].map((m) => radius(m.length)), 70);
  const step = 2 * widest + 120;
  const place = (group: string, cx: number, cy: number): void => {
    const list = [...(members.get(group) ?? [])].sort((a, b) => (a.role ?? '').localeCompare(b.role ?? '') || a.name.localeCompare(b.name));
    const r = radius(list.length);
    list.forEach((n, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / list.length;
      positions.set(n.id, { x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle) });
    });
  };
  row.forEach((g, i) => place(g, (i - (row.length - 1) / 2) * step, 0));
  others.forEach((g, i) => place(g, (i - (others.length - 1) / 2) * step, -(2 * widest + 150)));
  return positions;
}
