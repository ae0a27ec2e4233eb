/**
 * Suggestions for every written name the user still has to decide (names not on the roster,
 * respondents not on it), computed where the analysis runs — the app's worker — so the page only
 * shows them: the roster is indexed once (name-suggestions.ts) and each name is looked up once.
 * Keyed by the name's nameKey, as decisions are. Choice codes get none (choice-code.ts).
 */
import type { ImportReport } from './import-report';
import { isChoiceCode } from './choice-code';
import { nameKey } from './name-key';
import { SuggestionIndex, type Suggestion } from './name-suggestions';
import type { Person } from '../network/types';

const TO_DECIDE = new Set(['unmatched-name', 'ambiguous-name', 'name-mapped', 'outside-person', 'unknown-respondent']);

export function undecidedSuggestions(people: readonly Person[], report: ImportReport, limit = 3): Record<string, Suggestion[]> {
  const written = new Map<string, string>();
  for (const item of report.items) {
    if (!TO_DECIDE.has(item.kind) || isChoiceCode(item.value)) continue;
    const key = nameKey(item.value);
    if (!written.has(key)) written.set(key, item.value);
  }
  const suggestions: Record<string, Suggestion[]> = Object.create(null) as Record<string, Suggestion[]>;
  if (written.size === 0) return suggestions;
  const index = new SuggestionIndex(rosterPeople(people));
  for (const [key, name] of written) suggestions[key] = index.suggest(name, limit);
  return suggestions;
}

/** The roster's people: not those added from outside it, nor respondents missing from it. */
export function rosterPeople(people: readonly Person[]): { id: string; name: string }[] {
  return people.filter((p) => !p.outside && !p.unlisted).map((p) => ({ id: p.id, name: p.name }));
}
