/**
 * Messages between the map and its worker: the force-directed positions of a network,
 * and the routes that keep ties clear of the people they do not connect. Both can take
 * seconds for a dense network, so neither runs on the page's thread.
 */
import type { Disc, Point, TieRoute } from '../../shared/layout/geometry';
import type { ForceLayoutInput } from '../../shared/layout/force-layout';
import type { RoutedTie } from '../../shared/layout/route-ties';

export type MapJob = { kind: 'force'; input: ForceLayoutInput } | { kind: 'route'; discs: Disc[]; ties: RoutedTie[] };

export type MapAnswer = { kind: 'force'; positions: Record<string, Point> } | { kind: 'route'; routes: [string, TieRoute][]; unresolved: string[] };

export interface MapRequestMessage {
  id: number;
  job: MapJob;
}

export type MapResponseMessage = { id: number; ok: true; answer: MapAnswer } | { id: number; ok: false; message: string };
