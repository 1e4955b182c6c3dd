import { In, type EntityManager } from 'typeorm';
import {
  ServiceTeam,
  ServiceTeamMember,
  ServiceTeamStatus,
} from '../../server/src/modules/teams/service-team.entity';
import { TEAM_RULE } from '../../server/src/modules/teams/team-composition';
import { Volunteer, VolunteerRole } from '../../server/src/modules/volunteers/volunteer.entity';
import type { Random } from '../random';
import { insertChunks } from './common';
import type { UnitRow } from './units';

/** A team with its unit and members (its leader first), for the steps that give teams work. */
export interface TeamRow {
  team: ServiceTeam;
  unit: UnitRow;
  members: Volunteer[];
}

/** The day of the province's safety training session for team members. */
const TEAM_TRAINING_DAY = '2019-03-30';

/**
 * Teams of each unit that meet the composition rule, each led by one of its cadres; about a third
 * of each unit's volunteers stay unteamed.
 */
export async function insertTeams(
  manager: EntityManager,
  random: Random,
  units: UnitRow[],
  volunteers: Volunteer[],
) {
  const byUnit = new Map<number, Volunteer[]>();
  for (const volunteer of volunteers)
    byUnit.set(volunteer.unitId, [...(byUnit.get(volunteer.unitId) ?? []), volunteer]);
  const teams: TeamRow[] = [];
  for (const unit of units) {
    const pool = byUnit.get(unit.id) ?? [];
    const cadres = pool.filter((v) => v.role === VolunteerRole.UNION_CADRE);
    const members = random.shuffle(pool.filter((v) => v.role === VolunteerRole.VOLUNTEER));
    // Leave about a third of each unit unteamed, as in real units, so matching has people to place.
    const maxTeams = Math.min(
      cadres.length,
      Math.floor((members.length * 2) / 3 / TEAM_RULE.maxVolunteers),
      30,
    );
    for (
      let t = 0;
      t < Math.max(maxTeams, members.length >= TEAM_RULE.minVolunteers && cadres.length > 0 ? 1 : 0);
      t++
    ) {
      const size = random.int(TEAM_RULE.minVolunteers + 1, TEAM_RULE.maxVolunteers);
      const chosen = members.splice(0, size);
      if (chosen.length < TEAM_RULE.minVolunteers) break;
      const leader = cadres[t]!;
      const id = teams.length + 1;
      teams.push({
        unit,
        members: [leader, ...chosen],
        team: {
          id,
          name: `${unit.shortName}教职工志愿服务${t + 1}队`,
          unitId: unit.id,
          status: ServiceTeamStatus.ACTIVE,
          leaderId: leader.id,
          description: null,
        } as ServiceTeam,
      });
    }
  }
  // A serving team's project may not start before every member has safety training (DOMAIN.md),
  // so everyone in a seeded serving team has had it, the day of the province's training session.
  const untrained = teams.flatMap((t) => t.members).filter((m) => m.safetyTrainedOn === null);
  for (const member of untrained) member.safetyTrainedOn = TEAM_TRAINING_DAY;
  for (let i = 0; i < untrained.length; i += 500) {
    await manager
      .getRepository(Volunteer)
      .update(
        { id: In(untrained.slice(i, i + 500).map((m) => m.id)) },
        { safetyTrainedOn: TEAM_TRAINING_DAY },
      );
  }
  await insertChunks(
    manager,
    ServiceTeam,
    teams.map((t) => t.team),
  );
  await insertChunks(
    manager,
    ServiceTeamMember,
    teams.flatMap((t) => t.members.map((m) => ({ teamId: t.team.id, volunteerId: m.id }))),
  );
  return teams;
}
