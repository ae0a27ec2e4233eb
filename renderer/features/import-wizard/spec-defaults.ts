/**
 * Starting specs when the user switches the survey shape in the wizard: sensible column
 * choices from the file's header, which the user then adjusts.
 */
import { DEFAULT_SCALE } from '../../../shared/import/answer-scale';
import type { ImportSpec } from '../../../shared/import/import-spec';
import { gridTarget } from '../../../shared/import/grid-targets';
import { edgeListSpec } from '../../../shared/import/import-spec';

export type Shape = ImportSpec['shape'];

export function defaultSpec(shape: Shape, header: string[], current: ImportSpec): ImportSpec {
  const respondent = current.shape !== 'edge-list' && current.shape !== 'matrix' ? current.respondentColumn : (header[0] ?? '');
  const others = header.filter((h) => h !== respondent);
  if (shape === 'multi-select') return { shape, respondentColumn: respondent, nominationColumns: [others[0] ?? respondent], groupColumn: null };
  if (shape === 'rating-grid') {
    return {
      shape,
      respondentColumn: respondent,
      columns: others.map((column) => ({ column, target: gridTarget(column, header) })),
      scale: { ...DEFAULT_SCALE },
      groupColumn: null,
    };
  }
  if (shape === 'matrix') return { shape };
  return edgeListSpec();
}

/**
 * The respondent column is never also a column of names chosen, whatever the order of the
 * user's clicks (a grid's columns or the nominations lose it; a column given up as respondent
 * does not come back by itself).
 */
export function withRespondent(spec: Extract<ImportSpec, { shape: 'multi-select' | 'rating-grid' }>, respondentColumn: string): ImportSpec {
  if (spec.shape === 'rating-grid') return { ...spec, respondentColumn, columns: spec.columns.filter((c) => c.column !== respondentColumn) };
  // Left without a column of names, the wizard asks for one (nothing is imported until then).
  return { ...spec, respondentColumn, nominationColumns: spec.nominationColumns.filter((c) => c !== respondentColumn) };
}
