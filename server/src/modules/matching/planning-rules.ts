import { EMPTY_HISTORY, exclusionsFor, type AssignmentHistory } from '../assignments/assignment.rules';
import type { Candidate } from './matching-data';

/**
 * Whether the planner may place this person on this need: the hard rules of an assignment, and
 * never someone the coordinator cancelled for that need (whether to ask again is the coordinator's call).
 */
export function plannable(
  volunteer: Candidate,
  need: { id: number; startsAt: Date; endsAt: Date },
  history: AssignmentHistory | undefined,
): boolean {
  const past = history ?? EMPTY_HISTORY;
  return exclusionsFor(volunteer, need, past).length === 0 && !past.cancelledNeedIds?.has(need.id);
}
