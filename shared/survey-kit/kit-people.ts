/**
 * The colleagues of a survey kit, from a roster: each with the label the survey shows —
 * first name first ("Vries, Jan de" becomes "Jan de Vries": survey tools join ticked
 * choices with commas, so a label must not contain one), sorted by surname the way a Dutch
 * school lists its team, and unique (a second "Mark Visser" gets their group, else their id).
 */
import type { Roster } from '../import/roster';
import type { FindingText } from '../findings/types';
import { sortByName } from '../present/sort-names';
import { firstNameFirst } from '../import/dutch-name';

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

export function kitPeople(roster: Roster, groupColumn: string | null, locale: string): { people: KitPerson[]; notes: KitNote[] } {
  const notes: KitNote[] = [];
  const people: KitPerson[] = roster.people.map((p) => {
    // (The roster shows a list written surname first first-name-first already; the note names the written form.)
    const written = p.writtenName ?? p.name;
    const label = firstNameFirst(p.name);
    if (label !== written.trim()) notes.push({ kind: 'renamed', name: written, label });
    return { id: p.id, label, rosterName: written, attributes: { ...p.attributes } };
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
