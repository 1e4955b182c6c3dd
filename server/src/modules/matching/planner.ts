import { ScopeTooLargeError } from '../../core/heavy-work';
import type { AssignmentHistory } from '../assignments/assignment.rules';
import { solveAssignmentArrays } from './assignment-solver';
import { gini, mean, percentile } from './gini';
import type { Candidate, CandidateTeam, OpenNeed } from './matching-data';
import type { Weights } from './matching-weights';
import { coversAll } from '../volunteers/availability';
import { plannable } from './planning-rules';
import { scorePair, scoreTotal, type Score } from './scoring';
import { placeTeams } from './team-placement';

export interface PlanInput {
  needs: readonly OpenNeed[];
  candidates: readonly Candidate[];
  histories: ReadonlyMap<number, AssignmentHistory>;
  weights: Weights;
  /** Serving teams for the team-served needs; none means those needs stay open. */
  teams?: readonly CandidateTeam[];
  /** Most candidate pairs the plan may weigh (SCOPE_TOO_LARGE beyond); unbounded when absent. */
  maxPairs?: number;
  /**
   * Also weigh people whose stated availability does not cover a need's time (the coordinator's
   * explicit override); by default they are left out.
   */
  includeUnavailable?: boolean;
}

export interface PlannedPair {
  needId: number;
  volunteerId: number;
  score: Score;
  /** Set when the volunteer goes with their whole team to a team-served need. */
  teamId?: number;
}

export interface PlanMetrics {
  openPlaces: number;
  heldPlaces: number;
  plannedPlaces: number;
  fillRate: number;
  /** Planned places whose volunteer's stated availability covers the need's time. */
  availablePlaces: number;
  /** availablePlaces / openPlaces: the fill rate counting only people who said they are free. */
  availableFillRate: number;
  cadreCoverage: number;
  meanDistanceKm: number | null;
  p95DistanceKm: number | null;
  loadGini: number;
  totalScore: number;
  candidateEdges: number;
}

export interface Plan {
  pairs: PlannedPair[];
  metrics: PlanMetrics;
}

/** Candidate pairs as parallel arrays (indices into the input), so a province-wide plan stays compact. */
export interface Edges {
  volunteer: Int32Array;
  need: Int32Array;
  score: Float64Array;
}

/**
 * Every pair that passes the hard rules and offers the need's category, with its total score.
 * Volunteers are indexed by category first, so each need looks only at the people who offer
 * that service; the parts of a score are worked out again only for the pairs that are kept.
 */
export function candidateEdges(input: PlanInput): Edges {
  const byCategory = new Map<string, number[]>();
  input.candidates.forEach((volunteer, index) => {
    // Inactive or untrained people can never be placed: leave them out before any pair is weighed.
    if (!volunteer.active || !volunteer.safetyTrainedOn) return;
    for (const category of volunteer.serviceCategories) {
      const list = byCategory.get(category) ?? [];
      list.push(index);
      byCategory.set(category, list);
    }
  });
  let volunteerOf = new Int32Array(1024);
  let needOf = new Int32Array(1024);
  let scoreOf = new Float64Array(1024);
  let count = 0;
  input.needs.forEach((need, needIndex) => {
    const window = { id: need.id, startsAt: new Date(need.startsAt), endsAt: new Date(need.endsAt) };
    for (const index of byCategory.get(need.category) ?? []) {
      const volunteer = input.candidates[index]!;
      if (!plannable(volunteer, window, input.histories.get(volunteer.id), input.includeUnavailable))
        continue;
      const score = scoreTotal(volunteer, need, input.weights);
      if (score <= 0) continue;
      // Checked before each pair is kept, so a refused scope never holds more than the limit.
      if (input.maxPairs !== undefined && count >= input.maxPairs) {
        throw new ScopeTooLargeError(
          'scope',
          'it has too many candidate volunteer–need pairs (counted by category)',
          countPairs(input),
          input.maxPairs,
        );
      }
      if (count === scoreOf.length) {
        volunteerOf = grow(volunteerOf);
        needOf = grow(needOf);
        scoreOf = grow(scoreOf);
      }
      volunteerOf[count] = index;
      needOf[count] = needIndex;
      scoreOf[count] = score;
      count++;
    }
  });
  return {
    volunteer: volunteerOf.slice(0, count),
    need: needOf.slice(0, count),
    score: scoreOf.slice(0, count),
  };
}

/** Candidate pairs the scope has (by category only), reported when it is refused. */
function countPairs(input: PlanInput): number {
  const offering = new Map<string, number>();
  for (const volunteer of input.candidates) {
    for (const category of volunteer.serviceCategories)
      offering.set(category, (offering.get(category) ?? 0) + 1);
  }
  return input.needs.reduce((sum, need) => sum + (offering.get(need.category) ?? 0), 0);
}

function grow<T extends Int32Array | Float64Array>(array: T): T {
  const bigger = new (array.constructor as new (length: number) => T)(array.length * 2);
  bigger.set(array);
  return bigger;
}

/**
 * The plan that maximises the total score: each open place filled at most once and each
 * volunteer placed at most once per plan, which also rules out double booking inside a plan.
 * Team-served needs get whole teams first (team-placement.ts); the rest of the people then fill
 * the individual needs. `greedy` is the baseline the benchmarks compare against.
 */
export function planAssignments(input: PlanInput, method: 'optimal' | 'greedy' = 'optimal'): Plan {
  const teamPhase = placeTeams({ ...input, teams: input.teams ?? [] }, method);
  const byId = new Map(input.candidates.map((c) => [c.id, c]));
  const needById = new Map(input.needs.map((n) => [n.id, n]));
  const teamPairs: PlannedPair[] = teamPhase.placements.flatMap((placement) =>
    placement.memberIds.map((volunteerId) => ({
      needId: placement.needId,
      volunteerId,
      teamId: placement.teamId,
      score: scorePair(byId.get(volunteerId)!, needById.get(placement.needId)!, input.weights),
    })),
  );
  const placed = new Set(teamPairs.map((pair) => pair.volunteerId));
  const individual: PlanInput = {
    ...input,
    needs: input.needs.filter((need) => !need.servedByTeam),
    candidates: placed.size ? input.candidates.filter((c) => !placed.has(c.id)) : input.candidates,
  };
  const edges = candidateEdges(individual);
  const chosen = method === 'optimal' ? optimal(individual, edges) : greedy(individual, edges);
  const pairs = Array.from(chosen, (i) => {
    const volunteer = individual.candidates[edges.volunteer[i]!]!;
    const need = individual.needs[edges.need[i]!]!;
    return { needId: need.id, volunteerId: volunteer.id, score: scorePair(volunteer, need, input.weights) };
  });
  return {
    pairs: [...teamPairs, ...pairs],
    metrics: planMetrics(input, [...teamPairs, ...pairs], edges.score.length + teamPhase.candidatePairs),
  };
}

function optimal(input: PlanInput, edges: Edges): Int32Array {
  return solveAssignmentArrays({
    volunteerCapacity: input.candidates.map(() => 1),
    needCapacity: input.needs.map((need) => need.openPlaces),
    ...edges,
  }).chosen;
}

/** Best-scoring pairs first while places and people last: what a list-based tool would do. */
function greedy(input: PlanInput, edges: Edges): Int32Array {
  const order = Int32Array.from(edges.score.keys()).sort(
    (a, b) => edges.score[b]! - edges.score[a]! || edges.volunteer[a]! - edges.volunteer[b]!,
  );
  const placesLeft = input.needs.map((need) => need.openPlaces);
  const placed = new Uint8Array(input.candidates.length);
  const chosen: number[] = [];
  for (const i of order) {
    const volunteer = edges.volunteer[i]!;
    const need = edges.need[i]!;
    if (placed[volunteer] || placesLeft[need]! <= 0) continue;
    placed[volunteer] = 1;
    placesLeft[need]! -= 1;
    chosen.push(i);
  }
  return Int32Array.from(chosen);
}

export function planMetrics(
  input: PlanInput,
  pairs: readonly PlannedPair[],
  candidateEdgeCount: number,
): PlanMetrics {
  const openPlaces = input.needs.reduce((sum, need) => sum + need.openPlaces, 0);
  const byId = new Map(input.candidates.map((c) => [c.id, c]));
  const needsServed = new Map<number, boolean>();
  const planned = new Map<number, number>();
  for (const pair of pairs) {
    const cadre = byId.get(pair.volunteerId)?.isCadre ?? false;
    needsServed.set(pair.needId, (needsServed.get(pair.needId) ?? false) || cadre);
    planned.set(pair.volunteerId, (planned.get(pair.volunteerId) ?? 0) + 1);
  }
  const distances = pairs.map((p) => p.score.distanceKm).filter((d): d is number => d !== null);
  const heldPlaces = input.needs.reduce(
    (sum, need) => sum + Math.max(0, (need.headcount ?? need.openPlaces) - need.openPlaces),
    0,
  );
  const availablePlaces = pairs.filter((p) => coversAll(p.score.parts.availability)).length;
  return {
    openPlaces,
    heldPlaces,
    plannedPlaces: pairs.length,
    fillRate: openPlaces === 0 ? 0 : pairs.length / openPlaces,
    availablePlaces,
    availableFillRate: openPlaces === 0 ? 0 : availablePlaces / openPlaces,
    cadreCoverage:
      needsServed.size === 0 ? 0 : [...needsServed.values()].filter(Boolean).length / needsServed.size,
    meanDistanceKm: distances.length ? mean(distances) : null,
    p95DistanceKm: distances.length ? percentile(distances, 95) : null,
    loadGini: gini(input.candidates.map((c) => c.load + (planned.get(c.id) ?? 0))),
    totalScore: pairs.reduce((sum, p) => sum + p.score.total, 0),
    candidateEdges: candidateEdgeCount,
  };
}
