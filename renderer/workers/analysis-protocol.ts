/**
 * Messages between the UI and the analysis worker: run the demo or an ImportRequest (from
 * the wizard or a project), or inspect files for the wizard.
 */
import type { ThresholdOverrides } from '../../shared/findings/thresholds';
import type { MessageParams } from '../../shared/i18n/translate';
import type { ImportRequest, InputFile } from '../../shared/import/import-files';
import type { Inspection } from '../../shared/import/inspect-files';
import type { AnalysisResult } from '../../shared/pipeline/run-analysis';

export type AnalysisJob = { kind: 'demo' } | { kind: 'request'; request: ImportRequest };
export type WorkerJob = AnalysisJob | { kind: 'inspect'; files: InputFile[]; sheets?: Record<string, string>; dataName?: string };

export interface AnalysisRequestMessage {
  id: number;
  job: WorkerJob;
  thresholds: ThresholdOverrides;
  /** Symmetric relations only: give non-respondents the ties others reported to them. */
  reconstruct: boolean;
}

export type AnalysisResponseMessage =
  | { id: number; ok: true; kind: 'result'; result: AnalysisResult; isDemo: boolean }
  | { id: number; ok: true; kind: 'inspection'; inspection: Inspection }
  | { id: number; ok: false; error: { key: string; params: MessageParams } };
