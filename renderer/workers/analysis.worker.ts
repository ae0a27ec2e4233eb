/**
 * The analysis Web Worker: reads and inspects files for the wizard, runs the shared
 * pipeline (import -> metrics -> findings), and streams interaction logs — all off the
 * UI thread (the map has its own worker, map.worker.ts). Imports shared/ and its own modules.
 */
import { TalkmapError } from '../../shared/errors/talkmap-error';
import { withOverrides } from '../../shared/findings/thresholds';
import { inspectFiles } from '../../shared/import/inspect-files';
import { loadInputFiles, withSpreadsheetRows } from '../../shared/import/read-xlsx';
import { undecidedSuggestions } from '../../shared/import/undecided-suggestions';
import { ImportError } from '../../shared/import/roster';
import { runAnalysisAsync, type AnalysisResult } from '../../shared/pipeline/run-analysis';
import { webWorkerSweeper } from './sweep-pool';
import { splitLargeLists } from './result-parts';
import { serializeWithFiles } from '../../shared/project/project-file';
import { aggregateLogStream, logRequests } from '../../shared/import/interaction-log';
import { resultSheets, writeWorkbook } from '../../shared/export/workbook';

/** A Blob's bytes in chunks, as an async iterable (what the log reader consumes). */
async function* blobChunks(blob: Blob): AsyncGenerator<Uint8Array> {
  const reader = blob.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    yield value;
  }
}
import { LARGE_RESULT_LISTS, requestOf, type AnalysisRequestMessage, type AnalysisResponseMessage } from './analysis-protocol';

/** The shortest paths of large networks on every core (sweep-pool.ts). */
const sweeper = webWorkerSweeper();

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<AnalysisRequestMessage>) => void | Promise<void>) | null;
  postMessage: (message: AnalysisResponseMessage) => void;
};

/** Sends an analysis' large lists ahead in parts; returns the analysis without them. */
function sendLargeLists(id: number, result: AnalysisResult): AnalysisResult {
  const { rest, parts } = splitLargeLists(result, LARGE_RESULT_LISTS);
  for (const part of parts) scope.postMessage({ id, ok: true, kind: 'part', part });
  return rest;
}

/** Progress of an analysis, as messages: at most one per percent. */
function analysing(id: number): (fraction: number) => void {
  let last = -1;
  scope.postMessage({ id, ok: true, kind: 'progress', stage: 'analysing', fraction: 0 });
  return (fraction) => {
    const pct = Math.floor(fraction * 100);
    if (pct <= last) return;
    last = pct;
    scope.postMessage({ id, ok: true, kind: 'progress', stage: 'analysing', fraction });
  };
}

scope.onmessage = async (event) => {
  const { id, job, thresholds, reconstruct } = event.data;
  try {
    if (job.kind === 'inspect') {
      const { files, workbooks } = await loadInputFiles(job.files, job.sheets);
      scope.postMessage({ id, ok: true, kind: 'inspection', inspection: inspectFiles(files, workbooks, job.dataName) });
      return;
    }
    if (job.kind === 'serialize') {
      scope.postMessage({ id, ok: true, kind: 'serialized', content: serializeWithFiles(job.project, job.waves) });
      return;
    }
    if (job.kind === 'workbook') {
      const bytes = await writeWorkbook(resultSheets(job.result, job.locale, job.anonymise, job.me, job.naming));
      scope.postMessage({ id, ok: true, kind: 'workbook', bytes });
      return;
    }
    if (job.kind === 'log') {
      const blob = job.data instanceof Blob ? job.data : new Blob([job.data as Uint8Array<ArrayBuffer>]);
      let last = 0;
      const aggregate = await aggregateLogStream(job.name, blobChunks(blob), job.options, (bytes) => {
        // About a hundred progress messages for the whole file.
        if (bytes - last >= blob.size / 100 || bytes === blob.size) {
          last = bytes;
          scope.postMessage({ id, ok: true, kind: 'progress', stage: 'reading', fraction: blob.size ? bytes / blob.size : 1 });
        }
      });
      const waves = logRequests(aggregate, job.roster);
      if (waves.length === 0) throw new ImportError('log.error.noRows', { file: job.name });
      const result = await runAnalysisAsync(waves.at(-1)!.request, { thresholds: withOverrides(thresholds), reconstruct, onProgress: analysing(id), sweeper });
      const summary = {
        rows: aggregate.rows,
        used: aggregate.used,
        outsideWindow: aggregate.outsideWindow,
        otherChannel: aggregate.otherChannel,
        people: aggregate.people.length,
        dropped: aggregate.dropped,
      };
      scope.postMessage({ id, ok: true, kind: 'log', waves, summary, result: sendLargeLists(id, result) });
      return;
    }
    // A reopened project's spreadsheets are bytes again: read their chosen sheet once more.
    const request = job.kind === 'request' ? await withSpreadsheetRows(job.request) : requestOf(job);
    const analysed = await runAnalysisAsync(request, { thresholds: withOverrides(thresholds), reconstruct, onProgress: analysing(id), sweeper });
    // The names still to decide get their suggestions here, off the page (the wizard only shows them).
    const result = request.roster ? { ...analysed, suggestions: undecidedSuggestions(analysed.network.people, analysed.report) } : analysed;
    scope.postMessage({ id, ok: true, kind: 'result', result: sendLargeLists(id, result), isDemo: job.kind === 'demo' });
  } catch (error) {
    if (error instanceof TalkmapError) scope.postMessage({ id, ok: false, error: { key: error.code, params: error.params } });
    else scope.postMessage({ id, ok: false, error: { key: 'app.error', params: { message: error instanceof Error ? error.message : String(error) } } });
  }
};
