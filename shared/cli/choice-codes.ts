/**
 * Choice codes on the command line (choice-code.ts): a grid's numeric answers get their weights
 * from `--scale "1=0,2=1,…"`; codes still unlabelled after the import stop the command with a
 * message naming the file, column, row and codes — nothing is read into a network by guessing.
 */
import type { ImportRequest } from '../import/import-files';
import type { ReportItem } from '../import/import-report';
import { ImportError } from '../import/roster';
import { UsageError } from './flags';

/** `--scale "1=0,2=1,3=2"`: answer → weight (0 = no tie), added to the grid's scale. */
export function withScale(request: ImportRequest, scale: string | undefined): ImportRequest {
  if (scale === undefined) return request;
  if (request.spec.shape !== 'rating-grid') throw new UsageError('--scale is for a grid (one column per colleague) with numbered answers');
  const entries = scale.split(',').map((pair) => pair.split('='));
  const weights: Record<string, number> = {};
  for (const [answer, weight] of entries) {
    const value = Number((weight ?? '').trim().replace(',', '.'));
    if (!answer?.trim() || !Number.isFinite(value) || value < 0)
      throw new UsageError(`--scale takes ANSWER=WEIGHT pairs, for example "1=0,2=1,3=2" (not "${scale}")`);
    weights[answer.trim().toLowerCase()] = value;
  }
  return { ...request, spec: { ...request.spec, scale: { ...request.spec.scale, ...weights } } };
}

/** Throws when the import left choice codes unlabelled. */
export function refuseChoiceCodes(request: ImportRequest, items: readonly ReportItem[]): void {
  const codes = items.filter((i) => i.kind === 'choice-code');
  const first = codes[0];
  if (!first) return;
  const values = [...new Set(codes.map((c) => c.value))].sort((a, b) => Number(a) - Number(b));
  const shown = values.length > 8 ? [...values.slice(0, 8), '…'] : values;
  const params = {
    file: first.file,
    column: first.column ?? '',
    row: first.row ?? '?',
    codes: shown.join(', '),
    example: scaleExample(values),
  };
  throw new ImportError(request.spec.shape === 'rating-grid' ? 'import.error.gridCodes' : 'import.error.choiceCodes', params);
}

/** "1=0,2=1,…,5=4" over the codes' range (a 1–5 frequency from "never"), for the message's example. */
function scaleExample(values: readonly string[]): string {
  const numbers = values.map(Number);
  const low = Math.min(...numbers);
  const high = Math.min(Math.max(...numbers), low + 6);
  return Array.from({ length: high - low + 1 }, (_, i) => `${low + i}=${i}`).join(',');
}
