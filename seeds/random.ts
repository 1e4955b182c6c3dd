/**
 * Deterministic seeded PRNG for demo data (mulberry32).
 * Why: seeds must be reproducible run to run, so Math.random is never used.
 * Not cryptographically secure — never use it for passwords or tokens.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    if (!Number.isFinite(seed)) {
      throw new RangeError(`Random seed must be a finite number, got ${String(seed)}`);
    }
    // Coerce to uint32 so fractional/negative/huge seeds still give a stable stream.
    this.state = Math.trunc(seed) >>> 0;
  }

  /** Uniform float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    const lo = Math.ceil(min);
    const hi = Math.floor(max);
    if (!Number.isFinite(lo) || !Number.isFinite(hi) || lo > hi) {
      throw new RangeError(`Random.int: empty or invalid range [${min}, ${max}]`);
    }
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** One uniformly chosen element; throws on an empty list (a generator bug, not data). */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) {
      throw new RangeError('Random.pick: cannot pick from an empty list');
    }
    // Index is in bounds, so the cast only drops noUncheckedIndexedAccess's `| undefined`.
    return items[this.int(0, items.length - 1)] as T;
  }

  /** `count` distinct positions of `items`, in random order; does not mutate `items`. */
  pickSome<T>(items: readonly T[], count: number): T[] {
    const n = Math.floor(count);
    if (n < 0 || n > items.length) {
      throw new RangeError(`Random.pickSome: cannot pick ${count} distinct of ${items.length}`);
    }
    // Partial Fisher–Yates on a copy: O(n) swaps, no rejection loop.
    const pool = items.slice();
    for (let i = 0; i < n; i++) {
      const j = this.int(i, pool.length - 1);
      const tmp = pool[i] as T;
      pool[i] = pool[j] as T;
      pool[j] = tmp;
    }
    return pool.slice(0, n);
  }

  /** True with probability p (p <= 0 never, p >= 1 always). */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** Fisher–Yates shuffle IN PLACE; returns the same array for chaining. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      const tmp = items[i] as T;
      items[i] = items[j] as T;
      items[j] = tmp;
    }
    return items;
  }

  /** Pick by relative weight, e.g. over SURNAMES' `[surname, weight]` pairs. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of entries) {
      if (w > 0) total += w;
    }
    if (total <= 0) {
      throw new RangeError('Random.weighted: needs at least one positive weight');
    }
    let r = this.next() * total;
    let last: T | undefined;
    for (const [item, w] of entries) {
      if (w <= 0) continue;
      last = item;
      r -= w;
      if (r < 0) return item;
    }
    // Only reachable through float rounding at the very top of the range;
    // total > 0 guarantees `last` was set.
    return last as T;
  }
}
