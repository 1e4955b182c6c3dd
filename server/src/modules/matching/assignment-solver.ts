import { MinCostFlow } from './min-cost-flow';

/**
 * Volunteers to places, maximising the total score: a bipartite b-matching solved exactly as a
 * min-cost flow, source → volunteer (capacity: the volunteer's places) → need (capacity 1 per
 * candidate pair, cost −score) → sink (capacity: the need's places). Scores are rewards, so we
 * want the cheapest flow of any size, not the largest flow: filling a place with a poor match
 * must never push out a better one elsewhere.
 */

export interface Candidate {
  /** Index into volunteerCapacity. */
  volunteer: number;
  /** Index into needCapacity. */
  need: number;
  /** How good the pair is; > 0 (pairs scoring ≤ 0 can never raise the total and are ignored). */
  score: number;
}

export interface AssignmentInput {
  volunteerCapacity: readonly number[];
  needCapacity: readonly number[];
  candidates: readonly Candidate[];
}

export interface AssignedPair {
  volunteer: number;
  need: number;
  score: number;
}

export interface AssignmentResult {
  /** Sorted by volunteer, then need. */
  pairs: AssignedPair[];
  totalScore: number;
}

/**
 * The assignment with the highest total score in which each volunteer takes at most
 * volunteerCapacity[v] places, each need gets at most needCapacity[n] volunteers, and every pair
 * is a candidate, used at most once (a repeated pair counts once, with its best score).
 * Deterministic: the same input gives the same pairs, ties included.
 */
export function solveAssignment(input: AssignmentInput): AssignmentResult {
  const { volunteerCapacity, needCapacity } = input;
  volunteerCapacity.forEach((c, v) => requireCount(c, `volunteerCapacity[${v}]`));
  needCapacity.forEach((c, n) => requireCount(c, `needCapacity[${n}]`));
  const volunteers = volunteerCapacity.length;
  const needs = needCapacity.length;

  // One edge per pair (its best score wins), in first-seen order.
  const pairIndex = new Map<number, number>();
  const edges: Candidate[] = [];
  for (const c of input.candidates) {
    if (!Number.isInteger(c.volunteer) || c.volunteer < 0 || c.volunteer >= volunteers) {
      throw new RangeError(`candidate volunteer ${c.volunteer} out of range`);
    }
    if (!Number.isInteger(c.need) || c.need < 0 || c.need >= needs) {
      throw new RangeError(`candidate need ${c.need} out of range`);
    }
    if (!Number.isFinite(c.score)) throw new RangeError(`candidate score ${c.score} is not a number`);
    if (c.score <= 0 || volunteerCapacity[c.volunteer] === 0 || needCapacity[c.need] === 0) continue;
    const key = c.volunteer * needs + c.need;
    const seen = pairIndex.get(key);
    if (seen === undefined) {
      pairIndex.set(key, edges.length);
      edges.push({ volunteer: c.volunteer, need: c.need, score: c.score });
    } else if (c.score > edges[seen]!.score) {
      edges[seen] = { volunteer: c.volunteer, need: c.need, score: c.score };
    }
  }

  // Nodes: source 0, volunteers 1..V, needs V+1..V+N, sink V+N+1. Only volunteers and needs
  // with a candidate get edges, so the flow's per-source-edge searches skip the idle ones.
  const solved = solveAssignmentArrays({
    volunteerCapacity,
    needCapacity,
    volunteer: Int32Array.from(edges, (e) => e.volunteer),
    need: Int32Array.from(edges, (e) => e.need),
    score: Float64Array.from(edges, (e) => e.score),
  });
  const pairs = Array.from(solved.chosen, (i) => edges[i]!).sort(
    (a, b) => a.volunteer - b.volunteer || a.need - b.need,
  );
  return { pairs, totalScore: solved.totalScore };
}

/** Candidate pairs as parallel arrays: what a planner with millions of pairs passes without an object per pair. */
export interface AssignmentArrays {
  volunteerCapacity: readonly number[];
  needCapacity: readonly number[];
  /** Pair i is (volunteer[i], need[i]) with score[i]; pairs must be distinct. */
  volunteer: Int32Array;
  need: Int32Array;
  score: Float64Array;
}

/** The same optimum as solveAssignment, over distinct pairs; returns the indices of the chosen pairs, ascending. */
export function solveAssignmentArrays(input: AssignmentArrays): { chosen: Int32Array; totalScore: number } {
  const { volunteerCapacity, needCapacity, volunteer, need, score } = input;
  const volunteers = volunteerCapacity.length;
  const needs = needCapacity.length;
  const usable = (i: number) =>
    score[i]! > 0 && volunteerCapacity[volunteer[i]!]! > 0 && needCapacity[need[i]!]! > 0;
  const source = 0;
  const sink = volunteers + needs + 1;
  const graph = new MinCostFlow(volunteers + needs + 2);
  const bestScore = new Float64Array(volunteers);
  const hasNeedEdge = new Uint8Array(needs);
  for (let i = 0; i < score.length; i++) {
    if (!usable(i)) continue;
    bestScore[volunteer[i]!] = Math.max(bestScore[volunteer[i]!]!, score[i]!);
    hasNeedEdge[need[i]!] = 1;
  }
  // Strongest volunteers first: any fixed order gives the optimum; this one finds it fastest.
  const order = [...Array(volunteers).keys()]
    .filter((v) => bestScore[v]! > 0)
    .sort((a, b) => bestScore[b]! - bestScore[a]! || a - b);
  for (const v of order) graph.addEdge(source, 1 + v, volunteerCapacity[v]!, 0);
  for (let n = 0; n < needs; n++) {
    if (hasNeedEdge[n]) graph.addEdge(1 + volunteers + n, sink, needCapacity[n]!, 0);
  }
  const edgeIds = new Int32Array(score.length).fill(-1);
  let any = false;
  for (let i = 0; i < score.length; i++) {
    if (!usable(i)) continue;
    edgeIds[i] = graph.addEdge(1 + volunteer[i]!, 1 + volunteers + need[i]!, 1, -score[i]!);
    any = true;
  }
  if (any) graph.solve(source, sink, { stopWhenCostNonNegative: true });
  const chosen: number[] = [];
  let totalScore = 0;
  for (let i = 0; i < score.length; i++) {
    if (edgeIds[i]! >= 0 && graph.flowOn(edgeIds[i]!) > 0) {
      chosen.push(i);
      totalScore += score[i]!;
    }
  }
  return { chosen: Int32Array.from(chosen), totalScore };
}

function requireCount(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number ≥ 0`);
}
