import type { EntityManager } from 'typeorm';
import { chinaDayStart } from '../../server/src/core/time';
import { ServiceCategory } from '../../server/src/modules/code-lists/service-category';
import { ServiceNeed, ServiceNeedStatus } from '../../server/src/modules/needs/service-need.entity';
import { requireWithinCampaign } from '../../server/src/modules/needs/service-need.rules';
import {
  ProjectPost,
  ServiceProject,
  ServiceProjectNeed,
  ServiceProjectStatus,
} from '../../server/src/modules/projects/service-project.entity';
import {
  defaultBeneficiaryCodes,
  defaultNationalCategoryCodes,
  peopleServedOf,
} from '../../server/src/modules/projects/service-project.rules';
import { SafetyPlan } from '../../server/src/modules/safety/safety.entity';
import { normaliseSafetyPlan } from '../../server/src/modules/safety/safety.service';
import { Pairing, type Site } from '../../server/src/modules/sites/site.entity';
import { VolunteerAvailability, type Volunteer } from '../../server/src/modules/volunteers/volunteer.entity';
import { addDays, daysBetween, type CurrentCampaignCalendar } from '../campaign-calendar';
import { NEED_TEMPLATES } from '../data/categories';
import type { Random } from '../random';
import { insertCampaign } from './campaigns';
import { insertChunks, type Advance } from './common';
import { drawNeed } from './needs';
import { POST_NAMES } from './projects';
import type { TeamRow } from './teams';
import type { UnitRow } from './units';
import { AVAILABLE_DAYS } from './volunteers';

/** Needs each site posts in the current-year campaign. */
export const CURRENT_NEEDS_PER_SITE = 2;

const EMERGENCY_PLAN =
  '出发前清点人数并讲解安全须知；服务中如遇突发伤病、恶劣天气或交通事故，立即停止活动，' +
  '拨打120/110并报告带队负责人和派出工会，由负责人统一组织撤离和善后。';

/** The 2019 world the current campaign runs on, and the clock it is seeded for. */
export interface CurrentWorld {
  calendar: CurrentCampaignCalendar;
  clock: Date;
  units: UnitRow[];
  sites: Site[];
  volunteers: Volunteer[];
  teams: TeamRow[];
}

/**
 * The campaign of the clock's year, on the 2019 units, sites, pairings (they hold across
 * campaigns), volunteers and teams: each site posts open needs on days still ahead, in categories
 * its owner and paired units serve, with nobody on them yet, so a coordinator can match, propose
 * and confirm now; each volunteer states when they are free in those days (matching plans only
 * people who said so); and each team runs a started project, with its safety plan, over the whole
 * campaign at one of its unit's sites, where its members record service once they have served.
 */
export async function insertCurrentCampaign(
  manager: EntityManager,
  random: Random,
  world: CurrentWorld,
  before: { needs: number; projects: number },
  advance: Advance,
): Promise<{ needs: number; projects: number }> {
  const { calendar, clock } = world;
  const campaign = await insertCampaign(manager, 2, calendar);
  const { first, last } = calendar.needDays;
  const span = daysBetween(first, last);

  const windows: Partial<VolunteerAvailability>[] = [];
  for (const volunteer of world.volunteers) {
    for (let w = random.int(1, 3); w > 0; w--) {
      // Stretches may start up to two weeks before the first need day, so its first days are covered too.
      const date = addDays(first, random.int(-14, span));
      windows.push({
        volunteerId: volunteer.id,
        startsAt: new Date(`${date}T08:00:00+08:00`),
        endsAt: new Date(`${addDays(date, AVAILABLE_DAYS)}T${random.pick(['12', '17', '18'])}:00:00+08:00`),
      });
    }
  }
  await insertChunks(manager, VolunteerAvailability, windows);

  const pairings = await manager.getRepository(Pairing).find({ order: { id: 'ASC' } });
  const unitById = new Map(world.units.map((unit) => [unit.id, unit]));
  const strengthsOf = (unitIds: number[]) => [
    ...new Set(unitIds.flatMap((id) => unitById.get(id)?.strengths ?? [])),
  ];
  const allCategories = Object.values(ServiceCategory);
  const needs: ServiceNeed[] = [];
  for (const site of world.sites) {
    const paired = pairings.filter((p) => p.siteId === site.id).map((p) => p.unitId);
    // The first need is one its owner serves, so every owning unit has needs of its own to match.
    const choices = [strengthsOf(site.ownerUnitId === null ? [] : [site.ownerUnitId]), strengthsOf(paired)];
    for (let n = 0; n < CURRENT_NEEDS_PER_SITE; n++) {
      const offered = choices[Math.min(n, choices.length - 1)]!;
      const category = random.pick(offered.length > 0 ? offered : allCategories);
      const date = addDays(first, random.int(0, span));
      const extraDays = random.chance(0.7)
        ? 0
        : Math.min(random.int(1, 3), daysBetween(date, calendar.endsOn));
      const start = chinaDayStart(date);
      const fields = drawNeed(random, category, start, () => 16 + 24 * extraDays);
      requireWithinCampaign(fields, campaign);
      needs.push({
        ...fields,
        id: before.needs + needs.length + 1,
        siteId: site.id,
        campaignId: campaign.id,
        postedByUnitId: null,
        status: ServiceNeedStatus.OPEN,
        confirmedCount: 0,
        postedAt: new Date(clock.getTime() - random.int(1, 14) * 86_400_000),
      } as ServiceNeed);
    }
  }
  await insertChunks(manager, ServiceNeed, needs, advance);

  const siteById = new Map(world.sites.map((site) => [site.id, site]));
  const needsBySite = new Map<number, ServiceNeed[]>();
  for (const need of needs) needsBySite.set(need.siteId, [...(needsBySite.get(need.siteId) ?? []), need]);
  const projects: ServiceProject[] = [];
  const posts: Partial<ProjectPost>[] = [];
  const links: Partial<ServiceProjectNeed>[] = [];
  const plans: Partial<SafetyPlan>[] = [];
  for (const { team, unit, members } of world.teams) {
    const paired = pairings.filter((p) => p.unitId === unit.id);
    if (paired.length === 0) continue;
    const siteId = random.pick(paired).siteId;
    const served = (needsBySite.get(siteId) ?? []).filter((n) => unit.strengths.includes(n.category));
    const category = served[0]?.category ?? unit.strengths[0] ?? ServiceCategory.TUTORING;
    const id = before.projects + projects.length + 1;
    projects.push({
      id,
      name: `${team.name}${calendar.year}年${NEED_TEMPLATES[category].titles[0]!.slice(0, 20)}项目`.slice(
        0,
        50,
      ),
      teamId: team.id,
      siteId,
      campaignId: campaign.id,
      startsOn: calendar.startsOn,
      endsOn: calendar.endsOn,
      status: ServiceProjectStatus.ACTIVE,
      nationalCategoryCodes: defaultNationalCategoryCodes(served.length ? served : [{ category }]),
      beneficiaryCodes: defaultBeneficiaryCodes(served),
      peopleServed: peopleServedOf(undefined, served),
      areaCode: siteById.get(siteId)!.areaCode,
      description: null,
    } as ServiceProject);
    const postNames = [...new Set([category, ...served.map((n) => n.category)].map((c) => POST_NAMES[c]))];
    for (const name of postNames) posts.push({ projectId: id, name, description: null });
    // Linked, not filled: the places of these needs are left for the coordinator to match.
    for (const need of served) links.push({ projectId: id, needId: need.id });
    // A project starts only with a safety plan (DOMAIN.md "Safety"); its leader answers for it.
    const leader = members.find((m) => m.id === team.leaderId)!;
    plans.push({
      projectId: id,
      ...normaliseSafetyPlan({
        responsiblePerson: leader.name,
        responsiblePhone: leader.mobile,
        emergencyPlan: EMERGENCY_PLAN,
        insured: true,
        insuranceNote: '志愿者团体意外伤害保险',
      }),
    });
  }
  await insertChunks(manager, ServiceProject, projects);
  await insertChunks(manager, ProjectPost, posts);
  await insertChunks(manager, ServiceProjectNeed, links);
  await insertChunks(manager, SafetyPlan, plans);
  return { needs: needs.length, projects: projects.length };
}
