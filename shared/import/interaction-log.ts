/**
 * Interaction logs (who messaged whom, when): read as a stream of text chunks, never as
 * one string, and aggregated into weighted ties — the number of interactions per ordered
 * pair — for the whole log, a date window, or per period (week, month, quarter, year),
 * each period becoming a wave. Rows that cannot be used land in the report with their row
 * and column (the first REPORT_LIMIT of each kind, then a count).
 *
 * Built for a million rows: names are interned to numbers, a pair is one number key, and
 * timestamps are only parsed when a window or periods are asked for.
 */
import { TalkmapError } from '../errors/talkmap-error';
import type { ImportRequest, InputFile } from './import-files';
import type { ReportItem, ReportKind } from './import-report';
import { edgeListSpec } from './import-spec';

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

export const REPORT_LIMIT = 200;
const ALL = 'all';
const PAIR = 4_194_304; // 2^22: people per log; a pair key stays a safe integer.

const SOURCE = /^(source|from|sender|afzender|van|bron|ego|actor|user|gebruiker)$/i;
const TARGET = /^(target|to|recipient|receiver|ontvanger|naar|doel|alter)$/i;
const TIME = /^(timestamp|time|date|datetime|datum|tijd|tijdstip|sent|verzonden|created|created_at)$/i;
const CHANNEL = /^(channel|kanaal|medium|type|via)$/i;
/**
 * Columns only survey exports have (Microsoft Forms, Google Forms, Qualtrics, LimeSurvey,
 * SurveyMonkey), in English and Dutch: such a file belongs in Open survey…, not here.
 */
const SURVEY_COLUMN = /^(start time|completion time|begintijd|tijd van voltooien|voltooiingstijd|email address|e-mailadres|startdate|enddate|responseid|response id|submitdate|lastpage|startlanguage|respondent id|collector id|last modified time|laatst gewijzigd)$/i;

/** A log that cannot be read as it is: the one user-facing error type, from the log reader. */
export class LogError extends TalkmapError {}

function splitLine(line: string, delimiter: string): string[] {
  if (!line.includes('"')) return line.split(delimiter);
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields;
}

export function detectLogColumns(headerLine: string, file: string): LogColumns {
  const line = headerLine.replace(/^\uFEFF/, '').replace(/\r$/, '');
  const delimiter = [',', ';', '\t', '|'].map((d) => [d, line.split(d).length] as const).sort((a, b) => b[1] - a[1])[0]![0];
  const header = splitLine(line, delimiter).map((h) => h.trim());
  const find = (re: RegExp) => {
    const i = header.findIndex((h) => re.test(h));
    return i < 0 ? null : i;
  };
  let source = find(SOURCE);
  let target = find(TARGET);
  if (source === null || target === null) {
    if (find(SURVEY_COLUMN) !== null) throw new LogError('log.error.survey', { file });
    // No recognisable names: the first two columns are who and to whom, as in an edge
    // list — when any further columns are a time and a channel, not a survey's questions.
    const rest = header.slice(2);
    const edgeListLike = rest.length <= 2 && rest.every((h) => TIME.test(h) || CHANNEL.test(h));
    if (source === null && target === null && header.length >= 2 && edgeListLike) [source, target] = [0, 1];
  }
  if (source === null || target === null) throw new LogError('log.error.columns', { file, header: header.join(', ') });
  return { source, target, timestamp: find(TIME), channel: find(CHANNEL), header, delimiter };
}

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

/**
 * Feed it text chunks in order (`push`), then `finish`. Chunks may split lines anywhere.
 */
export class LogAggregator {
  private columns: LogColumns | null = null;
  private carry = '';
  private row = 1;
  private readonly index = new Map<string, number>();
  private readonly names: string[] = [];
  private readonly counts = new Map<string, Map<number, number>>();
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
    let key = ALL;
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
    if (!period) this.counts.set(key, (period = new Map()));
    period.set(pair, (period.get(pair) ?? 0) + 1);
    this.used++;
  }

  finish(): LogAggregate {
    if (this.carry) {
      this.line(this.carry);
      this.carry = '';
    }
    if (!this.columns) throw new LogError('log.error.empty', { file: this.file });
    if (this.needDate && this.columns.timestamp === null) throw new LogError('log.error.noTimestamp', { file: this.file, header: this.columns.header.join(', ') });
    for (const [kind, n] of Object.entries(this.dropped)) {
      if (n > REPORT_LIMIT) this.items.push({ kind: kind as ReportKind, file: this.file, row: null, column: null, value: '', detail: `+${n - REPORT_LIMIT}` });
    }
    const periods = [...this.counts.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, pairs]) => ({
        key,
        ties: [...pairs.entries()].map(([pair, count]) => ({ source: this.names[Math.floor(pair / PAIR)]!, target: this.names[pair % PAIR]!, count })),
      }));
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

/** One period's ties as an edge-list CSV (source,target,interactions) that the normal importer reads. */
export function periodEdgeList(ties: LogAggregate['periods'][number]['ties']): string {
  const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = ['source,target,interactions'];
  for (const t of ties) lines.push(`${quote(t.source)},${quote(t.target)},${t.count}`);
  return `${lines.join('\n')}\n`;
}

/**
 * Each period (or the whole log) as an ordinary edge-list import: the same importer,
 * analysis, waves, projects and comparison as a survey. The log's unused rows travel
 * with each request so they stay in the import report.
 */
export function logRequests(aggregate: LogAggregate, roster: InputFile | null, groupAttribute?: string | null): { key: string; request: ImportRequest }[] {
  const base = aggregate.file.replace(/\.[^.]+$/, '');
  const source = { file: { file: aggregate.file, encoding: 'utf-8', delimiter: aggregate.columns.delimiter, rows: aggregate.rows }, items: aggregate.items };
  return aggregate.periods.map((p) => ({
    key: p.key,
    request: {
      data: { name: p.key === ALL ? `${base}.csv` : `${base}-${p.key}.csv`, bytes: new TextEncoder().encode(periodEdgeList(p.ties)) },
      roster,
      spec: edgeListSpec({ sourceColumn: 'source', targetColumn: 'target', weightColumn: 'interactions' }),
      ...(groupAttribute !== undefined ? { groupAttribute } : {}),
      source,
    },
  }));
}
