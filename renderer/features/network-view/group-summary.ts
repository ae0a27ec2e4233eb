/**
 * The group-level summary map: one node per group (area by its number of people, label
 * with the ties inside), one edge per pair of groups with ties between them (width by the
 * number of ties, both directions together). Grade groups stand in a row in grade order
 * (parallel classes of one grade in one column), other groups (staff) above; two
 * neighbouring grades with no ties between them get a dashed line marked 0 — the gap the
 * team should see, not an absence nobody notices. Readable at any network size. Pure.
 */
import type { ElementDefinition } from 'cytoscape';
import type { AnalysisResult } from '../../../shared/pipeline/run-analysis';
import { groupColours, outlineColour } from '../../../shared/present/palette';
import { pairKey, splitKey } from '../../../shared/network/pair-key';

/** Above this many groups the group map's labels show only when zoomed in. */
export const MANY_GROUPS = 30;
/**
 * Most lines the group map draws: the strongest pairs. Hundreds of groups can have
 * thousands of pairs with a tie or two — a grey mass that also takes the canvas long to
 * draw; the pairs with the most ties carry the picture.
 */
export const MAX_GROUP_PAIRS = 800;

export interface GroupSummary {
  elements: ElementDefinition[];
  /** Pairs of groups with ties between them, and how many of them have a line. */
  pairs: number;
  shownPairs: number;
  /** More than MANY_GROUPS groups: labels on zoom, a tighter ring, the large map's drawing. */
  many: boolean;
}

/**
 * What the summary map is made of: the formal groups when there are several, otherwise the
 * communities found in the ties (Louvain) — a log or edge list without a roster has no
 * groups — or nothing.
 */
export type SummaryBy = 'group' | 'community';

export function summaryBy(result: AnalysisResult): SummaryBy | null {
  if (result.analysis.groups.length > 1) return 'group';
  return result.analysis.network.communities > 1 ? 'community' : null;
}

interface Block {
  label: string;
  size: number;
  inside: number;
  /** The grade position (parallel classes share it), or null. */
  rank: number | null;
}

/** Room between two neighbouring grade columns, and between a column's parallel classes, in map units. */
const COLUMN_STEP = 260;
const STACK_STEP = 170;

/** The group map's element ids: a group's circle and the line of a pair. */
export const groupNodeId = (group: string): string => `group:${group}`;
export const pairEdgeId = (from: string, to: string): string => `pair:${pairKey(from, to)}`;

/** Blocks (groups or communities) with their sizes and ties inside, and the ties between pairs of them. */
function blocksOf(result: AnalysisResult, by: SummaryBy, communityName: (n: number) => string): { blocks: Block[]; pairs: Map<string, number> } {
  const pairs = new Map<string, number>();
  const add = (from: string, to: string, arcs: number): void => {
    if (from === to || arcs === 0) return;
    const key = pairKey(from, to);
    pairs.set(key, (pairs.get(key) ?? 0) + arcs);
  };
  if (by === 'group') {
    for (const b of result.analysis.groupDensity) add(b.from, b.to, b.arcs);
    return { blocks: result.analysis.groups.map((g) => ({ label: g.label, size: g.size, inside: g.internalArcs, rank: g.rank })), pairs };
  }
  const blockOf = new Map(result.analysis.nodes.map((n) => [n.id, communityName(n.community + 1)]));
  const blocks = new Map<string, Block>();
  for (const n of result.analysis.nodes) {
    const label = blockOf.get(n.id) as string;
    const block = blocks.get(label) ?? { label, size: 0, inside: 0, rank: null };
    block.size++;
    blocks.set(label, block);
  }
  for (const t of result.network.ties) {
    const from = blockOf.get(t.source);
    const to = blockOf.get(t.target);
    if (from === undefined || to === undefined) continue;
    if (from === to) (blocks.get(from) as Block).inside++;
    else add(from, to, 1);
  }
  // Largest communities first, as Louvain's numbering says nothing.
  return { blocks: [...blocks.values()].sort((a, b) => b.size - a.size || a.label.localeCompare(b.label)), pairs };
}

/**
 * Where each block stands: with grades, a row in grade order (a grade's parallel classes
 * stacked in its column) and the other groups in a row above; otherwise a ring.
 */
function blockPositions(blocks: Block[], many: boolean): Map<string, { x: number; y: number }> {
  const positions = new Map<string, { x: number; y: number }>();
  const ranks = [...new Set(blocks.filter((b) => b.rank !== null).map((b) => b.rank as number))].sort((a, b) => a - b);
  if (ranks.length >= 2 && !many) {
    const others = blocks.filter((b) => b.rank === null);
    const tallest = Math.max(...ranks.map((r) => blocks.filter((b) => b.rank === r).length));
    ranks.forEach((rank, column) => {
      blocks
        .filter((b) => b.rank === rank)
        .forEach((b, i) => positions.set(b.label, { x: (column - (ranks.length - 1) / 2) * COLUMN_STEP, y: i * STACK_STEP }));
    });
    others.forEach((b, i) => positions.set(b.label, { x: (i - (others.length - 1) / 2) * COLUMN_STEP, y: -STACK_STEP * (tallest > 1 ? 1.3 : 1.15) }));
    return positions;
  }
  // Many groups (a district's schools): a tighter ring, so the circles stay visible when
  // the whole map is in view.
  const radius = Math.max(220, blocks.length * (many ? 18 : 45));
  blocks.forEach((b, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / blocks.length;
    positions.set(b.label, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
  });
  return positions;
}

export interface GroupSummaryText {
  /** A group's label: its name, its people and its ties inside. */
  node: (group: string, size: number, inside: number) => string;
  /** The label of a gap between two neighbouring grades (no ties). */
  gap?: () => string;
}

export function groupSummary(
  result: AnalysisResult,
  text: GroupSummaryText | ((group: string, size: number, inside: number) => string),
  {
    maxPairs = MAX_GROUP_PAIRS,
    by = 'group',
    communityName = (n: number) => String(n),
  }: { maxPairs?: number; by?: SummaryBy; communityName?: (n: number) => string } = {},
): GroupSummary {
  const { node: label, gap = () => '0' } = typeof text === 'function' ? { node: text } : text;
  const { blocks: groups, pairs } = blocksOf(result, by, communityName);
  const colours = groupColours(groups.map((g) => g.label));
  const maxSize = Math.max(...groups.map((g) => g.size), 1);
  // Many groups: labels appear when zoomed in far enough to read them.
  const many = groups.length > MANY_GROUPS ? 'many' : '';
  const positions = blockPositions(groups, many !== '');
  // Groups above the grade row (staff) carry their label on top, away from their lines down.
  const row = Math.max(...[...positions.values()].map((p) => p.y));
  const nodes: ElementDefinition[] = groups.map((g) => {
    const colour = colours.get(g.label) ?? '#8c959f';
    return {
      group: 'nodes',
      data: {
        id: groupNodeId(g.label),
        label: label(g.label, g.size, g.inside),
        colour,
        outline: outlineColour(colour),
        size: 30 + 60 * Math.sqrt(g.size / maxSize),
        shape: 'ellipse',
      },
      position: positions.get(g.label) ?? { x: 0, y: 0 },
      classes:
        `group-node ${many}${(positions.get(g.label)?.y ?? row) < row && g.rank === null && groups.some((o) => o.rank !== null) ? ' label-above' : ''}`.trim(),
    };
  });
  const maxArcs = Math.max(...pairs.values(), 1);
  const strongest = [...pairs.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, maxPairs);
  const edges: ElementDefinition[] = strongest.map(([key, arcs]) => {
    const [a, b] = splitKey(key);
    return {
      group: 'edges',
      data: { id: pairEdgeId(a, b), source: groupNodeId(a), target: groupNodeId(b), width: 1 + 11 * (arcs / maxArcs), label: String(arcs), arcs },
      classes: `group-tie ${many}`.trim(),
    };
  });
  // Neighbouring grades with no ties at all: a visible gap.
  const ranked = groups.filter((g) => g.rank !== null);
  for (const a of ranked)
    for (const b of ranked) {
      if ((b.rank as number) !== (a.rank as number) + 1 || pairs.has(pairKey(a.label, b.label))) continue;
      edges.push({
        group: 'edges',
        data: { id: pairEdgeId(a.label, b.label), source: groupNodeId(a.label), target: groupNodeId(b.label), width: 2, label: gap(), arcs: 0 },
        classes: `group-tie group-gap ${many}`.trim(),
      });
    }
  return { elements: [...nodes, ...edges], pairs: pairs.size, shownPairs: strongest.length, many: many !== '' };
}
