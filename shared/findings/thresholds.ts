/**
 * Every threshold the findings use, in one place, with the reason for its default.
 * The settings screen and the CLI may override any of them; findings never hard-code one.
 */

export interface Thresholds {
  /** Groups smaller than this are too small to judge (one absent person changes everything). */
  minGroupSize: number;
  /** A link between two groups is weak when its density is below this share of the groups' own density. */
  weakLinkRatio: number;
  /** Below this own density a group is not cohesive enough for "weak link" to mean anything. */
  minInternalDensity: number;
  /** At most this many weak links are reported (the weakest first); the rest are counted. */
  maxWeakLinks: number;
  /** "Names many": at least this many, and at least `oneSidedFactor` × the team's median. */
  oneSidedMinCount: number;
  oneSidedFactor: number;
  /** Fewer respondents than this: one-sided is not judged. */
  minRespondents: number;
  /** A central person: in-degree at least `centralFactor` × the team's median and at least `centralMinInDegree`. */
  centralFactor: number;
  centralMinInDegree: number;
  /** At most this many people count as central by in-degree alone (the most named first). */
  centralMaxPeople: number;
  /** Below this share of mutual ties, reciprocity is low (team or group). */
  lowReciprocity: number;
  /** Fewer ties than this: reciprocity is not judged for the team (half of it for a group). */
  minArcsForReciprocity: number;
  /** Louvain clusters are only compared with the groups when modularity reaches this. */
  minModularity: number;
  /** A cluster "cuts across" groups when it holds at least this many people from each of two groups. */
  minSubgroupMembers: number;
  /** ... and the second-largest group must be at least this share of the cluster. */
  minSubgroupShare: number;
  /** Brokers: at least this many between-group two-paths, at most `maxBrokers` people. */
  minBrokerage: number;
  maxBrokers: number;
  /** Roles that count as key people for reach, whatever their in-degree (nl and en). */
  keyRolePattern: RegExp;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  minGroupSize: 3,
  weakLinkRatio: 0.25,
  minInternalDensity: 0.3,
  maxWeakLinks: 12,
  oneSidedMinCount: 5,
  oneSidedFactor: 2,
  minRespondents: 5,
  centralFactor: 1.75,
  centralMinInDegree: 5,
  centralMaxPeople: 3,
  lowReciprocity: 0.3,
  minArcsForReciprocity: 10,
  minModularity: 0.3,
  minSubgroupMembers: 2,
  minSubgroupShare: 1 / 3,
  minBrokerage: 10,
  maxBrokers: 3,
  keyRolePattern:
    /(specialist|expert|coach|intern begeleider|\bib\b|\bib'er|directeur|director|adjunct|deputy|principal|leider|leader|coördinator|coordinator)/i,
};

/** The thresholds a user may change in the app's settings, with their ranges. */
export type AdjustableThreshold =
  'weakLinkRatio' | 'minGroupSize' | 'oneSidedFactor' | 'oneSidedMinCount' | 'centralFactor' | 'lowReciprocity' | 'minBrokerage';

export interface ThresholdSetting {
  key: AdjustableThreshold;
  min: number;
  max: number;
  step: number;
}

export const THRESHOLD_SETTINGS: ThresholdSetting[] = [
  { key: 'weakLinkRatio', min: 0.05, max: 0.75, step: 0.05 },
  { key: 'minGroupSize', min: 2, max: 10, step: 1 },
  { key: 'oneSidedFactor', min: 1.25, max: 5, step: 0.25 },
  { key: 'oneSidedMinCount', min: 2, max: 20, step: 1 },
  { key: 'centralFactor', min: 1, max: 4, step: 0.25 },
  { key: 'lowReciprocity', min: 0.05, max: 0.9, step: 0.05 },
  { key: 'minBrokerage', min: 1, max: 100, step: 1 },
];

export type ThresholdOverrides = Partial<Record<AdjustableThreshold, number>>;

/** Defaults with the user's overrides, each clamped to its allowed range. */
export function withOverrides(overrides: ThresholdOverrides = {}): Thresholds {
  const result: Thresholds = { ...DEFAULT_THRESHOLDS };
  for (const setting of THRESHOLD_SETTINGS) {
    const value = overrides[setting.key];
    if (typeof value === 'number' && Number.isFinite(value)) result[setting.key] = Math.min(setting.max, Math.max(setting.min, value));
  }
  return result;
}

export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
