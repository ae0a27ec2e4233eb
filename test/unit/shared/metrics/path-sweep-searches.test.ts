// The sweep's direction-optimising searches (top-down and bottom-up levels) against textbook
// Brandes: the same betweenness, harmonic closeness and distances, sparse or dense.
import { describe, expect, it } from 'vitest';
import { sweepRange, type SweepInput } from '../../../../shared/metrics/path-sweep';

/** A seeded random directed network as a sweep input, every other person in `within`. */
function randomInput(n: number, tries: number, seed: number): SweepInput {
  let x = seed;
  const random = (): number => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pairs = new Set<number>();
  for (let k = 0; k < tries; k++) {
    const a = Math.floor(random() * n);
    const b = Math.floor(random() * n);
    if (a !== b) pairs.add(a * n + b);
  }
  const list = [...pairs].sort((a, b) => a - b);
  const offsets = new Int32Array(n + 1);
  for (const p of list) offsets[Math.floor(p / n) + 1] = (offsets[Math.floor(p / n) + 1] as number) + 1;
  for (let i = 0; i < n; i++) offsets[i + 1] = (offsets[i + 1] as number) + (offsets[i] as number);
  const within = Uint8Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 1 : 0));
  return { n, offsets, targets: Int32Array.from(list.map((p) => p % n)), within, sources: Int32Array.from({ length: n }, (_, i) => i) };
}

/** Brandes as in the textbook: a queue, predecessor lists, a stack. */
function plainBrandes(input: SweepInput) {
  const { n, offsets, targets, within } = input;
  const betweenness = new Float64Array(n);
  const harmonicIn = new Float64Array(n);
  const reach = new Float64Array(n);
  let withinTotal = 0;
  let withinPairs = 0;
  for (let s = 0; s < n; s++) {
    const dist = new Array<number>(n).fill(-1);
    const sigma = new Array<number>(n).fill(0);
    const preds: number[][] = Array.from({ length: n }, () => []);
    const queue = [s];
    const stack: number[] = [];
    dist[s] = 0;
    sigma[s] = 1;
    while (queue.length) {
      const v = queue.shift() as number;
      stack.push(v);
      for (let k = offsets[v] as number; k < (offsets[v + 1] as number); k++) {
        const w = targets[k] as number;
        if ((dist[w] as number) < 0) {
          dist[w] = (dist[v] as number) + 1;
          queue.push(w);
        }
        if (dist[w] === (dist[v] as number) + 1) {
          sigma[w] = (sigma[w] as number) + (sigma[v] as number);
          (preds[w] as number[]).push(v);
        }
      }
    }
    const delta = new Array<number>(n).fill(0);
    for (const w of stack.reverse()) {
      for (const v of preds[w] as number[]) delta[v] = (delta[v] as number) + ((sigma[v] as number) / (sigma[w] as number)) * (1 + (delta[w] as number));
      if (w === s) continue;
      betweenness[w] = (betweenness[w] as number) + (delta[w] as number);
      harmonicIn[w] = (harmonicIn[w] as number) + 1 / (dist[w] as number);
      reach[s] = (reach[s] as number) + 1 / (dist[w] as number);
      if (within[s] === 1 && within[w] === 1) {
        withinTotal += dist[w] as number;
        withinPairs++;
      }
    }
  }
  return { betweenness, harmonicIn, reach, withinTotal, withinPairs };
}

const near = (a: Float64Array, b: Float64Array): number =>
  a.reduce((worst, x, i) => Math.max(worst, Math.abs(x - (b[i] as number)) / Math.max(1, Math.abs(x))), 0);

describe('the searches of the sweep', () => {
  it('give the textbook Brandes figures, sparse or dense, whichever way each level is found', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const n = 5 + ((seed * 37) % 150);
      const input = randomInput(n, Math.floor(n * (0.6 + (seed % 12))), seed);
      const want = plainBrandes(input);
      const got = sweepRange(input, 0, n);
      expect(near(got.betweenness, want.betweenness)).toBeLessThan(1e-12);
      expect(near(got.harmonicIn, want.harmonicIn)).toBeLessThan(1e-12);
      expect(near(got.reach, want.reach)).toBeLessThan(1e-12);
      expect([got.withinTotal, got.withinPairs]).toEqual([want.withinTotal, want.withinPairs]);
      const distances = sweepRange({ ...input, distancesOnly: true }, 0, n);
      expect(near(distances.harmonicIn, want.harmonicIn)).toBeLessThan(1e-12);
      expect(near(distances.reach, want.reach)).toBeLessThan(1e-12);
      expect([...distances.betweenness].every((b) => b === 0)).toBe(true);
    }
  });

  it('leave their working arrays ready for the next search: the same figures run again, or from a later source on', () => {
    const input = randomInput(120, 900, 5);
    const whole = sweepRange(input, 0, 120);
    expect([...sweepRange(input, 0, 120).betweenness]).toEqual([...whole.betweenness]);
    expect([...sweepRange(input, 60, 120).reach]).toEqual([...whole.reach.slice(60)]);
  });
});
