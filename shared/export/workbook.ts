/**
 * The results as one Excel workbook: sheets for people, groups, the group matrix, findings,
 * the import report and the files read — the same tables as the CSV exports (tables.ts),
 * with real number formats (percentages as percentages), a frozen, bold header row and
 * every text cell stored as text: a name such as "=HYPERLINK(…)" is never a formula.
 * Written with write-excel-file's universal build (no DOM, no Node), so the worker and the
 * CLI write the same bytes.
 */
import writeXlsxFile, { type Cell as XlsxCell, type Sheet } from 'write-excel-file/universal';
import { t, type Locale } from '../i18n/translate';
import type { AnalysisResult } from '../pipeline/run-analysis';
import type { AnonymiseMode } from '../present/anonymise';
import { namingFor, type NamingOptions } from '../present/names';
import { filesTable, findingsTable, groupsTable, matrixTable, peopleTable, reportTable, tiesTable, type ColumnFormat, type ExportTable } from './tables';

const NUMBER_FORMATS: Record<Exclude<ColumnFormat, 'text'>, string> = {
  integer: '0',
  decimal1: '0.0',
  decimal2: '0.00',
  decimal3: '0.000',
  percent: '0%',
};

export interface WorkbookSheet {
  name: string;
  table: ExportTable;
}

/** The sheets of the results workbook, named in the chosen language, names as the naming says. */
export function resultSheets(
  result: AnalysisResult,
  locale: Locale,
  anonymise: AnonymiseMode,
  me: string | null = null,
  options: NamingOptions = {},
): WorkbookSheet[] {
  const naming = namingFor(result.analysis.nodes, anonymise, me, options);
  return [
    { name: t(locale, 'workbook.people'), table: peopleTable(result.analysis.nodes, locale, naming) },
    { name: t(locale, 'workbook.groups'), table: groupsTable(result, locale) },
    { name: t(locale, 'workbook.matrix'), table: matrixTable(result, locale) },
    { name: t(locale, 'workbook.findings'), table: findingsTable(result.findings.findings, locale, naming) },
    { name: t(locale, 'workbook.ties'), table: tiesTable(result, locale, naming) },
    { name: t(locale, 'workbook.report'), table: reportTable(result.report, locale, naming) },
    { name: t(locale, 'workbook.files'), table: filesTable(result.report, locale) },
  ];
}

/** Excel's rules for a sheet name: at most 31 characters, none of []:*?/\, unique. */
function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, '-').slice(0, 31) || 'Sheet';
  let candidate = base;
  for (let i = 2; taken.has(candidate.toLowerCase()); i++) candidate = `${base.slice(0, 31 - String(i).length - 1)} ${i}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

function cellOf(value: string | number | null, format: ColumnFormat): XlsxCell {
  if (value === null) return null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { value: String(value), type: String, format: '@' };
    return format === 'text' ? { value, type: Number } : { value, type: Number, format: NUMBER_FORMATS[format] };
  }
  // Stored as a shared string with the Text format: Excel neither runs it nor turns "00123" into 123.
  return { value, type: String, format: '@' };
}

const width = (table: ExportTable, column: number): number =>
  Math.min(60, Math.max(8, ...[table.header[column] ?? '', ...table.rows.slice(0, 500).map((r) => r[column])].map((v) => String(v ?? '').length + 2)));

/** The workbook's bytes (.xlsx). */
export async function writeWorkbook(sheets: WorkbookSheet[]): Promise<Uint8Array> {
  const taken = new Set<string>();
  const written: Sheet<Blob>[] = sheets.map(({ name, table }) => ({
    sheet: sheetName(name, taken),
    stickyRowsCount: 1,
    columns: table.header.map((_, i) => ({ width: width(table, i) })),
    data: [
      table.header.map((h): XlsxCell => ({ value: h, type: String, fontWeight: 'bold', format: '@' })),
      ...table.rows.map((row) => row.map((cell, i) => cellOf(cell, table.formats[i] ?? 'text'))),
    ],
  }));
  const blob = await writeXlsxFile(written).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
