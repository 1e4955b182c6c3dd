import {
  EMPTY_HISTORY,
  exclusionsFor,
  type AssignmentHistory,
  type Exclusion,
} from '../assignments/assignment.rules';
import type { Candidate } from './matching-data';
import { availableFor } from '../volunteers/availability';

/**
 * A rule that keeps the planner from placing a person on a need: a hard rule of an assignment
 * (`exclusionsFor`), a cancellation by the coordinator for that need, or a stated availability that
 * does not cover the need's time.
 */
export type PlanningRule = Exclusion | 'CANCELLED_BY_COORDINATOR' | 'OUTSIDE_AVAILABILITY';

/**
 * Every rule that keeps the planner from placing this person on this need, in a fixed order;
 * empty when it may. The hard rules of an assignment, a stated availability that covers the
 * need's time (unless the coordinator asked, for this plan, for people outside it), and never
 * someone the coordinator cancelled for that need (whether to ask again is the coordinator's call).
 * Explanations read the same list the planner decides by (`plannable`), so they cannot drift apart.
 */
export function planningRefusals(
  volunteer: Candidate,
  need: { id: number; startsAt: Date; endsAt: Date },
  history: AssignmentHistory | undefined,
  includeUnavailable = false,
): PlanningRule[] {
  const past = history ?? EMPTY_HISTORY;
  const refusals: PlanningRule[] = exclusionsFor(volunteer, need, past);
  if (past.cancelledNeedIds?.has(need.id)) refusals.push('CANCELLED_BY_COORDINATOR');
  if (!includeUnavailable && !availableFor(volunteer, need)) refusals.push('OUTSIDE_AVAILABILITY');
  return refusals;
}

/** Whether the planner may place this person on this need: no rule of `planningRefusals` refuses it. */
export function plannable(
  volunteer: Candidate,
  need: { id: number; startsAt: Date; endsAt: Date },
  history: AssignmentHistory | undefined,
  includeUnavailable = false,
): boolean {
  return planningRefusals(volunteer, need, history, includeUnavailable).length === 0;
}
