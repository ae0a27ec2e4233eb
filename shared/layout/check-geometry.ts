/**
 * The checks a map must pass before anyone reads it in a meeting: no tie drawn through a
 * person it does not connect, no two people on top of each other. Run by the tests on
 * every layout and on real and generated schools; deliberately independent of the router
 * (a dense sampling of the drawn line, every person against every tie).
 */
import { polylineDistance, tiePolyline, type Disc, type TieRoute } from './geometry';
import type { RoutedTie } from './route-ties';

export interface GeometryProblems {
  /** A tie whose line comes closer to a third person than that person's radius. */
  throughPerson: { tie: string; person: string; distance: number }[];
  /** Two people whose discs overlap. */
  overlaps: { a: string; b: string; distance: number }[];
}

export function checkGeometry(discs: Disc[], ties: RoutedTie[], routes: Map<string, TieRoute>): GeometryProblems {
  const byId = new Map(discs.map((d) => [d.id, d]));
  const throughPerson: GeometryProblems['throughPerson'] = [];
  for (const tie of ties) {
    const a = byId.get(tie.source);
    const b = byId.get(tie.target);
    if (!a || !b) continue;
    const line = tiePolyline(a, b, routes.get(tie.id), 3);
    for (const d of discs) {
      if (d.id === a.id || d.id === b.id) continue;
      const distance = polylineDistance(d, line);
      if (distance < d.r) throughPerson.push({ tie: tie.id, person: d.id, distance });
    }
  }
  const overlaps: GeometryProblems['overlaps'] = [];
  for (let i = 0; i < discs.length; i++)
    for (let j = i + 1; j < discs.length; j++) {
      const a = discs[i] as Disc;
      const b = discs[j] as Disc;
      const distance = Math.hypot(a.x - b.x, a.y - b.y);
      if (distance < a.r + b.r) overlaps.push({ a: a.id, b: b.id, distance });
    }
  return { throughPerson, overlaps };
}
