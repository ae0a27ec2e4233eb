/**
 * The network summary sentence: size, response rate, density, reciprocity and the E-I
 * index put into words ("Collega's praten vooral binnen hun eigen groep").
 */
import type { NetworkMetrics } from '../metrics/analyse-network';
import type { MessageKey } from '../i18n/messages-en';
import type { FindingText } from './types';
import { orderedGroupsWord, type GroupInfo } from '../network/group-order';

/** `groups`: the network's groups in order (they say whether the ordered ones are grades or bouwen). */
export function summarise(network: NetworkMetrics, groups: readonly GroupInfo[] = []): FindingText[] {
  const p = (x: number | null): number | null => (x === null ? null : Math.round(x * 100));
  // A large network's density is a fraction of a percent: 0.27%, not 0%.
  const small = (x: number | null): number | null => (x !== null && x > 0 && x < 0.01 ? Math.round(x * 10000) / 100 : p(x));
  // Not everyone answered: density and reciprocity over the pairs whose tie is known (observed-pairs.ts),
  // not over all pairs, where a missing answer would count as "no tie".
  const partial = network.responseRate !== null && network.respondents < network.nodes;
  const lines: FindingText[] = [
    {
      key: partial ? 'summary.sizeWithResponse' : 'summary.size',
      params: {
        nodes: network.nodes,
        respondents: network.respondents,
        responsePct: p(network.responseRate),
        arcs: network.arcs,
        densityPct: small(partial ? network.observed.density : network.density),
      },
    },
  ];
  if (network.imputedTies > 0) lines.push({ key: 'summary.imputed', params: { imputed: network.imputedTies, arcs: network.arcs } });
  if (partial) {
    if (network.observed.arcReciprocity !== null) lines.push({ key: 'summary.reciprocityObserved', params: { pct: p(network.observed.arcReciprocity) } });
  } else if (network.arcReciprocity !== null) lines.push({ key: 'summary.reciprocity', params: { pct: p(network.arcReciprocity) } });
  // The E-I index in plain words: the share of ties that cross a group border, (E-I + 1) / 2.
  const round = (x: number): number => Math.round(x * 100) / 100;
  const said = (ei: number) => ({ ei: round(ei), crossPct: crossShare(ei) });
  if (network.eiIndexOrdered !== null) {
    lines.push({ key: eiKey(network.eiIndexOrdered), params: said(network.eiIndexOrdered) });
    if (network.eiIndex !== null)
      lines.push({ key: orderedGroupsWord(groups) === 'stages' ? 'summary.eiScopeOrdered.stages' : 'summary.eiScopeOrdered', params: said(network.eiIndex) });
  } else if (network.eiIndex !== null) lines.push({ key: eiKey(network.eiIndex), params: said(network.eiIndex) });
  if (network.eiIndex !== null && network.arcsWithoutGroup > 0)
    lines.push({ key: 'summary.eiLeftOut', params: { count: network.arcsWithoutGroup, arcs: network.arcs } });
  return lines;
}

export function eiKey(ei: number): MessageKey {
  if (ei <= -0.5) return 'summary.ei.mostlyWithin';
  if (ei < -0.2) return 'summary.ei.moreWithin';
  if (ei <= 0.2) return 'summary.ei.balanced';
  return 'summary.ei.moreBetween';
}

/** The share of ties (in percent) that go to another group, from an E-I index: E / (E + I) = (EI + 1) / 2. */
export function crossShare(ei: number): number {
  return Math.round(((ei + 1) / 2) * 100);
}
