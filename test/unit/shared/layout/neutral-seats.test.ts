// With names hidden, where people sit must not give them away: within a group the layouts
// seat people in an order unrelated to their names (without roster ids the id is the name,
// and seats clockwise in alphabetical order would decode "P01 … P08" for anyone who knows
// the team). The order is stable for the same data.
import { describe, expect, it } from 'vitest';
import { circleByGroup } from '../../../../shared/layout/circle-layout';
import { groupedLayout } from '../../../../shared/layout/grouped-layout';

const names = ['Anna Aalders', 'Bram Bos', 'Chris Claes', 'Dirk Dekker', 'Eva Eik', 'Fleur Fok', 'Gijs Gans', 'Hanna Hol'];
const people = names.map((name) => ({ id: name, name, group: 'groep 1-2', role: 'leerkracht' }));

/** The people clockwise from the top of the circle they sit on. */
function clockwise(positions: Map<string, { x: number; y: number }>): string[] {
  const centre = [...positions.values()].reduce((c, p) => ({ x: c.x + p.x / positions.size, y: c.y + p.y / positions.size }), { x: 0, y: 0 });
  const angle = (p: { x: number; y: number }) => (Math.atan2(p.y - centre.y, p.x - centre.x) + (5 * Math.PI) / 2) % (2 * Math.PI);
  return [...positions].sort((a, b) => angle(a[1]) - angle(b[1])).map(([id]) => id);
}

describe('seats that do not follow the names', () => {
  it.each([
    ['by group', () => groupedLayout(people, ['groep 1-2'], new Set(['groep 1-2']))],
    ['circle by group', () => circleByGroup(people, ['groep 1-2'])],
  ])('%s: not in alphabetical order, and the same every time', (_name, layout) => {
    const order = clockwise(layout());
    expect(order).toHaveLength(names.length);
    expect(order).not.toEqual(names);
    expect([...order].reverse()).not.toEqual(names);
    expect(clockwise(layout())).toEqual(order);
  });
});
