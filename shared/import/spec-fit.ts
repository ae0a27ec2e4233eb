/**
 * Re-using a saved ImportSpec for the next wave: when the new export has the same shape
 * (every column the spec names is still there), the saved spec, group choice and name
 * decisions are used as they are — one click. Otherwise the fresh proposal is used, with
 * the saved answer weights carried over, and the missing columns are listed for the user.
 */
import type { ImportRequest } from './import-files';
import type { ImportSpec } from './import-spec';
import type { Inspection } from './inspect-files';

export interface FittedSpec {
  request: ImportRequest;
  /** True when the saved spec could be used unchanged. */
  reused: boolean;
  /** Columns the saved spec names that the new export does not have. */
  missing: string[];
}

export function specColumns(spec: ImportSpec): string[] {
  switch (spec.shape) {
    case 'multi-select':
      return [spec.respondentColumn, ...spec.nominationColumns, ...(spec.groupColumn ? [spec.groupColumn] : [])];
    case 'rating-grid':
      return [spec.respondentColumn, ...spec.columns.map((c) => c.column), ...(spec.groupColumn ? [spec.groupColumn] : [])];
    case 'edge-list':
      return [spec.sourceColumn, spec.targetColumn, spec.weightColumn].filter((c): c is string => c !== null);
    case 'matrix':
      return [];
  }
}

export function fitSavedSpec(saved: ImportRequest, inspection: Inspection): FittedSpec {
  const proposal = inspection.proposal;
  const dataHeader = inspection.files.find((f) => f.name === proposal.data.name)?.header ?? [];
  const present = new Set(dataHeader);
  const missing = specColumns(saved.spec).filter((c) => !present.has(c));
  // A rating grid with columns that were not there before (a new colleague) is a new shape too.
  const extraGridColumns =
    saved.spec.shape === 'rating-grid' &&
    proposal.spec.shape === 'rating-grid' &&
    proposal.spec.columns.some((c) => !(saved.spec as { columns: { column: string }[] }).columns.some((s) => s.column === c.column));
  const roster = proposal.roster;
  const rosterHeader = roster ? (inspection.files.find((f) => f.name === roster.name)?.header ?? []) : [];
  const groupAttribute = saved.groupAttribute && (!roster || rosterHeader.includes(saved.groupAttribute)) ? saved.groupAttribute : proposal.groupAttribute;
  const base = {
    data: proposal.data,
    roster,
    ...(groupAttribute !== undefined ? { groupAttribute } : {}),
    ...(saved.decisions ? { decisions: saved.decisions } : {}),
    ...(saved.idRepairs ? { idRepairs: saved.idRepairs } : {}),
    ...(saved.groupDates ? { groupDates: saved.groupDates } : {}),
  };
  // A matrix names no columns: it fits when the new file reads as a matrix too.
  const sameShape = saved.spec.shape !== 'matrix' || proposal.spec.shape === 'matrix';
  if (missing.length === 0 && !extraGridColumns && sameShape) return { request: { ...base, spec: saved.spec }, reused: true, missing };
  const spec: ImportSpec =
    proposal.spec.shape === 'rating-grid' && saved.spec.shape === 'rating-grid'
      ? { ...proposal.spec, scale: { ...proposal.spec.scale, ...saved.spec.scale } }
      : proposal.spec;
  return { request: { ...base, spec }, reused: false, missing };
}
