/**
 * Which people and ties stay visible under the map filters: hidden groups and roles,
 * a minimum tie weight, only mutual ties, only ties between groups. People are never
 * dropped for having no visible ties — isolates stay on the map.
 */
import type { AnalysisResult } from '../../../shared/pipeline/run-analysis';
import type { ViewState } from '../../state/view-state';
import { mergeMutualEdges, edgeId } from './map-elements';

export interface Visible {
  nodes: Set<string>;
  edges: Set<string>;
}

/** Whether any filter hides something (the defaults hide nothing). */
export function isFiltering(view: Pick<ViewState, 'hiddenGroups' | 'hiddenRoles' | 'minWeight' | 'mutualOnly' | 'betweenOnly'>): boolean {
  return view.hiddenGroups.length > 0 || view.hiddenRoles.length > 0 || view.minWeight > 0 || view.mutualOnly || view.betweenOnly;
}

export function visibleElements(result: AnalysisResult, view: ViewState): Visible {
  const hiddenGroups = new Set(view.hiddenGroups);
  const hiddenRoles = new Set(view.hiddenRoles);
  const nodes = new Set(result.analysis.nodes.filter((n) => !hiddenGroups.has(n.group ?? '') && !hiddenRoles.has(n.role ?? '')).map((n) => n.id));
  const groupOf = new Map(result.analysis.nodes.map((n) => [n.id, n.group]));
  const edges = new Set<string>();
  for (const e of mergeMutualEdges(result.network.ties, (id) => groupOf.get(id) ?? null)) {
    if (!nodes.has(e.source) || !nodes.has(e.target)) continue;
    if (e.weight < view.minWeight) continue;
    if (view.mutualOnly && !e.mutual) continue;
    if (view.betweenOnly && !e.betweenGroups) continue;
    edges.add(edgeId(e));
  }
  return { nodes, edges };
}
