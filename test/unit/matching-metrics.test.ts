import { gini, mean, percentile } from '../../server/src/modules/matching/gini';

/** The textbook definition, O(n²): Σᵢ Σⱼ |xᵢ − xⱼ| / (2 n² mean). */
function giniByDefinition(values: number[]): number {
  const n = values.length;
  const m = values.reduce((s, x) => s + x, 0) / n;
  let sum = 0;
  for (const a of values) for (const b of values) sum += Math.abs(a - b);
  return sum / (2 * n * n * m);
}

describe('gini', () => {
  it('is 0.75 when one of four carries everything', () => {
    expect(gini([0, 0, 0, 1])).toBeCloseTo(0.75, 12);
    expect(gini([0, 5, 0, 0])).toBeCloseTo(0.75, 12);
  });

  it('is 4/15 for 1..5', () => {
    // Σ over ordered pairs of |xi − xj| = 40; 40 / (2 · 25 · 3) = 4/15.
    expect(gini([1, 2, 3, 4, 5])).toBeCloseTo(4 / 15, 12);
  });

  it('is 0 for equal values, all zeros, one value and no values', () => {
    expect(gini([3, 3, 3])).toBe(0);
    expect(gini([0, 0])).toBe(0);
    expect(gini([7])).toBe(0);
    expect(gini([])).toBe(0);
  });

  it('agrees with the O(n²) definition on random loads, whatever their order', () => {
    // mulberry32, seeded, so a failure reproduces
    let a = 17;
    const random = () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    for (let i = 0; i < 50; i++) {
      const values = Array.from({ length: 1 + Math.floor(random() * 30) }, () => Math.floor(random() * 6));
      if (values.every((x) => x === 0)) continue;
      expect(gini(values)).toBeCloseTo(giniByDefinition(values), 12);
      expect(gini([...values].reverse())).toBeCloseTo(gini(values), 12);
    }
  });

  it('leaves its input alone and rejects negative or non-finite values', () => {
    const values = [3, 1, 2];
    gini(values);
    expect(values).toEqual([3, 1, 2]);
    expect(() => gini([1, -1])).toThrow(RangeError);
    expect(() => gini([1, NaN])).toThrow(RangeError);
  });
});

describe('mean', () => {
  it('averages, and is NaN for no values', () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expect(mean([-2, 2])).toBe(0);
    expect(mean([])).toBeNaN();
  });
});

describe('percentile (linear interpolation between closest ranks)', () => {
  const oneToTwenty = Array.from({ length: 20 }, (_, i) => i + 1);

  it('interpolates between the neighbouring ranks', () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
    // rank 19 · 0.95 = 18.05 → 19 + 0.05 · (20 − 19); numpy.percentile gives the same.
    expect(percentile(oneToTwenty, 95)).toBeCloseTo(19.05, 12);
    expect(percentile([10, 20], 25)).toBe(12.5);
  });

  it('gives the minimum at 0, the maximum at 100 and the value itself for one value', () => {
    expect(percentile([5, 1, 3], 0)).toBe(1);
    expect(percentile([5, 1, 3], 100)).toBe(5);
    expect(percentile([42], 95)).toBe(42);
  });

  it('sorts a copy, not the input', () => {
    const values = [3, 1, 2];
    expect(percentile(values, 50)).toBe(2);
    expect(values).toEqual([3, 1, 2]);
  });

  it('is NaN for no values and rejects p outside [0, 100]', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], -1)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], NaN)).toThrow(RangeError);
  });
});
