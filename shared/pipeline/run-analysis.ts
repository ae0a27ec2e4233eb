/**
 * The whole pipeline in one call: import -> network -> metrics -> findings. The renderer's
 * worker, the CLI and the tests all run exactly this, so nothing is computed two ways.
 */
import { findAll, type FindingsResult } from '../findings/find-all';
import { summarise } from '../findings/summary';
import type { FindingText } from '../findings/types';
import { DEFAULT_THRESHOLDS, type Thresholds } from '../findings/thresholds';
import { importFiles, type ImportRequest } from '../import/import-files';
import type { ImportReport } from '../import/import-report';
import { analyseNetwork, type Analysis } from '../metrics/analyse-network';
import { buildGraph } from '../network/build-graph';
import type { SurveyNetwork } from '../network/types';

export interface AnalysisResult {
  source: { files: string[]; groupAttribute: string | null; roleAttribute: string | null };
  network: SurveyNetwork;
  analysis: Analysis;
  findings: FindingsResult;
  summary: FindingText[];
  report: ImportReport;
}

export function runAnalysis(request: ImportRequest, thresholds: Thresholds = DEFAULT_THRESHOLDS): AnalysisResult {
  const { network, report } = importFiles(request);
  return analyseImported(network, report, thresholds);
}

export function analyseImported(network: SurveyNetwork, report: ImportReport, thresholds: Thresholds = DEFAULT_THRESHOLDS): AnalysisResult {
  const graph = buildGraph(network);
  const analysis = analyseNetwork(graph);
  // The response rate comes from the import (who answered), not from the graph.
  analysis.network.responseRate = report.responseRate;
  return {
    source: { files: report.files.map((f) => f.file), groupAttribute: network.groupAttribute, roleAttribute: network.roleAttribute },
    network,
    analysis,
    findings: findAll(graph, analysis, thresholds),
    summary: summarise(analysis.network),
    report,
  };
}
