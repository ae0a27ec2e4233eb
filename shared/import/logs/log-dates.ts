/** Dates in logs: the day of a timestamp (ISO, Dutch, Unix seconds), and the period (ISO week, month, quarter, year) it falls in. */
import type { LogPeriod } from './log-types';

/** The date part (YYYY-MM-DD) of an ISO, Dutch (dd-mm-yyyy) or Unix-seconds timestamp, or null. */
export function logDate(value: string): string | null {
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}/.test(v)) return v.slice(0, 10);
  const nl = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})/.exec(v);
  if (nl) return `${nl[3]}-${nl[2]!.padStart(2, '0')}-${nl[1]!.padStart(2, '0')}`;
  if (/^\d{9,13}(\.\d+)?$/.test(v)) {
    const n = Number(v);
    const d = new Date(n > 1e11 ? n : n * 1000);
    return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
  }
  return null;
}

export function periodOf(date: string, period: LogPeriod): string {
  const year = date.slice(0, 4);
  switch (period) {
    case 'year':
      return year;
    case 'month':
      return date.slice(0, 7);
    case 'quarter':
      return `${year}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
    case 'week': {
      // ISO 8601 week: the week with the year's first Thursday is week 1.
      const d = new Date(`${date}T00:00:00Z`);
      const day = (d.getUTCDay() + 6) % 7;
      d.setUTCDate(d.getUTCDate() - day + 3);
      const firstThursday = new Date(Date.UTC(d.getUTCFullYear(), 0, 4));
      const week = 1 + Math.round(((d.getTime() - firstThursday.getTime()) / 86_400_000 - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
      return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
    }
  }
}
