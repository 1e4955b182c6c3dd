import { planAssignments, type Plan, type PlanInput } from './planner';
import { proposeTeams, type TeamFormationInput, type TeamFormationResult } from './team-formation';

/**
 * The pure CPU of matching, as run in a heavy-work thread (core/heavy-work.ts): these take and
 * return plain data only, since both cross the thread boundary by structured clone.
 */
export const MATCHING_JOBS = __filename;

export function planJob(payload: { input: PlanInput; method: 'optimal' | 'greedy' }): Promise<Plan> {
  return planAssignments(payload.input, payload.method);
}

export function teamFormationJob(payload: TeamFormationInput): TeamFormationResult {
  return proposeTeams(payload);
}
