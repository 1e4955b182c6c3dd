import type { AssignmentHistory } from '../assignments/assignment.rules';
import { teamComposition } from '../teams/team-composition';
import { VolunteerRole } from '../volunteers/volunteer.entity';
import type { Candidate, CandidateTeam, OpenNeed } from './matching-data';
import type { Weights } from './matching-weights';
import { plannable } from './planning-rules';
import { scoreTotal } from './scoring';

export interface TeamPlacementInput {
  needs: readonly OpenNeed[];
  candidates: readonly Candidate[];
  teams: readonly CandidateTeam[];
  histories: ReadonlyMap<number, AssignmentHistory>;
  weights: Weights;
  /** Members whose stated availability does not cover the need may go too (see PlanInput). */
  includeUnavailable?: boolean;
}

export interface TeamPlacement {
  teamId: number;
  needId: number;
  memberIds: readonly number[];
  /** The sum of the members' scores for the need. */
  score: number;
}

/**
 * A team-served need the plan may give to a team: one that nobody holds a place in yet. Once a
 * team is placed, replacing a member who declined is the team's own business (its composition
 * must stay valid), so the planner leaves such needs to the coordinator.
 */
export function isOpenForTeam(need: OpenNeed): boolean {
  return need.servedByTeam === true && need.openPlaces === (need.headcount ?? need.openPlaces);
}

/**
 * What a team would score on a need, or null when it cannot serve it: every member must be an
 * active, trained candidate free of the need's window (the same hard rules as for one person),
 * the team must meet the composition rule, and it must fit in the need's places.
 */
export function teamScore(
  team: CandidateTeam,
  need: OpenNeed,
  candidateById: ReadonlyMap<number, Candidate>,
  input: Pick<TeamPlacementInput, 'histories' | 'weights' | 'includeUnavailable'>,
): number | null {
  if (team.memberIds.length === 0 || team.memberIds.length > need.openPlaces) return null;
  const window = { id: need.id, startsAt: new Date(need.startsAt), endsAt: new Date(need.endsAt) };
  const roles: VolunteerRole[] = [];
  let total = 0;
  for (const id of team.memberIds) {
    const member = candidateById.get(id);
    if (!member) return null;
    if (!plannable(member, window, input.histories.get(id), input.includeUnavailable)) return null;
    roles.push(member.isCadre ? VolunteerRole.UNION_CADRE : VolunteerRole.VOLUNTEER);
    total += scoreTotal(member, need, input.weights);
  }
  return teamComposition(roles).valid && total > 0 ? total : null;
}
