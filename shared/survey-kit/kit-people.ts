/**
 * The colleagues of a survey kit, from a roster: each with the label the survey shows —
 * first name first ("Vries, Jan de" becomes "Jan de Vries": survey tools join ticked
 * choices with commas, so a label must not contain one), sorted by surname the way a Dutch
 * school lists its team, and unique (a second "Mark Visser" gets their group, else their id).
 */
import type { Roster } from '../import/roster';
import type { FindingText } from '../findings/types';
import { nameParts, sortByName } from '../present/sort-names';

export interface KitPerson {
  id: string;
  /** The name as every generated question, grid and roster in the kit writes it. */
  label: string;
  /** The roster's name, when the label differs from it. */
  rosterName: string;
  attributes: Record<string, string>;
}

export interface KitNote {
  kind: 'renamed' | 'distinguished';
  name: string;
  label: string;
}

/** "Vries, Jan de" → "Jan de Vries"; names without a comma stay as written (spaces tidied). */
export function firstNameFirst(name: string): string {
  const text = name.trim().replace(/\s+/g, ' ');
  if (!text.includes(',')) return text;
  const parts = nameParts(text);
  return [parts.given, parts.prefix, parts.surname].filter(Boolean).join(' ').replace(/,/g, ' ').replace(/\s+/g, ' ').trim();
}

export function kitPeople(roster: Roster, groupColumn: string | null, locale: string): { people: KitPerson[]; notes: KitNote[] } {
  const notes: KitNote[] = [];
  const people: KitPerson[] = roster.people.map((p) => {
    const label = firstNameFirst(p.name);
    if (label !== p.name.trim()) notes.push({ kind: 'renamed', name: p.name, label });
    return { id: p.id, label, rosterName: p.name, attributes: { ...p.attributes } };
  });
  // Sorted by the name itself, before any "(groep 3-4)" is added to tell two apart.
  const sortName = new Map(people.map((p) => [p, p.label]));
  const key = (label: string) => label.toLocaleLowerCase(locale);
  // Two people with one name: told apart by group when their groups differ, else by id.
  const sets = new Map<string, KitPerson[]>();
  for (const p of people) sets.set(key(p.label), [...(sets.get(key(p.label)) ?? []), p]);
  for (const same of sets.values()) {
    if (same.length < 2) continue;
    const groupOf = (p: KitPerson) => ((groupColumn ? p.attributes[groupColumn] : '') ?? '').replace(/,/g, ' ').trim();
    const groups = same.map(groupOf);
    const byGroup = groups.every((g) => g !== '') && new Set(groups).size === groups.length;
    for (const p of same) {
      const label = `${p.label} (${byGroup ? groupOf(p) : p.id.replace(/,/g, ' ')})`;
      notes.push({ kind: 'distinguished', name: p.rosterName, label });
      p.label = label;
    }
  }
  const sorted = sortByName(people, (p) => sortName.get(p) ?? p.label, locale);
  return { people: sorted, notes };
}

/**
 * The notes as a reader wants them: a roster written surname first gives one line with an
 * example, not one per colleague; people with the same name are said together.
 */
export function summariseNotes(notes: readonly KitNote[]): FindingText[] {
  const renamed = notes.filter((n) => n.kind === 'renamed');
  const lines: FindingText[] =
    renamed.length > 3
      ? [{ key: 'kit.note.renamedMany', params: { count: renamed.length, name: renamed[0]!.name, label: renamed[0]!.label } }]
      : renamed.map((n) => ({ key: 'kit.note.renamed', params: { name: n.name, label: n.label } }));
  const same = new Map<string, string[]>();
  for (const n of notes) if (n.kind === 'distinguished') same.set(n.name, [...(same.get(n.name) ?? []), n.label]);
  for (const [name, labels] of same) lines.push({ key: 'kit.note.distinguished', params: { name, labels: labels.map((l) => `“${l}”`), count: labels.length } });
  return lines;
}
