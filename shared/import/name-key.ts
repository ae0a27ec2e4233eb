/**
 * Name normalisation for matching survey answers to the roster: Unicode NFKC, no
 * diacritics, lower case, one kind of apostrophe, single spaces. "Ruud  d'Hondt" and
 * "ruud d’hondt" get the same key; different people never do unless written identically.
 */

export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}
