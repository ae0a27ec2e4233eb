/**
 * The map's Web Worker: force-directed layouts and tie routing (shared/layout), off the
 * page's thread. Separate from the analysis worker, so a long analysis never holds up a
 * map and cancelling one never cancels the other.
 */
import { forceLayout } from '../../shared/layout/force-layout';
import { routeTies } from '../../shared/layout/route-ties';
import type { MapAnswer, MapRequestMessage, MapResponseMessage } from './map-protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<MapRequestMessage>) => void) | null;
  postMessage: (message: MapResponseMessage) => void;
};

scope.onmessage = (event) => {
  const { id, job } = event.data;
  try {
    let answer: MapAnswer;
    if (job.kind === 'force') answer = { kind: 'force', positions: forceLayout(job.input) };
    else {
      const routing = routeTies(job.discs, job.ties);
      answer = { kind: 'route', routes: [...routing.routes], unresolved: routing.unresolved };
    }
    scope.postMessage({ id, ok: true, answer });
  } catch (error) {
    scope.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
