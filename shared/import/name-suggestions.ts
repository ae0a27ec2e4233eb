/**
 * Ranked suggestions for a written name that did not match the roster exactly: "J. v.d.
 * Berg" → Jan van der Berg, "Kees Jansen" → Cornelis Jansen, a typo → the nearest name.
 * Suggestions are shown for the user to confirm; nothing is merged automatically.
 */
import { parseDutchName, sameFirstName } from './dutch-name';
import { nameKey } from './name-key';

export interface Candidate {
  id: string;
  name: string;
}

export interface Suggestion extends Candidate {
  /** 0..1; higher is more likely. */
  score: number;
}

export function suggestMatches(written: string, candidates: Candidate[], limit = 3): Suggestion[] {
  const w = parseDutchName(written);
  const wKey = nameKey(written);
  const scored = candidates.map((c) => ({ ...c, score: score(w, wKey, c.name) }));
  return scored
    .filter((s) => s.score >= 0.5)
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
    .slice(0, limit);
}

function score(w: ReturnType<typeof parseDutchName>, wKey: string, candidate: string): number {
  const c = parseDutchName(candidate);
  const surnameMatch = w.surname === c.surname || w.surnameParts.some((p) => c.surnameParts.includes(p));
  const prefixOk = !w.prefix || !c.prefix || w.prefix === c.prefix;
  if (surnameMatch && prefixOk) {
    if (w.first.length && c.first.length && w.first.some((a) => c.first.some((b) => sameFirstName(a, b)))) return 0.9;
    if (w.initials && c.initials && c.initials.startsWith(w.initials)) return 0.85;
    if (!w.first.length && !w.initials) return 0.6;
  }
  // A first name alone ("Kees"): a weak hint.
  if (!w.prefix && w.first.length === 0 && w.surname && c.first.some((f) => sameFirstName(f, w.surname))) return 0.55;
  const similarity = 1 - levenshtein(wKey, nameKey(candidate)) / Math.max(wKey.length, candidate.length, 1);
  return similarity >= 0.75 ? similarity * 0.8 : 0;
}

export function levenshtein(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = prev[0] as number;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j] as number;
      prev[j] = Math.min(above + 1, (prev[j - 1] as number) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return prev[b.length] as number;
}
