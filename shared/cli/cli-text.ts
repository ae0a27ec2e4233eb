/**
 * The CLI's readable output (without --json): the summary, the findings, and a people
 * table, in the chosen language.
 */
import { badgeKey } from '../present/finding-badge';
import { formatNumber, formatPercent, t, translateKey, type Locale } from '../i18n/translate';
import type { AnalysisResult } from '../pipeline/run-analysis';
import { countByKind } from '../import/import-report';
import { responseWarning } from '../findings/response-rate';
import { eiTestShown } from '../present/ei-test';
import { boundsText } from '../findings/bounds';
import { orderedGroupsWord } from '../network/group-order';

export function toCliText(result: AnalysisResult, locale: Locale): string {
  const lines: string[] = [];
  for (const s of result.summary) lines.push(translateKey(locale, s.key, s.params));
  const response = responseWarning(result.report.responseRate);
  if (response) lines.push(`! ${translateKey(locale, response.key, response.params)}`);
  const { eiTest, eiTestOrdered } = result.analysis.network;
  const stages = orderedGroupsWord(result.analysis.groups) === 'stages';
  for (const [test, label] of [
    [eiTestOrdered, stages ? 'net.eiTestOrdered.stages' : 'net.eiTestOrdered'],
    // Everyone in a grade group: the team's test is the same test, said once.
    [eiTestOrdered && eiTest && eiTestOrdered.observed === eiTest.observed && eiTestOrdered.expected === eiTest.expected ? null : eiTest, 'net.eiTest'],
  ] as const) {
    if (test) lines.push(t(locale, 'cli.eiTest', { label: t(locale, label), ...eiTestShown(locale, test).params }));
  }
  const estimate = result.analysis.network.pathEstimate;
  if (estimate)
    lines.push(
      `! ${t(locale, 'cli.pathEstimate', {
        sources: estimate.sources,
        people: estimate.people,
        seed: String(estimate.seed),
        confidence: Math.round(estimate.confidence * 100),
        maxError: formatNumber(locale, estimate.maxError, 3),
      })}`,
    );
  lines.push('');
  const findings = result.findings.findings;
  const noGroups = result.analysis.groups.length < 2;
  if (result.findings.notEnoughData) lines.push(translateKey(locale, result.findings.notEnoughData.key, result.findings.notEnoughData.params));
  else {
    const one = result.analysis.groups.length === 1 && result.network.groupAttribute;
    if (noGroups)
      lines.push(
        one
          ? t(locale, 'findings.oneGroup', { group: result.analysis.groups[0]!.label, column: result.network.groupAttribute! })
          : t(locale, 'cli.noGroupsWarning'),
      );
    if (findings.length === 0) lines.push(t(locale, noGroups ? 'findings.noneWithoutGroups' : 'findings.none'));
  }
  for (const f of findings) {
    lines.push(`[${translateKey(locale, badgeKey(f))}] ${translateKey(locale, f.message.key, f.message.params)}`);
    lines.push(`    ${translateKey(locale, f.detail.key, f.detail.params)}`);
    if (f.bounds) {
      const text = boundsText(f.bounds, result.report.responseRate);
      lines.push(`    ${translateKey(locale, text.key, text.params)}`);
    }
  }
  const counts = Object.entries(countByKind(result.report));
  if (counts.length > 0) {
    lines.push('', t(locale, 'cli.importReport'));
    for (const [kind, n] of counts) lines.push(`    ${translateKey(locale, `report.kind.${kind}`)}: ${formatNumber(locale, n)}`);
  }
  lines.push('');
  const header = [
    t(locale, 'col.name'),
    t(locale, 'col.group'),
    t(locale, 'col.inDegree'),
    t(locale, 'col.outDegree'),
    t(locale, 'col.betweenness'),
    t(locale, 'col.reciprocity'),
  ];
  const rows = [...result.analysis.nodes]
    .sort((a, b) => b.inDegree - a.inDegree || a.name.localeCompare(b.name))
    .map((n) => [
      n.name,
      n.group ?? '',
      String(n.inDegree),
      n.outDegree === null ? '?' : String(n.outDegree),
      n.betweenness === null ? '?' : formatNumber(locale, n.betweenness, 1),
      formatPercent(locale, n.reciprocity),
    ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const fmt = (r: string[]) => r.map((c, i) => (i >= 2 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('  ');
  lines.push(fmt(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(fmt));
  return lines.join('\n') + '\n';
}
