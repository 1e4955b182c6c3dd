import { ScopeTooLargeError } from '../../core/heavy-work';
import { availableFor } from '../volunteers/availability';
import { plannable } from './planning-rules';
import { scoreTotal } from './scoring';
import type { PlanInput } from './planner';

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
      // The cheap rule first: most people of a category are not free at a given time.
      if (!input.includeUnavailable && !availableFor(volunteer, need)) continue;
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
