import type { AssignmentHistory } from '../assignments/assignment.rules';
import { coversAll } from '../volunteers/availability';
import { gini, mean, percentile } from './gini';
import { buildJointModel, membersOf, NO_CADRE_RULE, type CadreRule } from './joint-model';
import {
  DEFAULT_SOLVE_LIMITS,
  greedyPlan,
  solveJoint,
  type SolveLimits,
  type SolverName,
} from './joint-solver';
import type { Candidate, CandidateTeam, OpenNeed } from './matching-data';
import type { Weights } from './matching-weights';
import { scorePair, type Score } from './scoring';

export { candidateEdges, type Edges } from './candidate-pairs';

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
  /** How union cadres weigh in the objective; none by default. */
  cadres?: CadreRule;
  /** Bounds on the MIP solves; DEFAULT_SOLVE_LIMITS when absent. */
  limits?: SolveLimits;
  /** Places held in needs of the scope that have none left open (they are not in `needs`). */
  fullyHeldPlaces?: number;
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

export interface SolvedPlanMetrics extends PlanMetrics {
  solver: SolverName;
  /** totalScore plus the cadre bonus: what the plan maximises. */
  objective: number;
  /** Proven: no plan of the scope reaches a higher objective (Infinity for greedy). */
  objectiveBound: number;
  /** (objectiveBound − objective) / objectiveBound. */
  optimalityGap: number;
  solverMillis: number;
}

export interface Plan {
  pairs: PlannedPair[];
  metrics: SolvedPlanMetrics;
}

/**
 * The plan with the highest objective — the total score plus the cadre bonus — under every rule
 * at once: each open place filled at most once, a team-served need by one whole team, a person
 * never on two needs whose times overlap (earlier bookings included, through the hard rules),
 * and the cadre requirement when asked. Solved by joint-solver.ts, which says which solver ran
 * and the gap it proved. `greedy` is the baseline the benchmarks compare against.
 */
export async function planAssignments(
  input: PlanInput,
  method: 'optimal' | 'greedy' = 'optimal',
): Promise<Plan> {
  const model = buildJointModel(input, input.cadres ?? NO_CADRE_RULE);
  const solved =
    method === 'optimal'
      ? await solveJoint(model, input.weights, input.limits ?? DEFAULT_SOLVE_LIMITS)
      : greedyPlan(model);
  const pairs: PlannedPair[] = solved.chosen.flatMap((c) => {
    const need = model.needs[model.colNeed[c]!]!;
    const team = model.colTeam[c]!;
    return Array.from(membersOf(model, c), (m) => {
      const volunteer = model.candidates[m]!;
      return {
        needId: need.id,
        volunteerId: volunteer.id,
        score: scorePair(volunteer, need, input.weights),
        ...(team >= 0 ? { teamId: model.teams[team]!.id } : {}),
      };
    });
  });
  pairs.sort((a, b) => a.needId - b.needId || a.volunteerId - b.volunteerId);
  return {
    pairs,
    metrics: {
      ...planMetrics(input, pairs, model.candidatePairs),
      solver: solved.solver,
      objective: solved.objective,
      objectiveBound: solved.bound,
      optimalityGap: solved.gap,
      solverMillis: solved.millis,
    },
  };
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
  const heldPlaces =
    (input.fullyHeldPlaces ?? 0) +
    input.needs.reduce(
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
