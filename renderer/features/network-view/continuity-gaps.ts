/**
 * The continuity view's markers: between every two grade groups that follow each other,
 * how many ties they have ("3 banden", "0 banden") — a weak or missing link is a visible,
 * counted gap in the row instead of an absence. Pure: the pairs, their counts and where
 * each marker stands in map coordinates: midway between the two groups, just below their
 * lowest people's names (so it never covers a person or a name).
 */
import type { AnalysisResult } from '../../../shared/pipeline/run-analysis';
import type { Point } from '../../../shared/layout/geometry';
import { inGradeOrder } from '../../../shared/network/group-order';

/** Room below the lowest person of two groups for their names, in map units. */
const BELOW_NAMES = 90;

export interface ContinuityGap {
  from: string;
  to: string;
  /** Ties between the two groups, both directions. */
  arcs: number;
  at: Point;
}

/** Whether the network has groups in grade order (at least two grades): what the continuity view needs. */
export function hasGrades(result: AnalysisResult): boolean {
  return inGradeOrder(result.analysis.groups);
}

export function continuityGaps(result: AnalysisResult, positionOf: (id: string) => Point | null): ContinuityGap[] {
  const { groups, groupDensity, nodes } = result.analysis;
  const centre = new Map<string, Point & { bottom: number }>();
  for (const g of groups) {
    const members = nodes
      .filter((n) => n.group === g.label)
      .map((n) => positionOf(n.id))
      .filter((p): p is Point => p !== null);
    if (members.length > 0)
      centre.set(g.label, {
        x: members.reduce((s, p) => s + p.x, 0) / members.length,
        y: members.reduce((s, p) => s + p.y, 0) / members.length,
        bottom: Math.max(...members.map((p) => p.y)),
      });
  }
  const arcs = (a: string, b: string): number =>
    groupDensity.filter((d) => (d.from === a && d.to === b) || (d.from === b && d.to === a)).reduce((s, d) => s + d.arcs, 0);
  const gaps: ContinuityGap[] = [];
  for (const a of groups)
    for (const b of groups) {
      if (a.rank === null || b.rank !== a.rank + 1) continue;
      const ca = centre.get(a.label);
      const cb = centre.get(b.label);
      if (!ca || !cb) continue;
      gaps.push({ from: a.label, to: b.label, arcs: arcs(a.label, b.label), at: { x: (ca.x + cb.x) / 2, y: Math.max(ca.bottom, cb.bottom) + BELOW_NAMES } });
    }
  return gaps;
}
