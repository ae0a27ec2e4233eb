/**
 * Does an answer look like a person's name? The importer proposes a network only when the
 * file supports it: nominations that look like names (not prose, dates, codes or JSON) and
 * that match the roster or recur among the respondents. Anything else is refused with what
 * was found, never turned into a guessed network.
 */

const DATE = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}([ T]\d{1,2}:\d{2}(:\d{2})?)?/;
const TIME = /^\d{1,2}:\d{2}/;
const NUMBER = /^[-+]?\d+([.,]\d+)?([eE][-+]?\d+)?%?$/;
const JSONISH = /^[[{]|^"?\w+"?\s*:\s*["[{\d]/;
const CODE = /^[A-Z]{1,3}_[A-Za-z0-9]{4,}$|^[0-9a-f]{8}-[0-9a-f]{4}-/;
/** Letters of names: Latin with diacritics, apostrophes, hyphens, dots of initials, spaces. */
const NAME_CHARS = /^[\p{L}\p{M}][\p{L}\p{M}'’‘`´.\- ]*$/u;

/** A short qualifier after a name, as rosters and Talkmap's survey kit tell two people apart: "Mark Visser (groep 3-4)", "Carla Smit (ib)". */
export const NAME_QUALIFIER = /\s*\([^()]{1,30}\)$/;

export function looksLikeName(value: string): boolean {
  const v = value.trim().replace(/\s+/g, ' ').replace(NAME_QUALIFIER, '');
  if (v.length < 2 || v.length > 60) return false;
  if (DATE.test(v) || TIME.test(v) || NUMBER.test(v) || JSONISH.test(v) || CODE.test(v) || v.includes('@') || v.includes('://')) return false;
  // "Vries, Jan de" is one name in the Dutch list order.
  const parts = v.split(',').map((p) => p.trim());
  if (parts.length > 2 || parts.some((p) => !p)) return false;
  return parts.every((p) => NAME_CHARS.test(p) && p.split(' ').length <= 6 && !/[.]\s*$/.test(p.replace(/(^|\s)\p{Lu}\.$/u, '')));
}

/** An identifier an edge list or roster may use instead of a name: "p07", "123", "S-12". */
export function looksLikeId(value: string): boolean {
  return /^[A-Za-z]{0,3}[-_]?\d{1,9}$/.test(value.trim());
}

/** Share of the non-empty values that pass `test`; 0 when there are none. */
export function shareOf(values: string[], test: (v: string) => boolean): number {
  const filled = values.map((v) => v.trim()).filter(Boolean);
  return filled.length === 0 ? 0 : filled.filter(test).length / filled.length;
}
