import { EMPTY_HISTORY, exclusionsFor, type AssignmentHistory } from '../assignments/assignment.rules';
import { solveAssignment } from './assignment-solver';
import type { Candidate, OpenNeed } from './matching-data';
import { gini, mean, percentile } from './gini';
import type { Weights } from './matching-weights';
import { offersCategory, scorePair, type Score } from './scoring';

export interface PlanInput {
  needs: readonly OpenNeed[];
  candidates: readonly Candidate[];
  histories: ReadonlyMap<number, AssignmentHistory>;
  weights: Weights;
}

export interface PlannedPair {
  needId: number;
  volunteerId: number;
  score: Score;
}

export interface PlanMetrics {
  openPlaces: number;
  plannedPlaces: number;
  fillRate: number;
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

interface Edge {
  volunteer: number;
  need: number;
  score: Score;
}

/**
 * Every pair that passes the hard rules and offers the need's category, scored. Volunteers are
 * indexed by category first, so each need looks only at the people who offer that service.
 */
export function candidateEdges(input: PlanInput): Edge[] {
  const byCategory = new Map<string, number[]>();
  input.candidates.forEach((volunteer, index) => {
    for (const category of volunteer.serviceCategories) {
      const list = byCategory.get(category) ?? [];
      list.push(index);
      byCategory.set(category, list);
    }
  });
  const edges: Edge[] = [];
  input.needs.forEach((need, needIndex) => {
    const window = { id: need.id, startsAt: new Date(need.startsAt), endsAt: new Date(need.endsAt) };
    for (const index of byCategory.get(need.category) ?? []) {
      const volunteer = input.candidates[index]!;
      if (!offersCategory(volunteer, need)) continue;
      const history = input.histories.get(volunteer.id) ?? EMPTY_HISTORY;
      if (exclusionsFor(volunteer, window, history).length > 0) continue;
      const score = scorePair(volunteer, need, input.weights);
      if (score.total > 0) edges.push({ volunteer: index, need: needIndex, score });
    }
  });
  return edges;
}

/**
 * The plan that maximises the total score: each open place filled at most once and each
 * volunteer placed at most once per plan, which also rules out double booking inside a plan.
 * `greedy` is the baseline the benchmarks compare against.
 */
export function planAssignments(input: PlanInput, method: 'optimal' | 'greedy' = 'optimal'): Plan {
  const edges = candidateEdges(input);
  const chosen = method === 'optimal' ? optimal(input, edges) : greedy(input, edges);
  const pairs = chosen.map((edge) => ({
    needId: input.needs[edge.need]!.id,
    volunteerId: input.candidates[edge.volunteer]!.id,
    score: edge.score,
  }));
  return { pairs, metrics: planMetrics(input, pairs, edges.length) };
}

function optimal(input: PlanInput, edges: Edge[]): Edge[] {
  const key = (volunteer: number, need: number) => volunteer * input.needs.length + need;
  const byKey = new Map(edges.map((edge) => [key(edge.volunteer, edge.need), edge]));
  const solution = solveAssignment({
    volunteerCapacity: input.candidates.map(() => 1),
    needCapacity: input.needs.map((need) => need.openPlaces),
    candidates: edges.map((edge) => ({
      volunteer: edge.volunteer,
      need: edge.need,
      score: edge.score.total,
    })),
  });
  return solution.pairs.map((pair) => byKey.get(key(pair.volunteer, pair.need))!);
}

/** Best-scoring pairs first while places and people last: what a list-based tool would do. */
function greedy(input: PlanInput, edges: Edge[]): Edge[] {
  const placesLeft = input.needs.map((need) => need.openPlaces);
  const placed = new Set<number>();
  const chosen: Edge[] = [];
  for (const edge of [...edges].sort((a, b) => b.score.total - a.score.total || a.volunteer - b.volunteer)) {
    if (placed.has(edge.volunteer) || placesLeft[edge.need]! <= 0) continue;
    placed.add(edge.volunteer);
    placesLeft[edge.need]! -= 1;
    chosen.push(edge);
  }
  return chosen;
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
  return {
    openPlaces,
    plannedPlaces: pairs.length,
    fillRate: openPlaces === 0 ? 0 : pairs.length / openPlaces,
    cadreCoverage:
      needsServed.size === 0 ? 0 : [...needsServed.values()].filter(Boolean).length / needsServed.size,
    meanDistanceKm: distances.length ? mean(distances) : null,
    p95DistanceKm: distances.length ? percentile(distances, 95) : null,
    loadGini: gini(input.candidates.map((c) => c.load + (planned.get(c.id) ?? 0))),
    totalScore: pairs.reduce((sum, p) => sum + p.score.total, 0),
    candidateEdges: candidateEdgeCount,
  };
}
