/**
 * Interaction logs (who messaged whom, when): read as a stream of text chunks, never as
 * one string, and aggregated into weighted ties — the number of interactions per ordered
 * pair — for the whole log, a date window, or per period (week, month, quarter, year),
 * each period becoming a wave. Rows that cannot be used land in the report with their row
 * and column (the first REPORT_LIMIT of each kind, then a count).
 *
 * Built for a million rows and more: names are interned to numbers, a pair is one number key counted
 * in a typed hash table (pair-counts.ts: no limit of 16.8 million pairs as a Map has), and
 * timestamps are only parsed when a window or periods are asked for.
 */
import type { ReportItem, ReportKind } from '../import-report';
import { detectLogColumns, splitLine } from './log-columns';
import { logDate, periodOf } from './log-dates';
import { LogError } from './log-error';
import { PairCounts } from './pair-counts';
import { REPORT_LIMIT, WHOLE_LOG, type LogAggregate, type LogColumns, type LogOptions } from './log-types';

const PAIR = 4_194_304; // 2^22: people per log; a pair key stays a safe integer.

/**
 * Feed it text chunks in order (`push`), then `finish`. Chunks may split lines anywhere.
 */
export class LogAggregator {
  private columns: LogColumns | null = null;
  private carry = '';
  private row = 1;
  private readonly index = new Map<string, number>();
  private readonly names: string[] = [];
  private readonly counts = new Map<string, PairCounts>();
  private readonly channels = new Set<string>();
  private readonly items: ReportItem[] = [];
  private readonly dropped: Partial<Record<ReportKind, number>> = {};
  private used = 0;
  private outsideWindow = 0;
  private otherChannel = 0;
  private readonly needDate: boolean;

  constructor(
    private readonly file: string,
    private readonly options: LogOptions = {},
  ) {
    this.needDate = Boolean(options.from || options.to || options.period);
  }

  push(text: string): void {
    const data = this.carry + text;
    let start = 0;
    for (let end = data.indexOf('\n', start); end >= 0; end = data.indexOf('\n', start)) {
      this.line(data.slice(start, end));
      start = end + 1;
    }
    this.carry = data.slice(start);
  }

  private drop(kind: ReportKind, column: string | null, value: string, detail?: string): void {
    const n = (this.dropped[kind] = (this.dropped[kind] ?? 0) + 1);
    if (n <= REPORT_LIMIT) this.items.push({ kind, file: this.file, row: this.row, column, value, ...(detail ? { detail } : {}) });
  }

  private person(name: string): number {
    let i = this.index.get(name);
    if (i === undefined) {
      i = this.names.length;
      if (i >= PAIR) throw new LogError('log.error.tooManyPeople', { file: this.file, max: PAIR });
      this.index.set(name, i);
      this.names.push(name);
    }
    return i;
  }

  private line(raw: string): void {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (!this.columns) {
      this.columns = detectLogColumns(line, this.file);
      return;
    }
    this.row++;
    if (line.trim() === '') return;
    const c = this.columns;
    const fields = splitLine(line, c.delimiter);
    const source = (fields[c.source] ?? '').trim();
    const target = (fields[c.target] ?? '').trim();
    if (!source || !target) return this.drop('empty-answer', c.header[source ? c.target : c.source] ?? null, line.slice(0, 80));
    if (source === target) return this.drop('self-nomination', c.header[c.target] ?? null, source);
    if (c.channel !== null) {
      const channel = (fields[c.channel] ?? '').trim();
      if (channel && this.channels.size < 50) this.channels.add(channel);
      if (this.options.channel && channel !== this.options.channel) {
        this.otherChannel++;
        return;
      }
    }
    let key = WHOLE_LOG;
    if (this.needDate) {
      const value = c.timestamp === null ? '' : (fields[c.timestamp] ?? '');
      const date = logDate(value);
      if (!date) return this.drop('invalid-date', c.timestamp === null ? null : (c.header[c.timestamp] ?? null), value);
      if ((this.options.from && date < this.options.from) || (this.options.to && date > this.options.to)) {
        this.outsideWindow++;
        return;
      }
      if (this.options.period) key = periodOf(date, this.options.period);
    }
    const pair = this.person(source) * PAIR + this.person(target);
    let period = this.counts.get(key);
    if (!period) this.counts.set(key, (period = new PairCounts(this.file)));
    period.add(pair);
    this.used++;
  }

  finish(): LogAggregate {
    if (this.carry) {
      this.line(this.carry);
      this.carry = '';
    }
    if (!this.columns) throw new LogError('log.error.empty', { file: this.file });
    if (this.needDate && this.columns.timestamp === null)
      throw new LogError('log.error.noTimestamp', { file: this.file, header: this.columns.header.join(', ') });
    for (const [kind, n] of Object.entries(this.dropped)) {
      if (n > REPORT_LIMIT) this.items.push({ kind: kind as ReportKind, file: this.file, row: null, column: null, value: '', detail: `+${n - REPORT_LIMIT}` });
    }
    const periods = [...this.counts.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, counted]) => {
        // In a fixed order — by who sends, then to whom, each in the order first seen in the log — that the DuckDB route gives too.
        const { pairs, counts } = counted.sorted();
        const ties = Array.from(pairs, (pair, i) => ({
          source: this.names[Math.floor(pair / PAIR)]!,
          target: this.names[pair % PAIR]!,
          count: counts[i] as number,
        }));
        return { key, ties };
      });
    return {
      file: this.file,
      columns: this.columns,
      people: this.names,
      periods,
      rows: this.row - 1,
      used: this.used,
      outsideWindow: this.outsideWindow,
      otherChannel: this.otherChannel,
      items: this.items,
      dropped: this.dropped,
      channels: [...this.channels].sort(),
    };
  }
}

/** Reads a byte stream (a File's, or a Node file stream) through the aggregator, reporting progress. */
export async function aggregateLogStream(
  file: string,
  chunks: AsyncIterable<Uint8Array>,
  options: LogOptions,
  onProgress?: (bytes: number) => void,
): Promise<LogAggregate> {
  const aggregator = new LogAggregator(file, options);
  const decoder = new TextDecoder('utf-8');
  let bytes = 0;
  for await (const chunk of chunks) {
    aggregator.push(decoder.decode(chunk, { stream: true }));
    bytes += chunk.byteLength;
    onProgress?.(bytes);
  }
  aggregator.push(decoder.decode());
  return aggregator.finish();
}
