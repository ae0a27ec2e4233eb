/**
 * Messages between the UI and the analysis worker: run the demo or an ImportRequest (from
 * the wizard or a project), or inspect files for the wizard.
 */
import type { ThresholdOverrides } from '../../shared/findings/thresholds';
import type { MessageParams } from '../../shared/i18n/translate';
import type { ImportRequest, InputFile } from '../../shared/import/import-files';
import type { Inspection } from '../../shared/import/inspect-files';
import type { ResultPart } from './result-parts';
import type { serializeWithFiles } from '../../shared/project/project-file';
import type { AnalysisResult } from '../../shared/pipeline/run-analysis';
import { demoImportRequest } from '../../shared/demo/demo-school';
import type { LogOptions } from '../../shared/import/interaction-log';
import type { ReportKind } from '../../shared/import/import-report';
import type { Locale } from '../../shared/i18n/translate';
import type { AnonymiseMode } from '../../shared/present/anonymise';
import type { NamingOptions } from '../../shared/present/names';

export type AnalysisJob = { kind: 'demo' } | { kind: 'request'; request: ImportRequest };

/** The import a job stands for (the demo is an ordinary import of its CSV files). */
export function requestOf(job: AnalysisJob): ImportRequest {
  return job.kind === 'demo' ? demoImportRequest() : job.request;
}
export interface LogJob {
  kind: 'log';
  name: string;
  /** The log's bytes, streamed in chunks by the worker (never decoded as one string). */
  data: Uint8Array | Blob;
  roster: InputFile | null;
  options: LogOptions;
}

export interface LogSummary {
  rows: number;
  used: number;
  outsideWindow: number;
  otherChannel: number;
  people: number;
  dropped: Partial<Record<ReportKind, number>>;
}

/**
 * The open work as project-file text, written in the worker: for a year of log waves the
 * original files are megabytes, and encoding them (base64, JSON) blocked the page.
 */
export interface SerializeJob {
  kind: 'serialize';
  project: Parameters<typeof serializeWithFiles>[0];
  waves: Parameters<typeof serializeWithFiles>[1];
}

/** The results as an Excel workbook, written in the worker (zipping a large school's tables blocked the page). */
export interface WorkbookJob {
  kind: 'workbook';
  result: AnalysisResult;
  locale: Locale;
  anonymise: AnonymiseMode;
  /** The person of the "me" view, the only one named. */
  me: string | null;
  /** Roles only one person has, folded into one word (shared/present/names.ts). */
  naming: NamingOptions;
}

export type WorkerJob =
  AnalysisJob | { kind: 'inspect'; files: InputFile[]; sheets?: Record<string, string>; dataName?: string } | LogJob | SerializeJob | WorkbookJob;

export interface AnalysisRequestMessage {
  id: number;
  job: WorkerJob;
  thresholds: ThresholdOverrides;
  /** Symmetric relations only: give non-respondents the ties others reported to them. */
  reconstruct: boolean;
}

/** The lists of an analysis that can be large enough to block the page when taken in one go (result-parts.ts). */
export const LARGE_RESULT_LISTS = [
  ['network', 'people'],
  ['network', 'ties'],
  ['analysis', 'nodes'],
  ['analysis', 'groupDensity'],
  ['findings', 'findings'],
  ['report', 'items'],
] as const;

export type AnalysisResponseMessage =
  /** Not an answer: a slice of one of the answer's large lists, sent before it. */
  | { id: number; ok: true; kind: 'part'; part: ResultPart }
  | { id: number; ok: true; kind: 'result'; result: AnalysisResult; isDemo: boolean }
  | { id: number; ok: true; kind: 'inspection'; inspection: Inspection }
  /** A log read into one request per period; `result` is the newest period's analysis. */
  | { id: number; ok: true; kind: 'log'; waves: { key: string; request: ImportRequest }[]; summary: LogSummary; result: AnalysisResult }
  | { id: number; ok: true; kind: 'serialized'; content: string }
  | { id: number; ok: true; kind: 'workbook'; bytes: Uint8Array }
  /** Not an answer: how far a long job is (0..1). */
  | { id: number; ok: true; kind: 'progress'; stage: 'reading' | 'analysing'; fraction: number }
  | { id: number; ok: false; error: { key: string; params: MessageParams } };
