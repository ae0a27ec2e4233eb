/**
 * The one way to key pairs of people or groups in maps and sets: `pairKey` the same either
 * way round (a pair of groups, a mutual tie), `arcKey` for one direction (source → target).
 * The separator is a NUL, which no name or id from a file contains after import.
 */
const SEPARATOR = '\u0000';

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}${SEPARATOR}${b}` : `${b}${SEPARATOR}${a}`;
}

export function arcKey(source: string, target: string): string {
  return `${source}${SEPARATOR}${target}`;
}

/** The two halves of a pairKey or arcKey. */
export function splitKey(key: string): [string, string] {
  const i = key.indexOf(SEPARATOR);
  return [key.slice(0, i), key.slice(i + 1)];
}
