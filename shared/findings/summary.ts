/**
 * The network summary sentence: size, response rate, density, reciprocity and the E-I
 * index put into words ("Collega's praten vooral binnen hun eigen groep").
 */
import type { NetworkMetrics } from '../metrics/analyse-network';
import type { MessageKey } from '../i18n/messages-en';
import type { FindingText } from './types';

export function summarise(network: NetworkMetrics): FindingText[] {
  const p = (x: number | null): number | null => (x === null ? null : Math.round(x * 100));
  // A large network's density is a fraction of a percent: 0.27%, not 0%.
  const small = (x: number | null): number | null => (x !== null && x > 0 && x < 0.01 ? Math.round(x * 10000) / 100 : p(x));
  const lines: FindingText[] = [
    {
      key: network.responseRate !== null && network.respondents < network.nodes ? 'summary.sizeWithResponse' : 'summary.size',
      params: {
        nodes: network.nodes,
        respondents: network.respondents,
        responsePct: p(network.responseRate),
        arcs: network.arcs,
        densityPct: small(network.density),
      },
    },
  ];
  if (network.arcReciprocity !== null) lines.push({ key: 'summary.reciprocity', params: { pct: p(network.arcReciprocity) } });
  const round = (x: number): number => Math.round(x * 100) / 100;
  if (network.eiIndexOrdered !== null) {
    lines.push({ key: eiKey(network.eiIndexOrdered), params: { ei: round(network.eiIndexOrdered) } });
    if (network.eiIndex !== null) lines.push({ key: 'summary.eiScopeOrdered', params: { ei: round(network.eiIndex) } });
  } else if (network.eiIndex !== null) lines.push({ key: eiKey(network.eiIndex), params: { ei: round(network.eiIndex) } });
  return lines;
}

export function eiKey(ei: number): MessageKey {
  if (ei <= -0.5) return 'summary.ei.mostlyWithin';
  if (ei < -0.2) return 'summary.ei.moreWithin';
  if (ei <= 0.2) return 'summary.ei.balanced';
  return 'summary.ei.moreBetween';
}
