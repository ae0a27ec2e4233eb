/**
 * Ranked suggestions for a written name that did not match the roster exactly: "J. v.d.
 * Berg" → Jan van der Berg, "Kees Jansen" → Cornelis Jansen, a typo → the nearest name.
 * Suggestions are shown for the user to confirm; nothing is merged automatically.
 */
import { firstNameVariants, parseDutchName, sameFirstName, type DutchName } from './dutch-name';
import { nameKey } from './name-key';

export interface Candidate {
  id: string;
  name: string;
}

export interface Suggestion extends Candidate {
  /** 0..1; higher is more likely. */
  score: number;
}

/** Suggestions for a written name among `candidates` (an index is built once per list: SuggestionIndex). */
export function suggestMatches(written: string, candidates: Candidate[], limit = 3): Suggestion[] {
  let index = indexes.get(candidates);
  if (!index) indexes.set(candidates, (index = new SuggestionIndex(candidates)));
  return index.suggest(written, limit);
}

const indexes = new WeakMap<readonly Candidate[], SuggestionIndex>();

/** The same ranking by scoring every candidate: the definition the index must equal (tests, small lists). */
export function suggestMatchesByScan(written: string, candidates: readonly Candidate[], limit = 3): Suggestion[] {
  const w = parseDutchName(written);
  const wKey = nameKey(written);
  return rank(
    candidates.map((c) => ({ ...c, score: score(w, wKey, c.name, parseDutchName(c.name), nameKey(c.name)) })),
    limit,
  );
}

const rank = (scored: Suggestion[], limit: number): Suggestion[] =>
  scored
    .filter((s) => s.score >= 0.5)
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
    .slice(0, limit);

const bigrams = (key: string): Map<string, number> => {
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < key.length; i++) {
    const g = key.slice(i, i + 2);
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  return counts;
};

/**
 * Every candidate parsed once, and blocked so a written name is scored only against those that
 * can reach 0.5: the same surname (or part of it), a first name that a lone first name can mean,
 * or — for the typo rule, similarity ≥ 0.75, i.e. at most ⌊¼·M⌋ edits — enough shared letter pairs:
 * each edit breaks at most two of the written key's |w| − 1 pairs, so a candidate needs
 * (|w| − 1) − 2·⌊¼·M⌋ of them (M = the longer of the written key and the candidate's name, as
 * `score` divides by). The result equals suggestMatchesByScan (tested on thousands of names);
 * 5,000 written names against a 5,000-person roster take about a second instead of minutes.
 */
export class SuggestionIndex {
  private readonly parsed: { candidate: Candidate; name: DutchName; key: string }[];
  private readonly bySurname = new Map<string, number[]>();
  private readonly bySurnamePart = new Map<string, number[]>();
  private readonly byFirstName = new Map<string, number[]>();
  /**
   * Per letter pair: the candidates holding it (with how often), ordered by key length, and where each
   * key length starts — so a written name scans only candidates whose length an edit bound allows.
   */
  private readonly pairs = new Map<string, { ids: Int32Array; counts: Uint8Array; starts: Int32Array }>();
  /** Per key length: the longest display name among candidates with that key (it bounds their allowance). */
  private readonly longestNameOfKeyLength: Int32Array;
  private readonly shared: Int32Array;
  /** Candidates, longest name first. */
  private readonly byLength: number[];

  constructor(candidates: readonly Candidate[]) {
    this.parsed = candidates.map((candidate) => ({ candidate, name: parseDutchName(candidate.name), key: nameKey(candidate.name) }));
    const add = (map: Map<string, number[]>, key: string, i: number) => {
      const list = map.get(key);
      if (!list) map.set(key, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    };
    const lists = new Map<string, [number, number][]>();
    this.parsed.forEach(({ name, key }, i) => {
      add(this.bySurname, name.surname, i);
      for (const p of name.surnameParts) add(this.bySurnamePart, p, i);
      for (const f of name.first) for (const v of firstNameVariants(f)) add(this.byFirstName, v, i);
      for (const [g, n] of bigrams(key)) {
        const list = lists.get(g);
        if (list) list.push([i, n]);
        else lists.set(g, [[i, n]]);
      }
    });
    const maxKey = this.parsed.reduce((m, p) => Math.max(m, p.key.length), 0);
    this.longestNameOfKeyLength = new Int32Array(maxKey + 1);
    for (const { key, candidate } of this.parsed)
      this.longestNameOfKeyLength[key.length] = Math.max(this.longestNameOfKeyLength[key.length] as number, candidate.name.length);
    for (const [g, list] of lists) {
      list.sort((a, b) => (this.parsed[a[0]] as { key: string }).key.length - (this.parsed[b[0]] as { key: string }).key.length);
      const starts = new Int32Array(maxKey + 2);
      for (const [i] of list) (starts[(this.parsed[i] as { key: string }).key.length + 1] as number)++;
      for (let l = 1; l < starts.length; l++) starts[l] = (starts[l] as number) + (starts[l - 1] as number);
      this.pairs.set(g, { ids: Int32Array.from(list, ([i]) => i), counts: Uint8Array.from(list, ([, n]) => Math.min(n, 255)), starts });
    }
    this.shared = new Int32Array(this.parsed.length);
    this.byLength = this.parsed
      .map((_, i) => i)
      .sort((a, b) => (this.parsed[b] as { candidate: Candidate }).candidate.name.length - (this.parsed[a] as { candidate: Candidate }).candidate.name.length);
  }

  suggest(written: string, limit = 3): Suggestion[] {
    const w = parseDutchName(written);
    const wKey = nameKey(written);
    const chosen = new Set<number>();
    for (const i of this.bySurname.get(w.surname) ?? []) chosen.add(i);
    for (const p of w.surnameParts) for (const i of this.bySurnamePart.get(p) ?? []) chosen.add(i);
    if (!w.prefix && w.first.length === 0 && w.surname) for (const i of this.byFirstName.get(w.surname) ?? []) chosen.add(i);
    // The typo rule: letter pairs in common, counted with multiplicity — only over key lengths an edit bound
    // allows (a candidate's allowance is at most ⌊¼·max(|w|, the longest name of its key length)⌋).
    const lengths: number[] = [];
    for (let l = 0; l < this.longestNameOfKeyLength.length; l++) {
      const most = Math.floor(0.25 * Math.max(wKey.length, this.longestNameOfKeyLength[l] as number, 1));
      if (Math.abs(l - wKey.length) <= most) lengths.push(l);
    }
    const touched: number[] = [];
    for (const [g, n] of bigrams(wKey)) {
      const list = this.pairs.get(g);
      if (!list) continue;
      for (const l of lengths) {
        for (let k = list.starts[l] as number, end = list.starts[l + 1] as number; k < end; k++) {
          const i = list.ids[k] as number;
          if (this.shared[i] === 0) touched.push(i);
          this.shared[i] = (this.shared[i] as number) + Math.min(n, list.counts[k] as number);
        }
      }
    }
    const pairsInWritten = Math.max(0, wKey.length - 1);
    // At most ⌊¼·M⌋ edits: no more letter pairs lost than two per edit, and no larger a difference in length.
    const allowance = (i: number): number => Math.floor(0.25 * Math.max(wKey.length, (this.parsed[i] as { candidate: Candidate }).candidate.name.length, 1));
    const lengthOk = (i: number, edits: number): boolean => Math.abs((this.parsed[i] as { key: string }).key.length - wKey.length) <= edits;
    // Candidates that may be a typo of the written name; only for them is the edit distance worth computing.
    const typo = new Set<number>();
    for (const i of touched) {
      const edits = allowance(i);
      if ((this.shared[i] as number) >= pairsInWritten - 2 * edits && lengthOk(i, edits)) typo.add(i);
    }
    // Sharing no pair at all can only pass when the allowance outgrows the written key: long names (or a very short key).
    for (const i of this.byLength) {
      const edits = allowance(i);
      if (pairsInWritten - 2 * edits > 0) break;
      if (this.shared[i] === 0 && lengthOk(i, edits)) typo.add(i);
    }
    for (const i of touched) this.shared[i] = 0;
    for (const i of typo) chosen.add(i);
    // Only candidates that reach the bar become suggestion objects (most of a large surname block does not).
    const scored: Suggestion[] = [];
    for (const i of chosen) {
      const { candidate, name, key } = this.parsed[i] as SuggestionIndex['parsed'][number];
      const value = score(w, wKey, candidate.name, name, key, typo.has(i));
      if (value >= 0.5) scored.push({ ...candidate, score: value });
    }
    return rank(scored, limit);
  }
}

/** `typoPossible` false: the letter-pair bound already rules out similarity ≥ 0.75, so the edit distance is skipped. */
function score(w: DutchName, wKey: string, candidate: string, c: DutchName, cKey: string, typoPossible = true): number {
  const surnameMatch = w.surname === c.surname || w.surnameParts.some((p) => c.surnameParts.includes(p));
  const prefixOk = !w.prefix || !c.prefix || w.prefix === c.prefix;
  if (surnameMatch && prefixOk) {
    if (w.first.length && c.first.length && w.first.some((a) => c.first.some((b) => sameFirstName(a, b)))) return 0.9;
    if (w.initials && c.initials && c.initials.startsWith(w.initials)) return 0.85;
    if (!w.first.length && !w.initials) return 0.6;
  }
  // A first name alone ("Kees"): a weak hint.
  if (!w.prefix && w.first.length === 0 && w.surname && c.first.some((f) => sameFirstName(f, w.surname))) return 0.55;
  if (!typoPossible) return 0;
  // Similarity ≥ 0.75 means at most ⌊¼·M⌋ edits: the distance is only computed that far (levenshteinWithin).
  const longest = Math.max(wKey.length, candidate.length, 1);
  const distance = levenshteinWithin(wKey, cKey, Math.floor(0.25 * longest));
  const similarity = 1 - distance / longest;
  return similarity >= 0.75 ? similarity * 0.8 : 0;
}

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/**
 * The edit distance of `a` and `b` when it is at most `k`, else k + 1: only the band |i − j| ≤ k of the
 * table is filled, and it stops as soon as a whole row exceeds k (equal to levenshtein wherever that is ≤ k; tested).
 */
export function levenshteinWithin(a: string, b: string, k: number): number {
  const n = a.length;
  const m = b.length;
  const over = k + 1;
  if (Math.abs(n - m) > k) return over;
  if (rowA.length < m + 2) {
    rowA = new Int32Array(m + 2);
    rowB = new Int32Array(m + 2);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= m; j++) prev[j] = j <= k ? j : over;
  prev[m + 1] = over;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - k);
    const hi = Math.min(m, i + k);
    cur[lo - 1] = lo === 1 ? i : over;
    let rowMin = cur[lo - 1] as number;
    const ai = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const diagonal = (prev[j - 1] as number) + (ai === b.charCodeAt(j - 1) ? 0 : 1);
      const above = (prev[j] as number) + 1;
      const left = (cur[j - 1] as number) + 1;
      const v = diagonal < above ? (diagonal < left ? diagonal : left) : above < left ? above : left;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    cur[hi + 1] = over;
    if (rowMin > k) return over;
    const swap = prev;
    prev = cur;
    cur = swap;
  }
  return Math.min(prev[m] as number, over);
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
