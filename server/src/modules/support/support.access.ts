import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { isAdmin } from '../../core/access';
import { ForbiddenError, Role, type Actor } from '../../core/actor';
import type { ServiceProject } from '../projects/service-project.entity';
import type { ServiceTeam } from '../teams/service-team.entity';
import { idsOrNone } from '../../core/dialect';

/**
 * Who reads the support ledger: the admin all of it; a coordinator the lines of projects run by
 * teams of their units; a team leader those of their teams' projects; a site contact what their
 * site received. Volunteers keep no ledger and read none (money is the unit's business).
 */
export function requireSupportReader(actor: Actor): void {
  if (isAdmin(actor)) return;
  if (actor.role === Role.VOLUNTEER || actor.role === null) {
    throw new ForbiddenError('your role does not read the support ledger');
  }
}

export function canReadProjectSupport(
  actor: Actor,
  team: Pick<ServiceTeam, 'id' | 'unitId'>,
  project: Pick<ServiceProject, 'siteId'>,
): boolean {
  if (isAdmin(actor)) return true;
  switch (actor.role) {
    case Role.UNIT_COORDINATOR:
      return actor.unitIds.has(team.unitId);
    case Role.TEAM_LEADER:
      return actor.ledTeamIds.has(team.id);
    case Role.SITE_CONTACT:
      return actor.siteId === project.siteId;
    default:
      return false;
  }
}

/**
 * Narrows a query over support lines to what the actor reads. The query must join the line as
 * `entry`, its project as `project` and the project's team as `team`.
 */
export function applySupportScope<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, actor: Actor): void {
  requireSupportReader(actor);
  if (isAdmin(actor)) return;
  switch (actor.role) {
    case Role.UNIT_COORDINATOR:
      query.andWhere('team.unitId IN (:...scopeUnitIds)', { scopeUnitIds: idsOrNone(actor.unitIds) });
      return;
    case Role.TEAM_LEADER:
      query.andWhere('team.id IN (:...scopeTeamIds)', { scopeTeamIds: idsOrNone(actor.ledTeamIds) });
      return;
    case Role.SITE_CONTACT:
      query.andWhere('entry.siteId = :scopeSiteId', { scopeSiteId: actor.siteId ?? 0 });
      return;
  }
}
