/**
 * Which findings the team meeting shows, and in which order: the leader's choice, saved with
 * the project. By default every finding about the school (groups, bridges, subgroups) in
 * Talkmap's order, and none about one named person — the director who is one-sided, the
 * colleague on the edge: those are for a one-to-one talk, not the projector, unless the
 * leader switches them on.
 */
import type { Finding, FindingKind } from '../findings/types';

/** Findings whose subject is one person. */
const ABOUT_ONE_PERSON: ReadonlySet<FindingKind> = new Set(['one-sided', 'isolated', 'peripheral', 'limited-reach', 'broker']);

export function isAboutOnePerson(finding: Finding): boolean {
  return ABOUT_ONE_PERSON.has(finding.kind);
}

/** The default choice: every finding not about one person, in the order Talkmap ranks them. */
export function defaultDeck(findings: readonly Finding[]): string[] {
  return findings.filter((f) => !isAboutOnePerson(f)).map((f) => f.id);
}

/**
 * The findings of the deck, in the chosen order; `chosen` null means the default. A chosen
 * finding that is no longer there (the thresholds changed) is left out.
 */
export function deckFindings(findings: readonly Finding[], chosen: readonly string[] | null): Finding[] {
  const byId = new Map(findings.map((f) => [f.id, f]));
  return (chosen ?? defaultDeck(findings)).flatMap((id) => {
    const f = byId.get(id);
    return f ? [f] : [];
  });
}
