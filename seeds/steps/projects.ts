import type { EntityManager } from 'typeorm';
import { Assignment, AssignmentStatus } from '../../server/src/modules/assignments/assignment.entity';
import { exclusionsFor, type BookedWindow } from '../../server/src/modules/assignments/assignment.rules';
import type { Campaign } from '../../server/src/modules/campaigns/campaign.entity';
import { ServiceCategory } from '../../server/src/modules/code-lists/service-category';
import { ServiceNeed, ServiceNeedStatus } from '../../server/src/modules/needs/service-need.entity';
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
import { Pairing, type Site } from '../../server/src/modules/sites/site.entity';
import { NEED_TEMPLATES } from '../data/categories';
import type { Random } from '../random';
import { CHUNK, insertChunks } from './common';
import type { TeamRow } from './teams';

/** The post (岗位) a project offers for each category of service. */
export const POST_NAMES: Readonly<Record<ServiceCategory, string>> = {
  TUTORING: '学习辅导员',
  SAFETY_TALK: '安全宣讲员',
  TEACHER_MENTORING: '帮扶导师',
  SCIENCE_POPULARISATION: '科普讲解员',
  TECH_SERVICE: '技术服务员',
  MEDICAL_SERVICE: '义诊医生',
  CULTURE: '文化辅导员',
  POLICY_CONSULTING: '政策咨询员',
  PROFESSIONAL_TRAINING: '培训讲师',
  MATERIAL_DONATION: '物资发放员',
  INTERNET_PLUS: '线上辅导员',
};

/**
 * A 2019 project for each team at a site its unit is paired with, serving up to two of the site's
 * open needs, with its posts; the team's members take those needs' places as far as the rules of
 * assignments allow.
 */
export async function insertProjects(
  manager: EntityManager,
  random: Random,
  campaign: Campaign,
  teams: TeamRow[],
  sites: Site[],
  needs: ServiceNeed[],
): Promise<{ projects: number; assignments: number }> {
  const siteById = new Map(sites.map((site) => [site.id, site]));
  const pairings = await manager.getRepository(Pairing).find();
  const needsBySite = new Map<number, ServiceNeed[]>();
  for (const need of needs) needsBySite.set(need.siteId, [...(needsBySite.get(need.siteId) ?? []), need]);
  const projects: ServiceProject[] = [];
  const posts: Partial<ProjectPost>[] = [];
  const links: Partial<ServiceProjectNeed>[] = [];
  const assignments = new Map<string, Partial<Assignment>>();
  const histories = new Map<number, { assignedNeedIds: Set<number>; booked: BookedWindow[] }>();
  for (const { team, unit, members } of teams) {
    const paired = pairings.filter((p) => p.unitId === unit.id);
    if (paired.length === 0) continue;
    const siteId = random.pick(paired).siteId;
    const served = (needsBySite.get(siteId) ?? [])
      .filter((n) => n.status === ServiceNeedStatus.OPEN)
      .slice(0, 2);
    const id = projects.length + 1;
    const category = served[0]?.category ?? unit.strengths[0] ?? ServiceCategory.TUTORING;
    projects.push({
      id,
      name: `${team.name}${NEED_TEMPLATES[category].titles[0]!.slice(0, 20)}项目`.slice(0, 50),
      teamId: team.id,
      siteId,
      campaignId: campaign.id,
      startsOn: '2019-04-01',
      endsOn: '2019-09-30',
      status: ServiceProjectStatus.ACTIVE,
      nationalCategoryCodes: defaultNationalCategoryCodes(served.length ? served : [{ category }]),
      beneficiaryCodes: defaultBeneficiaryCodes(served),
      peopleServed: peopleServedOf(undefined, served),
      areaCode: siteById.get(siteId)!.areaCode,
      description: null,
    } as ServiceProject);
    const postNames = [...new Set([category, ...served.map((n) => n.category)].map((c) => POST_NAMES[c]))];
    for (const name of postNames) posts.push({ projectId: id, name, description: null });
    for (const need of served) {
      links.push({ projectId: id, needId: need.id });
      // Team members take the places of the needs their project serves, as far as the hard rules
      // of assignments allow (trained, not booked elsewhere at the time); the rest stay open for matching.
      for (const volunteer of members) {
        if (need.confirmedCount >= need.headcount) break;
        const history = histories.get(volunteer.id) ?? { assignedNeedIds: new Set(), booked: [] };
        if (exclusionsFor(volunteer, need, { ...history, declinedNeedIds: new Set() }).length > 0) continue;
        history.assignedNeedIds.add(need.id);
        history.booked.push({ needId: need.id, startsAt: need.startsAt, endsAt: need.endsAt });
        histories.set(volunteer.id, history);
        need.confirmedCount += 1;
        assignments.set(`${need.id}:${volunteer.id}`, {
          needId: need.id,
          volunteerId: volunteer.id,
          status: AssignmentStatus.ACCEPTED,
          score: null,
          declineReason: null,
          proposedAt: new Date(need.postedAt.getTime() + 86_400_000),
          confirmedAt: new Date(need.postedAt.getTime() + 2 * 86_400_000),
          respondedAt: new Date(need.postedAt.getTime() + 3 * 86_400_000),
        });
      }
      if (need.confirmedCount >= need.headcount) need.status = ServiceNeedStatus.FILLED;
    }
  }
  await insertChunks(manager, ServiceProject, projects);
  await insertChunks(manager, ProjectPost, posts);
  await insertChunks(manager, ServiceProjectNeed, links);
  await insertChunks(manager, Assignment, [...assignments.values()]);
  const filled = needs.filter((n) => n.status === ServiceNeedStatus.FILLED).map((n) => n.id);
  for (let i = 0; i < filled.length; i += CHUNK) {
    await manager
      .getRepository(ServiceNeed)
      .update(filled.slice(i, i + CHUNK), { status: ServiceNeedStatus.FILLED });
  }
  // Places taken: one statement however many needs, counted from the rows just written.
  await manager.query(
    `UPDATE service_need SET confirmedCount = (SELECT COUNT(*) FROM assignment a
      WHERE a.needId = service_need.id AND a.status IN ('CONFIRMED', 'ACCEPTED'))`,
  );
  return { projects: projects.length, assignments: assignments.size };
}
