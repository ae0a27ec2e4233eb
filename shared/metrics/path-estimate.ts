/**
 * Shortest-path measures estimated from a sample of people, for networks too large for the
 * exact sweep (100,000 people and more): searches from k people drawn at random (seeded)
 * instead of from all n, scaled by n / k — the source-sampling estimator of Brandes & Pich
 * (2007). Out-closeness comes from the same k people searched backwards (who reaches them).
 *
 * The bound: a person's normalised betweenness and harmonic closeness are each a mean over the n
 * possible sources of a term between 0 and 1 (the share of pairs a source's paths put through
 * them; 1 / distance), scaled by n / (n − 1). By Hoeffding's inequality — which also holds for
 * sampling without replacement — and a union bound over all n people and the three measures,
 * every estimate is within `maxError` of the exact figure with probability `confidence`.
 */
import { seededRandom } from '../network/seeded-random';
import type { TalkGraph } from '../network/build-graph';
import { mergeSweep, sweepChunks, sweepInput, type PathSweep, type Sweeper } from './path-sweep';

export interface PathEstimateRequest {
  /** How many people to search from. */
  samples: number;
  seed?: number;
}

/** What the output says about an estimate. */
export interface PathEstimate {
  sources: number;
  people: number;
  seed: number;
  confidence: number;
  /** On the 0–1 scale of normalised betweenness and harmonic closeness, for every person at once. */
  maxError: number;
}

export const ESTIMATE_CONFIDENCE = 0.95;
export const DEFAULT_ESTIMATE_SAMPLES = 2000;
const DEFAULT_SEED = 20261202;

/** The half-width that holds for all n people and three measures at once with probability `confidence`. */
export function estimateBound(people: number, samples: number, confidence = ESTIMATE_CONFIDENCE): number {
  if (samples >= people) return 0;
  const scale = people > 1 ? people / (people - 1) : 1;
  return scale * Math.sqrt(Math.log((2 * 3 * people) / (1 - confidence)) / (2 * samples));
}

/** k distinct people of n, drawn with the seed, in increasing order. */
export function sampleSources(people: number, samples: number, seed: number): Int32Array {
  const k = Math.min(people, samples);
  const all = Int32Array.from({ length: people }, (_, i) => i);
  const random = seededRandom(seed);
  // The first k places of a partial Fisher–Yates shuffle.
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (people - i));
    const a = all[i] as number;
    all[i] = all[j] as number;
    all[j] = a;
  }
  return all.slice(0, k).sort();
}

/** The estimated sweep (betweenness, closeness and mean distance scaled from the sample) and what it says of itself. */
export async function estimatedSweep(
  graph: TalkGraph,
  within: string[],
  request: PathEstimateRequest,
  sweeper: Sweeper,
  onProgress?: (fraction: number) => void,
): Promise<{ sweep: PathSweep; estimate: PathEstimate }> {
  const n = graph.order;
  const seed = request.seed ?? DEFAULT_SEED;
  const sources = sampleSources(n, Math.max(1, Math.floor(request.samples)), seed);
  const k = sources.length;
  const forward = sweepInput(graph, within, sources);
  const backward = sweepInput(graph, [], sources, true);
  backward.input.distancesOnly = true;
  // Both sweeps at once (their threads start now); the forward one, with the accumulation, is about two thirds of the work.
  let forwardDone = 0;
  let backwardDone = 0;
  const progress = (): void => onProgress?.((2 / 3) * forwardDone + backwardDone / 3);
  const [ahead, back] = await Promise.all([
    sweeper(forward.input, sweepChunks(k), (f) => {
      forwardDone = f;
      progress();
    }),
    sweeper(backward.input, sweepChunks(k), (f) => {
      backwardDone = f;
      progress();
    }),
  ]);
  const there = mergeSweep(forward.ids, forward.input, ahead);
  const from = mergeSweep(backward.ids, backward.input, back);
  const scale = n / k;
  const betweenness = there.betweenness.map((b) => b * scale);
  const harmonicIn = there.harmonicIn.map((h) => h * scale);
  // Searched backwards from a sampled person t, "reaching" v means v reaches t.
  const harmonicOut = from.harmonicIn.map((h) => h * scale);
  return {
    sweep: { ids: there.ids, betweenness, harmonicIn, harmonicOut, averageDistanceWithin: there.averageDistanceWithin },
    estimate: { sources: k, people: n, seed, confidence: ESTIMATE_CONFIDENCE, maxError: estimateBound(n, k) },
  };
}
