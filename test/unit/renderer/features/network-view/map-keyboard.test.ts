// The map by keyboard: every visible person can be reached with the arrow keys, in the
// order of the people list (surname), wrapping round; Esc clears; hidden people are skipped.
import { describe, expect, it } from 'vitest';
import { keyboardOrder, mapKeyAction } from '../../../../../renderer/features/network-view/map-keyboard';

const people = [
  { id: 'a', name: 'Jan de Vries' },
  { id: 'b', name: 'Anna Bakker' },
  { id: 'c', name: 'Pieter van Dijk' },
  { id: 'd', name: 'Verborgen Persoon' },
];
const nameOf = (id: string) => people.find((p) => p.id === id)!.name;

describe('map keyboard', () => {
  const order = keyboardOrder(people, (id) => id !== 'd', nameOf, 'nl');

  it('visits visible people by surname', () => {
    expect(order).toEqual(['b', 'c', 'a']);
  });

  it('reaches every person with the arrows, both ways, wrapping round', () => {
    const seen: string[] = [];
    let current: string | null = null;
    for (let i = 0; i < order.length; i++) {
      const action = mapKeyAction('ArrowRight', order, current);
      expect(action?.kind).toBe('select');
      current = (action as { id: string }).id;
      seen.push(current);
    }
    expect(seen).toEqual(order);
    expect(mapKeyAction('ArrowRight', order, 'a')).toEqual({ kind: 'select', id: 'b' });
    expect(mapKeyAction('ArrowLeft', order, 'b')).toEqual({ kind: 'select', id: 'a' });
    expect(mapKeyAction('ArrowLeft', order, null)).toEqual({ kind: 'select', id: 'a' });
    expect(mapKeyAction('Home', order, 'a')).toEqual({ kind: 'select', id: 'b' });
    expect(mapKeyAction('End', order, null)).toEqual({ kind: 'select', id: 'a' });
  });

  it('Esc clears a choice; other keys do nothing', () => {
    expect(mapKeyAction('Escape', order, 'c')).toEqual({ kind: 'clear' });
    expect(mapKeyAction('Escape', order, null)).toBeNull();
    // A finding or a pair of groups chosen (no person): Esc clears that too.
    expect(mapKeyAction('Escape', order, null, true)).toEqual({ kind: 'clear' });
    expect(mapKeyAction('x', order, 'c')).toBeNull();
    expect(mapKeyAction('ArrowRight', [], null)).toBeNull();
  });
});
