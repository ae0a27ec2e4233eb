/**
 * How much two relations overlap: of the ties in either layer, how many are in both (Jaccard),
 * with the counts — "wie je om advies vraagt, is vaak ook wie je vriend noemt". Ties are
 * directed and compared by the pair (arcKey); imputed ties are never compared.
 */
import { arcKey } from './pair-key';
import type { SurveyNetwork } from './types';

export interface LayerOverlap {
  a: string;
  b: string;
  both: number;
  onlyA: number;
  onlyB: number;
  /** both / (both + onlyA + onlyB); null when neither layer has a tie. */
  jaccard: number | null;
}

export function layerOverlaps(layers: readonly { name: string; network: SurveyNetwork }[]): LayerOverlap[] {
  const sets = layers.map((l) => ({
    name: l.name,
    arcs: new Set(l.network.ties.filter((t) => !t.imputed && t.source !== t.target).map((t) => arcKey(t.source, t.target))),
  }));
  const result: LayerOverlap[] = [];
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) {
      const x = sets[i]!;
      const y = sets[j]!;
      let both = 0;
      for (const k of x.arcs) if (y.arcs.has(k)) both++;
      const onlyA = x.arcs.size - both;
      const onlyB = y.arcs.size - both;
      result.push({ a: x.name, b: y.name, both, onlyA, onlyB, jaccard: both + onlyA + onlyB > 0 ? both / (both + onlyA + onlyB) : null });
    }
  }
  return result;
}
