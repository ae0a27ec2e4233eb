// The DuckDB route for very large logs and Parquet (electron/node/duckdb-log.ts) gives the
// built-in reader's aggregate — people, periods, ties and their order, the rows left out with
// their row, column and value — on the generated million-row log and on a damaged one; the
// Parquet export reads back through DuckDB itself. Skipped where the optional dependency is absent.
import { createRequire } from 'node:module';
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aggregateLogStream, type LogOptions } from '../../../../shared/import/interaction-log';
import { aggregateLogWithDuckDb, openDuckDb } from '../../../../electron/node/duckdb-log';
import { writeParquet } from '../../../../electron/node/duckdb-parquet';
import { logTiesTable } from '../../../../shared/export/parquet-ties';
import { DUCKDB_VERSION } from '../../../../shared/cli/duckdb-version';
import { generateInteractionLog } from '../../../bench/generate-network';

const installed = (() => {
  try {
    createRequire(import.meta.url).resolve('@duckdb/node-api');
    return true;
  } catch {
    return false;
  }
})();
if (!installed) console.log('Skipping: @duckdb/node-api (an optional dependency of the CLI) is not installed.');

const dir = mkdtempSync(join(tmpdir(), 'talkmap-duckdb-'));
const builtin = (path: string, options: LogOptions) =>
  aggregateLogStream(
    'log.csv',
    (async function* () {
      yield new Uint8Array(readFileSync(path));
    })(),
    options,
  );

describe.skipIf(!installed)('interaction logs through DuckDB', () => {
  it('is pinned to one exact version, as an optional dependency', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '../../../../package.json'), 'utf8'));
    expect(pkg.optionalDependencies['@duckdb/node-api']).toBe(DUCKDB_VERSION);
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  it('aggregates the million-row log exactly as the built-in reader does, whole and per month', async () => {
    const path = join(dir, 'log-1m.csv');
    const fd = openSync(path, 'w');
    generateInteractionLog(1_000_000, 5000, (text) => writeSync(fd, text));
    closeSync(fd);
    for (const options of [{}, { period: 'month' }, { period: 'week', from: '2025-10-01', to: '2026-03-31', channel: 'chat' }] as LogOptions[]) {
      const expected = await builtin(path, options);
      const actual = await aggregateLogWithDuckDb(path, options, 'log.csv');
      expect(actual.rows).toBe(1_000_000);
      expect(actual).toEqual(expected);
    }
  }, 600_000);

  it('leaves out and reports the same rows of a damaged log, with the same rows, columns and values', async () => {
    const lines = ['afzender;ontvanger;tijdstip;kanaal'];
    lines.push('anna;bram;2025-09-01T10:00:00Z;mail', '', '   ', 'anna;;2025-09-02;mail', ';bram;2025-09-02;chat', 'carla;carla;2025-09-03;mail');
    lines.push('"de Vries; J.";anna;03-09-2025;chat', 'bram;anna;1757000000;teams', 'bram;carla;1757000000123;teams', 'carla;anna;gisteren;mail');
    lines.push('dirk;anna;2025-13-45;mail', 'anna;dirk;2025-12-31;mail');
    for (let i = 0; i < 230; i++) lines.push(`p${i};p${i};2025-10-0${(i % 9) + 1};chat`);
    lines.push('erik;anna;  2025-11-05 ;mail', 'frank;erik;;chat');
    const path = join(dir, 'damaged.csv');
    writeFileSync(path, `${lines.join('\n')}\n`);
    // The same with Windows line ends, and without a line end after the last row.
    const windows = join(dir, 'damaged-crlf.csv');
    writeFileSync(windows, lines.join('\r\n'));
    for (const [file, options] of [
      [windows, {}],
      [windows, { period: 'month' }],
    ] as const) {
      expect(await aggregateLogWithDuckDb(file, options, 'log.csv')).toEqual(await builtin(file, options));
    }
    for (const options of [
      {},
      { period: 'month' },
      { period: 'week' },
      { from: '2025-09-02', to: '2025-12-31' },
      { channel: 'mail', period: 'quarter' },
    ] as LogOptions[]) {
      const expected = await builtin(path, options);
      const actual = await aggregateLogWithDuckDb(path, options, 'log.csv');
      expect(actual, JSON.stringify(options)).toEqual(expected);
    }
  }, 120_000);

  it('reads a Parquet log (rows are its records) and writes the aggregated ties as Parquet that reads back', async () => {
    const csv = join(dir, 'small.csv');
    writeFileSync(csv, 'source,target,timestamp\nanna,bram,2025-09-01\nbram,anna,2025-09-02\nanna,bram,2025-10-01\ncarla,,2025-10-02\n');
    const parquet = join(dir, 'small.parquet');
    const c = await openDuckDb('small.csv');
    await c.run(`COPY (SELECT * FROM read_csv('${csv}', all_varchar = true)) TO '${parquet}' (FORMAT parquet)`);
    const fromParquet = await aggregateLogWithDuckDb(parquet, { period: 'month' });
    const fromCsv = await builtin(csv, { period: 'month' });
    expect(fromParquet.periods).toEqual(fromCsv.periods);
    expect(fromParquet.people).toEqual(fromCsv.people);
    expect(fromParquet.items).toEqual([{ kind: 'empty-answer', file: 'small.parquet', row: 4, column: 'target', value: 'carla,' }]);
    const out = join(dir, 'ties.parquet');
    await writeParquet(out, logTiesTable(fromParquet));
    const back = (await c.runAndReadAll(`SELECT src, dst, period, interactions FROM read_parquet('${out}') ORDER BY period, src`)).getRowObjects();
    expect(back).toEqual([
      { src: 'anna', dst: 'bram', period: '2025-09', interactions: 1n },
      { src: 'bram', dst: 'anna', period: '2025-09', interactions: 1n },
      { src: 'anna', dst: 'bram', period: '2025-10', interactions: 1n },
    ]);
    c.closeSync();
  }, 120_000);
});
