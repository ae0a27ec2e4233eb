/**
 * The analysis Web Worker: runs the shared pipeline (propose import -> import ->
 * metrics -> findings) off the UI thread. Imports only shared/.
 */
import { demoImportRequest } from '../../shared/demo/demo-school';
import { withOverrides } from '../../shared/findings/thresholds';
import { proposeImport } from '../../shared/import/propose-import';
import { loadInputFiles } from '../../shared/import/read-xlsx';
import { ImportError } from '../../shared/import/roster';
import { runAnalysis } from '../../shared/pipeline/run-analysis';
import type { AnalysisRequestMessage, AnalysisResponseMessage } from './analysis-protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<AnalysisRequestMessage>) => void | Promise<void>) | null;
  postMessage: (message: AnalysisResponseMessage) => void;
};

scope.onmessage = async (event) => {
  const { id, job, thresholds } = event.data;
  try {
    const request = job.kind === 'demo' ? demoImportRequest() : proposeImport((await loadInputFiles(job.files, job.sheets)).files);
    scope.postMessage({ id, ok: true, result: runAnalysis(request, { thresholds: withOverrides(thresholds) }), isDemo: job.kind === 'demo' });
  } catch (error) {
    if (error instanceof ImportError) scope.postMessage({ id, ok: false, error: { key: error.code, params: error.params } });
    else scope.postMessage({ id, ok: false, error: { key: 'app.error', params: { message: error instanceof Error ? error.message : String(error) } } });
  }
};
