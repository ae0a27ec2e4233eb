/**
 * When the response rate undermines the figures: below 80% a warning, below 65% a strong one
 * (the conventional floors for whole-network surveys). The one source of these two numbers for
 * the wizard, the import report, the findings' caveats, and the CLI's text and JSON.
 */
import type { FindingText } from './types';

export const RESPONSE_WARNING_BELOW = 0.8;
export const RESPONSE_STRONG_WARNING_BELOW = 0.65;

/** The warning to show for a response rate, or null (no roster: no rate; or high enough). */
export function responseWarning(rate: number | null): FindingText | null {
  if (rate === null || rate >= RESPONSE_WARNING_BELOW) return null;
  const pct = Math.round(rate * 100);
  return rate < RESPONSE_STRONG_WARNING_BELOW ? { key: 'report.responseStrongWarning', params: { pct } } : { key: 'report.responseWarning', params: { pct } };
}

/** The caveat a finding carries when its evidence rests on a low response rate. */
export function lowResponseCaveat(rate: number | null): FindingText | null {
  return rate !== null && rate < RESPONSE_WARNING_BELOW ? { key: 'finding.caveat.lowResponse', params: { pct: Math.round(rate * 100) } } : null;
}
