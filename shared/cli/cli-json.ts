/**
 * The CLI's JSON contract (documented in the README; researchers script against it).
 * Numbers are JSON numbers, unknown values null, texts in both languages.
 */
import type { Finding, FindingText } from '../findings/types';
import { bothLocales, type Locale } from '../i18n/translate';
import type { AnalysisResult } from '../pipeline/run-analysis';
import { responseWarning } from '../findings/response-rate';
import { boundsText } from '../findings/bounds';
import { completeBlocks } from '../metrics/groups';

const render = (text: FindingText | null): Record<Locale, string> | null => (text ? bothLocales(text.key, text.params) : null);

export function findingJson(f: Finding, responseRate: number | null = null) {
  return {
    id: f.id,
    kind: f.kind,
    severity: f.severity,
    groups: f.groups,
    people: f.people,
    ties: f.ties,
    evidence: f.evidence,
    message: render(f.message),
    detail: render(f.detail),
    suggestion: render(f.suggestion),
    caveat: render(f.caveat),
    /** Does it hold however the non-respondents would have answered? null when everyone answered. */
    bounds: f.bounds
      ? { status: f.bounds.status, missing: f.bounds.missing, dependsOn: f.bounds.dependsOn, message: render(boundsText(f.bounds, responseRate)) }
      : null,
  };
}

/**
 * `allPairs`: the group matrix with every pair of groups (also those without a tie); by default only
 * the pairs with ties — a school board's 500 groups would otherwise write 250,000 mostly empty cells.
 */
export function toCliJson(result: AnalysisResult, options: { allPairs?: boolean } = {}) {
  const { analysis } = result;
  return {
    network: { ...analysis.network, groupAttribute: result.source.groupAttribute, reconstructedTies: result.source.reconstructedTies },
    nodes: analysis.nodes,
    groups: analysis.groups.map((g) => ({
      group: g.label,
      order: g.rank,
      size: g.size,
      internalArcs: g.internalArcs,
      externalArcs: g.externalArcs,
      internalDensity: g.internalDensity,
      eiIndex: g.eiIndex,
    })),
    groupDensity: options.allPairs ? completeBlocks(analysis.groups, analysis.groupDensity) : analysis.groupDensity.filter((d) => d.arcs > 0),
    /** Which pairs of groups groupDensity lists: "with-ties" (the default) or "all" (--all-pairs). */
    groupDensityPairs: options.allPairs ? 'all' : 'with-ties',
    summary: { nl: result.summary.map((s) => bothLocales(s.key, s.params).nl), en: result.summary.map((s) => bothLocales(s.key, s.params).en) },
    findings: result.findings.findings.map((f) => findingJson(f, result.report.responseRate)),
    notEnoughData: render(result.findings.notEnoughData),
    /** Below 80% response: the warning every reader of these figures needs (null otherwise). */
    responseWarning: render(responseWarning(result.report.responseRate)),
    /** Several relations in the export: the one read, each with its ties, and their overlap (Jaccard per pair); else null. */
    relations: result.layers
      ? { current: result.layers.current, layers: result.layers.layers.map((l) => ({ name: l.name, ties: l.ties })), overlap: result.layers.overlap }
      : null,
    import: result.report,
  };
}
