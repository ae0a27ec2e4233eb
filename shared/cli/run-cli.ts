/**
 * The command runner: argv in, output and exit code out. File access is passed in, so
 * the same code runs from electron/cli.ts in Node and in unit tests.
 * Exit codes: 0 success, 2 bad arguments or unreadable/invalid files (one line on stderr).
 */
import { TalkmapError } from '../errors/talkmap-error';
import { demoImportRequest } from '../demo/demo-school';
import { formatNumber, formatPercent, t, type Locale, translateKey } from '../i18n/translate';
import { importLayers, layerNamed } from '../import/layers';
import { importFiles, type ImportRequest, type InputFile } from '../import/import-files';
import { nominationsMatchPeople, proposeImport } from '../import/propose-import';
import { detectGroupColumn } from '../import/group-column';
import { loadInputFiles } from '../import/read-xlsx';
import { readTableFile } from '../import/read-table-file';
import { hasMojibake } from '../import/decode';
import { edgeRelations } from '../import/read-edge-list';
import type { Table } from '../import/parse-table';
import { findGroupColumn } from '../import/column-roles';
import { ImportError } from '../import/roster';
import { refuseChoiceCodes, withCodeLabels, withScale } from './choice-codes';
import { writeJson } from './json-stream';
import { suggestMatches } from '../import/name-suggestions';
import { rosterPeople } from '../import/undecided-suggestions';
import { runAnalysisAsync, type AnalysisOptions, type AnalysisResult } from '../pipeline/run-analysis';
import { DEFAULT_ESTIMATE_SAMPLES } from '../metrics/path-estimate';
import type { Sweeper } from '../metrics/path-sweep';
import { toCliJson } from './cli-json';
import { toCliText } from './cli-text';
import type { FindingText } from '../findings/types';
import { compareWaves } from '../waves/compare-waves';
import { aggregateLogStream, LogError, logRequests, type LogAggregate, type LogOptions, type LogPeriod } from '../import/interaction-log';
import { logTiesTable, type ParquetTable } from '../export/parquet-ties';
import { DUCKDB_VERSION } from './duckdb-version';
import { edgeListSpec } from '../import/import-spec';
import { Flags, parseFlags, usageError, UsageError } from './flags';
import { readNamedFile, readPieces } from './read-input';
import { choice, exportCommand } from './export-command';
import { surveyKitCommand } from './survey-kit-command';

export interface CliIo {
  readFile: (path: string) => Uint8Array;
  /** A file's bytes in chunks (interaction logs are streamed, never read whole); without it, one chunk. */
  readChunks?: (path: string) => AsyncIterable<Uint8Array>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  locale: Locale;
  /** Writes a whole file (atomically in the real CLI); `export` and `survey-kit` use it. */
  writeFile?: (path: string, content: Uint8Array) => void | Promise<void>;
  /** Makes a folder (and its parents) when it is not there. */
  makeDir?: (path: string) => void;
  /** The computer's locale (LC_ALL, LC_NUMERIC or LANG): the CSV separator Excel expects here. */
  computerLocale?: string;
  /** Runs the shortest-path sweep on other threads (worker_threads in the real CLI); this thread without it. */
  sweeper?: Sweeper;
  /** Aggregates a log (CSV or Parquet) through DuckDB (the real CLI, when @duckdb/node-api is installed); without it --engine duckdb is refused. */
  aggregateLogWithDuckDb?: (path: string, options: LogOptions, name: string) => Promise<LogAggregate>;
  /** Writes a table as a Parquet file (through DuckDB in the real CLI). */
  writeParquet?: (path: string, table: ParquetTable) => Promise<void>;
  /** Hears how far a long analysis is ("analysing 45%", translated), null when it is done; the real CLI draws it on a terminal's stderr. */
  progress?: (text: string | null) => void;
}

/** The usage text (cli.usage), in the language of the command's messages. */
export function usage(locale: Locale): string {
  return t(locale, 'cli.usage');
}

const VALUE_FLAGS = new Set([
  '--engine',
  '--samples',
  '--edges',
  '--nodes',
  '--group',
  '--responded',
  '--weight',
  '--survey',
  '--respondent',
  '--nominations',
  '--lang',
  '--log',
  '--from',
  '--to',
  '--period',
  '--channel',
  '--sheet',
  '--relation',
  '--format',
  '--out',
  '--names',
  '--separator',
  '--decimal',
  '--question',
  '--scale',
  '--codes',
  '--match',
]);
const PERIODS: readonly LogPeriod[] = ['week', 'month', 'quarter', 'year'];
const BOOLEAN_FLAGS = new Set([
  '--approximate',
  '--all-pairs',
  '--json',
  '--demo',
  '--help',
  '--reconstruct',
  '--repair',
  '--repair-ids',
  '--keep-ids',
  '--repair-dates',
  '--keep-dates',
  '--frequency',
  '--fold-roles',
]);

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  // Messages follow --lang as soon as it is read, errors included.
  const langAt = argv.indexOf('--lang');
  const asked = langAt >= 0 ? argv[langAt + 1] : undefined;
  let messageLocale: Locale = asked === 'nl' || asked === 'en' ? asked : io.locale;
  try {
    const [command, ...rest] = argv;
    if (!command || command === '--help' || command === 'help') {
      io.stdout(usage(messageLocale));
      return command ? 0 : 2;
    }
    if (!['analyze', 'compare', 'export', 'survey-kit'].includes(command)) throw usageError('cli.usage.unknownCommand', { command });
    const flags = parseFlags(rest, VALUE_FLAGS, BOOLEAN_FLAGS);
    if (flags.has('--help')) {
      io.stdout(usage(messageLocale));
      return 0;
    }
    const lang = flags.get('--lang');
    if (lang !== undefined && lang !== 'nl' && lang !== 'en') throw usageError('cli.usage.lang');
    const locale: Locale = lang === 'nl' || lang === 'en' ? lang : io.locale;
    messageLocale = locale;
    // Reconstruction only makes sense for a two-way relation; the CLI cannot know which this is, so it says so.
    if (flags.has('--reconstruct')) io.stderr(`talkmap: ${t(locale, 'cli.reconstructReminder')}\n`);
    if (command === 'compare') return await compareCommand(flags, io, locale);
    if (command === 'survey-kit') return await surveyKitCommand(flags, io, locale);
    const kitFlags = ['--question', '--frequency'].filter((f) => flags.has(f));
    if (kitFlags.length > 0) throw usageError('cli.usage.onlyWith', { flags: kitFlags.join(', '), command: 'survey-kit' });
    const outputFlags = ['--format', '--out', '--names', '--separator', '--decimal', '--fold-roles'].filter((f) => flags.has(f));
    if (command !== 'export' && outputFlags.length > 0) throw usageError('cli.usage.onlyWith', { flags: outputFlags.join(', '), command: 'export' });
    if (flags.has('--log')) {
      if (command === 'export') return await logExportCommand(flags, io, locale);
      return await logCommand(flags, io, locale);
    }
    // The RSiena folder takes every wave at once (one matrix per wave).
    if (command === 'export' && flags.getAll('--edges').length + flags.getAll('--survey').length > 1) {
      if (flags.get('--format') !== 'rsiena') throw usageError('cli.usage.exportOne');
      return await exportCommand(await waveResults(flags, io, locale, 'export --format rsiena'), flags, io, locale);
    }
    const request = await buildRequest(flags, io, locale);
    const result = await analyse(request, flags, io, locale);
    sayAfterImport(result, flags, io, locale);
    if (command === 'export') return await exportCommand([result], flags, io, locale);
    if (flags.has('--json')) writeJson(toCliJson(result, { allPairs: flags.has('--all-pairs') }), io.stdout);
    else io.stdout(toCliText(result, locale));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) io.stderr(`talkmap: ${translateKey(messageLocale, error.key, error.params)}\n${usage(messageLocale)}`);
    else if (error instanceof TalkmapError) io.stderr(`talkmap: ${translateKey(messageLocale, error.code, error.params)}\n`);
    else io.stderr(`talkmap: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}

/**
 * Several waves from one command line: `--edges` or `--survey` once per wave (earliest first),
 * with one `--nodes` roster for all of them or one per wave (the team changed).
 */
async function waveResults(flags: Flags, io: CliIo, locale: Locale, command: string): Promise<AnalysisResult[]> {
  const edges = flags.getAll('--edges');
  const surveys = flags.getAll('--survey');
  const [source, files] = edges.length > 0 ? (['--edges', edges] as const) : (['--survey', surveys] as const);
  if (files.length < 2 || (edges.length > 0 && surveys.length > 0)) throw usageError('cli.usage.waves', { command });
  const rosters = flags.getAll('--nodes');
  if (rosters.length > 1 && rosters.length !== files.length) throw usageError('cli.usage.wavesRoster', { command });
  const results: AnalysisResult[] = [];
  for (const [i, path] of files.entries()) {
    const one = new Flags();
    one.add(source, path);
    const roster = rosters[rosters.length > 1 ? i : 0];
    if (roster) one.add('--nodes', roster);
    for (const f of ['--group', '--weight', '--respondent', '--sheet', '--relation', '--scale', '--codes', '--match'])
      if (flags.get(f)) one.add(f, flags.get(f) as string);
    // Who answered: one roster column for every wave, or one per wave (responded_w1, responded_w2, …).
    const responded = flags.getAll('--responded');
    if (responded.length > 1 && responded.length !== files.length) throw usageError('cli.usage.wavesResponded', { command });
    const column = responded[responded.length > 1 ? i : 0];
    if (column) one.add('--responded', column);
    for (const column of flags.getAll('--nominations')) one.add('--nominations', column);
    const result = await analyse(await buildRequest(one, io, locale), flags, io, locale);
    sayAfterImport(result, one, io, locale);
    results.push(result);
  }
  return results;
}

/**
 * What stderr says once the file is read: the other questions of a survey (from the analysis's own
 * layers — the file is not read again for it), and the ties set aside of people marked as not answering.
 */
function sayAfterImport(result: AnalysisResult, flags: Flags, io: CliIo, locale: Locale): void {
  const layers = result.layers;
  if (layers && flags.has('--survey') && !flags.has('--relation'))
    io.stderr(
      `talkmap: ${t(locale, 'cli.questions', { file: result.source.files.at(-1) ?? '', relations: layers.layers.map((l) => `“${l.name}”`), chosen: layers.current ?? '' })}\n`,
    );
  // A respondent not on the roster (their own name misspelled?): said with the likeliest roster person who did not answer.
  const unknown = result.report.items.filter((i) => i.kind === 'unknown-respondent');
  if (unknown.length > 0) {
    const answered = new Set(result.network.people.filter((p) => p.responded).map((p) => p.id));
    // Each list indexed once (suggestMatches keeps an index per list).
    const onRoster = rosterPeople(result.network.people);
    const silent = onRoster.filter((p) => !answered.has(p.id));
    for (const item of unknown.slice(0, 10)) {
      if (item.detail === 'ambiguous') {
        const fits = suggestMatches(item.value, onRoster).map((s) => s.name);
        io.stderr(
          `talkmap: ${t(locale, 'cli.ambiguousRespondent', { file: item.file, row: item.row ?? '?', column: item.column ?? '', name: item.value, fits })}\n`,
        );
        continue;
      }
      const guess = suggestMatches(item.value, silent)[0];
      io.stderr(
        `talkmap: ${t(locale, guess ? 'cli.unknownRespondentLike' : 'cli.unknownRespondent', { file: item.file, row: item.row ?? '?', column: item.column ?? '', name: item.value, like: guess?.name ?? '' })}\n`,
      );
    }
    if (unknown.length > 10) io.stderr(`talkmap: ${t(locale, 'cli.unknownRespondentMore', { count: unknown.length - 10 })}\n`);
  }
  // Written names not (uniquely) on the roster: their answers are not used — said, with how to decide.
  const unused = result.report.items.filter((i) => i.kind === 'unmatched-name' || i.kind === 'ambiguous-name');
  const firstUnused = unused[0];
  if (firstUnused) {
    const byName = new Map<string, number>();
    for (const i of unused) byName.set(i.value, (byName.get(i.value) ?? 0) + (i.detail && /^\d+$/.test(i.detail) ? Number(i.detail) : 1));
    const names = [...byName].slice(0, 8).map(([name, n]) => `“${name}” (${n})`);
    if (byName.size > 8) names.push('…');
    io.stderr(`talkmap: ${t(locale, 'cli.unmatchedNames', { file: firstUnused.file, count: byName.size, names })}\n`);
  }
  // Groups that Excel turned into dates, per column.
  const dates = result.report.items.filter((i) => i.kind === 'date-value');
  for (const column of new Set(dates.map((d) => d.column))) {
    const inColumn = dates.filter((d) => d.column === column);
    const first = inColumn[0];
    if (first)
      io.stderr(
        `talkmap: ${t(locale, 'cli.datesInGroups', { file: first.file, column: column ?? '', count: inColumn.length, value: first.value, row: first.row ?? '?' })}\n`,
      );
  }
  const set = result.report.items.filter((i) => i.kind === 'non-respondent-ties');
  const first = set[0];
  if (!first) return;
  io.stderr(
    `talkmap: ${t(locale, 'cli.nonRespondentTies', {
      file: first.file,
      count: set.length,
      column: first.column ?? '',
      ties: set.reduce((n, i) => n + Number(i.detail ?? 0), 0),
      name: first.value,
      row: first.row ?? '?',
    })}\n`,
  );
}

async function compareCommand(flags: Flags, io: CliIo, locale: Locale): Promise<number> {
  if (flags.getAll('--edges').length + flags.getAll('--survey').length !== 2) throw usageError('cli.usage.compareTwo');
  const results = await waveResults(flags, io, locale, 'compare');
  const comparison = compareWaves(results[0]!, results[1]!);
  if (flags.has('--json')) {
    const render = (h: FindingText) => ({ nl: translateKey('nl', h.key, h.params), en: translateKey('en', h.key, h.params) });
    writeJson({ ...comparison, highlights: comparison.highlights.map(render) }, io.stdout);
  } else {
    const n = comparison.network;
    const c = comparison.tieChange;
    const outside = comparison.ties.unanswered;
    const lines = [
      `${t(locale, 'net.nodes')}: ${n.nodes.before} → ${n.nodes.after}   ${t(locale, 'net.arcs')}: ${n.arcs.before} → ${n.arcs.after}   ${t(locale, 'net.responseRate')}: ${formatPercent(locale, n.responseRate.before)} → ${formatPercent(locale, n.responseRate.after)}`,
      t(locale, 'cli.compare.observed', { answered: c.answeredBoth, pairs: c.pairs }),
      `+${comparison.ties.new.length} / −${comparison.ties.lost.length} / =${comparison.ties.kept}`,
      t(locale, 'cli.compare.table', {
        n00: c.absentBoth,
        n01: c.appeared,
        n10: c.disappeared,
        n11: c.keptBoth,
        jaccard: c.jaccard === null ? '—' : formatNumber(locale, c.jaccard, 2),
        hamming: c.hamming,
      }),
      ...(outside.new + outside.lost > 0 ? [t(locale, 'cli.compare.outside', { new: outside.new, lost: outside.lost })] : []),
      t(locale, 'cli.compare.findings', {
        resolved: comparison.findings.resolved.length,
        appeared: comparison.findings.appeared.length,
        kept: comparison.findings.kept.length,
        unanswered: comparison.findings.unanswered.length,
      }),
      ...comparison.highlights.map((h) => translateKey(locale, h.key, h.params)),
    ];
    io.stdout(`${lines.join('\n')}\n`);
  }
  return 0;
}

/**
 * An interaction log (source, target, timestamp[, channel]) streamed into one weighted
 * network, or one per period; each analysed as an ordinary edge list.
 */
/** The log named by --log, aggregated by the engine asked for (built in, or DuckDB for Parquet and --engine duckdb). */
async function readLog(flags: Flags, io: CliIo): Promise<LogAggregate> {
  const others = ['--demo', '--edges', '--survey'].filter((f) => flags.has(f));
  if (others.length > 0) throw usageError('cli.usage.notCombined', { command: '--log', flags: others.join(', ') });
  const period = flags.get('--period');
  if (period !== undefined && !PERIODS.includes(period as LogPeriod)) throw usageError('cli.usage.period');
  for (const flag of ['--from', '--to']) {
    const value = flags.get(flag);
    if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw usageError('cli.usage.date', { flag });
  }
  const path = flags.get('--log') as string;
  const name = path.split(/[\\/]/).pop() ?? path;
  const options: LogOptions = {
    from: flags.get('--from') ?? null,
    to: flags.get('--to') ?? null,
    period: (period as LogPeriod | undefined) ?? null,
    channel: flags.get('--channel') ?? null,
  };
  const parquet = /\.parquet$/i.test(path);
  const engine = choice(flags, '--engine', ['builtin', 'duckdb'] as const, parquet ? 'duckdb' : 'builtin');
  if (parquet && engine !== 'duckdb') throw usageError('cli.usage.parquetEngine');
  if (engine === 'duckdb') {
    if (!io.aggregateLogWithDuckDb) throw new LogError('log.error.duckdbMissing', { file: name, version: DUCKDB_VERSION });
    return io.aggregateLogWithDuckDb(path, options, name);
  }
  const chunks =
    io.readChunks?.(path) ??
    (async function* () {
      yield io.readFile(path);
    })();
  return aggregateLogStream(name, readPieces(chunks, path), options);
}

/** `export --log FILE --format parquet --out TIES.parquet`: the aggregated ties of every period in one Parquet file. */
async function logExportCommand(flags: Flags, io: CliIo, locale: Locale): Promise<number> {
  if (flags.get('--format') !== 'parquet') throw usageError('cli.usage.logExport');
  const out = flags.get('--out');
  if (!out) throw usageError('cli.usage.exportOut');
  if (!io.writeParquet) throw new LogError('log.error.duckdbMissing', { file: out, version: DUCKDB_VERSION });
  const aggregate = await readLog(flags, io);
  const names = choice(flags, '--names', ['off', 'codes'] as const, 'off');
  // Codes in the order people first appear in the log (P0001, …), the same in every period.
  const width = String(aggregate.people.length).length;
  const code = new Map(aggregate.people.map((p, i) => [p, `P${String(i + 1).padStart(Math.max(4, width), '0')}`]));
  const table = logTiesTable(aggregate, names === 'codes' ? (n) => code.get(n) ?? n : undefined);
  await io.writeParquet(out, table);
  io.stdout(`${t(locale, 'cli.parquetLogOnly', { file: out, ties: table.rows.length, periods: aggregate.periods.length })}\n`);
  return 0;
}

async function logCommand(flags: Flags, io: CliIo, locale: Locale): Promise<number> {
  const aggregate = await readLog(flags, io);
  const name = aggregate.file;
  const rosterPath = flags.get('--nodes');
  const roster: InputFile | null = rosterPath ? readNamedFile(io.readFile, rosterPath) : null;
  const waves = logRequests(aggregate, roster, flags.get('--group') ?? null);
  if (waves.length === 0) throw new ImportError('log.error.noRows', { file: name });
  const outside = aggregate.outsideWindow + aggregate.otherChannel;
  const summary = { rows: aggregate.rows, used: aggregate.used, outside, dropped: aggregate.rows - aggregate.used - outside, people: aggregate.people.length };
  const analysed: { key: string; result: AnalysisResult }[] = [];
  for (const w of waves) analysed.push({ key: w.key, result: await runAnalysisAsync(w.request, analysisOptions(flags, io, locale)) });
  io.progress?.(null);
  for (const a of analysed) sayWhenExact(a.result, flags, io, locale);
  if (flags.has('--json')) {
    const periods = analysed.map((a) => ({ period: a.key === 'all' ? null : a.key, ...toCliJson(a.result, { allPairs: flags.has('--all-pairs') }) }));
    writeJson({ log: { file: name, ...summary }, periods }, io.stdout);
  } else {
    io.stdout(`${t(locale, 'log.summary', summary)}\n`);
    for (const a of analysed) io.stdout(`${a.key === 'all' ? '' : `\n== ${a.key} ==\n`}${toCliText(a.result, locale)}`);
  }
  return 0;
}

/** The analysis' progress as whole percents for io.progress, and null at the end. */
function progressIn(io: CliIo, locale: Locale): ((fraction: number) => void) | undefined {
  const say = io.progress;
  if (!say) return undefined;
  let last = -1;
  return (fraction) => {
    const pct = Math.floor(fraction * 100);
    if (pct === last) return;
    last = pct;
    say(pct >= 100 ? null : t(locale, 'cli.progress', { pct }));
  };
}

/** --approximate with as many samples as people (or more) is the exact sweep: said on stderr, not silently. */
function sayWhenExact(result: AnalysisResult, flags: Flags, io: CliIo, locale: Locale): void {
  if (!flags.has('--approximate') || result.analysis.network.pathEstimate) return;
  io.stderr(
    `talkmap: ${t(locale, 'cli.approximateExact', { people: result.analysis.network.nodes, samples: flags.get('--samples') ?? DEFAULT_ESTIMATE_SAMPLES })}\n`,
  );
}

/** How the CLI analyses: reconstruction when asked, the sweep on the io's threads, estimated with --approximate [--samples K]. */
function analysisOptions(flags: Flags, io: CliIo, locale: Locale): AnalysisOptions {
  const samples = flags.get('--samples');
  if (samples !== undefined && !flags.has('--approximate')) throw usageError('cli.usage.samplesApproximate');
  const k = samples === undefined ? DEFAULT_ESTIMATE_SAMPLES : Number(samples);
  if (!Number.isInteger(k) || k < 1) throw usageError('cli.usage.samplesWhole');
  return {
    reconstruct: flags.has('--reconstruct'),
    sweeper: io.sweeper,
    onProgress: progressIn(io, locale),
    ...(flags.has('--approximate') ? { estimate: { samples: k } } : {}),
  };
}

/** The analysis of one import, refused while answers are codes nobody has labelled (choice-codes.ts). */
async function analyse(request: ImportRequest, flags: Flags, io: CliIo, locale: Locale): Promise<AnalysisResult> {
  // The import alone first (cheap next to the analysis): what it asks about decides the request analysed, once.
  const first = importFiles(request);
  // What Excel damaged is read one way only when asked: ids without their leading zeros (--repair-ids / --keep-ids),
  // groups made dates (--repair-dates / --keep-dates). Unanswered, the command stops and says where.
  const damaged = first.report.items.filter((i) => i.kind === 'unknown-id' && i.asId);
  const dated = first.report.items.filter((i) => i.kind === 'date-value' && i.detail && request.groupDates?.[i.column ?? ''] === undefined);
  for (const [yes, no] of [
    ['--repair-ids', '--keep-ids'],
    ['--repair-dates', '--keep-dates'],
  ])
    if (flags.has(yes as string) && flags.has(no as string)) throw usageError('cli.usage.eitherOr', { yes: yes as string, no: no as string });
  const ids = flags.has('--repair-ids') || flags.has('--keep-ids');
  const dates = flags.has('--repair-dates') || flags.has('--keep-dates');
  const one = damaged[0];
  if (one && !ids) {
    throw new ImportError('import.error.idsZerosLost', {
      file: one.file,
      column: [...new Set(damaged.map((i) => i.column ?? ''))].map((c) => `“${c}”`).join(', '),
      count: new Set(damaged.map((i) => i.value)).size,
      nodes: request.roster?.name ?? '',
      example: `${one.value} → ${one.asId ?? ''}`,
      row: one.row ?? '?',
    });
  }
  const date = dated[0];
  if (date && !dates) {
    throw new ImportError('import.error.groupDates', {
      file: date.file,
      column: date.column ?? '',
      count: dated.filter((i) => i.column === date.column).length,
      value: date.value,
      row: date.row ?? '?',
      range: date.detail ?? '',
    });
  }
  const answered: ImportRequest = {
    ...request,
    ...(one ? { idRepairs: Object.fromEntries(damaged.map((i) => [i.column ?? '', flags.has('--repair-ids')])) } : {}),
    ...(date ? { groupDates: { ...request.groupDates, ...Object.fromEntries(dated.map((i) => [i.column ?? '', flags.has('--repair-dates')])) } } : {}),
  };
  const result = await runAnalysisAsync(answered, analysisOptions(flags, io, locale));
  io.progress?.(null);
  sayWhenExact(result, flags, io, locale);
  refuseChoiceCodes(answered, result.report.items, flags.get('--codes')?.split(/[\\/]/).pop() ?? null);
  return result;
}

async function buildRequest(flags: Flags, io: CliIo, locale: Locale = io.locale): Promise<ImportRequest> {
  const file = (path: string | undefined) => (path ? readNamedFile(io.readFile, path) : null);
  const request = withScale(await readRequest(flags, io, locale), flags.get('--scale'));
  return withCodeLabels(withCodeLabels(request, file(flags.get('--codes'))), file(flags.get('--match')), 'names');
}

async function readRequest(flags: Flags, io: CliIo, locale: Locale): Promise<ImportRequest> {
  for (const flag of ['--edges', '--survey', '--nodes', '--respondent', '--group', '--weight', '--responded']) {
    if (flags.getAll(flag).length > 1) throw flag === '--nodes' ? usageError('cli.usage.analyzeOneRoster') : usageError('cli.usage.analyzeOne', { flag });
  }
  const cache = new Map<string, InputFile>();
  const readRaw = (path: string): InputFile => readNamedFile(io.readFile, path);
  // Spreadsheets are read to rows up front (--sheet for the survey or edge list, else the first sheet with data), text files as they are.
  const sheet = flags.get('--sheet');
  for (const flag of ['--edges', '--survey', '--nodes']) {
    const path = flags.get(flag);
    if (!path) continue;
    const raw = readRaw(path);
    const wanted = sheet && flag !== '--nodes' ? sheet : undefined;
    const loaded = await loadInputFiles([raw], wanted ? { [raw.name]: wanted } : {});
    const one = loaded.files[0] as InputFile;
    if (wanted && one.sheet !== wanted) {
      const sheets = loaded.workbooks[raw.name];
      throw new ImportError(sheets ? 'import.error.noSheet' : 'import.error.notWorkbook', { file: raw.name, sheet: wanted, sheets: sheets?.join(', ') ?? '' });
    }
    // UTF-8 once read as Windows-1252 somewhere ("Ã«" for "ë"): names would not match. Said, and repaired on request, as in the wizard.
    const repaired = flags.has('--repair') && !one.rows ? { ...one, repairMojibake: true } : one;
    const table = one.rows ? null : readTableFile(one, []);
    const cells = one.rows ?? [table?.header ?? [], ...(table?.rows ?? [])];
    if (table?.rivalDelimiter)
      io.stderr(
        `talkmap: ${t(locale, 'cli.delimiterDoubt', { file: one.name, chosen: table.delimiter === '\t' ? 'tab' : table.delimiter, other: table.rivalDelimiter === '\t' ? 'tab' : table.rivalDelimiter })}\n`,
      );
    if (!flags.has('--repair') && hasMojibake(cells.flat().join('\n'))) {
      io.stderr(`talkmap: ${t(locale, 'cli.mojibake', { file: one.name })}\n`);
    }
    cache.set(path, repaired);
  }
  const read = (path: string): InputFile => cache.get(path) ?? readRaw(path);
  const sources = ['--demo', '--edges', '--survey'].filter((f) => flags.has(f));
  if (sources.length !== 1) throw usageError('cli.usage.oneSource');
  const group = flags.get('--group');
  const nodes = flags.get('--nodes');
  if (flags.has('--demo')) {
    const demo = demoImportRequest();
    return group ? { ...demo, groupAttribute: group } : demo;
  }
  if (flags.has('--edges')) {
    const data = read(flags.get('--edges') as string);
    const relations = edgeRelations(readTableFile(data, []), { relationColumn: null });
    // Several relations in one edge list: one is read, never all merged; say which and how to choose.
    if (relations && !flags.has('--relation')) {
      io.stderr(
        `talkmap: ${t(locale, 'cli.relations', { file: data.name, relations: relations.values.map((v) => `${v.value} (${v.rows})`), chosen: relations.values[0]?.value ?? '' })}\n`,
      );
    }
    return {
      data,
      roster: nodes ? read(nodes) : null,
      spec: edgeListSpec({
        weightColumn: flags.get('--weight') ?? null,
        relation: flags.get('--relation') ?? null,
        respondedColumn: flags.get('--responded') ?? null,
      }),
      ...(group ? { groupAttribute: group } : {}),
    };
  }
  const respondent = flags.get('--respondent');
  const nominations = flags.getAll('--nominations');
  const roster = nodes ? read(nodes) : null;
  if (!respondent && nominations.length === 0) {
    // No columns given: propose them as the app does (multi-select, name fields or a grid), and say what was detected.
    // The question chosen first, so the detection line names the columns really read.
    const proposed = withRelation(
      withGroup(proposeImport(roster ? [read(flags.get('--survey') as string), roster] : [read(flags.get('--survey') as string)]), group),
      flags,
    );
    io.stderr(`talkmap: ${describeDetected(proposed, locale)}\n`);
    return proposed;
  }
  if (!respondent || nominations.length === 0) throw usageError('cli.usage.surveyColumns');
  const data = read(flags.get('--survey') as string);
  const table = readTableFile(data, []);
  const respondentColumn = columnOf(table, respondent, data.name);
  const nominationColumns = nominations.map((c) => columnOf(table, c, data.name));
  const rosterTable = roster ? readTableFile(roster, []) : null;
  // The researcher chose the columns: read them, but say so when their answers are not the people in the file.
  // (Numbers are choice codes: said, or labelled with --codes, after the import — choice-codes.ts.)
  const coded = nominationColumns.every((c) => table.rows.every((r) => /^[\d\s,;]*$/.test(r[table.header.indexOf(c)] ?? '')));
  if (!coded && !nominationsMatchPeople(table, respondentColumn, nominationColumns, rosterTable)) {
    io.stderr(`talkmap: ${t(locale, 'cli.namesUnmatched', { columns: nominationColumns })}\n`);
  }
  // Groups as in the app: the roster's, else the respondents' own answer, unless --group says otherwise.
  const detected =
    group === undefined && !(rosterTable && findGroupColumn(rosterTable.header)) ? detectGroupColumn(table, [respondentColumn, ...nominationColumns]) : null;
  if (detected) io.stderr(`talkmap: ${t(locale, 'cli.groupsDetected', { column: detected.column })}\n`);
  return withGroup({ data, roster, spec: { shape: 'multi-select', respondentColumn, nominationColumns, groupColumn: detected?.column ?? null } }, group);
}

/**
 * A column named on the command line: its header text, Qualtrics' short id (Q1, QID2_TEXT) as
 * researchers write it, or the header with other case and spacing.
 */
function columnOf(table: Table, name: string, file: string): string {
  if (table.header.includes(name)) return name;
  const byId = table.shortIds?.indexOf(name) ?? -1;
  if (byId >= 0) return table.header[byId] as string;
  const loose = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
  const found = table.header.find((h) => loose(h) === loose(name));
  if (found) return found;
  const columns = table.header.map((h, i) => (table.shortIds?.[i] && table.shortIds[i] !== h ? `${table.shortIds[i]} (${h})` : h));
  throw new ImportError('import.error.missingColumn', { file, column: name, columns: columns.join(', ') });
}

/** `--group COLUMN`: a roster column when the roster has it, else the respondents' own answer in the survey. */
function withGroup(request: ImportRequest, group: string | undefined): ImportRequest {
  if (!group) return request;
  const spec = request.spec;
  if (spec.shape === 'edge-list' || spec.shape === 'matrix') return { ...request, groupAttribute: group };
  const rosterHeader = request.roster ? readTableFile(request.roster, []).header : [];
  if (rosterHeader.includes(group)) return { ...request, spec: { ...spec, groupColumn: null }, groupAttribute: group };
  const survey = readTableFile(request.data, []);
  const byId = survey.shortIds?.indexOf(group) ?? -1;
  const column = survey.header.includes(group) ? group : byId >= 0 ? (survey.header[byId] as string) : null;
  if (column) return { ...request, spec: { ...spec, groupColumn: column }, groupAttribute: column };
  throw new ImportError('import.error.unknownGroup', { column: group, columns: [...rosterHeader, ...survey.header].join(', ') || '—' });
}

/** One line on stderr for a survey read without column flags: what Talkmap took each column to mean. */
function describeDetected(request: ImportRequest, locale: Locale): string {
  const spec = request.spec;
  if (spec.shape === 'edge-list' || spec.shape === 'matrix')
    return t(locale, 'cli.detectedTable', { file: request.data.name, shape: t(locale, `cli.shape.${spec.shape}`) });
  const names = spec.shape === 'multi-select' ? spec.nominationColumns : spec.columns.map((c) => c.column);
  const shape = spec.shape === 'rating-grid' ? 'rating-grid' : names.length > 1 ? 'name-fields' : 'multi-select';
  return t(locale, 'cli.detectedSurvey', {
    file: request.data.name,
    shape: t(locale, `cli.shape.${shape}`, { count: names.length }),
    respondent: spec.respondentColumn,
    // The message puts the quotes around the whole: “a”, “b” … “z”.
    names: names.length > 3 ? `${names.slice(0, 2).join('”, “')}” … “${names.at(-1)}` : names.join('”, “'),
    groups: ((column) => (column ? t(locale, 'cli.groupsFrom', { column }) : t(locale, 'cli.noGroups')))(
      spec.groupColumn ?? request.groupAttribute ?? (request.roster ? findGroupColumn(readTableFile(request.roster, []).header) : null),
    ),
  });
}

/**
 * A survey with several questions: `--relation NAME` reads that one (exactly, or the one whose
 * question contains NAME); without it the detected one is read and stderr says which others there are.
 */
function withRelation(request: ImportRequest, flags: Flags): ImportRequest {
  const wanted = flags.get('--relation');
  if (!wanted) return request;
  const layers = importLayers(request);
  if (!layers) throw usageError('cli.usage.oneQuestion', { wanted, file: request.data.name });
  const layer = layerNamed(layers, wanted);
  if (!layer)
    throw new ImportError('import.error.unknownQuestion', {
      file: request.data.name,
      relation: wanted,
      relations: layers.layers.map((l) => `“${l.name}”`).join(', '),
    });
  return { ...request, spec: layer.spec };
}
