import {
  solveAssignment,
  type AssignmentResult,
  type Candidate,
} from '../../server/src/modules/matching/assignment-solver';

/** Tiny seeded PRNG so a failing random case reproduces from its seed. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Instance {
  volunteerCapacity: number[];
  needCapacity: number[];
  candidates: Candidate[];
}

/** The best total over every feasible assignment, by exhaustive search over the candidates. */
function bruteForceBest(input: Instance): number {
  const volunteerLeft = [...input.volunteerCapacity];
  const needLeft = [...input.needCapacity];
  const { candidates } = input;
  let best = 0;
  const visit = (i: number, total: number): void => {
    if (i === candidates.length) {
      best = Math.max(best, total);
      return;
    }
    visit(i + 1, total);
    const { volunteer, need, score } = candidates[i]!;
    if (volunteerLeft[volunteer]! > 0 && needLeft[need]! > 0) {
      volunteerLeft[volunteer]!--;
      needLeft[need]!--;
      visit(i + 1, total + score);
      volunteerLeft[volunteer]!++;
      needLeft[need]!++;
    }
  };
  visit(0, 0);
  return best;
}

/** Problems with a result that is not a feasible plan for the input, or [] if it is one. */
function infeasibility(input: Instance, result: AssignmentResult): string[] {
  const problems: string[] = [];
  const best = new Map<string, number>();
  for (const c of input.candidates) {
    const key = `${c.volunteer}:${c.need}`;
    best.set(key, Math.max(best.get(key) ?? -Infinity, c.score));
  }
  const used = new Set<string>();
  const volunteerLoad = input.volunteerCapacity.map(() => 0);
  const needLoad = input.needCapacity.map(() => 0);
  for (const p of result.pairs) {
    const key = `${p.volunteer}:${p.need}`;
    if (best.get(key) !== p.score) problems.push(`${key} is not a candidate with score ${p.score}`);
    if (used.has(key)) problems.push(`${key} used twice`);
    used.add(key);
    volunteerLoad[p.volunteer]!++;
    needLoad[p.need]!++;
  }
  volunteerLoad.forEach((load, v) => {
    if (load > input.volunteerCapacity[v]!) problems.push(`volunteer ${v} over capacity`);
  });
  needLoad.forEach((load, n) => {
    if (load > input.needCapacity[n]!) problems.push(`need ${n} over capacity`);
  });
  const sum = result.pairs.reduce((s, p) => s + p.score, 0);
  if (Math.abs(sum - result.totalScore) > 1e-9) problems.push(`totalScore ${result.totalScore} ≠ Σ ${sum}`);
  return problems;
}

describe('solveAssignment: small cases', () => {
  it('beats greedy where the best single pair is a trap', () => {
    // Greedy takes A–X (10) and leaves B with nothing; the optimum is A–Y + B–X = 17.
    const result = solveAssignment({
      volunteerCapacity: [1, 1],
      needCapacity: [1, 1],
      candidates: [
        { volunteer: 0, need: 0, score: 10 },
        { volunteer: 0, need: 1, score: 9 },
        { volunteer: 1, need: 0, score: 8 },
      ],
    });
    expect(result).toEqual({
      pairs: [
        { volunteer: 0, need: 1, score: 9 },
        { volunteer: 1, need: 0, score: 8 },
      ],
      totalScore: 17,
    });
  });

  it('maximises the score, not the number of pairs', () => {
    // A–X alone (10) beats A–Y + B–X (1 + 1).
    const result = solveAssignment({
      volunteerCapacity: [1, 1],
      needCapacity: [1, 1],
      candidates: [
        { volunteer: 0, need: 0, score: 10 },
        { volunteer: 0, need: 1, score: 1 },
        { volunteer: 1, need: 0, score: 1 },
      ],
    });
    expect(result.pairs).toEqual([{ volunteer: 0, need: 0, score: 10 }]);
    expect(result.totalScore).toBe(10);
  });

  it('fills several places per need and per volunteer within their capacities', () => {
    const result = solveAssignment({
      volunteerCapacity: [2, 1, 1],
      needCapacity: [2, 2],
      candidates: [
        { volunteer: 0, need: 0, score: 5 },
        { volunteer: 0, need: 1, score: 4 },
        { volunteer: 1, need: 0, score: 3 },
        { volunteer: 2, need: 0, score: 2 },
        { volunteer: 2, need: 1, score: 1 },
      ],
    });
    expect(result.pairs).toEqual([
      { volunteer: 0, need: 0, score: 5 },
      { volunteer: 0, need: 1, score: 4 },
      { volunteer: 1, need: 0, score: 3 },
      { volunteer: 2, need: 1, score: 1 },
    ]);
    expect(result.totalScore).toBe(13);
  });

  it('leaves out volunteers and needs with capacity 0', () => {
    const result = solveAssignment({
      volunteerCapacity: [0, 1],
      needCapacity: [1, 0],
      candidates: [
        { volunteer: 0, need: 0, score: 9 },
        { volunteer: 1, need: 1, score: 9 },
        { volunteer: 1, need: 0, score: 2 },
      ],
    });
    expect(result.pairs).toEqual([{ volunteer: 1, need: 0, score: 2 }]);
  });

  it('handles empty input', () => {
    expect(solveAssignment({ volunteerCapacity: [], needCapacity: [], candidates: [] })).toEqual({
      pairs: [],
      totalScore: 0,
    });
    expect(solveAssignment({ volunteerCapacity: [1], needCapacity: [1], candidates: [] }).pairs).toEqual([]);
  });

  it('counts a repeated pair once, with its best score, and ignores scores ≤ 0', () => {
    const result = solveAssignment({
      volunteerCapacity: [2, 1],
      needCapacity: [2, 1],
      candidates: [
        { volunteer: 0, need: 0, score: 1 },
        { volunteer: 0, need: 0, score: 3 },
        { volunteer: 0, need: 0, score: 2 },
        { volunteer: 1, need: 1, score: 0 },
        { volunteer: 1, need: 0, score: -5 },
      ],
    });
    expect(result).toEqual({ pairs: [{ volunteer: 0, need: 0, score: 3 }], totalScore: 3 });
  });

  it('rejects indices out of range, bad capacities and non-numeric scores', () => {
    const ok = { volunteerCapacity: [1], needCapacity: [1] };
    expect(() => solveAssignment({ ...ok, candidates: [{ volunteer: 1, need: 0, score: 1 }] })).toThrow(
      RangeError,
    );
    expect(() => solveAssignment({ ...ok, candidates: [{ volunteer: 0, need: -1, score: 1 }] })).toThrow(
      RangeError,
    );
    expect(() => solveAssignment({ ...ok, candidates: [{ volunteer: 0.5, need: 0, score: 1 }] })).toThrow(
      RangeError,
    );
    expect(() => solveAssignment({ ...ok, candidates: [{ volunteer: 0, need: 0, score: NaN }] })).toThrow(
      RangeError,
    );
    expect(() => solveAssignment({ volunteerCapacity: [-1], needCapacity: [1], candidates: [] })).toThrow(
      RangeError,
    );
    expect(() => solveAssignment({ volunteerCapacity: [1], needCapacity: [1.5], candidates: [] })).toThrow(
      RangeError,
    );
  });

  it('is deterministic, ties included', () => {
    // Every pair scores the same, so many optima exist; the same input must pick the same one.
    const input = {
      volunteerCapacity: [1, 1, 1, 1],
      needCapacity: [2, 1],
      candidates: [0, 1, 2, 3].flatMap((volunteer) => [0, 1].map((need) => ({ volunteer, need, score: 1 }))),
    };
    const first = solveAssignment(input);
    expect(first.totalScore).toBe(3);
    for (let i = 0; i < 5; i++) expect(solveAssignment(input)).toEqual(first);
  });
});

describe('solveAssignment: random instances against brute force', () => {
  /**
   * Up to 6 volunteers × 4 needs, capacities 1–3, a random sparse candidate set. Half the
   * instances use whole-number scores 1–4, so ties are common; the rest use random floats.
   */
  function randomInstance(seed: number): Instance {
    const random = mulberry32(seed);
    const volunteers = 1 + Math.floor(random() * 6);
    const needs = 1 + Math.floor(random() * 4);
    const density = 0.2 + random() * 0.5;
    const ties = random() < 0.5;
    const candidates: Candidate[] = [];
    for (let volunteer = 0; volunteer < volunteers; volunteer++) {
      for (let need = 0; need < needs; need++) {
        if (random() >= density) continue;
        const score = ties ? 1 + Math.floor(random() * 4) : 0.001 + random() * 10;
        candidates.push({ volunteer, need, score });
      }
    }
    return {
      volunteerCapacity: Array.from({ length: volunteers }, () => 1 + Math.floor(random() * 3)),
      needCapacity: Array.from({ length: needs }, () => 1 + Math.floor(random() * 3)),
      candidates,
    };
  }

  it('matches the exhaustive optimum on 300 instances', () => {
    const failures: unknown[] = [];
    for (let seed = 1; seed <= 300; seed++) {
      const input = randomInstance(seed);
      const result = solveAssignment(input);
      const problems = infeasibility(input, result);
      const expected = bruteForceBest(input);
      if (problems.length > 0 || Math.abs(result.totalScore - expected) > 1e-9) {
        failures.push({ seed, problems, expected, got: result.totalScore });
      }
    }
    expect(failures).toEqual([]);
  });

  it('gives the same total whatever the order of the candidates', () => {
    const failures: unknown[] = [];
    for (let seed = 1; seed <= 100; seed++) {
      const input = randomInstance(seed);
      const random = mulberry32(seed + 9999);
      const shuffled = input.candidates
        .map((c) => ({ c, key: random() }))
        .sort((a, b) => a.key - b.key)
        .map(({ c }) => c);
      const a = solveAssignment(input).totalScore;
      const b = solveAssignment({ ...input, candidates: shuffled }).totalScore;
      if (Math.abs(a - b) > 1e-9) failures.push({ seed, a, b });
    }
    expect(failures).toEqual([]);
  });
});

describe('solveAssignment: a planning-sized instance', () => {
  it('plans 5,000 volunteers × 500 needs with 50 candidates each, within every capacity', () => {
    const random = mulberry32(2024);
    const volunteers = 5000;
    const needs = 500;
    const input: Instance = {
      volunteerCapacity: Array.from({ length: volunteers }, () => 1),
      needCapacity: Array.from({ length: needs }, () => 2 + Math.floor(random() * 7)),
      candidates: [],
    };
    for (let need = 0; need < needs; need++) {
      const chosen = new Set<number>();
      while (chosen.size < 50) chosen.add(Math.floor(random() * volunteers));
      for (const volunteer of chosen)
        input.candidates.push({ volunteer, need, score: 0.05 + 0.95 * random() });
    }
    const result = solveAssignment(input);
    expect(infeasibility(input, result)).toEqual([]);

    // The optimum can be no worse than greedy by score.
    const volunteerLeft = [...input.volunteerCapacity];
    const needLeft = [...input.needCapacity];
    let greedy = 0;
    for (const c of [...input.candidates].sort((a, b) => b.score - a.score)) {
      if (volunteerLeft[c.volunteer]! > 0 && needLeft[c.need]! > 0) {
        volunteerLeft[c.volunteer]!--;
        needLeft[c.need]!--;
        greedy += c.score;
      }
    }
    expect(result.totalScore).toBeGreaterThanOrEqual(greedy - 1e-9);
    expect(result.pairs.length).toBeGreaterThan(0);

    // Swapping the sides sends every search along different paths; the optimum must not move.
    const transposed = solveAssignment({
      volunteerCapacity: input.needCapacity,
      needCapacity: input.volunteerCapacity,
      candidates: input.candidates.map((c) => ({ volunteer: c.need, need: c.volunteer, score: c.score })),
    });
    expect(Math.abs(transposed.totalScore - result.totalScore)).toBeLessThan(1e-9 * result.totalScore);
  });
});
