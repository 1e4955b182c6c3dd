import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { administersUnit } from '../../core/access';
import { AssignmentStatus, type Assignment } from '../assignments/assignment.entity';
import { assignmentsByVolunteerId } from '../assignments/assignment.loaders';
import { serviceNeedById } from '../needs/service-need.loaders';
import { actorOf, type Context } from '../../core/context';
import { speaksForSite } from '../sites/site.access';
import { Site } from '../sites/site.entity';
import { siteById } from '../sites/site.loaders';
import type { ServiceTeam } from '../teams/service-team.entity';
import { membershipsByVolunteerId, serviceTeamById } from '../teams/service-team.loaders';
import { projectsBySiteId } from './service-project.loaders';

/**
 * Phones at a site (its contact's, its projects' safety-plan 责任人) are personal data: only the
 * site's owner and its own contact (`speaksForSite`), the people working on its projects — members
 * and leaders of the projects' teams, and the coordinators of those teams' units — and a volunteer
 * who has accepted a place on one of its needs (they are going there, and must be able to call)
 * see them. Read through the request's loaders, so a list of sites costs one query per level, not
 * one per site.
 */
export async function seesSitePhones(ctx: Context, siteId: number): Promise<boolean> {
  const actor = actorOf(ctx);
  const site = await siteById(ctx.loaders).load(siteId);
  if (site && speaksForSite(actor, site)) return true;
  if (actor.volunteerId !== null && (await acceptedAtSite(ctx, actor.volunteerId, siteId))) return true;
  const projects = await projectsBySiteId(ctx.loaders).load(siteId);
  if (projects.length === 0) return false;
  const teams = (await serviceTeamById(ctx.loaders).loadMany(projects.map((p) => p.teamId))).filter(
    (t): t is ServiceTeam => t !== null && !(t instanceof Error),
  );
  if (teams.some((team) => administersUnit(actor, team.unitId) || actor.ledTeamIds.has(team.id))) return true;
  if (actor.volunteerId === null) return false;
  const memberships = await membershipsByVolunteerId(ctx.loaders).load(actor.volunteerId);
  return teams.some((team) => memberships.some((m) => m.teamId === team.id));
}

/** Has the volunteer accepted a place on a need of this site? */
async function acceptedAtSite(ctx: Context, volunteerId: number, siteId: number): Promise<boolean> {
  const accepted = (await assignmentsByVolunteerId(ctx.loaders).load(volunteerId)).filter(
    (a: Assignment) => a.status === AssignmentStatus.ACCEPTED,
  );
  if (accepted.length === 0) return false;
  const needs = await serviceNeedById(ctx.loaders).loadMany(accepted.map((a) => a.needId));
  return needs.some((need) => need !== null && !(need instanceof Error) && need.siteId === siteId);
}

@Resolver(() => Site)
export class SitePhoneResolver {
  @FieldResolver(() => String, { nullable: true })
  async contactPhone(@Root() site: Site, @Ctx() ctx: Context): Promise<string | null> {
    if (site.contactPhone === null) return null;
    return (await seesSitePhones(ctx, site.id)) ? site.contactPhone : null;
  }
}
