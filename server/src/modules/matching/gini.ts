/**
 * Summary statistics for plan metrics: how evenly work is shared (Gini) and how far people travel
 * (mean, percentiles). Inputs are never modified.
 */

/**
 * Gini coefficient Σᵢ Σⱼ |xᵢ − xⱼ| / (2 n² mean) of non-negative values: 0 when everyone carries
 * the same load, approaching 1 when one person carries it all ([0, 0, 0, 1] → 0.75). Empty or
 * all-zero input gives 0: nobody carries more than anybody else.
 *
 * Computed in O(n log n) from the sorted values: the k-th smallest (0-based) is the larger one in
 * k pairs and the smaller one in n − 1 − k, so the double sum is 2 Σₖ x₍ₖ₎ (2k − n + 1).
 */
export function gini(values: readonly number[]): number {
  for (const x of values) {
    if (!Number.isFinite(x) || x < 0) throw new RangeError(`gini needs finite values ≥ 0, got ${x}`);
  }
  const n = values.length;
  const total = values.reduce((sum, x) => sum + x, 0);
  if (n === 0 || total === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  let weighted = 0;
  sorted.forEach((x, k) => (weighted += x * (2 * k - n + 1)));
  // 2·weighted / (2 n² · total/n) = weighted / (n · total)
  return weighted / (n * total);
}

/** Arithmetic mean; NaN for no values (undefined, and callers decide what to show). */
export function mean(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  return values.reduce((sum, x) => sum + x, 0) / values.length;
}

/**
 * The p-th percentile, p in [0, 100], by linear interpolation between closest ranks (the R-7
 * rule: numpy's default and Excel's PERCENTILE.INC): rank h = (n − 1)·p/100 on the sorted values,
 * interpolated between the neighbouring values. We chose it over nearest-rank because it moves
 * smoothly as values change, so a p95 distance does not jump when one trip changes slightly.
 * NaN for no values.
 */
export function percentile(values: readonly number[], p: number): number {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be in [0, 100], got ${p}`);
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const h = ((sorted.length - 1) * p) / 100;
  const below = Math.floor(h);
  const lower = sorted[below]!;
  if (h === below) return lower;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)]!;
  return lower + (h - below) * (upper - lower);
}
