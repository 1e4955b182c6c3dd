import { isAdmin } from '../../core/access';
import { Role } from '../../core/actor';
import { actorOf, type Context } from '../../core/context';
import type { ServiceNeed } from '../needs/service-need.entity';
import { serviceNeedById } from '../needs/service-need.loaders';
import { PairingStatus } from '../sites/site.entity';
import { pairingsBySiteId, siteById } from '../sites/site.loaders';
import type { Volunteer } from '../volunteers/volunteer.entity';
import { volunteerById } from '../volunteers/volunteer.loaders';
import type { Assignment } from './assignment.entity';

/**
 * The assignments of a list the caller may see, by the same rule as the `assignments` query:
 * the admin all; a coordinator those of their units' volunteers, of needs their units posted, or
 * at sites their units own or hold an approved, live pairing with; a team leader their members' and their own; a volunteer their own; a site contact those
 * of their site's needs. Everything is read through the request's loaders, so nesting stays batched.
 */
export async function visibleAssignments(ctx: Context, assignments: Assignment[]): Promise<Assignment[]> {
  const actor = actorOf(ctx);
  if (isAdmin(actor) || assignments.length === 0) return assignments;
  const volunteers = (await volunteerById(ctx.loaders).loadMany(
    assignments.map((a) => a.volunteerId),
  )) as (Volunteer | null)[];
  const needs = (await serviceNeedById(ctx.loaders).loadMany(
    assignments.map((a) => a.needId),
  )) as (ServiceNeed | null)[];
  const pairedSites = new Set<number>();
  if (actor.role === Role.UNIT_COORDINATOR) {
    const siteIds = [...new Set(needs.map((n) => n?.siteId).filter((id): id is number => id !== undefined))];
    const pairings = (await pairingsBySiteId(ctx.loaders).loadMany(siteIds)).flat();
    for (const p of pairings) {
      if (
        p &&
        !(p instanceof Error) &&
        p.endedOn === null &&
        p.status === PairingStatus.ACTIVE &&
        actor.unitIds.has(p.unitId)
      )
        pairedSites.add(p.siteId);
    }
    for (const site of await siteById(ctx.loaders).loadMany(siteIds)) {
      if (
        site &&
        !(site instanceof Error) &&
        site.ownerUnitId !== null &&
        actor.unitIds.has(site.ownerUnitId)
      )
        pairedSites.add(site.id);
    }
  }
  return assignments.filter((assignment, i) => {
    const volunteer = volunteers[i];
    const need = needs[i];
    switch (actor.role) {
      case Role.UNIT_COORDINATOR:
        return (
          (volunteer && actor.unitIds.has(volunteer.unitId)) ||
          (need &&
            (pairedSites.has(need.siteId) ||
              (need.postedByUnitId !== null && actor.unitIds.has(need.postedByUnitId))))
        );
      case Role.TEAM_LEADER:
        return actor.volunteerId === assignment.volunteerId || actor.ledMemberIds.has(assignment.volunteerId);
      case Role.VOLUNTEER:
        return actor.volunteerId === assignment.volunteerId;
      case Role.SITE_CONTACT:
        return need?.siteId === actor.siteId;
      default:
        return false;
    }
  });
}
