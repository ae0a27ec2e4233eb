/**
 * Which colleague each column of a grid is about. Tools write "Question [Name]" (Forms,
 * SurveyMonkey, LimeSurvey), "Question - Name" (Qualtrics, also "Friendship(Y/N)_18 -
 * Friendship(Y/N) - Calico, Jack") or "Question?Name" (Google Forms, one question per person).
 * A name may itself hold a spaced hyphen ("Bakker - van Dam, Sanne"), so the question is the
 * stem the grid's columns share — not simply the text before the last " - " — and, with a
 * roster, the split whose name is on it.
 */
import { nameKey } from './name-key';

interface Split {
  /** The question part, with Qualtrics' per-column numbers ("_18") taken out. */
  stem: string;
  target: string;
}

function splitsOf(header: string): Split[] {
  // A second column with the same title is "… [Anouk] (2)" (parse-table.ts uniqueTitles): the same colleague.
  const h = header.trim().replace(/\s\(\d+\)$/, '');
  const bracket = /^(.*)\[([^\]]+)\]\s*$/.exec(h);
  if (bracket) return [{ stem: (bracket[1] as string).trim(), target: (bracket[2] as string).trim() }];
  const splits: Split[] = [];
  for (let k = h.indexOf(' - '); k >= 0; k = h.indexOf(' - ', k + 1)) {
    const target = h.slice(k + 3).trim();
    if (target)
      splits.push({
        stem: h
          .slice(0, k)
          .replace(/_\d+\b/g, '')
          .trim(),
        target,
      });
  }
  const asked = /^(.{3,}[?:])\s*([^?:]+)$/.exec(h);
  if (splits.length === 0 && asked) splits.push({ stem: (asked[1] as string).trim(), target: (asked[2] as string).trim() });
  return splits;
}

/**
 * For every header that can be read as "question + colleague": its question (stem) and colleague.
 * Each header takes the split whose colleague is on the roster (`known` name keys), else the one
 * whose stem most headers share, the longer stem on a tie.
 */
export function gridSplits(headers: readonly string[], known: ReadonlySet<string> | null = null): Map<string, Split> {
  const all = headers.map((h) => [h, splitsOf(h)] as const);
  const count = new Map<string, number>();
  for (const [, splits] of all) for (const stem of new Set(splits.map((s) => s.stem))) count.set(stem, (count.get(stem) ?? 0) + 1);
  const chosen = new Map<string, Split>();
  for (const [h, splits] of all) {
    if (splits.length === 0) continue;
    const ranked = [...splits].sort(
      (a, b) =>
        Number(known?.has(nameKey(b.target)) ?? false) - Number(known?.has(nameKey(a.target)) ?? false) ||
        (count.get(b.stem) ?? 0) - (count.get(a.stem) ?? 0) ||
        b.stem.length - a.stem.length,
    );
    chosen.set(h, ranked[0] as Split);
  }
  return chosen;
}

/** The colleague a grid column is about, judged among its sibling columns; the header itself when it names none. */
export function gridTarget(header: string, siblings: readonly string[] = [header], known: ReadonlySet<string> | null = null): string {
  return gridSplits(siblings.includes(header) ? siblings : [...siblings, header], known).get(header)?.target ?? header.trim();
}

/** The question a grid asks: the stem its columns share ("Met wie praat je …? [Jan]" → "Met wie praat je …?"). */
export function gridQuestion(headers: readonly string[]): string | null {
  const splits = [...gridSplits(headers).values()];
  const count = new Map<string, number>();
  for (const s of splits) count.set(s.stem, (count.get(s.stem) ?? 0) + 1);
  const [best] = [...count.entries()].sort((a, b) => b[1] - a[1]);
  return best && best[0] ? best[0] : null;
}
