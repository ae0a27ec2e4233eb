/**
 * How the map is shown: layout, size and colour mappings, filters and positions the user
 * dragged. Every change goes through setView, which keeps an undo/redo history.
 */
import type { LayoutName } from '../../shared/layout/place-people';

export { LAYOUTS, type LayoutName } from '../../shared/layout/place-people';
export type SizeMetric = 'inDegree' | 'outDegree' | 'betweenness' | 'pagerank' | 'eigenvector' | 'harmonicInCloseness' | 'effectiveSize' | 'brokerage';

export interface ViewState {
  layout: LayoutName;
  sizeBy: SizeMetric;
  /** Attribute that colours the nodes; null means the group attribute. */
  colourBy: string | null;
  hiddenGroups: string[];
  hiddenRoles: string[];
  minWeight: number;
  mutualOnly: boolean;
  betweenOnly: boolean;
  /** Draw ties between groups darker and thicker. */
  emphasiseBetween: boolean;
  /**
   * Show one node per group instead of one per person. null: decided by the network's size
   * (large networks open at group level where drawing every person would be slow).
   */
  groupMap: boolean | null;
  /** Positions the user dragged, per layout. */
  positions: Partial<Record<LayoutName, Record<string, { x: number; y: number }>>>;
}

export const DEFAULT_VIEW: ViewState = {
  layout: 'grouped',
  sizeBy: 'inDegree',
  colourBy: null,
  hiddenGroups: [],
  hiddenRoles: [],
  minWeight: 0,
  mutualOnly: false,
  betweenOnly: false,
  emphasiseBetween: false,
  groupMap: null,
  positions: {},
};

export const SIZE_METRICS: SizeMetric[] = [
  'inDegree',
  'outDegree',
  'betweenness',
  'pagerank',
  'eigenvector',
  'harmonicInCloseness',
  'effectiveSize',
  'brokerage',
];
