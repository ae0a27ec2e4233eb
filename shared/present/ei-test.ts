/**
 * The E-I permutation test in words and figures: which side it tests (fewer ties between
 * groups than chance, or more), its p-value as shown ("= 0,012", "< 0,001"), and the shares
 * of ties to other groups, observed and by chance, as percentages. One source for the
 * Network tab and the CLI's readable output.
 */
import type { EiPermutationTest } from '../metrics/ei-permutation';
import { formatNumber, formatPercent, type Locale } from '../i18n/translate';

export interface EiTestShown {
  side: 'lower' | 'higher';
  p: number;
  /** "= 0,012" or "< 0,001". */
  pText: string;
  params: { observed: string; expected: string; permutations: number; p: string };
}

export function eiTestShown(locale: Locale, test: EiPermutationTest): EiTestShown {
  const side = test.observed <= test.expected ? 'lower' : 'higher';
  const p = side === 'lower' ? test.pLower : test.pHigher;
  const pText = p < 0.001 ? `< ${formatNumber(locale, 0.001, 3)}` : `= ${formatNumber(locale, p, 3)}`;
  const share = (ei: number): string => formatPercent(locale, (ei + 1) / 2);
  return { side, p, pText, params: { observed: share(test.observed), expected: share(test.expected), permutations: test.permutations, p: pText } };
}
