/**
 * What an interaction log is read with and into: the options (a date window, periods,
 * a channel), the columns found, and the aggregate — weighted ties per period.
 */
import type { ReportItem, ReportKind } from '../import-report';

export type LogPeriod = 'week' | 'month' | 'quarter' | 'year';

export interface LogOptions {
  /** Keep interactions on or after this date (YYYY-MM-DD). */
  from?: string | null;
  /** Keep interactions on or before this date (YYYY-MM-DD). */
  to?: string | null;
  /** One network per period instead of one for the whole log. */
  period?: LogPeriod | null;
  /** Only this channel (e-mail, chat, …), when the log has a channel column. */
  channel?: string | null;
}

export interface LogColumns {
  source: number;
  target: number;
  timestamp: number | null;
  channel: number | null;
  header: string[];
  delimiter: string;
}

export interface LogAggregate {
  file: string;
  columns: LogColumns;
  /** Names as written, by interned index. */
  people: string[];
  periods: { key: string; ties: { source: string; target: string; count: number }[] }[];
  rows: number;
  used: number;
  outsideWindow: number;
  otherChannel: number;
  items: ReportItem[];
  /** How many rows of each kind were dropped (items holds the first REPORT_LIMIT of each). */
  dropped: Partial<Record<ReportKind, number>>;
  channels: string[];
}

/** The first this many unusable rows of each kind are listed in the report, then a count. */
export const REPORT_LIMIT = 200;

/** The key of the one period when the log is not split into periods. */
export const WHOLE_LOG = 'all';
