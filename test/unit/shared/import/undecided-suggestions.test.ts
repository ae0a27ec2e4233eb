// The wizard's suggestions come with the preview (computed in the worker): one list per written
// name to decide, equal to scoring the whole roster, none for a choice code.
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../../shared/import/import-files';
import { nameKey } from '../../../../shared/import/name-key';
import { suggestMatchesByScan } from '../../../../shared/import/name-suggestions';
import { rosterPeople, undecidedSuggestions } from '../../../../shared/import/undecided-suggestions';

const csv = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

describe('suggestions for the names still to decide', () => {
  it('a typo, initials, a misspelled respondent and a code', () => {
    const roster = csv('r.csv', 'id,naam\n1,Jan van der Berg\n2,Anouk Bakker\n3,Sem Jansen\n4,Lieke Visser\n');
    const survey = csv('s.csv', 'Naam,Met wie?\nAnouk Bakker,"J. v.d. Berg, Lieke Vsser, 7"\nSem Jansn,Anouk Bakker\n');
    const { network, report } = importFiles({
      data: survey,
      roster,
      spec: { shape: 'multi-select', respondentColumn: 'Naam', nominationColumns: ['Met wie?'], groupColumn: null },
    });
    const suggestions = undecidedSuggestions(network.people, report);
    const candidates = rosterPeople(network.people);
    expect(candidates.map((c) => c.id)).toEqual(['1', '2', '3', '4']);
    expect(Object.keys(suggestions).sort()).toEqual(['j. v.d. berg', 'lieke vsser', 'sem jansn']);
    for (const written of ['J. v.d. Berg', 'Lieke Vsser', 'Sem Jansn']) {
      expect(suggestions[nameKey(written)]).toEqual(suggestMatchesByScan(written, candidates));
      expect(suggestions[nameKey(written)]?.length).toBeGreaterThan(0);
    }
    expect(suggestions['sem jansn']?.[0]?.name).toBe('Sem Jansen');
  });
});
