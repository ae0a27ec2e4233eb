/**
 * Name normalisation for matching survey answers to the roster: Unicode NFKC, no
 * diacritics, lower case, one kind of apostrophe, single spaces, and the Dutch list order
 * "Vries, Jan de" read as "Jan de Vries", no spaces around a hyphen. "Ruud  d'Hondt" and
 * "ruud d’hondt" get the same key; different people never do unless written identically.
 */

export function nameKey(name: string): string {
  const parts = name.split(',');
  const ordered = parts.length === 2 && parts[0]?.trim() && parts[1]?.trim() ? `${parts[1]} ${parts[0]}` : name;
  return (
    ordered
      .normalize('NFKC')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[’‘`´]/g, "'")
      .replace(/[\s\u00a0]+/g, ' ')
      // "Bakker - van Dam" and "Bakker-van Dam" are one name.
      .replace(/ ?- ?/g, '-')
      .trim()
  );
}
