import { In, Not, type EntityManager } from 'typeorm';
import { BadInputError } from '../../core/errors';
import { Volunteer } from '../volunteers/volunteer.entity';
import type { VolunteerChangeGuard } from '../volunteers/volunteer.guards';
import { ServiceTeam, ServiceTeamMember, ServiceTeamStatus } from './service-team.entity';
import { requireValidComposition, requireWithinMaximum, teamComposition } from './team-composition';

/**
 * Keeps teams consistent when a member changes: a member stays in the team's unit and active,
 * and a role change never breaks a serving team's 7–10 + 1–2 rule.
 */
export const teamMembershipGuard: VolunteerChangeGuard = async (manager, before, after) => {
  const roleChanged = before.role !== after.role;
  const unitChanged = before.unitId !== after.unitId;
  const deactivated = before.active && !after.active;
  if (!roleChanged && !unitChanged && !deactivated) return;
  const teams = await teamsOf(manager, after.id);
  if (teams.length === 0) return;
  const names = teams.map((t) => t.name).join('、');
  if (unitChanged) {
    throw new BadInputError('unitId', `the volunteer serves in ${names}: remove them from the team first`);
  }
  if (deactivated) {
    throw new BadInputError('active', `the volunteer serves in ${names}: remove them from the team first`);
  }
  for (const team of teams) {
    const roles = await otherMemberRoles(manager, team.id, after.id);
    const composition = teamComposition([...roles, after.role]);
    if (team.status === ServiceTeamStatus.ACTIVE) requireValidComposition(composition, 'role');
    else requireWithinMaximum(composition, 'role');
  }
};

async function teamsOf(manager: EntityManager, volunteerId: number): Promise<ServiceTeam[]> {
  const memberships = await manager.getRepository(ServiceTeamMember).findBy({ volunteerId });
  if (memberships.length === 0) return [];
  return manager.getRepository(ServiceTeam).findBy({
    id: In(memberships.map((m) => m.teamId)),
    status: Not(ServiceTeamStatus.DISBANDED),
  });
}

async function otherMemberRoles(manager: EntityManager, teamId: number, exceptVolunteerId: number) {
  const members = await manager.getRepository(ServiceTeamMember).findBy({ teamId });
  const others = members.map((m) => m.volunteerId).filter((id) => id !== exceptVolunteerId);
  if (others.length === 0) return [];
  const volunteers = await manager
    .getRepository(Volunteer)
    .find({ select: { id: true, role: true }, where: { id: In(others) } });
  return volunteers.map((v) => v.role);
}
