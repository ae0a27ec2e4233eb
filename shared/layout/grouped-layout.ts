/**
 * The grouped layout: each group a circle of its members; numbered (grade) groups in a
 * row in grade order, other groups (staff) centred above them. The natural picture for
 * parallel groups: ties inside a cluster, gaps between clusters, specialists' reach.
 * Tie-aware: who talks to other groups sits on the side of their circle that faces those
 * groups, so a tie leaves its cluster without crossing the cluster's other members.
 */
import type { NodeMetrics } from '../metrics/analyse-network';
import type { Point } from './geometry';
import { neutralOrder } from '../present/neutral-order';

/** Room per member on a cluster's circle: the largest node plus a label's breathing space. */
export const NODE_SPACING = 116;
/** Most groups in one row before the layout wraps into a grid. */
const MAX_ROW = 8;

type Member = Pick<NodeMetrics, 'id' | 'group' | 'role' | 'name'>;

/** Where each group's circle stands, and its radius. */
export function groupCentres(
  members: Map<string, Member[]>,
  groupsInOrder: string[],
  rankedGroups: Set<string>,
  othersApart = 1,
  extraStep = 0,
): Map<string, Point & { r: number }> {
  const radius = (count: number): number => (count <= 1 ? 0 : Math.max(70, (count * NODE_SPACING) / (2 * Math.PI)));
  const ranked = groupsInOrder.filter((g) => rankedGroups.has(g) && members.has(g));
  const others = [...groupsInOrder.filter((g) => !rankedGroups.has(g) && members.has(g)), ...(members.has('') ? [''] : [])];
  const row = ranked.length > 0 ? ranked : others.splice(0);
  const widest = Math.max(...[...members.values()].map((m) => radius(m.length)), 70);
  const step = 2 * widest + 120 + extraStep;
  const centres = new Map<string, Point & { r: number }>();
  // A handful of groups stand in one row; many (a district's schools) wrap into a grid
  // about twice as wide as it is tall, so the map fills a screen instead of a thin line.
  const columns = (count: number): number => (count <= MAX_ROW ? Math.max(count, 1) : Math.ceil(Math.sqrt(count * 2)));
  const lineStep = 2 * widest + 150;
  const placeRows = (groups: string[], top: number, upwards: boolean): void => {
    const perLine = columns(groups.length);
    groups.forEach((g, i) => {
      const line = Math.floor(i / perLine);
      const inLine = Math.min(perLine, groups.length - line * perLine);
      centres.set(g, { x: ((i % perLine) - (inLine - 1) / 2) * step, y: top + (upwards ? -line : line) * lineStep, r: radius(members.get(g)?.length ?? 0) });
    });
  };
  placeRows(row, 0, false);
  placeRows(others, -lineStep * othersApart, true);
  return centres;
}

/** The smallest difference between two angles (radians, 0..π). */
function angleGap(a: number, b: number): number {
  const d = Math.abs(a - b) % (2 * Math.PI);
  return d > Math.PI ? 2 * Math.PI - d : d;
}

/**
 * `othersApart` moves the groups that are not grades (staff) further from the grade row
 * (1: the usual distance) and `extraStep` widens the room between groups in a row — the
 * continuity view uses both, for its gap markers between the grades.
 */
export function groupedLayout(
  nodes: Member[],
  groupsInOrder: string[],
  rankedGroups: Set<string>,
  ties: { source: string; target: string }[] = [],
  { othersApart = 1, extraStep = 0 }: { othersApart?: number; extraStep?: number } = {},
): Map<string, Point> {
  const positions = new Map<string, Point>();
  const members = new Map<string, Member[]>();
  for (const n of nodes) {
    const g = n.group ?? '';
    const list = members.get(g);
    if (list) list.push(n);
    else members.set(g, [n]);
  }
  const centres = groupCentres(members, groupsInOrder, rankedGroups, othersApart, extraStep);
  const groupOf = new Map(nodes.map((n) => [n.id, n.group ?? '']));
  // Each person's pull: the sum of unit vectors towards the groups they have ties with.
  const pull = new Map<string, Point>();
  const addPull = (from: string, to: string): void => {
    const a = centres.get(groupOf.get(from) ?? '');
    const b = centres.get(groupOf.get(to) ?? '');
    if (!a || !b || a === b) return;
    const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const p = pull.get(from) ?? { x: 0, y: 0 };
    pull.set(from, { x: p.x + (b.x - a.x) / length, y: p.y + (b.y - a.y) / length });
  };
  for (const t of ties) {
    addPull(t.source, t.target);
    addPull(t.target, t.source);
  }
  for (const [group, list] of members) {
    const centre = centres.get(group) as Point & { r: number };
    // Within a role, not by name (neutral-order.ts): seats in alphabetical order would give hidden names away.
    const ordered = [...list].sort((a, b) => (a.role ?? '').localeCompare(b.role ?? '') || neutralOrder(a.id, b.id));
    const slots = ordered.map((_, i) => -Math.PI / 2 + (2 * Math.PI * i) / ordered.length);
    const free = new Set(slots.keys());
    const slotOf = new Map<string, number>();
    // The strongest pulls choose first: the slot nearest the direction they talk to.
    const pulled = ordered
      .filter((n) => pull.has(n.id))
      .sort((a, b) => {
        const pa = pull.get(a.id) as Point;
        const pb = pull.get(b.id) as Point;
        return Math.hypot(pb.x, pb.y) - Math.hypot(pa.x, pa.y) || neutralOrder(a.id, b.id);
      });
    for (const n of pulled) {
      const p = pull.get(n.id) as Point;
      if (Math.hypot(p.x, p.y) < 1e-9) continue;
      const want = Math.atan2(p.y, p.x);
      let best = -1;
      for (const s of free) if (best < 0 || angleGap(slots[s] as number, want) < angleGap(slots[best] as number, want)) best = s;
      free.delete(best);
      slotOf.set(n.id, best);
    }
    const rest = [...free].sort((a, b) => a - b);
    for (const n of ordered) if (!slotOf.has(n.id)) slotOf.set(n.id, rest.shift() as number);
    for (const n of ordered) {
      const angle = slots[slotOf.get(n.id) as number] as number;
      positions.set(n.id, { x: centre.x + centre.r * Math.cos(angle), y: centre.y + centre.r * Math.sin(angle) });
    }
  }
  return positions;
}
