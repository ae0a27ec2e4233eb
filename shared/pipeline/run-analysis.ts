/**
 * The whole pipeline in one call: import -> network -> metrics -> findings. The renderer's
 * worker, the CLI and the tests all run exactly this, so nothing is computed two ways.
 */
import { findAll, type FindingsResult } from '../findings/find-all';
import { findingBounds } from '../findings/bounds';
import { summarise } from '../findings/summary';
import type { FindingText } from '../findings/types';
import { DEFAULT_THRESHOLDS, type Thresholds } from '../findings/thresholds';
import { importFiles, type ImportRequest } from '../import/import-files';
import type { ImportReport } from '../import/import-report';
import { analyseNetwork, type Analysis } from '../metrics/analyse-network';
import { buildGraph } from '../network/build-graph';
import { reconstructNonRespondents } from '../network/reconstruct';
import type { SurveyNetwork } from '../network/types';

export interface AnalysisOptions {
  thresholds?: Thresholds;
  /** Symmetric relations only: give non-respondents the ties others reported to them. */
  reconstruct?: boolean;
  /** How far the analysis is (0..1), for a progress bar. */
  onProgress?: (fraction: number) => void;
}

export interface AnalysisResult {
  source: { files: string[]; groupAttribute: string | null; roleAttribute: string | null; reconstructedTies: number | null };
  network: SurveyNetwork;
  analysis: Analysis;
  findings: FindingsResult;
  summary: FindingText[];
  report: ImportReport;
}

export function runAnalysis(request: ImportRequest, options: AnalysisOptions = {}): AnalysisResult {
  const { network, report } = importFiles(request);
  return analyseImported(network, report, options);
}

export function analyseImported(imported: SurveyNetwork, report: ImportReport, options: AnalysisOptions = {}): AnalysisResult {
  const thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
  const reconstruction = options.reconstruct ? reconstructNonRespondents(imported) : null;
  const network = reconstruction?.network ?? imported;
  const graph = buildGraph(network);
  const analysis = analyseNetwork(graph, options.onProgress, { weighted: network.weighted });
  // The response rate comes from the import (who answered), not from the graph.
  analysis.network.responseRate = report.responseRate;
  const found = findAll(graph, analysis, thresholds);
  // Each finding checked against the missing answers: does it hold whatever they would have said?
  const bounds = findingBounds(network, found.findings, thresholds);
  const findings = bounds ? { ...found, findings: found.findings.map((f) => ({ ...f, bounds: bounds.get(f.id) ?? null })) } : found;
  return {
    source: {
      files: report.files.map((f) => f.file),
      groupAttribute: network.groupAttribute,
      roleAttribute: network.roleAttribute,
      reconstructedTies: reconstruction ? [...reconstruction.added.values()].reduce((a, b) => a + b, 0) : null,
    },
    network,
    analysis,
    findings,
    summary: summarise(analysis.network, analysis.groups),
    report,
  };
}
