/**
 * The map as the CLI draws it for a GEXF file, without a screen: the grouped layout (each
 * group a circle, grades in a row; layout/place-people.ts) and the group colours of the app.
 */
import type { AnalysisResult } from '../pipeline/run-analysis';
import { placeNow } from '../layout/place-people';
import { groupColours, NO_GROUP_COLOUR } from '../present/palette';
import type { Drawing } from './network-formats';

/** A person's size on the map when nothing else is known (map units). */
const PLAIN_SIZE = 30;

export function groupedDrawing(result: AnalysisResult): Drawing {
  const { nodes, groups } = result.analysis;
  const named = new Map(nodes.map((n) => [n.id, n.inDegree]));
  const positions = placeNow('grouped', {
    nodes,
    groups,
    ties: result.network.ties,
    sizeOf: () => PLAIN_SIZE,
    valueOf: (id) => named.get(id) ?? 0,
  });
  const byGroup = groupColours(groups.map((g) => g.label));
  return { positions, colours: new Map(nodes.map((n) => [n.id, byGroup.get(n.group ?? '') ?? NO_GROUP_COLOUR])) };
}
