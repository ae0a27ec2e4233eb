/**
 * SurveyNetwork -> graphology DirectedGraph. Node attributes carry what metrics and
 * findings need (group, role, responded); edge attributes carry the tie weight.
 * Ids are keys; names stay attributes, so two people with one name stay two nodes.
 */
import Graph from 'graphology';
import type { SurveyNetwork } from './types';

export interface NodeAttributes {
  name: string;
  group: string | null;
  role: string | null;
  responded: boolean;
  /** Whether their outgoing ties are known: they responded, or their ties were reconstructed (imputed). */
  outKnown: boolean;
}

export interface EdgeAttributes {
  weight: number;
  /** Added by reconstruction, not reported. */
  imputed: boolean;
}

export type TalkGraph = Graph<NodeAttributes, EdgeAttributes>;

export function buildGraph(network: SurveyNetwork): TalkGraph {
  const graph: TalkGraph = new Graph<NodeAttributes, EdgeAttributes>({ type: 'directed', multi: false, allowSelfLoops: false });
  for (const p of network.people) {
    const group = network.groupAttribute ? p.attributes[network.groupAttribute] || null : null;
    const role = network.roleAttribute ? p.attributes[network.roleAttribute] || null : null;
    graph.addNode(p.id, { name: p.name, group, role, responded: p.responded, outKnown: p.responded || p.outImputed === true });
  }
  for (const t of network.ties) {
    if (t.source === t.target || !graph.hasNode(t.source) || !graph.hasNode(t.target)) continue;
    if (graph.hasDirectedEdge(t.source, t.target)) continue;
    graph.addDirectedEdge(t.source, t.target, { weight: t.weight, imputed: t.imputed === true });
  }
  return graph;
}
