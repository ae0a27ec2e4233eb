/**
 * Interaction logs of 10⁷–10⁸ rows, and Parquet logs, aggregated by DuckDB (an embedded
 * analytical engine, `@duckdb/node-api`: an optional dependency of the CLI only, loaded when
 * asked for, never in the app). The result is the built-in aggregator's (log-aggregator.ts) —
 * the same columns found by the same rule, the same rows left out and why, the same people in
 * the same order, the same ties per period in the same order — so everything after it is shared.
 *
 * How the built-in rules are kept: the header is read here and its columns found by
 * logColumnsOf; a timestamp's day is found in SQL by the same three patterns as logDate; each day
 * is put in its period by periodOf itself (the few hundred distinct days are sent back to DuckDB
 * as a table). Row numbers are line numbers (DuckDB reads each line once more for the rows left
 * out, only when there are any). Parquet has no lines: a row is the record's number, from 1.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import {
  LogError,
  logColumnsOf,
  detectLogColumns,
  periodOf,
  REPORT_LIMIT,
  WHOLE_LOG,
  type LogAggregate,
  type LogColumns,
  type LogOptions,
} from '../../shared/import/interaction-log';
import type { ReportItem, ReportKind } from '../../shared/import/import-report';
import { DUCKDB_VERSION } from '../../shared/cli/duckdb-version';

/** A connection to an in-memory DuckDB that reads only the files it is given (no extensions fetched, nothing sent). */
export async function openDuckDb(file: string): Promise<DuckDBConnection> {
  let api: typeof import('@duckdb/node-api');
  try {
    api = await import('@duckdb/node-api');
  } catch {
    throw new LogError('log.error.duckdbMissing', { file, version: DUCKDB_VERSION });
  }
  const db = await api.DuckDBInstance.create(':memory:', { autoinstall_known_extensions: 'false', autoload_known_extensions: 'false' });
  return db.connect();
}

/** The first line of a file (its header), read without reading the rest. */
function firstLine(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const chunk = Buffer.alloc(1 << 16);
    const read = readSync(fd, chunk, 0, chunk.length, 0);
    const text = chunk.subarray(0, read).toString('utf8');
    const end = text.indexOf('\n');
    return end < 0 ? text : text.slice(0, end);
  } finally {
    closeSync(fd);
  }
}

const quoteSql = (s: string): string => `'${s.replace(/'/g, "''")}'`;
const isParquet = (path: string): boolean => /\.parquet$/i.test(path);

/** The log as a relation of text columns c0…, with `row` the line (CSV) or record (Parquet) number. */
async function logRelation(c: DuckDBConnection, path: string, file: string): Promise<{ columns: LogColumns; from: string }> {
  if (isParquet(path)) {
    const described = await c.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet(${quoteSql(path)})`);
    const names = described.getRowObjects().map((r) => String(r.column_name));
    if (names.length === 0) throw new LogError('log.error.empty', { file });
    const columns = logColumnsOf(names, ',', file);
    const select = names.map((n, i) => `CAST(${`"${n.replace(/"/g, '""')}"`} AS VARCHAR) AS c${i}`).join(', ');
    return { columns, from: `(SELECT ${select} FROM read_parquet(${quoteSql(path)}))` };
  }
  const header = firstLine(path);
  if (header.replace(/^\uFEFF/, '').trim() === '') throw new LogError('log.error.empty', { file });
  const columns = detectLogColumns(header, file);
  const types = columns.header.map((_, i) => `'c${i}': 'VARCHAR'`).join(', ');
  // Fields as DuckDB reads them (quotes undone, short rows padded); blank lines are skipped by it and counted below.
  const records = `read_csv(${quoteSql(path)}, header = false, skip = 1, auto_detect = false, all_varchar = true, delim = ${quoteSql(columns.delimiter)}, quote = '"', escape = '"', null_padding = true, strict_mode = false, columns = {${types}})`;
  return { columns, from: records };
}

/** Each line of a CSV with its number (the header is line 1); blank lines are kept here. */
const linesOf = (path: string): string =>
  `(SELECT row_number() OVER () AS line, text FROM read_csv(${quoteSql(path)}, header = false, auto_detect = false, delim = '\\x01', quote = '', escape = '', strict_mode = false, columns = {'text': 'VARCHAR'}))`;

/** logDate in SQL: ISO (the first ten characters), Dutch dd-mm-yyyy, or Unix seconds / milliseconds; else NULL. */
function dayOf(value: string): string {
  const v = `trim(coalesce(${value}, ''))`;
  const nl = `'^(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})'`;
  return `CASE
    WHEN regexp_matches(${v}, '^\\d{4}-\\d{2}-\\d{2}') THEN substr(${v}, 1, 10)
    WHEN regexp_matches(${v}, ${nl}) THEN regexp_extract(${v}, ${nl}, 3) || '-' || lpad(regexp_extract(${v}, ${nl}, 2), 2, '0') || '-' || lpad(regexp_extract(${v}, ${nl}, 1), 2, '0')
    WHEN regexp_matches(${v}, '^\\d{9,13}(\\.\\d+)?$') THEN strftime(epoch_ms(CAST(trunc(CASE WHEN CAST(${v} AS DOUBLE) > 1e11 THEN CAST(${v} AS DOUBLE) ELSE CAST(${v} AS DOUBLE) * 1000 END) AS BIGINT)), '%Y-%m-%d')
    ELSE NULL END`;
}

/** Reads `path` (CSV or Parquet) through DuckDB into the aggregate the built-in reader gives. */
export async function aggregateLogWithDuckDb(path: string, options: LogOptions = {}, name = basename(path)): Promise<LogAggregate> {
  const c = await openDuckDb(name);
  try {
    return await aggregate(c, path, name, options);
  } catch (error) {
    if (error instanceof LogError) throw error;
    throw new LogError('log.error.duckdb', { file: name, detail: (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '' });
  } finally {
    c.closeSync();
  }
}

async function aggregate(c: DuckDBConnection, path: string, file: string, options: LogOptions): Promise<LogAggregate> {
  const { columns, from } = await logRelation(c, path, file);
  const parquet = isParquet(path);
  const needDate = Boolean(options.from || options.to || options.period);
  if (needDate && columns.timestamp === null) throw new LogError('log.error.noTimestamp', { file, header: columns.header.join(', ') });
  const field = (i: number | null): string => (i === null ? 'NULL' : `c${i}`);
  const all = columns.header.map((_, i) => `c${i}`);
  // A row of blanks only is a blank line (skipped without a word, as the built-in reader does).
  const blank = all.map((f) => `trim(coalesce(${f}, '')) = ''`).join(' AND ');
  const channel = options.channel ?? null;
  // One pass over the file into a table kept in file order (its rowid is the record's place): why
  // each row is or is not counted, in the built-in reader's order of checks.
  await c.run(`SET preserve_insertion_order = true`);
  await c.run(`CREATE TEMP TABLE kinds AS SELECT s, t, ch, CASE WHEN kind = 'invalid-date' THEN ts END AS ts, day, kind FROM (
    SELECT s, t, ch, ts, day, CASE
      WHEN blank THEN 'blank'
      WHEN s = '' OR t = '' THEN 'empty-answer'
      WHEN s = t THEN 'self-nomination'
      WHEN ${channel === null || columns.channel === null ? 'false' : `ch <> ${quoteSql(channel)}`} THEN 'other-channel'
      WHEN ${needDate ? 'day IS NULL' : 'false'} THEN 'invalid-date'
      WHEN ${options.from ? `day < ${quoteSql(options.from)}` : 'false'} OR ${options.to ? `day > ${quoteSql(options.to)}` : 'false'} THEN 'outside-window'
      ELSE 'used' END AS kind
    FROM (SELECT ${blank} AS blank, trim(coalesce(${field(columns.source)}, '')) AS s, trim(coalesce(${field(columns.target)}, '')) AS t,
      ${columns.channel === null ? 'NULL' : `trim(coalesce(${field(columns.channel)}, ''))`} AS ch,
      ${field(columns.timestamp)} AS ts, ${needDate ? dayOf(field(columns.timestamp)) : 'NULL'} AS day FROM ${from}))`);
  // Each day in its period, by periodOf itself.
  const days =
    needDate && options.period ? (await c.runAndReadAll(`SELECT DISTINCT day FROM kinds WHERE kind = 'used'`)).getRows().map((r) => String(r[0])) : [];
  await c.run(`CREATE TEMP TABLE periods (day VARCHAR, period VARCHAR)`);
  if (days.length > 0) {
    const appender = await c.createAppender('periods', 'main', 'temp');
    for (const day of days) {
      appender.appendVarchar(day);
      appender.appendVarchar(periodOf(day, options.period!));
      appender.endRow();
    }
    appender.closeSync();
  }
  // Each pair's count per period, and the first row it was counted on.
  const pairs = (
    await c.runAndReadAll(`SELECT ${options.period ? 'p.period' : quoteSql(WHOLE_LOG)} AS period, k.s, k.t, count(*) AS n, min(k.rowid) AS first
      FROM kinds k ${options.period ? 'JOIN periods p ON p.day = k.day' : ''} WHERE k.kind = 'used' GROUP BY ALL`)
  ).getRows();
  // People in the order first seen (who sends before to whom, row by row), as the built-in reader interns them.
  const firstSeen = new Map<string, number>();
  const seen = (name: string, at: number): void => {
    const before = firstSeen.get(name);
    if (before === undefined || at < before) firstSeen.set(name, at);
  };
  for (const [, source, target, , first] of pairs) {
    seen(String(source), Number(first) * 2);
    seen(String(target), Number(first) * 2 + 1);
  }
  const people = [...firstSeen.entries()].sort((a, b) => a[1] - b[1]).map(([name]) => name);
  const index = new Map(people.map((name, i) => [name, i] as const));
  const byPeriod = new Map<string, { si: number; ti: number; count: number }[]>();
  for (const [period, source, target, n] of pairs) {
    const key = String(period);
    let list = byPeriod.get(key);
    if (!list) byPeriod.set(key, (list = []));
    list.push({ si: index.get(String(source)) as number, ti: index.get(String(target)) as number, count: Number(n) });
  }
  // Ties by who sends, then to whom (the built-in reader's fixed order); periods by their key.
  const periods = [...byPeriod.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, list]) => ({
      key,
      ties: list.sort((a, b) => a.si - b.si || a.ti - b.ti).map((x) => ({ source: people[x.si]!, target: people[x.ti]!, count: x.count })),
    }));
  const counts = Object.fromEntries(
    (await c.runAndReadAll(`SELECT kind, count(*) FROM kinds GROUP BY kind`)).getRows().map(([k, n]) => [String(k), Number(n)]),
  ) as Record<string, number>;
  const channels =
    columns.channel === null
      ? []
      : (
          await c.runAndReadAll(
            `SELECT ch FROM kinds WHERE kind NOT IN ('blank', 'empty-answer', 'self-nomination') AND ch <> '' GROUP BY ch ORDER BY min(rowid) LIMIT 50`,
          )
        )
          .getRows()
          .map((r) => String(r[0]))
          .sort();
  const records = Object.values(counts).reduce((a, b) => a + b, 0);
  const { items, dropped } = await droppedRows(c, path, file, columns, parquet);
  return {
    file,
    columns,
    people,
    periods,
    rows: parquet ? records : countLines(path) - 1,
    used: counts.used ?? 0,
    outsideWindow: counts['outside-window'] ?? 0,
    otherChannel: counts['other-channel'] ?? 0,
    items,
    dropped,
    channels,
  };
}

/** Lines as the built-in reader counts them: every line feed, and a last line without one. */
function countLines(path: string): number {
  const fd = openSync(path, 'r');
  try {
    const chunk = Buffer.alloc(1 << 20);
    let lines = 0;
    let last = 10;
    for (let position = 0; ;) {
      const read = readSync(fd, chunk, 0, chunk.length, position);
      if (read === 0) break;
      for (let at = chunk.indexOf(10, 0); at >= 0 && at < read; at = chunk.indexOf(10, at + 1)) lines++;
      last = chunk[read - 1] as number;
      position += read;
    }
    return lines + (last === 10 ? 0 : 1);
  } finally {
    closeSync(fd);
  }
}

/**
 * The rows left out, as the built-in reader lists them: the first REPORT_LIMIT of each kind with
 * their row, column and value (a row left out for no name shows its line), then a count.
 */
async function droppedRows(
  c: DuckDBConnection,
  path: string,
  file: string,
  columns: LogColumns,
  parquet: boolean,
): Promise<{ items: ReportItem[]; dropped: Partial<Record<ReportKind, number>> }> {
  const found = (
    await c.runAndReadAll(`SELECT kind, ord, s, t, ts, count(*) OVER (PARTITION BY kind) AS total, min(ord) OVER (PARTITION BY kind) AS first
      FROM (SELECT rowid + 1 AS ord, * FROM kinds WHERE kind IN ('empty-answer', 'self-nomination', 'invalid-date'))
      QUALIFY row_number() OVER (PARTITION BY kind ORDER BY ord) <= ${REPORT_LIMIT} ORDER BY ord`)
  ).getRows();
  if (found.length === 0) return { items: [], dropped: {} };
  // A CSV record's line: its number after the header, plus the blank lines before it (DuckDB skips those).
  const rowOf = parquet
    ? (ord: number) => ord
    : await recordLines(
        c,
        path,
        found.map((r) => Number(r[1])),
      );
  const text = parquet
    ? new Map<number, string>()
    : await lineTexts(
        c,
        path,
        found.filter((r) => r[0] === 'empty-answer').map((r) => rowOf(Number(r[1]))),
      );
  const header = (i: number | null): string | null => (i === null ? null : (columns.header[i] ?? null));
  const items: ReportItem[] = found.map(([kind, ord, s, t, ts]) => {
    const row = rowOf(Number(ord));
    if (kind === 'empty-answer')
      return { kind, file, row, column: header(s ? columns.target : columns.source), value: (text.get(row) ?? `${s},${t}`).replace(/\r$/, '').slice(0, 80) };
    if (kind === 'self-nomination') return { kind, file, row, column: header(columns.target), value: String(s) };
    return { kind: 'invalid-date', file, row, column: header(columns.timestamp), value: ts === null ? '' : String(ts) };
  });
  const totals = new Map<string, { total: number; first: number }>();
  for (const [kind, , , , , total, first] of found) totals.set(String(kind), { total: Number(total), first: Number(first) });
  const dropped: Partial<Record<ReportKind, number>> = {};
  // Kinds in the order they first occurred, as the built-in reader's counts are.
  for (const [kind, { total }] of [...totals].sort((a, b) => a[1].first - b[1].first)) {
    dropped[kind as ReportKind] = total;
    if (total > REPORT_LIMIT) items.push({ kind: kind as ReportKind, file, row: null, column: null, value: '', detail: `+${total - REPORT_LIMIT}` });
  }
  return { items, dropped };
}

/** Line numbers of CSV records (numbered from 1 after the header by DuckDB, which skips blank lines). */
async function recordLines(c: DuckDBConnection, path: string, records: number[]): Promise<(record: number) => number> {
  const blanks = (await c.runAndReadAll(`SELECT line FROM ${linesOf(path)} WHERE text IS NULL AND line > 1 ORDER BY line`)).getRows().map((r) => Number(r[0]));
  const lines = new Map<number, number>();
  for (const record of records) {
    // Record r is on line r + 1 + (blank lines before it): walk the blank lines in order.
    let line = record + 1;
    for (const blank of blanks) {
      if (blank <= line) line++;
      else break;
    }
    lines.set(record, line);
  }
  return (record) => lines.get(record) ?? record + 1;
}

async function lineTexts(c: DuckDBConnection, path: string, lines: number[]): Promise<Map<number, string>> {
  if (lines.length === 0) return new Map();
  const rows = (await c.runAndReadAll(`SELECT line, text FROM ${linesOf(path)} WHERE line IN (${lines.join(', ')})`)).getRows();
  return new Map(rows.map(([line, text]) => [Number(line), text === null ? '' : String(text)]));
}
