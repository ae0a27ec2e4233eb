/**
 * The map of what changed between two waves, as Cytoscape elements: everyone from both
 * waves (joined and left marked), and the ties coloured by what happened to them — new,
 * lost or kept. In side-by-side mode each side gets its own wave's ties on the same
 * positions. Pure, so it is unit-tested.
 */
import type { ElementDefinition } from 'cytoscape';
import type { NodeMetrics } from '../../../shared/metrics/analyse-network';
import type { AnalysisResult } from '../../../shared/pipeline/run-analysis';
import { unansweredSender, withEarlierIds } from '../../../shared/waves/compare-waves';
import { orderGroups } from '../../../shared/network/group-order';
import type { SizeMetric } from '../../state/view-state';
import { edgeId, mergeMutualEdges, metricValue, sizeScale } from '../network-view/map-elements';
import { isLargeMap } from '../../map/drawing-mode';
import { groupColours, NO_GROUP_COLOUR, outlineColour } from '../../../shared/present/palette';
import { roleKind, ROLE_SHAPES, type RoleKind } from '../../map/role-shape';

/** `unanswered`: in one wave only, from someone who did not answer the other time — not a change, unknown. */
export type TieStatus = 'new' | 'lost' | 'kept' | 'unanswered';
export type CompareSide = 'overlay' | 'before' | 'after';

export interface CompareInput {
  before: AnalysisResult;
  /** The later wave; confirmed same-person ids are mapped to the earlier ids here. */
  after: AnalysisResult;
  sameAs: Record<string, string>;
}

/** Everyone in either wave: the later wave's record when present, else the earlier one's. */
export function unionNodes(
  before: AnalysisResult,
  after: AnalysisResult,
): { nodes: NodeMetrics[]; status: Map<string, 'joined' | 'left' | 'stayed'>; groups: string[] } {
  const afterIds = new Set(after.analysis.nodes.map((n) => n.id));
  const beforeIds = new Set(before.analysis.nodes.map((n) => n.id));
  const nodes = [...after.analysis.nodes, ...before.analysis.nodes.filter((n) => !afterIds.has(n.id))];
  const status = new Map(nodes.map((n) => [n.id, !beforeIds.has(n.id) ? ('joined' as const) : !afterIds.has(n.id) ? ('left' as const) : ('stayed' as const)]));
  const groups = orderGroups(nodes.map((n) => n.group ?? '').filter(Boolean)).map((g) => g.label);
  return { nodes, status, groups };
}

/**
 * Each tie of either wave with what happened to it. A tie in one wave only is `new` or `lost` —
 * unless its sender was in the other wave without answering: then it is `unanswered` (the other
 * wave cannot say), as the comparison counts it apart (compare-waves.ts). `inBefore`/`inAfter` say
 * which wave's map it belongs on.
 */
export function tieStatuses(
  before: AnalysisResult,
  after: AnalysisResult,
): { source: string; target: string; weight: number; status: TieStatus; inBefore: boolean; inAfter: boolean }[] {
  const key = (t: { source: string; target: string }) => `${t.source}\u0000${t.target}`;
  const inBefore = new Set(before.network.ties.map(key));
  const inAfter = new Set(after.network.ties.map(key));
  const unanswered = unansweredSender(before, after);
  return [
    ...after.network.ties.map((t) => ({
      source: t.source,
      target: t.target,
      weight: t.weight,
      status: (inBefore.has(key(t)) ? 'kept' : unanswered(t.source) ? 'unanswered' : 'new') as TieStatus,
      inBefore: inBefore.has(key(t)),
      inAfter: true,
    })),
    ...before.network.ties
      .filter((t) => !inAfter.has(key(t)))
      .map((t) => ({
        source: t.source,
        target: t.target,
        weight: t.weight,
        status: (unanswered(t.source) ? 'unanswered' : 'lost') as TieStatus,
        inBefore: true,
        inAfter: false,
      })),
  ];
}

/**
 * `label` and `kind`: how people are named and shaped right now (names hidden, roles folded):
 * the map is born with them, never showing a real name for a moment.
 */
export function buildCompareElements(
  input: CompareInput,
  side: CompareSide,
  sizeBy: SizeMetric,
  label: (id: string) => string = (id) => id,
  kind: (id: string) => RoleKind | null = () => null,
): ElementDefinition[] {
  const after = withEarlierIds(input.after, input.sameAs);
  const { nodes, status, groups } = unionNodes(input.before, after);
  const colours = groupColours(groups);
  const shown = side === 'before' ? input.before : after;
  const shownById = new Map(shown.analysis.nodes.map((n) => [n.id, n]));
  const scale = sizeScale(shown.analysis.nodes.map((n) => metricValue(n, sizeBy)));
  const ties = tieStatuses(input.before, after).filter((t) => side === 'overlay' || (side === 'before' ? t.inBefore : t.inAfter));
  // Many people or ties: the map's faster drawing classes, by the rule of the network map.
  const large = isLargeMap(nodes.length, ties.length) ? ' large' : '';
  const nodeElements: ElementDefinition[] = nodes.map((n) => {
    const own = shownById.get(n.id);
    return {
      group: 'nodes',
      data: {
        id: n.id,
        label: label(n.id),
        colour: colours.get(n.group ?? '') ?? NO_GROUP_COLOUR,
        outline: outlineColour(colours.get(n.group ?? '') ?? NO_GROUP_COLOUR),
        size: own ? scale(metricValue(own, sizeBy)) : 20,
        shape: ROLE_SHAPES[kind(n.id) ?? roleKind(n.role)],
      },
      // Side by side, someone not (yet or any more) in that wave is drawn as absent.
      classes: (side === 'overlay' ? (status.get(n.id) ?? '') : own ? '' : 'absent') + large,
    };
  });
  const groupOf = new Map(nodes.map((n) => [n.id, n.group]));
  // Which wave a not-comparable tie is from: the "then" slide shows the earlier one's, "now" the later one's.
  const earlier = new Set(ties.filter((t) => t.status === 'unanswered' && t.inBefore).map((t) => `${t.source}\u0000${t.target}`));
  const edgeElements: ElementDefinition[] = (['kept', 'unanswered', 'new', 'lost'] as TieStatus[]).flatMap((s) =>
    mergeMutualEdges(
      ties.filter((t) => t.status === s),
      (id) => groupOf.get(id) ?? null,
    ).map((e) => ({
      group: 'edges' as const,
      data: {
        id: `${s}:${edgeId(e)}`,
        source: e.source,
        target: e.target,
        width: 1.2 + Math.min(4, e.weight - 1),
        ...(s === 'unanswered' ? { wave: earlier.has(`${e.source}\u0000${e.target}`) ? 'before' : 'after' } : {}),
      },
      classes: [e.mutual ? 'mutual' : 'one-way', `tie-${s}`].join(' ') + large,
    })),
  );
  return [...nodeElements, ...edgeElements];
}

/** A result-shaped stand-in holding everyone from both waves, for layouts and names. */
export function unionResult(before: AnalysisResult, after: AnalysisResult, sameAs: Record<string, string>): AnalysisResult {
  const later = withEarlierIds(after, sameAs);
  const { nodes } = unionNodes(before, later);
  const groupLabels = new Set(later.analysis.groups.map((g) => g.label));
  return {
    ...later,
    analysis: { ...later.analysis, nodes, groups: [...later.analysis.groups, ...before.analysis.groups.filter((g) => !groupLabels.has(g.label))] },
  };
}
