/**
 * The question a survey asked, read from how it was imported: the header of its names
 * column, or the stem its grid columns share — for titles (meeting mode's first slide)
 * instead of a file name. Null for edge lists and matrices, which do not say.
 */
import type { ImportRequest } from './import-files';
import { gridQuestion } from './grid-targets';

export function surveyQuestion(request: ImportRequest): string | null {
  const spec = request.spec;
  if (spec.shape === 'multi-select') {
    const first = spec.nominationColumns[0];
    if (!first) return null;
    // Several name fields ("Collega 1", "Collega 2") are not a question; Qualtrics adds " - Selected Choice".
    if (spec.nominationColumns.length > 1) return gridQuestion(spec.nominationColumns) ?? null;
    return first.replace(/\s+-\s+Selected Choice\s*$/i, '').trim() || null;
  }
  if (spec.shape === 'rating-grid') return gridQuestion(spec.columns.map((c) => c.column));
  return null;
}
