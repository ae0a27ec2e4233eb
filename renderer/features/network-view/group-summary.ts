/**
 * The group-level summary map: one node per group (area by its number of people, label
 * with the ties inside), one edge per pair of groups with ties between them (width by the
 * number of ties, both directions together). Readable at any network size. Pure.
 */
import type { ElementDefinition } from 'cytoscape';
import type { AnalysisResult } from '../../../shared/pipeline/run-analysis';
import { groupColours } from './palette';

export function groupSummaryElements(result: AnalysisResult, label: (group: string, size: number, inside: number) => string): ElementDefinition[] {
  const groups = result.analysis.groups;
  const colours = groupColours(groups.map((g) => g.label));
  const maxSize = Math.max(...groups.map((g) => g.size), 1);
  const radius = Math.max(220, groups.length * 45);
  const nodes: ElementDefinition[] = groups.map((g, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / groups.length;
    return {
      group: 'nodes',
      data: { id: `group:${g.label}`, label: label(g.label, g.size, g.internalArcs), colour: colours.get(g.label) ?? '#8c959f', size: 30 + 60 * Math.sqrt(g.size / maxSize), shape: 'ellipse' },
      position: { x: radius * Math.cos(angle), y: radius * Math.sin(angle) },
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
  const edges: ElementDefinition[] = [...pairs.entries()].map(([key, arcs]) => {
    const [a, b] = key.split('\u0000') as [string, string];
    return { group: 'edges', data: { id: `pair:${key}`, source: `group:${a}`, target: `group:${b}`, width: 1 + 11 * (arcs / maxArcs), label: String(arcs), arcs }, classes: 'group-tie' };
  });
  return [...nodes, ...edges];
}
