/**
 * The group-level summary map: one node per group (area by its number of people, label
 * with the ties inside), one edge per pair of groups with ties between them (width by the
 * number of ties, both directions together). Readable at any network size. Pure.
 */
import type { ElementDefinition } from 'cytoscape';
import type { AnalysisResult } from '../../../shared/pipeline/run-analysis';
import { groupColours } from './palette';

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
}

export function groupSummary(result: AnalysisResult, label: (group: string, size: number, inside: number) => string, maxPairs = MAX_GROUP_PAIRS): GroupSummary {
  const groups = result.analysis.groups;
  const colours = groupColours(groups.map((g) => g.label));
  const maxSize = Math.max(...groups.map((g) => g.size), 1);
  // Many groups (a district's schools): a tighter ring, so the circles stay visible when
  // the whole map is in view; labels appear when zoomed in far enough to read them.
  const many = groups.length > MANY_GROUPS ? 'many' : '';
  const radius = Math.max(220, groups.length * (many ? 18 : 45));
  const nodes: ElementDefinition[] = groups.map((g, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / groups.length;
    return {
      group: 'nodes',
      data: { id: `group:${g.label}`, label: label(g.label, g.size, g.internalArcs), colour: colours.get(g.label) ?? '#8c959f', size: 30 + 60 * Math.sqrt(g.size / maxSize), shape: 'ellipse' },
      position: { x: radius * Math.cos(angle), y: radius * Math.sin(angle) },
      classes: many,
    };
  });
  const pairs = new Map<string, number>();
  for (const b of result.analysis.groupDensity) {
    if (b.from === b.to || b.arcs === 0) continue;
    const [a, c] = [b.from, b.to].sort() as [string, string];
    const key = `${a}\u0000${c}`;
    pairs.set(key, (pairs.get(key) ?? 0) + b.arcs);
  }
  const maxArcs = Math.max(...pairs.values(), 1);
  const strongest = [...pairs.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, maxPairs);
  const edges: ElementDefinition[] = strongest.map(([key, arcs]) => {
    const [a, b] = key.split('\u0000') as [string, string];
    return { group: 'edges', data: { id: `pair:${key}`, source: `group:${a}`, target: `group:${b}`, width: 1 + 11 * (arcs / maxArcs), label: String(arcs), arcs }, classes: `group-tie ${many}`.trim() };
  });
  return { elements: [...nodes, ...edges], pairs: pairs.size, shownPairs: edges.length };
}
