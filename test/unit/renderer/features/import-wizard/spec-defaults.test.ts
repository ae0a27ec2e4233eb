// The wizard's column choices do not depend on the order of the user's clicks: the respondent
// column never stays among the columns of names chosen (it became a phantom person "FullName").
import { describe, expect, it } from 'vitest';
import { isSpecComplete } from '../../../../../shared/import/import-spec';
import { defaultSpec, withRespondent } from '../../../../../renderer/features/import-wizard/spec-defaults';

const HEADER = ['Tijdstempel', 'FullName', 'Anouk de Vries', 'Bram Jansen', 'Cor Smit'];

describe('respondent choice in the wizard', () => {
  it('grid first, respondent second: the respondent column leaves the grid', () => {
    const grid = defaultSpec('rating-grid', HEADER, {
      shape: 'multi-select',
      respondentColumn: 'Tijdstempel',
      nominationColumns: ['FullName'],
      groupColumn: null,
    });
    expect(grid.shape === 'rating-grid' && grid.columns.map((c) => c.column)).toContain('FullName');
    const chosen = withRespondent(grid as Extract<typeof grid, { shape: 'rating-grid' }>, 'FullName');
    expect(chosen.shape === 'rating-grid' && chosen.columns.map((c) => c.column)).toEqual(['Anouk de Vries', 'Bram Jansen', 'Cor Smit']);
  });

  it('respondent first, grid second: the respondent column is not in the grid either', () => {
    const grid = defaultSpec('rating-grid', HEADER, {
      shape: 'multi-select',
      respondentColumn: 'FullName',
      nominationColumns: ['Anouk de Vries'],
      groupColumn: null,
    });
    expect(grid.shape === 'rating-grid' && grid.columns.map((c) => c.column)).not.toContain('FullName');
  });

  it('a multi-select left without a column of names asks for one instead of failing', () => {
    const chosen = withRespondent({ shape: 'multi-select', respondentColumn: 'Tijdstempel', nominationColumns: ['FullName'], groupColumn: null }, 'FullName');
    expect(chosen).toMatchObject({ respondentColumn: 'FullName', nominationColumns: [] });
    expect(isSpecComplete(chosen)).toBe(false);
  });
});
