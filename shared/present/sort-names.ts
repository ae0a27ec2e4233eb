/**
 * People listed the way a Dutch school lists them: by surname, without its tussenvoegsel
 * ("Jan de Vries" under V, "Ruud d'Hondt" under H), then by first name — with
 * Intl.Collator, so "Özdemir" sorts with O and "groep 10" after "groep 9". Reads names
 * written first-name-first ("Anne-Marie van den Berg") and surname-first with a comma
 * ("Vries, Jan de"; "Berg, van den, Anne-Marie").
 */

import { isTussenvoegsel } from '../import/dutch-name';
import { NAME_QUALIFIER } from '../import/name-like';

export interface NameParts {
  given: string;
  prefix: string;
  surname: string;
}

/** "d'Hondt" → prefix "d'", surname "Hondt". */
function splitElision(word: string): [string, string] | null {
  const m = /^([dDlL]['’])(\p{L}.*)$/u.exec(word);
  return m ? [m[1]!, m[2]!] : null;
}

export function nameParts(name: string): NameParts {
  // A qualifier after the name ("Carla Smit (ib)", "Mark Visser (groep 3-4)") is not part of it.
  const text = name.trim().replace(/\s+/g, ' ').replace(NAME_QUALIFIER, '');
  const comma = text.indexOf(',');
  if (comma > 0) {
    // Surname first: "Vries, Jan de" / "Berg, van den, Anne-Marie".
    const [surnamePart, ...rest] = text.split(',').map((p) => p.trim());
    const words = rest.join(' ').split(' ').filter(Boolean);
    const prefix = words.filter(isTussenvoegsel);
    const given = words.filter((w) => !isTussenvoegsel(w));
    return { given: given.join(' '), prefix: prefix.join(' '), surname: surnamePart ?? '' };
  }
  const words = text.split(' ').filter(Boolean);
  if (words.length <= 1) {
    const elided = words[0] ? splitElision(words[0]) : null;
    return elided ? { given: '', prefix: elided[0], surname: elided[1] } : { given: '', prefix: '', surname: words[0] ?? '' };
  }
  // The surname starts after the first tussenvoegsel that follows a first name.
  for (let i = 1; i < words.length - 1; i++) {
    if (!isTussenvoegsel(words[i]!)) continue;
    let j = i;
    while (j < words.length - 1 && isTussenvoegsel(words[j]!)) j++;
    return { given: words.slice(0, i).join(' '), prefix: words.slice(i, j).join(' '), surname: words.slice(j).join(' ') };
  }
  const last = words.at(-1)!;
  const elided = splitElision(last);
  if (elided) return { given: words.slice(0, -1).join(' '), prefix: elided[0], surname: elided[1] };
  // A double surname joined by a hyphen ("Bakker-van Dam") starts at its first part.
  const hyphen = words.findIndex((w, i) => i > 0 && i < words.length - 1 && /-/.test(w));
  const start = hyphen > 0 ? hyphen : words.length - 1;
  return { given: words.slice(0, start).join(' '), prefix: '', surname: words.slice(start).join(' ') };
}

const collators = new Map<string, Intl.Collator>();
function collator(locale: string): Intl.Collator {
  let c = collators.get(locale);
  if (!c) {
    c = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    collators.set(locale, c);
  }
  return c;
}

/** Compares two names by surname (without tussenvoegsel), then first name, then the tussenvoegsel. */
export function compareNames(a: string, b: string, locale = 'nl'): number {
  const c = collator(locale);
  const pa = nameParts(a);
  const pb = nameParts(b);
  return c.compare(pa.surname, pb.surname) || c.compare(pa.given, pb.given) || c.compare(pa.prefix, pb.prefix) || c.compare(a, b);
}

/** Aliases (codes, initials, "leerkracht groep 3-4 (2)") are not names: they sort as text, numbers in order. */
export function compareAliases(a: string, b: string, locale = 'nl'): number {
  return collator(locale).compare(a, b);
}

/** The order of compareNames, each name split into its parts once (a roster of thousands sorts in milliseconds). */
export function sortByName<T>(items: readonly T[], nameOf: (item: T) => string, locale = 'nl'): T[] {
  const c = collator(locale);
  const keyed = items.map((item) => {
    const name = nameOf(item);
    return { item, name, parts: nameParts(name) };
  });
  keyed.sort(
    (x, y) =>
      c.compare(x.parts.surname, y.parts.surname) ||
      c.compare(x.parts.given, y.parts.given) ||
      c.compare(x.parts.prefix, y.parts.prefix) ||
      c.compare(x.name, y.name),
  );
  return keyed.map((k) => k.item);
}
