/**
 * Choice codes on the command line (choice-code.ts): a grid's numeric answers get their weights
 * from `--scale "1=0,2=1,…"`, a question's codes their colleagues from `--codes FILE`; codes still unlabelled after the import stop the command with a
 * message naming the file, column, row and codes — nothing is read into a network by guessing.
 */
import { isChoiceCode } from '../import/choice-code';
import type { ImportRequest, InputFile } from '../import/import-files';
import type { ReportItem } from '../import/import-report';
import type { NameDecisions } from '../import/import-spec';
import { nameKey } from '../import/name-key';
import { readTableFile } from '../import/read-table-file';
import { ImportError, matchName, readRoster } from '../import/roster';
import { usageError } from './flags';

/** `--scale "1=0,2=1,3=2"`: answer → weight (0 = no tie), added to the grid's scale. */
export function withScale(request: ImportRequest, scale: string | undefined): ImportRequest {
  if (scale === undefined) return request;
  if (request.spec.shape !== 'rating-grid') throw usageError('cli.usage.scaleGrid');
  const entries = scale.split(',').map((pair) => pair.split('='));
  if (entries.some((pair) => pair.length !== 2)) throw usageError('cli.usage.scalePairs', { scale });
  const weights: Record<string, number> = {};
  for (const [answer, weight] of entries) {
    const value = Number((weight ?? '').trim().replace(',', '.'));
    if (!answer?.trim() || !Number.isFinite(value) || value < 0) throw usageError('cli.usage.scalePairs', { scale });
    weights[answer.trim().toLowerCase()] = value;
  }
  return { ...request, spec: { ...request.spec, scale: { ...request.spec.scale, ...weights } } };
}

/**
 * `--codes FILE` (and `--match FILE` for written names, a respondent's misspelled own name included):
 * what each code of a multiple-choice question stands for — a table with the code
 * in its first column and the colleague (as on the roster, or their roster id) in its second, as
 * the survey tool lists the question's choices. Each becomes the same decision the wizard saves.
 */
export function withCodeLabels(request: ImportRequest, labels: InputFile | null, kind: 'codes' | 'names' = 'codes'): ImportRequest {
  if (!labels) return request;
  if (kind === 'codes' && request.spec.shape === 'rating-grid') throw usageError('cli.usage.codesGrid');
  if (!request.roster) throw usageError('cli.usage.rosterNeeded', { flag: kind === 'codes' ? '--codes' : '--match' });
  const roster = readRoster(readTableFile(request.roster, []), request.roster.name);
  const table = readTableFile(labels, []);
  const decisions: NameDecisions = { ...request.decisions };
  // The header may itself be a first code ("1,Jan de Vries"): read it as a row then.
  const rows = kind === 'names' || isChoiceCode(table.header[0] ?? '') ? [{ cells: table.header, row: table.firstDataRow - 1 }] : [];
  table.rows.forEach((cells, i) => rows.push({ cells, row: i + table.firstDataRow }));
  for (const { cells, row } of rows) {
    const [code = '', written = ''] = cells.map((c) => c.trim());
    if (code === '' && written === '') continue;
    // A code with no colleague ("11," for "Anders"): its answers are left out, as the wizard's "Weglaten".
    if (kind === 'codes' && isChoiceCode(code) && written === '') {
      decisions[nameKey(code)] = { action: 'ignore' };
      continue;
    }
    const id = roster.byId.has(written) ? written : matchName(roster, written);
    // --match FILE: a header row ("geschreven;bedoeld") is no decision; any other row that does not fit is refused.
    if (kind === 'names' && row === table.firstDataRow - 1 && !id) continue;
    if ((kind === 'codes' && !isChoiceCode(code)) || !id) throw new ImportError('import.error.codeLabel', { file: labels.name, row, code, name: written });
    decisions[nameKey(code)] = { action: 'map', id };
  }
  return { ...request, decisions };
}

/** Throws when the import left choice codes unlabelled (`codesFile`: the --codes file given, which then lacks them). */
export function refuseChoiceCodes(request: ImportRequest, items: readonly ReportItem[], codesFile: string | null = null): void {
  const codes = items.filter((i) => i.kind === 'choice-code');
  // "First" as the file reads: the lowest row (a grid lists its codes by value).
  const first = [...codes].sort((a, b) => (a.row ?? 0) - (b.row ?? 0))[0];
  if (!first) return;
  const values = [...new Set(codes.map((c) => c.value))].sort((a, b) => Number(a) - Number(b));
  const shown = values.length > 8 ? [...values.slice(0, 8), '…'] : values;
  const params = {
    file: first.file,
    column: first.column ?? '',
    row: first.row ?? '?',
    codes: shown.join(', '),
    example: scaleExample([...values, ...(request.spec.shape === 'rating-grid' ? Object.keys(request.spec.scale).filter((k) => /^\d+$/.test(k)) : [])]),
  };
  if (codesFile && request.spec.shape !== 'rating-grid')
    throw new ImportError('cli.codeMissing', { file: first.file, column: first.column ?? '', code: first.value, row: first.row ?? '?', codes: codesFile });
  throw new ImportError(request.spec.shape === 'rating-grid' ? 'import.error.gridCodes' : 'import.error.choiceCodes', params);
}

/** "1=0,2=1,…,5=4" over the codes' range (a 1–5 frequency from "never"), for the message's example. */
function scaleExample(values: readonly string[]): string {
  const numbers = values.map(Number);
  const low = Math.min(...numbers);
  const high = Math.min(Math.max(...numbers), low + 6);
  return Array.from({ length: high - low + 1 }, (_, i) => `${low + i}=${i}`).join(',');
}
