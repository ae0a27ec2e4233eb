/**
 * All finding rules over one analysis, ranked by severity then strength. An empty or
 * tiny network yields a "not enough data" notice instead of findings from noise.
 */
import type { Analysis } from '../metrics/analyse-network';
import type { TalkGraph } from '../network/build-graph';
import type { FindingContext } from './context';
import { findBrokers } from './broker';
import { findHiddenSubgroups } from './hidden-subgroup';
import { findIsolated } from './isolated';
import { findLimitedReach } from './limited-reach';
import { findLowReciprocity } from './low-reciprocity';
import { findOneSided } from './one-sided';
import { findSingleBridges } from './single-bridge';
import { DEFAULT_THRESHOLDS, type Thresholds } from './thresholds';
import { rankFindings, type Finding, type FindingText } from './types';
import { findWeakGroupLinks } from './weak-group-link';

export interface FindingsResult {
  findings: Finding[];
  /** Set when the network is too small or empty to say anything responsibly. */
  notEnoughData: FindingText | null;
}

const RULES = [findWeakGroupLinks, findSingleBridges, findLimitedReach, findOneSided, findLowReciprocity, findIsolated, findHiddenSubgroups, findBrokers];

export function findAll(graph: TalkGraph, analysis: Analysis, thresholds: Thresholds = DEFAULT_THRESHOLDS): FindingsResult {
  if (analysis.network.nodes < 3 || analysis.network.arcs === 0) {
    return { findings: [], notEnoughData: { key: 'finding.notEnoughData', params: { nodes: analysis.network.nodes, arcs: analysis.network.arcs } } };
  }
  const ctx: FindingContext = { graph, analysis, thresholds };
  return { findings: rankFindings(RULES.flatMap((rule) => rule(ctx))), notEnoughData: null };
}
