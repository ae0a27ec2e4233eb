/**
 * An order of people that says nothing about who they are: by a hash (FNV-1a) of their id,
 * stable for the same data. Used wherever an order would otherwise follow the names — the
 * codes hidden names get, and the places people take in a group on the map — because
 * without roster ids the id is the name, and "P01, P02 …" or seats clockwise in alphabetical
 * order would let anyone who knows the team decode them.
 */
export function neutralRank(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** Compares two ids in the neutral order (ties, which need equal hashes, by id). */
export function neutralOrder(a: string, b: string): number {
  return neutralRank(a) - neutralRank(b) || (a < b ? -1 : a > b ? 1 : 0);
}
