/**
 * Gould & Fernandez (1989) brokerage roles for a group attribute: for every open two-path
 * a → v → b (a ≠ b, no tie a → b), the broker v is counted in one role by the groups of
 * a, v and b — as sna brokerage()'s raw counts:
 * coordinator (w_I: all one group), consultant (w_O, itinerant: a and b share a group v is
 * not in), representative (b_IO: a in v's group, b not), gatekeeper (b_OI: b in v's group,
 * a not), liaison (b_O: all three different). People without a group are not counted.
 */
import type { TalkGraph } from '../network/build-graph';

export interface BrokerageRecord {
  coordinator: number;
  consultant: number;
  representative: number;
  gatekeeper: number;
  liaison: number;
  total: number;
}

export function brokerage(graph: TalkGraph): Map<string, BrokerageRecord> | null {
  const groupOf = (v: string): string | null => graph.getNodeAttribute(v, 'group');
  if (!graph.someNode((_v, a) => a.group !== null)) return null;
  const result = new Map<string, BrokerageRecord>();
  graph.forEachNode((v) => {
    const r: BrokerageRecord = { coordinator: 0, consultant: 0, representative: 0, gatekeeper: 0, liaison: 0, total: 0 };
    const gv = groupOf(v);
    if (gv !== null) {
      graph.forEachInNeighbor(v, (a) => {
        const ga = groupOf(a);
        if (ga === null) return;
        graph.forEachOutNeighbor(v, (b) => {
          if (b === a || graph.hasDirectedEdge(a, b)) return;
          const gb = groupOf(b);
          if (gb === null) return;
          if (ga === gv && gb === gv) r.coordinator++;
          else if (ga === gb) r.consultant++;
          else if (ga === gv) r.representative++;
          else if (gb === gv) r.gatekeeper++;
          else r.liaison++;
          r.total++;
        });
      });
    }
    result.set(v, r);
  });
  return result;
}
