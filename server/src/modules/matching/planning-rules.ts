import { EMPTY_HISTORY, exclusionsFor, type AssignmentHistory } from '../assignments/assignment.rules';
import type { Candidate } from './matching-data';
import { availableFor } from '../volunteers/availability';

/**
 * Whether the planner may place this person on this need: the hard rules of an assignment, a
 * stated availability that covers the need's time (unless the coordinator asked, for this plan,
 * for people outside it), and never someone the coordinator cancelled for that need (whether to
 * ask again is the coordinator's call).
 */
export function plannable(
  volunteer: Candidate,
  need: { id: number; startsAt: Date; endsAt: Date },
  history: AssignmentHistory | undefined,
  includeUnavailable = false,
): boolean {
  const past = history ?? EMPTY_HISTORY;
  return (
    exclusionsFor(volunteer, need, past).length === 0 &&
    !past.cancelledNeedIds?.has(need.id) &&
    (includeUnavailable || availableFor(volunteer, need))
  );
}
