/**
 * The map by keyboard: with the map focused (Tab), the arrow keys go from person to person
 * in the order of the people list (by surname, as shown — codes when names are hidden),
 * Home and End to the first and last, Enter opens the person's card, Esc clears the
 * choice. Hidden people (filters) are skipped. Pure: the map component applies the result.
 */
import { compareAliases, compareNames } from '../../../shared/present/sort-names';

export type MapKeyAction = { kind: 'select'; id: string } | { kind: 'clear' } | null;

/** The order people are visited in: visible people by the name on screen. */
export function keyboardOrder(
  people: readonly { id: string }[],
  visible: (id: string) => boolean,
  nameOf: (id: string) => string,
  locale: string,
  anonymised = false,
): string[] {
  const compare = anonymised ? compareAliases : compareNames;
  return people
    .filter((p) => visible(p.id))
    .map((p) => p.id)
    .sort((a, b) => compare(nameOf(a), nameOf(b), locale));
}

/** `current`: the chosen person; `chosen`: whether anything is chosen (a person, a finding, a pair of groups), which Esc clears. */
export function mapKeyAction(key: string, order: readonly string[], current: string | null, chosen = current !== null): MapKeyAction {
  if (order.length === 0) return null;
  const at = current === null ? -1 : order.indexOf(current);
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return { kind: 'select', id: order[at < 0 ? 0 : (at + 1) % order.length]! };
    case 'ArrowLeft':
    case 'ArrowUp':
      return { kind: 'select', id: order[at <= 0 ? order.length - 1 : at - 1]! };
    case 'Home':
      return { kind: 'select', id: order[0]! };
    case 'End':
      return { kind: 'select', id: order[order.length - 1]! };
    case 'Enter':
      return { kind: 'select', id: order[at < 0 ? 0 : at]! };
    case 'Escape':
      return chosen ? { kind: 'clear' } : null;
    default:
      return null;
  }
}
