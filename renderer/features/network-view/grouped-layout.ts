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
/** Most groups in one row before the layout wraps into a grid. */
const MAX_ROW = 8;

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
  // A handful of groups stand in one row; many (a district's schools) wrap into a grid
  // about twice as wide as it is tall, so the map fills a screen instead of a thin line.
  const columns = (count: number): number => (count <= MAX_ROW ? Math.max(count, 1) : Math.ceil(Math.sqrt(count * 2)));
  const lineStep = 2 * widest + 150;
  const placeRows = (groups: string[], top: number, upwards: boolean): void => {
    const perLine = columns(groups.length);
    groups.forEach((g, i) => {
      const line = Math.floor(i / perLine);
      const inLine = Math.min(perLine, groups.length - line * perLine);
      place(g, ((i % perLine) - (inLine - 1) / 2) * step, top + (upwards ? -line : line) * lineStep);
    });
  };
  placeRows(row, 0, false);
  placeRows(others, -lineStep, true);
  return positions;
}
