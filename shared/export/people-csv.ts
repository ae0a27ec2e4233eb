/**
 * The people table as CSV: the same columns as on screen, headers in the chosen language,
 * plus the brokerage roles for researchers.
 */
import { t, type Locale } from '../i18n/translate';
import type { NodeMetrics } from '../metrics/analyse-network';
import { CSV_EN, CSV_NL, toCsv, type Cell } from './csv';
import { columnLabel, PEOPLE_COLUMNS } from './people-columns';

const ROLES = ['coordinator', 'consultant', 'representative', 'gatekeeper', 'liaison'] as const;

export function peopleCsv(nodes: NodeMetrics[], locale: Locale, displayName: (n: NodeMetrics) => string = (n) => n.name): string {
  const header: Cell[] = [...PEOPLE_COLUMNS.map((c) => t(locale, columnLabel(c.id))), ...ROLES.map((r) => t(locale, `brokerage.${r}`))];
  const rows: Cell[][] = nodes.map((n) => [
    ...PEOPLE_COLUMNS.map((c) => (c.id === 'name' ? displayName(n) : c.value(n))),
    ...ROLES.map((r) => n.brokerage?.[r] ?? null),
  ]);
  return toCsv([header, ...rows], locale === 'nl' ? CSV_NL : CSV_EN);
}
