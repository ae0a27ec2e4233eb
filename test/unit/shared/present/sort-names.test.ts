// Names sort as a Dutch school lists them: by surname without its tussenvoegsel, then
// first name — whichever way round the name is written.
import { describe, expect, it } from 'vitest';
import { compareNames, nameParts, sortByName } from '../../../../shared/present/sort-names';

describe('surname sorting', () => {
  it('splits first name, tussenvoegsel and surname', () => {
    expect(nameParts('Jan de Vries')).toEqual({ given: 'Jan', prefix: 'de', surname: 'Vries' });
    expect(nameParts('Anne-Marie van den Berg')).toEqual({ given: 'Anne-Marie', prefix: 'van den', surname: 'Berg' });
    expect(nameParts('Jan Willem ter Horst')).toEqual({ given: 'Jan Willem', prefix: 'ter', surname: 'Horst' });
    expect(nameParts("Ruud d'Hondt")).toEqual({ given: 'Ruud', prefix: "d'", surname: 'Hondt' });
    expect(nameParts('Vries, Jan de')).toEqual({ given: 'Jan', prefix: 'de', surname: 'Vries' });
    expect(nameParts('Berg, van den, Anne-Marie')).toEqual({ given: 'Anne-Marie', prefix: 'van den', surname: 'Berg' });
    expect(nameParts('Sanne Bakker-van Dam')).toEqual({ given: 'Sanne', prefix: '', surname: 'Bakker-van Dam' });
    expect(nameParts('Fatima El Amrani')).toEqual({ given: 'Fatima', prefix: 'El', surname: 'Amrani' });
    expect(nameParts('Meester Kees')).toEqual({ given: 'Meester', prefix: '', surname: 'Kees' });
    expect(nameParts('P12')).toEqual({ given: '', prefix: '', surname: 'P12' });
  });

  it('sorts by surname, not by first name or tussenvoegsel, with the Dutch collation', () => {
    const team = [
      'Jan de Vries',
      'Anna Bakker',
      "Ruud d'Hondt",
      'Vries, Els de',
      'Özlem Aydın',
      'Pieter van Dijk',
      'Bram Zwart',
      'Anne-Marie van den Berg',
      'Sanne Bakker-van Dam',
    ];
    expect(sortByName(team, (n) => n)).toEqual([
      'Özlem Aydın',
      'Anna Bakker',
      'Sanne Bakker-van Dam',
      'Anne-Marie van den Berg',
      'Pieter van Dijk',
      "Ruud d'Hondt",
      'Vries, Els de',
      'Jan de Vries',
      'Bram Zwart',
    ]);
  });

  it('sorts codes and numbers naturally', () => {
    expect(sortByName(['P10', 'P9', 'P1'], (n) => n)).toEqual(['P1', 'P9', 'P10']);
    expect(compareNames('Jan de Vries', 'Jan de Vries')).toBe(0);
  });
});
