/**
 * Dates as the UI, the report and messages show them, in one place: an ISO date (or
 * timestamp) in the locale's own order — "9 mrt 2026" / "9 Mar 2026" (short), "9 maart
 * 2026" (long), "9-3-2026" / "09/03/2026" (numeric). Noon is used for plain dates, so
 * no time zone moves a date to the day before.
 */
import type { Locale } from './translate';

export type DateStyle = 'short' | 'long' | 'numeric';

const OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  short: { day: 'numeric', month: 'short', year: 'numeric' },
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  numeric: {},
};

export function formatDate(locale: Locale, iso: string | null, style: DateStyle = 'short'): string {
  if (!iso) return '';
  const d = new Date(iso.length <= 10 ? `${iso.slice(0, 10)}T12:00:00` : iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString(locale === 'nl' ? 'nl-NL' : 'en-GB', OPTIONS[style]);
}
