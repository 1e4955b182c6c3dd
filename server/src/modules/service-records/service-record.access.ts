import { administersUnit, isAdmin, isSystem } from '../../core/access';
import { ForbiddenError, Role, type Actor } from '../../core/actor';
import { idsOrNone } from '../../core/dialect';
import type { ServiceTeam } from '../teams/service-team.entity';

/**
 * Who may do what with service records:
 * - a volunteer enters, mends and submits their own, and confirms their presence with a service code;
 * - the leader of the project's team and the coordinator of the team's unit (or a unit above it; the
 *   admin counts as one) enter records for the team's members, submit, approve, reject and correct
 *   them, but never approve or correct a record of their own time (two people see every hour);
 * - the site contact of the project's site issues service codes and reads the site's records;
 * - the provincial admin reads every record.
 */

type Team = Pick<ServiceTeam, 'id' | 'unitId'>;

export function leadsTeam(actor: Actor, team: Team): boolean {
  return actor.role === Role.TEAM_LEADER && actor.ledTeamIds.has(team.id);
}

/** The team's leader or a coordinator of its unit (the admin and the system included). */
export function runsTeamRecords(actor: Actor, team: Team): boolean {
  return administersUnit(actor, team.unitId) || leadsTeam(actor, team);
}

/** The volunteer record the actor is, for volunteers and team leaders. */
export function ownVolunteerId(actor: Actor): number | null {
  return actor.role === Role.VOLUNTEER || actor.role === Role.TEAM_LEADER ? actor.volunteerId : null;
}

/** Entering time for these volunteers: one's own, or anyone's on a team one runs. */
export function requireEnter(actor: Actor, team: Team, volunteerIds: readonly number[], field: string): void {
  if (runsTeamRecords(actor, team)) return;
  const own = ownVolunteerId(actor);
  if (own !== null && volunteerIds.every((id) => id === own)) return;
  throw new ForbiddenError(
    "you may record your own service, or your team's as its leader or its unit's coordinator",
    field,
  );
}

/** Mending or submitting a record: its volunteer, or whoever runs the team's records. */
export function requireChange(actor: Actor, team: Team, record: { volunteerId: number }, what: string): void {
  if (runsTeamRecords(actor, team) || ownVolunteerId(actor) === record.volunteerId) return;
  throw new ForbiddenError(`only the volunteer or whoever runs the team's records may ${what} it`, 'id');
}

/** Approving, rejecting or correcting: the team's leader or unit coordinator, never for their own time. */
export function requireApprover(
  actor: Actor,
  team: Team,
  record: { volunteerId: number },
  what: string,
): void {
  if (!runsTeamRecords(actor, team)) {
    throw new ForbiddenError(
      `only the team's leader or its unit's coordinator may ${what} a service record`,
      'id',
    );
  }
  if (!isSystem(actor) && actor.volunteerId !== null && actor.volunteerId === record.volunteerId) {
    throw new ForbiddenError(
      `you may not ${what} a record of your own service: ask your unit's coordinator`,
      'id',
    );
  }
}

/**
 * The records the actor may read, as a SQL condition on `alias` (a service_record) with named
 * parameters, or null for everything. Team and project links are read from the tables, so the
 * condition holds for lists and totals alike.
 */
export function recordScope(
  actor: Actor,
  alias: string,
): { sql: string; params: Record<string, unknown> } | null {
  if (isAdmin(actor)) return null;
  switch (actor.role) {
    case Role.UNIT_COORDINATOR:
      return {
        sql: `(${alias}.projectId IN (SELECT sp.id FROM service_project sp JOIN service_team st ON st.id = sp.teamId
                 WHERE st.unitId IN (:...scopeUnits))
               OR ${alias}.volunteerId IN (SELECT sv.id FROM volunteer sv WHERE sv.unitId IN (:...scopeUnits)))`,
        params: { scopeUnits: idsOrNone(actor.unitIds) },
      };
    case Role.TEAM_LEADER:
      return {
        sql: `(${alias}.projectId IN (SELECT sp.id FROM service_project sp WHERE sp.teamId IN (:...scopeTeams))
               OR ${alias}.volunteerId = :scopeVolunteer)`,
        params: { scopeTeams: idsOrNone(actor.ledTeamIds), scopeVolunteer: actor.volunteerId ?? 0 },
      };
    case Role.VOLUNTEER:
      return {
        sql: `${alias}.volunteerId = :scopeVolunteer`,
        params: { scopeVolunteer: actor.volunteerId ?? 0 },
      };
    case Role.SITE_CONTACT:
      return {
        sql: `${alias}.projectId IN (SELECT sp.id FROM service_project sp WHERE sp.siteId = :scopeSite)`,
        params: { scopeSite: actor.siteId ?? 0 },
      };
    default:
      throw new ForbiddenError('your role may not read service records');
  }
}
