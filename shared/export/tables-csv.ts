/**
 * The other tables as CSV, like the people table: groups, the group-to-group matrix, and
 * the findings (sentence, detail and suggestion in the chosen language).
 */
import type { Finding } from '../findings/types';
import { t, type Locale, type MessageParams, translateKey } from '../i18n/translate';
import type { AnalysisResult } from '../pipeline/run-analysis';
import { CSV_EN, CSV_NL, toCsv, type Cell } from './csv';
import { arcKey } from '../network/pair-key';

const options = (locale: Locale) => (locale === 'nl' ? CSV_NL : CSV_EN);

export function groupsCsv(result: AnalysisResult, locale: Locale): string {
  const rows: Cell[][] = [[t(locale, 'col.group'), t(locale, 'net.groupSize'), t(locale, 'net.groupDensity'), t(locale, 'net.eiIndex')]];
  for (const g of result.analysis.groups) rows.push([g.label, g.size, g.internalDensity, g.eiIndex]);
  return toCsv(rows, options(locale));
}

export function blockMatrixCsv(result: AnalysisResult, locale: Locale): string {
  const groups = result.analysis.groups.map((g) => g.label);
  const density = new Map(result.analysis.groupDensity.map((b) => [arcKey(b.from, b.to), b.density]));
  const rows: Cell[][] = [[t(locale, 'net.fromTo'), ...groups]];
  for (const from of groups) rows.push([from, ...groups.map((to) => density.get(arcKey(from, to)) ?? null)]);
  return toCsv(rows, options(locale));
}

export function findingsCsv(findings: Finding[], locale: Locale, params: (p: MessageParams) => MessageParams = (p) => p): string {
  const rows: Cell[][] = [
    [t(locale, 'csv.severity'), t(locale, 'csv.kind'), t(locale, 'csv.finding'), t(locale, 'csv.detail'), t(locale, 'findings.suggestion')],
  ];
  for (const f of findings) {
    rows.push([
      t(locale, `severity.${f.severity}`),
      t(locale, `kind.${f.kind}`),
      translateKey(locale, f.message.key, params(f.message.params)),
      translateKey(locale, f.detail.key, params(f.detail.params)),
      f.suggestion ? translateKey(locale, f.suggestion.key, params(f.suggestion.params)) : null,
    ]);
  }
  return toCsv(rows, options(locale));
}
