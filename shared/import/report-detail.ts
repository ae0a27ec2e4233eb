/**
 * The detail of an import-report item as a sentence (a message key and its values): which row
 * was kept, the two answers that disagree, how many cells hold a code. One rule for the app's
 * report, the exported report sheet and the CLI text. The one detail that is a name (whom a written
 * name was matched to: `report.detail.mappedTo`) is aliased by the caller when names are hidden.
 */
import type { ReportItem } from './import-report';

export type ReportDetail =
  | { key: 'report.detail.conflict'; params: { first: string; firstRow: number; second: string; secondRow: number; kept: string } }
  | { key: 'report.detail.firstRow'; params: { row: string } }
  | { key: 'report.detail.keptRow'; params: { row: string } }
  | { key: 'report.detail.sameAsRow'; params: { row: string } }
  | { key: 'report.detail.fitsRow'; params: { row: string } }
  | { key: 'report.detail.cells'; params: { count: number } }
  | { key: 'report.detail.idRepair'; params: { id: string } }
  | { key: 'report.detail.wasRange'; params: { range: string } }
  | { key: 'report.detail.readAs'; params: { range: string } }
  | { key: 'report.detail.mappedTo'; params: { name: string } }
  | { key: 'report.detail.numberRead'; params: { number: number } }
  | { key: 'report.detail.answers'; params: { count: number } };

export function reportDetail(item: ReportItem): ReportDetail | null {
  const [first, second] = item.answers ?? [];
  if (item.kind === 'conflicting-answers' && first && second)
    return {
      key: 'report.detail.conflict',
      params: { first: first.answer, firstRow: first.row, second: second.answer, secondRow: second.row, kept: item.kept ?? second.answer },
    };
  if (item.detail === undefined) return null;
  if (item.kind === 'duplicate-nomination') return { key: 'report.detail.firstRow', params: { row: item.detail } };
  if (item.kind === 'duplicate-roster-name' && /^\d+$/.test(item.detail)) return { key: 'report.detail.sameAsRow', params: { row: item.detail } };
  if (item.kind === 'ambiguous-roster-name') return { key: 'report.detail.fitsRow', params: { row: item.detail } };
  if (item.kind === 'repeat-submission') return { key: 'report.detail.keptRow', params: { row: item.detail } };
  if ((item.kind === 'choice-code' || item.kind === 'extra-cells') && /^\d+$/.test(item.detail))
    return { key: 'report.detail.cells', params: { count: Number(item.detail) } };
  if (item.kind === 'name-mapped') return { key: 'report.detail.mappedTo', params: { name: item.detail } };
  if (item.kind === 'ambiguous-number' && Number.isFinite(Number(item.detail)))
    return { key: 'report.detail.numberRead', params: { number: Number(item.detail) } };
  if ((item.kind === 'unmatched-name' || item.kind === 'ambiguous-name') && /^\d+$/.test(item.detail))
    return { key: 'report.detail.answers', params: { count: Number(item.detail) } };
  if (item.kind === 'date-value') return { key: 'report.detail.wasRange', params: { range: item.detail } };
  if (item.kind === 'date-repaired') return { key: 'report.detail.readAs', params: { range: item.detail } };
  if (item.kind === 'damaged-id') return { key: 'report.detail.idRepair', params: { id: item.detail } };
  return null;
}

/** The detail's values with the one name in them (whom a written name was matched to) shown as the naming says. */
export function detailParams(detail: ReportDetail, alias: (name: string) => string): ReportDetail['params'] {
  return detail.key === 'report.detail.mappedTo' ? { name: alias(detail.params.name) } : detail.params;
}
