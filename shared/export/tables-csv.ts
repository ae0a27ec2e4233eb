/**
 * The exported tables as CSV files, with the separator and decimal mark the user chose
 * (by default what Excel on this computer expects: csv.ts, computerCsvDefaults).
 */
import type { Finding } from '../findings/types';
import type { Locale } from '../i18n/translate';
import type { NodeMetrics } from '../metrics/analyse-network';
import type { AnalysisResult } from '../pipeline/run-analysis';
import type { Naming } from '../present/names';
import { toCsv, type CsvOptions } from './csv';
import { findingsTable, groupsTable, matrixTable, peopleTable, tableCells, tiesTable } from './tables';

export function peopleCsv(nodes: NodeMetrics[], locale: Locale, naming: Pick<Naming, 'nameOf' | 'roleOf'>, csv: CsvOptions): string {
  return toCsv(tableCells(peopleTable(nodes, locale, naming)), csv);
}

export function tiesCsv(result: AnalysisResult, locale: Locale, naming: Pick<Naming, 'nameOf' | 'anonymised'>, csv: CsvOptions): string {
  return toCsv(tableCells(tiesTable(result, locale, naming)), csv);
}

export function groupsCsv(result: AnalysisResult, locale: Locale, csv: CsvOptions): string {
  return toCsv(tableCells(groupsTable(result, locale)), csv);
}

export function blockMatrixCsv(result: AnalysisResult, locale: Locale, csv: CsvOptions): string {
  return toCsv(tableCells(matrixTable(result, locale)), csv);
}

export function findingsCsv(findings: Finding[], locale: Locale, naming: Pick<Naming, 'params' | 'mode'>, csv: CsvOptions): string {
  return toCsv(tableCells(findingsTable(findings, locale, naming)), csv);
}
