/** Each period of an aggregated log as an ordinary import request (an edge list of counts), so a period is a wave like any survey. */
import type { ImportRequest, InputFile } from '../import-files';
import { edgeListSpec } from '../import-spec';
import { LogError } from './log-error';
import { WHOLE_LOG, type LogAggregate } from './log-types';

/** The most distinct pairs one period may have to be analysed as a network (the graph's maps hold 2^24 entries). */
export const MAX_ANALYSED_TIES = 16_000_000;

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
export function logRequests(
  aggregate: LogAggregate,
  roster: InputFile | null,
  groupAttribute?: string | null,
  maxTies = MAX_ANALYSED_TIES,
): { key: string; request: ImportRequest }[] {
  // A network is held in the graph library's maps (at most 2^24 entries): a period with more distinct pairs is
  // counted (pair-counts.ts) but cannot be analysed as one network — said, with how to split it.
  for (const p of aggregate.periods)
    if (p.ties.length > maxTies)
      throw new LogError('log.error.tooManyTies', {
        file: aggregate.file,
        period: p.key === WHOLE_LOG ? '' : ` (${p.key})`,
        ties: p.ties.length,
        max: maxTies,
      });
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
