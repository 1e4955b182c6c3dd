import { performance } from 'node:perf_hooks';
import { solveBlockMip } from './highs-mip';
import {
  membersOf,
  objectiveOf,
  overlapCliques,
  withoutUncoveredGroups,
  type JointModel,
} from './joint-model';
import type { Weights } from './matching-weights';
import { MinCostFlow } from './min-cost-flow';
import { scoreTotal } from './scoring';

/**
 * Solves the joint model (joint-model.ts) block by block:
 *
 * 1. A relaxation solved exactly as one min-cost flow: each person may take at most one need of
 *    each group of their needs that share a moment (a subset of the real no-overlap rows), a
 *    team-served need may be filled by any of the teams' members, the cadre requirement is
 *    dropped, the cadre bonus counted per need. Its optimum bounds every block's best objective
 *    from above.
 * 2. Where the relaxation's answer keeps every real rule (no overlap, whole teams, cadres), it is
 *    the block's optimum: the fast path, and the usual case for plans without teams.
 * 3. Elsewhere a feasible plan starts the search — the better of the greedy plan and one built by
 *    teams best first, then a flow giving each person at most one need per run of overlapping
 *    needs — and HiGHS improves it as a mixed-integer
 *    program within the time and size limits; the bound it proves tightens the gap.
 */

export type SolverName = 'MIN_COST_FLOW' | 'HIGHS' | 'HEURISTIC' | 'GREEDY';

export interface SolveLimits {
  /** Wall time the MIP solves of one plan may take together. */
  timeLimitSeconds: number;
  /** Blocks with more columns than this are not given to HiGHS: their feasible plan stands. */
  maxMipColumns: number;
  /** HiGHS stops once its proven relative gap is at most this. */
  relativeGap: number;
}

export const DEFAULT_SOLVE_LIMITS: SolveLimits = {
  timeLimitSeconds: 20,
  maxMipColumns: 30_000,
  relativeGap: 1e-4,
};

export interface JointSolution {
  chosen: number[];
  /** Scores of the chosen columns plus the cadre bonus. */
  objective: number;
  /** No plan can do better than this (proven). */
  bound: number;
  /** (bound − objective) / bound: 0 is a proven optimum. */
  gap: number;
  /** The strongest solver any block needed (HEURISTIC: a block was left with an unproven plan). */
  solver: SolverName;
  blocks: { total: number; flow: number; mip: number; heuristic: number };
  millis: number;
}

export async function solveJoint(
  model: JointModel,
  weights: Weights,
  limits: SolveLimits = DEFAULT_SOLVE_LIMITS,
): Promise<JointSolution> {
  const started = performance.now();
  const relaxed = relaxedFlow(model, weights);
  const chosen: number[] = [];
  let objective = 0;
  let bound = 0;
  const counts = { total: model.blocks.length, flow: 0, mip: 0, heuristic: 0 };
  const hard: number[] = [];
  let greedyByBlock: Map<number, number[]> | null = null;
  model.blocks.forEach((block, b) => {
    const kept = feasibleAsIs(model, block, relaxed);
    // Kept only when it also reaches the relaxation's value: then nothing can beat it. (With the
    // bonus per site and day the relaxation counts it per need, so its value may be higher.)
    const value = kept ? objectiveOf(model, kept) : -Infinity;
    if (kept && value >= relaxed.blockBound[b]! - 1e-9 * Math.max(1, Math.abs(value))) {
      chosen.push(...kept);
      objective += value;
      bound += Math.max(value, relaxed.blockBound[b]!);
      counts.flow++;
    } else {
      hard.push(b);
    }
  });
  // Smallest first: the time left goes to the blocks that can still use it.
  hard.sort((a, b) => model.blocks[a]!.length - model.blocks[b]!.length);
  const deadline = started + limits.timeLimitSeconds * 1000;
  for (const b of hard) {
    const block = model.blocks[b]!;
    // The better of two feasible plans starts the search: neither is always ahead.
    // Greedy over the hard blocks only: blocks share no rule, so each block's part is the same.
    greedyByBlock ??= byBlock(model, greedyPlan(model, hard).chosen);
    const candidates = [feasiblePlan(model, block), greedyByBlock.get(b) ?? []];
    const start =
      objectiveOf(model, candidates[1]!) > objectiveOf(model, candidates[0]!)
        ? candidates[1]!
        : candidates[0]!;
    let best = start;
    let blockBound = relaxed.blockBound[b]!;
    const secondsLeft = (deadline - performance.now()) / 1000;
    if (block.length <= limits.maxMipColumns && secondsLeft > 0.05) {
      const answer = await solveBlockMip(
        model,
        block,
        start,
        secondsLeft,
        limits.relativeGap,
        relaxed.blockBound[b]!,
      );
      if (answer) {
        if (objectiveOf(model, answer.chosen) > objectiveOf(model, best)) best = answer.chosen;
        blockBound = Math.min(blockBound, answer.bound);
      }
      counts.mip++;
    } else {
      counts.heuristic++;
    }
    const value = objectiveOf(model, best);
    chosen.push(...best);
    objective += value;
    bound += Math.max(value, blockBound);
  }
  const gap = bound <= 0 ? 0 : Math.max(0, (bound - objective) / bound);
  const solver: SolverName = counts.heuristic > 0 ? 'HEURISTIC' : counts.mip > 0 ? 'HIGHS' : 'MIN_COST_FLOW';
  return {
    chosen: chosen.sort((a, b) => a - b),
    objective,
    bound,
    gap,
    solver,
    blocks: counts,
    millis: performance.now() - started,
  };
}

interface Relaxed {
  /** Per need, the candidate indices the relaxation placed there. */
  placed: Map<number, number[]>;
  /** The relaxation's optimum, per block. */
  blockBound: Float64Array;
}

/** Step 1: the relaxation above as one min-cost flow over the whole model. */
function relaxedFlow(model: JointModel, weights: Weights): Relaxed {
  const needCount = model.needs.length;
  const bonus = model.cadres.bonus;
  // Relaxed pairs: (person, need) with the person's own score; team columns give their members'.
  const pairPerson: number[] = [];
  const pairNeed: number[] = [];
  const pairScore: number[] = [];
  const pairGroup: number[] = [];
  let groups = 0;
  model.byVolunteer.forEach((columns, v) => {
    if (columns.length === 0) return;
    const groupOfNeed = new Map<number, number>();
    for (const row of overlapCliques(columns, model.colNeed, model.needs)) {
      const group = groups++;
      for (const c of row) if (!groupOfNeed.has(model.colNeed[c]!)) groupOfNeed.set(model.colNeed[c]!, group);
    }
    const seen = new Set<number>();
    for (const c of columns) {
      const n = model.colNeed[c]!;
      if (seen.has(n)) continue;
      seen.add(n);
      let group = groupOfNeed.get(n);
      if (group === undefined) group = groups++;
      const score =
        model.colVolunteer[c]! >= 0
          ? model.colScore[c]!
          : scoreTotal(model.candidates[v]!, model.needs[n]!, weights);
      pairPerson.push(v);
      pairNeed.push(n);
      pairScore.push(score);
      pairGroup.push(group);
    }
  });
  const source = 0;
  const sink = 1;
  const groupNode = (g: number) => 2 + g;
  const needNode = (n: number) => 2 + groups + n;
  const slotNode = (n: number) => 2 + groups + needCount + n;
  const graph = new MinCostFlow(2 + groups + needCount * (bonus > 0 ? 2 : 1));
  for (let g = 0; g < groups; g++) graph.addEdge(source, groupNode(g), 1, 0);
  const hasPair = new Uint8Array(needCount);
  const direct: number[] = [];
  const viaSlot: number[] = [];
  for (let i = 0; i < pairScore.length; i++) {
    hasPair[pairNeed[i]!] = 1;
    direct.push(graph.addEdge(groupNode(pairGroup[i]!), needNode(pairNeed[i]!), 1, -pairScore[i]!));
    viaSlot.push(
      bonus > 0 && model.candidates[pairPerson[i]!]!.isCadre
        ? graph.addEdge(groupNode(pairGroup[i]!), slotNode(pairNeed[i]!), 1, -(pairScore[i]! + bonus))
        : -1,
    );
  }
  for (let n = 0; n < needCount; n++) {
    if (!hasPair[n]) continue;
    const places = model.needs[n]!.servedByTeam ? model.needs[n]!.openPlaces : model.needCapacity[n]!;
    graph.addEdge(needNode(n), sink, places, 0);
    if (bonus > 0) graph.addEdge(slotNode(n), needNode(n), 1, 0);
  }
  if (pairScore.length > 0) graph.solve(source, sink, { stopWhenCostNonNegative: true });
  const placed = new Map<number, number[]>();
  const blockBound = new Float64Array(model.blocks.length);
  for (let i = 0; i < pairScore.length; i++) {
    const plain = graph.flowOn(direct[i]!) > 0;
    const slot = viaSlot[i]! >= 0 && graph.flowOn(viaSlot[i]!) > 0;
    if (!plain && !slot) continue;
    const n = pairNeed[i]!;
    (placed.get(n) ?? placed.set(n, []).get(n)!).push(pairPerson[i]!);
    blockBound[model.colBlock[model.byNeed[n]![0]!]!]! += pairScore[i]! + (slot ? bonus : 0);
  }
  return { placed, blockBound };
}

/** Step 2: the relaxation's answer for a block as columns, or null if it breaks a real rule. */
function feasibleAsIs(model: JointModel, block: Int32Array, relaxed: Relaxed): number[] | null {
  const chosen: number[] = [];
  const needs = new Set(Array.from(block, (c) => model.colNeed[c]!));
  for (const n of needs) {
    const people = relaxed.placed.get(n);
    if (!people || people.length === 0) continue;
    if (model.needs[n]!.servedByTeam) {
      // Only a whole team, exactly as it is, can serve a team-served need.
      const wanted = [...people].sort((a, b) => a - b).join();
      const team = model.byNeed[n]!.find(
        (c) => [...model.teamMembers[model.colTeam[c]!]!].sort((a, b) => a - b).join() === wanted,
      );
      if (team === undefined) return null;
      chosen.push(team);
      continue;
    }
    const placedHere = new Set(people);
    for (const c of model.byNeed[n]!) {
      if (placedHere.has(model.colVolunteer[c]!)) chosen.push(c);
    }
  }
  if (withoutUncoveredGroups(model, chosen).length !== chosen.length) return null;
  const taken = new Set(chosen);
  for (const row of model.conflictRows) {
    if (model.colBlock[row[0]!] !== model.colBlock[block[0]!]) continue;
    let count = 0;
    for (const c of row) if (taken.has(c)) count++;
    if (count > 1) return null;
  }
  return chosen;
}

/**
 * Step 3's starting point, always feasible: teams best first where their people are free, then
 * the individual places by a min-cost flow in which each person takes at most one need of each
 * run of their needs that overlap one another (so never two that overlap).
 */
function feasiblePlan(model: JointModel, block: Int32Array): number[] {
  const chosen: number[] = [];
  const booked = new Map<number, [number, number][]>();
  const free = (v: number, need: { startsAt: number; endsAt: number }) =>
    !(booked.get(v) ?? []).some(([s, e]) => s < need.endsAt && need.startsAt < e);
  const book = (v: number, need: { startsAt: number; endsAt: number }) =>
    (booked.get(v) ?? booked.set(v, []).get(v)!).push([need.startsAt, need.endsAt]);
  const teamColumns = Array.from(block)
    .filter((c) => model.colTeam[c]! >= 0)
    .sort((a, b) => model.colScore[b]! - model.colScore[a]! || a - b);
  const needTaken = new Set<number>();
  for (const c of teamColumns) {
    const need = model.needs[model.colNeed[c]!]!;
    const members = membersOf(model, c);
    if (needTaken.has(model.colNeed[c]!) || !Array.from(members).every((m) => free(m, need))) continue;
    needTaken.add(model.colNeed[c]!);
    for (const m of Array.from(members)) book(m, need);
    chosen.push(c);
  }
  // Individual places: source → (person, run of overlapping needs) → need [→ cadre slot] → sink.
  const pairs = Array.from(block).filter(
    (c) => model.colVolunteer[c]! >= 0 && free(model.colVolunteer[c]!, model.needs[model.colNeed[c]!]!),
  );
  if (pairs.length === 0) return chosen;
  const byPerson = new Map<number, number[]>();
  for (const c of pairs)
    (
      byPerson.get(model.colVolunteer[c]!) ??
      byPerson.set(model.colVolunteer[c]!, []).get(model.colVolunteer[c]!)!
    ).push(c);
  const runOf = new Map<number, number>();
  let runs = 0;
  for (const columns of byPerson.values()) {
    columns.sort(
      (a, b) => model.needs[model.colNeed[a]!]!.startsAt - model.needs[model.colNeed[b]!]!.startsAt,
    );
    let runEnd = -Infinity;
    for (const c of columns) {
      const need = model.needs[model.colNeed[c]!]!;
      if (need.startsAt >= runEnd) runs++;
      runEnd = Math.max(runEnd, need.endsAt);
      runOf.set(c, runs - 1);
    }
  }
  const needIds = [...new Set(pairs.map((c) => model.colNeed[c]!))];
  const needIndex = new Map(needIds.map((n, i) => [n, i]));
  const bonus = model.cadres.bonus;
  const graph = new MinCostFlow(2 + runs + needIds.length * 2);
  const runNode = (r: number) => 2 + r;
  const needNode = (i: number) => 2 + runs + i;
  const slotNode = (i: number) => 2 + runs + needIds.length + i;
  for (let r = 0; r < runs; r++) graph.addEdge(0, runNode(r), 1, 0);
  needIds.forEach((n, i) => {
    graph.addEdge(needNode(i), 1, model.needCapacity[n]!, 0);
    if (bonus > 0) graph.addEdge(slotNode(i), needNode(i), 1, 0);
  });
  const edges = pairs.map((c) => {
    const i = needIndex.get(model.colNeed[c]!)!;
    const direct = graph.addEdge(runNode(runOf.get(c)!), needNode(i), 1, -model.colScore[c]!);
    const slot =
      bonus > 0 && model.colCadres[c]! > 0
        ? graph.addEdge(runNode(runOf.get(c)!), slotNode(i), 1, -(model.colScore[c]! + bonus))
        : -1;
    return { c, direct, slot };
  });
  graph.solve(0, 1, { stopWhenCostNonNegative: true });
  const placed = edges
    .filter((e) => graph.flowOn(e.direct) > 0 || (e.slot >= 0 && graph.flowOn(e.slot) > 0))
    .map((e) => e.c);
  // A need (or site and day) served without a cadre is left open instead.
  return withoutUncoveredGroups(model, [...chosen, ...placed]);
}

function byBlock(model: JointModel, chosen: readonly number[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const c of chosen) {
    const b = model.colBlock[c]!;
    (out.get(b) ?? out.set(b, []).get(b)!).push(c);
  }
  return out;
}

/**
 * Best-scoring choices first (a team by its members' summed score) while places last and the
 * people are free: what a list-based tool would do, and a second starting plan. No bound is proven.
 */
export function greedyPlan(model: JointModel, blocks?: readonly number[]): JointSolution {
  const started = performance.now();
  const columns = blocks
    ? Int32Array.from(blocks.flatMap((b) => Array.from(model.blocks[b]!)))
    : Int32Array.from(model.colScore.keys());
  const order = columns.sort((a, b) => model.colScore[b]! - model.colScore[a]! || a - b);
  const placesLeft = Int32Array.from(model.needCapacity);
  const booked = new Map<number, [number, number][]>();
  const chosen: number[] = [];
  for (const c of order) {
    const need = model.needs[model.colNeed[c]!]!;
    const members = Array.from(membersOf(model, c));
    if (placesLeft[model.colNeed[c]!]! <= 0) continue;
    if (members.some((m) => booked.get(m)?.some(([s, e]) => s < need.endsAt && need.startsAt < e))) continue;
    placesLeft[model.colNeed[c]!]! -= 1;
    for (const m of members) (booked.get(m) ?? booked.set(m, []).get(m)!).push([need.startsAt, need.endsAt]);
    chosen.push(c);
  }
  const kept = withoutUncoveredGroups(model, chosen);
  return {
    chosen: kept,
    objective: objectiveOf(model, kept),
    bound: Infinity,
    gap: Infinity,
    solver: 'GREEDY',
    blocks: { total: model.blocks.length, flow: 0, mip: 0, heuristic: model.blocks.length },
    millis: performance.now() - started,
  };
}
