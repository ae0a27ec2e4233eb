// The suggestion index (blocked by surname, first name and shared letter pairs) gives exactly what
// scoring every roster name gives — on thousands of generated Dutch names with typos, initials,
// nicknames, tussenvoegsels and surname-first forms.
import { describe, expect, it } from 'vitest';
import { SuggestionIndex, suggestMatchesByScan, type Candidate } from '../../../../shared/import/name-suggestions';
import { seededRandom } from '../../../../shared/network/seeded-random';
import { DUTCH_FIRST_NAMES } from '../../../helpers/dutch-names';

const FIRST = DUTCH_FIRST_NAMES;
const PREFIX = ['', '', '', 'de', 'van', 'van der', 'van den', 'ter', 'el'];
const LAST = [
  'Vries',
  'Jansen',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'Boer',
  'Mulder',
  'Dijk',
  'Berg',
  'Amrani',
  'Yilmaz',
  'Hendriks',
  'Dekker',
  'Brouwer',
  'Groot',
  'Bos',
  'Vos',
  'Peters',
  'Leeuwen',
];

function people(n: number, random: () => number): Candidate[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  return Array.from({ length: n }, (_, i) => {
    const surname = random() < 0.2 ? `${pick(LAST)}-${pick(LAST)}` : pick(LAST);
    return { id: `p${i}`, name: [pick(FIRST), pick(PREFIX), surname].filter(Boolean).join(' ') };
  });
}

/** What people write: typos, initials, a nickname, the surname first, a first name alone, v.d. */
function written(c: Candidate, random: () => number): string {
  const words = c.name.split(' ');
  const r = random();
  if (r < 0.2) {
    const s = c.name;
    const at = 1 + Math.floor(random() * (s.length - 2));
    return random() < 0.5 ? s.slice(0, at) + s.slice(at + 1) : s.slice(0, at) + 'x' + s.slice(at);
  }
  if (r < 0.35) return `${words[0]![0]}. ${words.slice(1).join(' ')}`;
  if (r < 0.45) return `${words.slice(1).join(' ')}, ${words[0]}`;
  if (r < 0.55) return words[0]!;
  if (r < 0.65) return c.name.replace('van der ', 'v.d. ').replace('van den ', 'vd ');
  if (r < 0.75) return words.at(-1)!;
  return c.name;
}

describe('name suggestions through the index', () => {
  it('equal a scan of the whole roster: 400 written names against 1000 people', () => {
    const random = seededRandom(20261201);
    const roster = people(1000, random);
    const index = new SuggestionIndex(roster);
    const names = [...Array.from({ length: 396 }, () => written(roster[Math.floor(random() * roster.length)]!, random)), 'Xq', 'Zzzzzzzz', '', 'A. B.'];
    let withSuggestions = 0;
    for (const name of names) {
      const scan = suggestMatchesByScan(name, roster, 5);
      expect(index.suggest(name, 5), name).toEqual(scan);
      if (scan.length > 0) withSuggestions++;
    }
    // Most written names do get suggestions (the comparison is not of empty lists).
    expect(withSuggestions).toBeGreaterThan(250);
  }, 120_000);

  it('near miss: short names and names unlike anyone give the scan’s answer too (often none)', () => {
    const roster = [
      { id: 'a', name: 'Ab' },
      { id: 'b', name: 'Jo de Wit' },
      { id: 'c', name: 'Eva Bos' },
    ];
    const index = new SuggestionIndex(roster);
    for (const name of ['Ac', 'Jo', 'Wit', 'Eva Bus', 'Evi Bos', 'Q', 'Zomaar Iemand'])
      expect(index.suggest(name), name).toEqual(suggestMatchesByScan(name, roster));
  });
});

describe('the banded edit distance', () => {
  it('equals the full edit distance wherever that is within the bound, else bound + 1 (random names and typos)', async () => {
    const { levenshtein, levenshteinWithin } = await import('../../../../shared/import/name-suggestions');
    const { seededRandom } = await import('../../../../shared/network/seeded-random');
    const random = seededRandom(20261202);
    const letters = 'aabdeeijklmnorsstuvy -';
    const word = (n: number) => Array.from({ length: n }, () => letters[Math.floor(random() * letters.length)]).join('');
    for (let t = 0; t < 4000; t++) {
      const a = word(Math.floor(random() * 18));
      // Half the pairs are a typo of each other, half unrelated.
      const b =
        random() < 0.5
          ? word(Math.floor(random() * 18))
          : a.slice(0, Math.floor(random() * a.length)) + word(Math.floor(random() * 3)) + a.slice(Math.floor(random() * a.length));
      const k = Math.floor(random() * 6);
      expect(levenshteinWithin(a, b, k)).toBe(Math.min(levenshtein(a, b), k + 1));
    }
  });
});
