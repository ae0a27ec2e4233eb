/**
 * The tables Talkmap exports — people, groups, the group matrix, findings and the import
 * report — as header and rows, in the chosen language and with the current naming. The CSV
 * files and the Excel workbook are both written from these, so they always agree.
 */
import { badgeKey } from '../present/finding-badge';
import type { Finding } from '../findings/types';
import { t, type Locale, translateKey } from '../i18n/translate';
import type { ImportReport } from '../import/import-report';
import { detailParams, reportDetail } from '../import/report-detail';
import type { NodeMetrics } from '../metrics/analyse-network';
import { completeBlocks } from '../metrics/groups';
import type { AnalysisResult } from '../pipeline/run-analysis';
import { arcKey } from '../network/pair-key';
import { tidyRoleText, type Naming } from '../present/names';
import type { Cell } from './csv';
import { columnLabel, peopleColumnsFor } from './people-columns';

/** How a column's numbers are shown in a spreadsheet (text columns are always text). */
export type ColumnFormat = 'text' | 'integer' | 'decimal1' | 'decimal2' | 'decimal3' | 'percent';

export interface ExportTable {
  header: string[];
  rows: Cell[][];
  formats: ColumnFormat[];
}

const ROLES = ['coordinator', 'consultant', 'representative', 'gatekeeper', 'liaison'] as const;

const digitsFormat = (digits: number): ColumnFormat => (digits <= 0 ? 'integer' : digits === 1 ? 'decimal1' : digits === 2 ? 'decimal2' : 'decimal3');

/** The people table: the same columns as on screen, plus the brokerage roles for researchers. */
export function peopleTable(nodes: NodeMetrics[], locale: Locale, naming: Pick<Naming, 'nameOf' | 'roleOf'>): ExportTable {
  const PEOPLE_COLUMNS = peopleColumnsFor(nodes);
  return {
    header: [...PEOPLE_COLUMNS.map((c) => t(locale, columnLabel(c.id))), ...ROLES.map((r) => t(locale, `brokerage.${r}`))],
    rows: nodes.map((n) => [
      ...PEOPLE_COLUMNS.map((c) => (c.id === 'name' ? naming.nameOf(n.id) : c.id === 'role' ? naming.roleOf(n.id) : c.value(n))),
      ...ROLES.map((r) => n.brokerage?.[r] ?? null),
    ]),
    formats: [
      ...PEOPLE_COLUMNS.map((c): ColumnFormat => (!c.numeric ? 'text' : c.percent ? 'percent' : digitsFormat(c.digits))),
      ...ROLES.map((): ColumnFormat => 'integer'),
    ],
  };
}

/**
 * Every tie: who names whom, its strength, and whether it was imputed (added by reconstruction,
 * not reported). The roster ids only with names shown.
 */
export function tiesTable(result: AnalysisResult, locale: Locale, naming: Pick<Naming, 'nameOf' | 'anonymised'>): ExportTable {
  const ids = !naming.anonymised;
  return {
    header: [
      ...(ids ? [t(locale, 'col.fromId')] : []),
      t(locale, 'col.from'),
      ...(ids ? [t(locale, 'col.toId')] : []),
      t(locale, 'col.to'),
      t(locale, 'col.weight'),
      t(locale, 'col.imputed'),
    ],
    rows: result.network.ties.map((tie) => [
      ...(ids ? [tie.source] : []),
      naming.nameOf(tie.source),
      ...(ids ? [tie.target] : []),
      naming.nameOf(tie.target),
      tie.weight,
      t(locale, tie.imputed ? 'value.yes' : 'value.no'),
    ]),
    formats: [...(ids ? ['text' as const] : []), 'text', ...(ids ? ['text' as const] : []), 'text', 'decimal2', 'text'],
  };
}

export function groupsTable(result: AnalysisResult, locale: Locale): ExportTable {
  return {
    header: [t(locale, 'col.group'), t(locale, 'net.groupSize'), t(locale, 'net.groupDensity'), t(locale, 'net.eiIndex')],
    rows: result.analysis.groups.map((g) => [g.label, g.size, g.internalDensity, g.eiIndex]),
    formats: ['text', 'integer', 'percent', 'decimal2'],
  };
}

/** Density of ties from each group (row) to each group (column); empty where a pair cannot have ties. */
export function matrixTable(result: AnalysisResult, locale: Locale): ExportTable {
  const groups = result.analysis.groups.map((g) => g.label);
  // A district's matrix lists only the pairs with ties: the rest are 0 (where a pair can have ties at all).
  const density = new Map(completeBlocks(result.analysis.groups, result.analysis.groupDensity).map((b) => [arcKey(b.from, b.to), b.density]));
  return {
    header: [t(locale, 'net.fromTo'), ...groups],
    rows: groups.map((from) => [from, ...groups.map((to) => density.get(arcKey(from, to)) ?? null)]),
    formats: ['text', ...groups.map((): ColumnFormat => 'percent')],
  };
}

export function findingsTable(findings: Finding[], locale: Locale, naming: Pick<Naming, 'params' | 'mode'>): ExportTable {
  const say = (key: string, params: Finding['message']['params']) => tidyRoleText(translateKey(locale, key, naming.params(params)), naming);
  return {
    header: [t(locale, 'csv.severity'), t(locale, 'csv.kind'), t(locale, 'csv.finding'), t(locale, 'csv.detail'), t(locale, 'findings.suggestion')],
    rows: findings.map((f) => [
      translateKey(locale, badgeKey(f)),
      t(locale, `kind.${f.kind}`),
      say(f.message.key, f.message.params),
      say(f.detail.key, f.detail.params),
      f.suggestion ? say(f.suggestion.key, f.suggestion.params) : null,
    ]),
    formats: ['text', 'text', 'text', 'text', 'text'],
  };
}

/** Every item of the import report with file, row and column; names follow the naming (a left-out column's header is not a name). */
export function reportTable(report: ImportReport, locale: Locale, naming: Pick<Naming, 'alias'>): ExportTable {
  return {
    header: [
      t(locale, 'report.col.kind'),
      t(locale, 'report.col.file'),
      t(locale, 'report.col.row'),
      t(locale, 'report.col.column'),
      t(locale, 'report.col.value'),
      t(locale, 'report.col.detail'),
    ],
    rows: report.items.map((item) => {
      const detail = reportDetail(item);
      return [
        t(locale, `report.kind.${item.kind}`),
        item.file,
        item.row,
        item.column,
        item.kind === 'column-left-out' ? item.value : naming.alias(item.value),
        detail ? translateKey(locale, detail.key, detailParams(detail, naming.alias)) : null,
      ];
    }),
    formats: ['text', 'text', 'integer', 'text', 'text', 'text'],
  };
}

/** The files as read and the response rate: the head of the import report. */
export function filesTable(report: ImportReport, locale: Locale): ExportTable {
  return {
    header: [
      t(locale, 'report.col.file'),
      t(locale, 'export.col.rows'),
      t(locale, 'export.col.encoding'),
      t(locale, 'export.col.separator'),
      t(locale, 'export.col.response'),
    ],
    rows: report.files.map((f, i) => [f.file, f.rows, f.encoding, f.delimiter === '\t' ? 'tab' : f.delimiter, i === 0 ? report.responseRate : null]),
    formats: ['text', 'integer', 'text', 'text', 'percent'],
  };
}

export const tableCells = (table: ExportTable): Cell[][] => [table.header, ...table.rows];
