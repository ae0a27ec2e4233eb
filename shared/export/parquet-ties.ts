/**
 * Ties as a table for a Parquet file (written by the CLI through DuckDB): an interaction log's
 * aggregated ties, every period in one table, or an analysed network's ties — with `src` and
 * `dst` as Spark GraphFrames expects them, named as the export's --names says.
 */
import type { LogAggregate } from '../import/interaction-log';
import type { AnalysisResult } from '../pipeline/run-analysis';
import type { Naming } from '../present/names';
import { WHOLE_LOG } from '../import/interaction-log';

export interface ParquetTable {
  columns: { name: string; type: 'VARCHAR' | 'BIGINT' | 'DOUBLE' }[];
  rows: (string | number | null)[][];
}

/** src, dst, period (null for the whole log), interactions. `nameOf` maps a name in the log to what is written. */
export function logTiesTable(aggregate: LogAggregate, nameOf: (name: string) => string = (n) => n): ParquetTable {
  const rows: ParquetTable['rows'] = [];
  for (const p of aggregate.periods) for (const t of p.ties) rows.push([nameOf(t.source), nameOf(t.target), p.key === WHOLE_LOG ? null : p.key, t.count]);
  return {
    columns: [
      { name: 'src', type: 'VARCHAR' },
      { name: 'dst', type: 'VARCHAR' },
      { name: 'period', type: 'VARCHAR' },
      { name: 'interactions', type: 'BIGINT' },
    ],
    rows,
  };
}

/** src, dst, weight, imputed: the network's ties as analysed. */
export function networkTiesTable(result: AnalysisResult, naming: Naming): ParquetTable {
  return {
    columns: [
      { name: 'src', type: 'VARCHAR' },
      { name: 'dst', type: 'VARCHAR' },
      { name: 'weight', type: 'DOUBLE' },
      { name: 'imputed', type: 'BIGINT' },
    ],
    rows: result.network.ties.map((t) => [naming.nameOf(t.source), naming.nameOf(t.target), t.weight, t.imputed ? 1 : 0]),
  };
}
