/**
 * The analysis Web Worker: reads and inspects files for the wizard, and runs the
 * shared pipeline (import -> metrics -> findings) off the UI thread. Imports only shared/.
 */
import { demoImportRequest } from '../../shared/demo/demo-school';
import { withOverrides } from '../../shared/findings/thresholds';
import type { ImportRequest } from '../../shared/import/import-files';
import { inspectFiles } from '../../shared/import/inspect-files';
import { loadInputFiles } from '../../shared/import/read-xlsx';
import { ImportError } from '../../shared/import/roster';
import { runAnalysis } from '../../shared/pipeline/run-analysis';
import type { AnalysisRequestMessage, AnalysisResponseMessage } from './analysis-protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<AnalysisRequestMessage>) => void | Promise<void>) | null;
  postMessage: (message: AnalysisResponseMessage) => void;
};

scope.onmessage = async (event) => {
  const { id, job, thresholds, reconstruct } = event.data;
  try {
    if (job.kind === 'inspect') {
      const { files, workbooks } = await loadInputFiles(job.files, job.sheets);
      scope.postMessage({ id, ok: true, kind: 'inspection', inspection: inspectFiles(files, workbooks, job.dataName) });
      return;
    }
    const request: ImportRequest = job.kind === 'demo' ? demoImportRequest() : job.request;
    scope.postMessage({ id, ok: true, kind: 'result', result: runAnalysis(request, { thresholds: withOverrides(thresholds), reconstruct }), isDemo: job.kind === 'demo' });
  } catch (error) {
    if (error instanceof ImportError) scope.postMessage({ id, ok: false, error: { key: error.code, params: error.params } });
    else scope.postMessage({ id, ok: false, error: { key: 'app.error', params: { message: error instanceof Error ? error.message : String(error) } } });
  }
};
