import type { AssignmentHistory } from '../assignments/assignment.rules';
import { teamComposition } from '../teams/team-composition';
import { VolunteerRole } from '../volunteers/volunteer.entity';
import { solveAssignmentArrays } from './assignment-solver';
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

/**
 * Whole teams for the team-served needs, maximising the summed member scores: each team serves
 * at most one need per plan and each need takes at most one team (an assignment problem, solved
 * exactly by the same min-cost flow as the individual plan). Teams are placed before individuals
 * because a team-served need can only be met by a team, while an individual place can be met by
 * anyone; the people placed here are then left out of the individual plan.
 */
export function placeTeams(
  input: TeamPlacementInput,
  method: 'optimal' | 'greedy' = 'optimal',
): { placements: TeamPlacement[]; candidatePairs: number } {
  const needs = input.needs.filter(isOpenForTeam);
  if (needs.length === 0 || input.teams.length === 0) return { placements: [], candidatePairs: 0 };
  const candidateById = new Map(input.candidates.map((c) => [c.id, c]));
  const team: number[] = [];
  const need: number[] = [];
  const score: number[] = [];
  input.teams.forEach((t, ti) =>
    needs.forEach((n, ni) => {
      const value = teamScore(t, n, candidateById, input);
      if (value === null) return;
      team.push(ti);
      need.push(ni);
      score.push(value);
    }),
  );
  const chosen =
    method === 'optimal'
      ? Array.from(
          solveAssignmentArrays({
            volunteerCapacity: input.teams.map(() => 1),
            needCapacity: needs.map(() => 1),
            volunteer: Int32Array.from(team),
            need: Int32Array.from(need),
            score: Float64Array.from(score),
          }).chosen,
        )
      : greedyPairs(team, need, score);
  // A volunteer in two serving teams must not be sent twice: the better placement keeps them.
  const placed = new Set<number>();
  const placements: TeamPlacement[] = [];
  for (const i of chosen.sort((a, b) => score[b]! - score[a]! || a - b)) {
    const members = input.teams[team[i]!]!.memberIds;
    if (members.some((id) => placed.has(id))) continue;
    members.forEach((id) => placed.add(id));
    placements.push({
      teamId: input.teams[team[i]!]!.id,
      needId: needs[need[i]!]!.id,
      memberIds: members,
      score: score[i]!,
    });
  }
  placements.sort((a, b) => a.needId - b.needId);
  return { placements, candidatePairs: score.length };
}

function greedyPairs(team: number[], need: number[], score: number[]): number[] {
  const order = score.map((_, i) => i).sort((a, b) => score[b]! - score[a]! || a - b);
  const usedTeams = new Set<number>();
  const usedNeeds = new Set<number>();
  const chosen: number[] = [];
  for (const i of order) {
    if (usedTeams.has(team[i]!) || usedNeeds.has(need[i]!)) continue;
    usedTeams.add(team[i]!);
    usedNeeds.add(need[i]!);
    chosen.push(i);
  }
  return chosen;
}
