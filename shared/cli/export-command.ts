/**
 * `talkmap export --format xlsx|csv|graphml|gexf|dl|rsiena|parquet --out PATH`: the results as files, from
 * any input `analyze` reads, named as `--names` says (off, role, initials, codes) — the
 * same files the app's Export menu writes. CSV files follow the computer's locale unless
 * `--separator` and `--decimal` say otherwise.
 */
import { computerCsvDefaults, csvOptions, CSV_SEPARATORS, DECIMAL_MARKS, type CsvSeparator, type DecimalMark } from '../export/csv';
import { toGexf, toGraphML, toUcinetDl } from '../export/network-formats';
import { groupedDrawing } from '../export/map-drawing';
import { rsienaFiles } from '../export/rsiena';
import { blockMatrixCsv, findingsCsv, groupsCsv, peopleCsv, tiesCsv } from '../export/tables-csv';
import { resultSheets, writeWorkbook } from '../export/workbook';
import { t, type Locale } from '../i18n/translate';
import type { AnalysisResult } from '../pipeline/run-analysis';
import { ANONYMISE_MODES, type AnonymiseMode } from '../present/anonymise';
import { namingFor } from '../present/names';
import { usageError, type Flags } from './flags';
import { networkTiesTable } from '../export/parquet-ties';
import { LogError } from '../import/interaction-log';
import { DUCKDB_VERSION } from './duckdb-version';
import type { CliIo } from './run-cli';

export const EXPORT_FORMATS = ['xlsx', 'csv', 'graphml', 'gexf', 'dl', 'rsiena', 'parquet'] as const;
type ExportFormat = (typeof EXPORT_FORMATS)[number];

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A value flag that takes one of `allowed`, or its default. */
export function choice<T extends string>(flags: Flags, flag: string, allowed: readonly T[], fallback: T | null): T {
  const value = flags.get(flag) ?? fallback;
  if (value === null) throw usageError('cli.usage.required', { flag, allowed: allowed.join(', ') });
  if (!allowed.includes(value as T)) throw usageError('cli.usage.takes', { flag, allowed: allowed.join(', ') });
  return value as T;
}

/** The CLI's file writing; a host without it cannot export. */
export function writerOf(io: CliIo): Required<Pick<CliIo, 'writeFile' | 'makeDir'>> {
  if (!io.writeFile || !io.makeDir) throw usageError('cli.usage.cannotWrite');
  return { writeFile: io.writeFile, makeDir: io.makeDir };
}

/** `waves`: the network (one), or for `--format rsiena` every wave given, earliest first. */
export async function exportCommand(waves: AnalysisResult[], flags: Flags, io: CliIo, locale: Locale): Promise<number> {
  const result = waves.at(-1) as AnalysisResult;
  const { writeFile, makeDir } = writerOf(io);
  const format: ExportFormat = choice(flags, '--format', EXPORT_FORMATS, null);
  const out = flags.get('--out');
  if (!out) throw usageError('cli.usage.exportOutFolder');
  const names: AnonymiseMode = choice(flags, '--names', ANONYMISE_MODES, 'off');
  const options = { fold: flags.has('--fold-roles'), foldedRole: t(locale, 'anonymise.folded') };
  // Everyone in every wave gets one alias (a code is the same person in each wave's matrix).
  const naming = namingFor(result.analysis.nodes, names, null, { ...options, people: waves.flatMap((w) => w.analysis.nodes) });
  const files: { path: string; content: Uint8Array }[] = [];
  const extension = { xlsx: '.xlsx', graphml: '.graphml', gexf: '.gexf', dl: '.dl', parquet: '.parquet' } as const;
  if (format !== 'csv' && format !== 'rsiena' && !out.toLowerCase().endsWith(extension[format]))
    io.stderr(`talkmap: ${t(locale, 'cli.extension', { file: out, format, extension: extension[format] })}\n`);
  if (format === 'xlsx') files.push({ path: out, content: await writeWorkbook(resultSheets(result, locale, names, null, options)) });
  else if (format === 'csv') {
    const defaults = computerCsvDefaults(io.computerLocale);
    const separator: CsvSeparator = choice(flags, '--separator', CSV_SEPARATORS, defaults.separator);
    const decimal: DecimalMark = choice(flags, '--decimal', DECIMAL_MARKS, defaults.decimal);
    const options = csvOptions(separator, decimal);
    const nl = locale === 'nl';
    makeDir(out);
    const file = (name: string, text: string) => files.push({ path: `${out.replace(/[\\/]+$/, '')}/${name}`, content: encode(text) });
    file(nl ? 'mensen.csv' : 'people.csv', peopleCsv(result.analysis.nodes, locale, naming, options));
    file(nl ? 'banden.csv' : 'ties.csv', tiesCsv(result, locale, naming, options));
    file(nl ? 'groepen.csv' : 'groups.csv', groupsCsv(result, locale, options));
    file(nl ? 'groepsmatrix.csv' : 'group-matrix.csv', blockMatrixCsv(result, locale, options));
    file(nl ? 'bevindingen.csv' : 'findings.csv', findingsCsv(result.findings.findings, locale, naming, options));
  } else if (format === 'rsiena') {
    makeDir(out);
    for (const f of rsienaFiles(waves, naming)) files.push({ path: `${out.replace(/[\\/]+$/, '')}/${f.name}`, content: encode(f.text) });
  } else if (format === 'parquet') {
    // The ties only, for Spark GraphFrames and the like (through DuckDB, which writes the file itself).
    if (!io.writeParquet) throw new LogError('log.error.duckdbMissing', { file: out, version: DUCKDB_VERSION });
    await io.writeParquet(out, networkTiesTable(result, naming));
    io.stdout(`${t(locale, 'cli.wrote', { file: out })}\n`);
  } else {
    if (format === 'dl' && result.analysis.network.imputedTies > 0)
      io.stderr(`talkmap: ${t(locale, 'cli.dlWithoutImputed', { count: result.analysis.network.imputedTies })}\n`);
    const text =
      format === 'graphml' ? toGraphML(result, naming) : format === 'gexf' ? toGexf(result, naming, groupedDrawing(result)) : toUcinetDl(result, naming);
    files.push({ path: out, content: encode(text) });
  }
  // Who answered, where a roster cell did not say it clearly: said here too, not only in the report.
  for (const w of waves) {
    const unclear = w.report.items.filter((i) => i.kind === 'invalid-responded');
    if (unclear.length > 0)
      io.stderr(
        `talkmap: ${t(locale, 'cli.unclearResponded', { file: unclear[0]!.file, count: unclear.length, rows: unclear.map((i) => i.row ?? '?').join(', ') })}\n`,
      );
  }
  for (const f of files) {
    await writeFile(f.path, f.content);
    io.stdout(`${t(locale, 'cli.wrote', { file: f.path })}\n`);
  }
  return 0;
}
