/**
 * Parsing Dutch names for matching suggestions: first names (or initials), tussenvoegsel
 * ("van der", "v.d.", "de", "'t") and surname; "Berg, Jan van der" and hyphenated partner
 * names ("Jansen-de Vries") included. Used only to *suggest* a match; never to merge.
 */
import { nameKey } from './name-key';

export interface DutchName {
  first: string[];
  initials: string;
  prefix: string;
  surname: string;
  /** Surname parts of a double (partner) name, e.g. ["jansen", "vries"]. */
  surnameParts: string[];
}

/**
 * Tussenvoegsels — the words between first name and surname that are not sorted or matched
 * on ("van der", "de", "'t"), with the forms schools write ("v.d.", "vd") and a few from
 * neighbouring languages (von, du, el). The one list: matching, sorting and initials use it.
 */
const PREFIXES = new Set([
  'van',
  'de',
  'der',
  'den',
  'het',
  'ten',
  'ter',
  'te',
  'op',
  'in',
  "in't",
  "'t",
  't',
  'aan',
  'bij',
  'uit',
  'onder',
  'over',
  'voor',
  'tot',
  "d'",
  'du',
  'des',
  'la',
  'le',
  'les',
  'l',
  'da',
  'di',
  'del',
  'della',
  'do',
  'dos',
  'el',
  'al',
  'von',
  'vom',
  'zu',
  'zum',
  'zur',
  'vd',
  'v',
  'vander',
  'vanden',
  'vande',
]);

/** Whether a word of a name is a tussenvoegsel (any case; ’ read as '). */
export function isTussenvoegsel(word: string): boolean {
  return PREFIXES.has(word.toLowerCase().replace(/’/g, "'"));
}
const EXPAND: Record<string, string> = { 'v.d.': 'van der', 'v.d': 'van der', vd: 'van der' };

export function parseDutchName(written: string): DutchName {
  const tokens = nameKey(written)
    .replace(/\b(v\.d\.?|vd)(?=\s)/g, (m) => EXPAND[m] ?? m)
    .split(/\s+/)
    .filter(Boolean);
  // Surname: the last token, or from a hyphenated partner name on ("Jansen-de Boer");
  // prefix: the tussenvoegsels before it.
  const hyphen = tokens.findIndex((t, i) => i > 0 && t.includes('-'));
  let end = hyphen > 0 ? hyphen : tokens.length - 1;
  const surname = tokens.slice(end).join(' ');
  let start = end;
  while (start > 0 && PREFIXES.has((tokens[start - 1] as string).replace(/\.$/, ''))) start--;
  const prefix = tokens.slice(start, end).join(' ');
  const first = tokens.slice(0, start);
  end = start;
  const initials = first
    .map((f) => f.replace(/\./g, ''))
    .map((f) => (f.length <= 2 && /^[a-z]+$/.test(f) ? f : (f[0] ?? '')))
    .join('');
  const surnameParts = surname.split(/[-\s]+/).filter((part) => part && !PREFIXES.has(part));
  return { first: first.filter((f) => !/^[a-z]\.?$/.test(f)), initials, prefix, surname, surnameParts };
}

/** Common Dutch nickname / formal-name pairs (both directions). */
const NICKNAMES: [string, string][] = [
  ['kees', 'cornelis'],
  ['jan', 'johannes'],
  ['hans', 'johannes'],
  ['joop', 'johannes'],
  ['piet', 'petrus'],
  ['piet', 'pieter'],
  ['klaas', 'nicolaas'],
  ['henk', 'hendrik'],
  ['wim', 'willem'],
  ['gert', 'gerardus'],
  ['gerard', 'gerardus'],
  ['sjaak', 'jacobus'],
  ['koos', 'jacobus'],
  ['jaap', 'jacob'],
  ['joke', 'johanna'],
  ['hanneke', 'johanna'],
  ['marieke', 'maria'],
  ['ria', 'maria'],
  ['mieke', 'maria'],
  ['bep', 'elisabeth'],
  ['liesbeth', 'elisabeth'],
  ['els', 'elisabeth'],
  ['truus', 'geertruida'],
  ['anneke', 'anna'],
  ['toon', 'antonius'],
  ['ton', 'antonius'],
  ['frans', 'franciscus'],
  ['thijs', 'matthijs'],
  ['bart', 'bartholomeus'],
  ['rob', 'robert'],
  ['bert', 'albert'],
  ['lies', 'elisabeth'],
  ['tineke', 'christina'],
  ['sanne', 'susanne'],
  ['bas', 'sebastiaan'],
];
const NICK = new Map<string, Set<string>>();
for (const [a, b] of NICKNAMES) {
  NICK.set(a, new Set([...(NICK.get(a) ?? []), b]));
  NICK.set(b, new Set([...(NICK.get(b) ?? []), a]));
}

export function sameFirstName(a: string, b: string): boolean {
  return a === b || (NICK.get(a)?.has(b) ?? false);
}

/** Every first name `sameFirstName(name, x)` holds for: the name and its nicknames or full forms. */
export function firstNameVariants(name: string): string[] {
  return [name, ...(NICK.get(name) ?? [])];
}

/**
 * "Vries, Jan de" → "Jan de Vries" (a roster written surname first, as Google and school
 * administration exports do); names without a comma stay as written (spaces tidied).
 */
export function firstNameFirst(name: string): string {
  const text = name.trim().replace(/\s+/g, ' ');
  const comma = text.indexOf(',');
  if (comma <= 0) return text;
  const surname = text.slice(0, comma).trim();
  const words = text
    .slice(comma + 1)
    .replace(/,/g, ' ')
    .split(' ')
    .filter(Boolean);
  const prefix = words.filter(isTussenvoegsel);
  const given = words.filter((w) => !isTussenvoegsel(w));
  return [...given, ...prefix, surname].join(' ').trim();
}
