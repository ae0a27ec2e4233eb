/**
 * Interactions counted per ordered pair, for logs of any size: an open-addressing hash table in
 * typed arrays (a pair key is a whole number below 2^44; a count is 32-bit). A JavaScript Map holds
 * at most 2^24 (16.8 million) entries and costs about 80 bytes a pair; this table holds as many as
 * memory allows at 12 bytes a slot, kept at most half full (so about 24 bytes a pair), and grows by doubling.
 */
import { LogError } from './log-error';

const EMPTY = -1;
/** The largest table: 2^28 slots (3 GB), about 134 million pairs at half full. */
const MAX_SLOTS = 2 ** 28;

export class PairCounts {
  private keys: Float64Array;
  private counts: Uint32Array;
  private mask: number;
  private filled = 0;

  constructor(
    private readonly file: string,
    slots = 1024,
  ) {
    const size = 2 ** Math.ceil(Math.log2(Math.max(16, slots)));
    this.keys = new Float64Array(size).fill(EMPTY);
    this.counts = new Uint32Array(size);
    this.mask = size - 1;
  }

  get size(): number {
    return this.filled;
  }

  /** Adds `by` to the pair's count. */
  add(pair: number, by = 1): void {
    let slot = hash(pair) & this.mask;
    for (;;) {
      const key = this.keys[slot] as number;
      if (key === pair) {
        this.counts[slot] = (this.counts[slot] as number) + by;
        return;
      }
      if (key === EMPTY) break;
      slot = (slot + 1) & this.mask;
    }
    this.keys[slot] = pair;
    this.counts[slot] = by;
    if (++this.filled * 2 > this.keys.length) this.grow();
  }

  get(pair: number): number {
    for (let slot = hash(pair) & this.mask; ; slot = (slot + 1) & this.mask) {
      const key = this.keys[slot] as number;
      if (key === pair) return this.counts[slot] as number;
      if (key === EMPTY) return 0;
    }
  }

  /** The pairs in increasing key order (by source, then target, in the order people were first seen) with their counts. */
  sorted(): { pairs: Float64Array; counts: Uint32Array } {
    const pairs = new Float64Array(this.filled);
    let at = 0;
    for (let slot = 0; slot < this.keys.length; slot++) {
      const key = this.keys[slot] as number;
      if (key !== EMPTY) pairs[at++] = key;
    }
    pairs.sort();
    return { pairs, counts: Uint32Array.from(pairs, (pair) => this.get(pair)) };
  }

  *entries(): IterableIterator<[number, number]> {
    for (let slot = 0; slot < this.keys.length; slot++) {
      const key = this.keys[slot] as number;
      if (key !== EMPTY) yield [key, this.counts[slot] as number];
    }
  }

  private grow(): void {
    const size = this.keys.length * 2;
    if (size > MAX_SLOTS) throw new LogError('log.error.tooManyPairs', { file: this.file, max: MAX_SLOTS / 2 });
    const { keys, counts } = this;
    this.keys = new Float64Array(size).fill(EMPTY);
    this.counts = new Uint32Array(size);
    this.mask = size - 1;
    for (let slot = 0; slot < keys.length; slot++) {
      const key = keys[slot] as number;
      if (key === EMPTY) continue;
      let to = hash(key) & this.mask;
      while (this.keys[to] !== EMPTY) to = (to + 1) & this.mask;
      this.keys[to] = key;
      this.counts[to] = counts[slot] as number;
    }
  }
}

/** Mixes both halves of a pair key (below 2^44) into 32 bits. */
function hash(pair: number): number {
  const low = pair >>> 0;
  const high = Math.floor(pair / 4294967296) >>> 0;
  let h = Math.imul(low ^ Math.imul(high, 0x85ebca6b), 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 12)) >>> 0;
}
