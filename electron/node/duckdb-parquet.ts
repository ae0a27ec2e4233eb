/**
 * Writes a table as a Parquet file through DuckDB (for researchers who go on in Spark
 * GraphFrames, pandas or R arrow): into a temporary file beside the target, then renamed over
 * it, so a failed write never leaves half a file.
 */
import { renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { ParquetTable } from '../../shared/export/parquet-ties';
import { openDuckDb } from './duckdb-log';

export async function writeParquet(path: string, table: ParquetTable): Promise<void> {
  const c = await openDuckDb(basename(path));
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await c.run(`CREATE TEMP TABLE out (${table.columns.map((col) => `"${col.name}" ${col.type}`).join(', ')})`);
    const appender = await c.createAppender('out', 'main', 'temp');
    for (const row of table.rows) {
      table.columns.forEach((col, i) => {
        const value = row[i];
        if (value === null || value === undefined) appender.appendNull();
        else if (col.type === 'VARCHAR') appender.appendVarchar(String(value));
        else if (col.type === 'BIGINT') appender.appendBigInt(BigInt(value));
        else appender.appendDouble(Number(value));
      });
      appender.endRow();
    }
    appender.closeSync();
    await c.run(`COPY out TO '${temporary.replace(/'/g, "''")}' (FORMAT parquet)`);
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
    c.closeSync();
  }
}
