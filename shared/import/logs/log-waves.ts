/** Each period of an aggregated log as an ordinary import request (an edge list of counts), so a period is a wave like any survey. */
import type { ImportRequest, InputFile } from '../import-files';
import { edgeListSpec } from '../import-spec';
import { WHOLE_LOG, type LogAggregate } from './log-types';

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
      data: { name: p.key === WHOLE_LOG ? `${base}.csv` : `${base}-${p.key}.csv`, bytes: new TextEncoder().encode(periodEdgeList(p.ties)) },
      roster,
      spec: edgeListSpec({ sourceColumn: 'source', targetColumn: 'target', weightColumn: 'interactions' }),
      ...(groupAttribute !== undefined ? { groupAttribute } : {}),
      source,
    },
  }));
}
