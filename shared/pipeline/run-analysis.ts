/**
 * The whole pipeline in one call: import -> network -> metrics -> findings. The renderer's
 * worker, the CLI and the tests all run exactly this, so nothing is computed two ways.
 */
import { findAll, type FindingsResult } from '../findings/find-all';
import { findingBounds } from '../findings/bounds';
import { summarise } from '../findings/summary';
import type { FindingText } from '../findings/types';
import { DEFAULT_THRESHOLDS, type Thresholds } from '../findings/thresholds';
import { importFiles, type ImportRequest, type ImportResult } from '../import/import-files';
import type { ImportReport } from '../import/import-report';
import type { Suggestion } from '../import/name-suggestions';
import { analyseNetwork, analyseNetworkWith, type Analysis } from '../metrics/analyse-network';
import type { PathEstimateRequest } from '../metrics/path-estimate';
import { sweepHere, type Sweeper } from '../metrics/path-sweep';
import { buildGraph, type TalkGraph } from '../network/build-graph';
import { reconstructNonRespondents } from '../network/reconstruct';
import type { SurveyNetwork } from '../network/types';
import { importLayers, type Layer } from '../import/layers';
import { layerOverlaps, type LayerOverlap } from '../network/layer-overlap';

/** Most layers whose overlap is computed (each is one more import of the file). */
export const MAX_LAYERS = 8;

/** Several relations in one export: which one this analysis reads, the others to switch to, and their overlap. */
export interface LayersInfo {
  current: string | null;
  layers: (Layer & { ties: number })[];
  overlap: LayerOverlap[];
}

export interface AnalysisOptions {
  thresholds?: Thresholds;
  /** Symmetric relations only: give non-respondents the ties others reported to them. */
  reconstruct?: boolean;
  /** How far the analysis is (0..1), for a progress bar. */
  onProgress?: (fraction: number) => void;
  /** runAnalysisAsync: who runs the shortest-path sweep (worker threads, Web Workers); this thread without it. */
  sweeper?: Sweeper;
  /** runAnalysisAsync: estimate the path measures from this many people instead of all (path-estimate.ts). */
  estimate?: PathEstimateRequest;
}

/** The sweep's chunks one after another on this thread. */
const sweepOnThisThread: Sweeper = (input, _chunks, onProgress) => Promise.resolve(sweepHere(input, onProgress));

export interface AnalysisResult {
  source: { files: string[]; groupAttribute: string | null; roleAttribute: string | null; reconstructedTies: number | null };
  network: SurveyNetwork;
  analysis: Analysis;
  findings: FindingsResult;
  summary: FindingText[];
  report: ImportReport;
  /** null when the export holds one relation. */
  layers?: LayersInfo | null;
  /** For the import wizard: ranked roster suggestions per written name still to decide, by nameKey (undecided-suggestions.ts). */
  suggestions?: Record<string, Suggestion[]>;
}

export function runAnalysis(request: ImportRequest, options: AnalysisOptions = {}): AnalysisResult {
  const { network, report, tables } = importFiles(request);
  return { ...analyseImported(network, report, options), layers: layersInfo(request, network, tables) };
}

/** runAnalysis with the shortest-path sweep run by `options.sweeper` and, with `options.estimate`, estimated. */
export async function runAnalysisAsync(request: ImportRequest, options: AnalysisOptions = {}): Promise<AnalysisResult> {
  const { network, report, tables } = importFiles(request);
  return { ...(await analyseImportedAsync(network, report, options)), layers: layersInfo(request, network, tables) };
}

/** The relations of the export as layers: each imported with its own spec, counted and overlapped. */
export function layersInfo(request: ImportRequest, network: SurveyNetwork, tables?: ImportResult['tables']): LayersInfo | null {
  const found = importLayers(request, tables);
  if (!found || found.layers.length > MAX_LAYERS) return null;
  // A layer that cannot be read with the same settings (a column missing) is left out, not guessed.
  const read = found.layers.flatMap((l) => {
    if (l.name === found.current) return [{ layer: l, network }];
    try {
      return [{ layer: l, network: importFiles({ ...request, spec: l.spec }).network }];
    } catch {
      return [];
    }
  });
  if (read.length < 2) return null;
  return {
    current: found.current,
    layers: read.map((r) => ({ ...r.layer, ties: r.network.ties.length })),
    overlap: layerOverlaps(read.map((r) => ({ name: r.layer.name, network: r.network }))),
  };
}

interface Prepared {
  network: SurveyNetwork;
  graph: TalkGraph;
  reconstruction: ReturnType<typeof reconstructNonRespondents> | null;
}

function prepare(imported: SurveyNetwork, options: AnalysisOptions): Prepared {
  const reconstruction = options.reconstruct ? reconstructNonRespondents(imported) : null;
  const network = reconstruction?.network ?? imported;
  return { network, graph: buildGraph(network), reconstruction };
}

export function analyseImported(imported: SurveyNetwork, report: ImportReport, options: AnalysisOptions = {}): AnalysisResult {
  const prepared = prepare(imported, options);
  return finish(prepared, analyseNetwork(prepared.graph, options.onProgress, { weighted: prepared.network.weighted }), report, options);
}

export async function analyseImportedAsync(imported: SurveyNetwork, report: ImportReport, options: AnalysisOptions = {}): Promise<AnalysisResult> {
  const prepared = prepare(imported, options);
  const analysis = await analyseNetworkWith(prepared.graph, options.sweeper ?? sweepOnThisThread, options.onProgress, {
    weighted: prepared.network.weighted,
    estimate: options.estimate,
  });
  return finish(prepared, analysis, report, options);
}

function finish({ network, graph, reconstruction }: Prepared, analysis: Analysis, report: ImportReport, options: AnalysisOptions): AnalysisResult {
  const thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
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
