/**
 * What a finding is: a stable kind, a severity for ranking, the people, groups and ties
 * it concerns (for highlighting), the figures behind it, and message keys with
 * parameters so it reads in Dutch and English alike.
 */
import type { MessageKey } from '../i18n/messages-en';
import type { MessageParams } from '../i18n/translate';

export type FindingKind =
  'weak-group-link' | 'single-bridge' | 'one-sided' | 'limited-reach' | 'isolated' | 'peripheral' | 'low-reciprocity' | 'hidden-subgroup' | 'broker';

export type Severity = 'high' | 'medium' | 'low';

export interface FindingText {
  key: MessageKey;
  params: MessageParams;
}

export interface Finding {
  /** Stable within one analysis: kind plus the subjects, e.g. "weak-group-link:3-4|5-6". */
  id: string;
  kind: FindingKind;
  severity: Severity;
  /**
   * Higher ranks first within the same severity. Each rule has its own band (weak links
   * between adjacent groups 80+, other weak links 60+, reach 50+, one-sided 40+, isolated 30+)
   * so the school-level story comes before remarks about one person.
   */
  score: number;
  groups: string[];
  people: string[];
  ties: { source: string; target: string }[];
  evidence: Record<string, number | string | null | readonly string[]>;
  /** One short sentence: what was found. */
  message: FindingText;
  /** Why it was raised, with the figures. */
  detail: FindingText;
  /** An option to consider, from school-development practice. */
  suggestion: FindingText | null;
  /** A caveat, e.g. about missing responses. */
  caveat: FindingText | null;
  /** Whether it holds however the missing answers would turn out (bounds.ts); absent or null when everyone answered. */
  bounds?: FindingBounds | null;
}

export interface FindingBounds {
  /**
   * `holds`: found even with the least favourable missing answers (exact); `holdsAtExtremes`: found
   * whether the silent had named nobody or everyone (for findings that rank people); `depends`: lost.
   */
  status: 'holds' | 'holdsAtExtremes' | 'depends';
  /** People who did not answer (and were not reconstructed). */
  missing: number;
  /** The non-respondents it depends on (ids); empty when it holds. */
  dependsOn: string[];
}

export const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

export function rankFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || b.score - a.score || a.id.localeCompare(b.id));
}
