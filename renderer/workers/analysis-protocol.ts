/**
 * Messages between the UI and the analysis worker.
 */
import type { ThresholdOverrides } from '../../shared/findings/thresholds';
import type { InputFile } from '../../shared/import/import-files';
import type { MessageParams } from '../../shared/i18n/translate';
import type { AnalysisResult } from '../../shared/pipeline/run-analysis';

export type AnalysisJob = { kind: 'demo' } | { kind: 'files'; files: InputFile[]; sheets?: Record<string, string> };

export interface AnalysisRequestMessage {
  id: number;
  job: AnalysisJob;
  thresholds: ThresholdOverrides;
}

export type AnalysisResponseMessage =
  | { id: number; ok: true; result: AnalysisResult; isDemo: boolean }
  | { id: number; ok: false; error: { key: string; params: MessageParams } };
