/**
 * Which columns of a log are who, to whom, when and through which channel — from the
 * header by the shared column patterns (column-roles.ts), else the first two columns when
 * the rest is only a time and a channel. A survey export is sent to "Open survey…".
 */
import { CHANNEL_COLUMN, LOG_SOURCE_COLUMN, LOG_TARGET_COLUMN, SURVEY_ONLY_COLUMN, TIME_COLUMN } from '../column-roles';
import { LogError } from './log-error';
import type { LogColumns } from './log-types';

/** One line's fields (a log line never holds a line break inside quotes). */
export function splitLine(line: string, delimiter: string): string[] {
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
  return logColumnsOf(
    splitLine(line, delimiter).map((h) => h.trim()),
    delimiter,
    file,
  );
}

/** Which of these column names are who, to whom, when and the channel (a Parquet file's names too). */
export function logColumnsOf(header: string[], delimiter: string, file: string): LogColumns {
  const find = (re: RegExp) => {
    const i = header.findIndex((h) => re.test(h));
    return i < 0 ? null : i;
  };
  let source = find(LOG_SOURCE_COLUMN);
  let target = find(LOG_TARGET_COLUMN);
  if (source === null || target === null) {
    if (find(SURVEY_ONLY_COLUMN) !== null) throw new LogError('log.error.survey', { file });
    // No recognisable names: the first two columns are who and to whom, as in an edge
    // list — when any further columns are a time and a channel, not a survey's questions.
    const rest = header.slice(2);
    const edgeListLike = rest.length <= 2 && rest.every((h) => TIME_COLUMN.test(h) || CHANNEL_COLUMN.test(h));
    if (source === null && target === null && header.length >= 2 && edgeListLike) [source, target] = [0, 1];
  }
  if (source === null || target === null) throw new LogError('log.error.columns', { file, header: header.join(', ') });
  return { source, target, timestamp: find(TIME_COLUMN), channel: find(CHANNEL_COLUMN), header, delimiter };
}
