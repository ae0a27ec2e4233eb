/**
 * The person-level figures shown in the people table and written to its CSV export, in
 * one list so the screen and the file always agree. Each has a label and a one-line
 * explanation in both languages (i18n keys).
 */
import type { MessageKey } from '../i18n/messages-en';
import type { NodeMetrics } from '../metrics/analyse-network';

export type PeopleColumnId =
  | 'name'
  | 'group'
  | 'role'
  | 'inDegree'
  | 'outDegree'
  | 'betweenness'
  | 'reciprocity'
  | 'harmonicInCloseness'
  | 'harmonicOutCloseness'
  | 'pagerank'
  | 'eigenvector'
  | 'pagerankWeighted'
  | 'eigenvectorWeighted'
  | 'constraint'
  | 'constraintWeighted'
  | 'effectiveSize'
  | 'brokerage'
  | 'eiIndex'
  | 'groupReach'
  | 'community'
  | 'communityWeighted';

export interface PeopleColumn {
  id: PeopleColumnId;
  numeric: boolean;
  /** Shown without asking for "all figures". */
  essential: boolean;
  /** Digits after the decimal mark on screen. */
  digits: number;
  percent?: boolean;
  /** Only on networks whose ties carry weights (the weighted measures). */
  weightedOnly?: boolean;
  value: (n: NodeMetrics) => string | number | null;
}

const col = (id: PeopleColumnId, value: PeopleColumn['value'], options: Partial<PeopleColumn> = {}): PeopleColumn => ({
  id,
  numeric: true,
  essential: false,
  digits: 3,
  value,
  ...options,
});

export const PEOPLE_COLUMNS: PeopleColumn[] = [
  col('name', (n) => n.name, { numeric: false, essential: true }),
  col('group', (n) => n.group, { numeric: false, essential: true }),
  col('role', (n) => n.role, { numeric: false, essential: true }),
  col('inDegree', (n) => n.inDegree, { essential: true, digits: 0 }),
  col('outDegree', (n) => n.outDegree, { essential: true, digits: 0 }),
  col('betweenness', (n) => n.betweenness, { essential: true, digits: 1 }),
  col('reciprocity', (n) => n.reciprocity, { essential: true, percent: true }),
  col('harmonicInCloseness', (n) => n.harmonicInCloseness),
  col('harmonicOutCloseness', (n) => n.harmonicOutCloseness),
  col('pagerank', (n) => n.pagerank),
  col('eigenvector', (n) => n.eigenvector),
  col('pagerankWeighted', (n) => n.pagerankWeighted, { weightedOnly: true }),
  col('eigenvectorWeighted', (n) => n.eigenvectorWeighted, { weightedOnly: true }),
  col('constraint', (n) => n.constraint),
  col('constraintWeighted', (n) => n.constraintWeighted, { weightedOnly: true }),
  col('effectiveSize', (n) => n.effectiveSize, { digits: 2 }),
  col('brokerage', (n) => n.brokerage?.total ?? null, { digits: 0 }),
  col('eiIndex', (n) => n.eiIndex, { digits: 2 }),
  col('groupReach', (n) => n.groupsReached.length, { digits: 0 }),
  col('community', (n) => (n.community >= 0 ? n.community + 1 : null), { digits: 0 }),
  col('communityWeighted', (n) => (n.communityWeighted !== null && n.communityWeighted >= 0 ? n.communityWeighted + 1 : null), {
    digits: 0,
    weightedOnly: true,
  }),
];

/** The columns for these people: the weighted measures only when the ties carry weights. */
export function peopleColumnsFor(nodes: readonly NodeMetrics[]): PeopleColumn[] {
  const weighted = nodes.some((n) => n.pagerankWeighted !== null);
  return PEOPLE_COLUMNS.filter((c) => weighted || !c.weightedOnly);
}

export const columnLabel = (id: PeopleColumnId): Extract<MessageKey, `col.${string}`> => `col.${id}` as Extract<MessageKey, `col.${string}`>;
export const columnExplanation = (id: PeopleColumnId): Extract<MessageKey, `explain.${string}`> => `explain.${id}` as Extract<MessageKey, `explain.${string}`>;
