import { In, type DataSource, type EntityManager } from 'typeorm';
import { administersUnit } from '../../core/access';
import { ForbiddenError, Role, type Actor } from '../../core/actor';
import { AuditAction, recordAudit, saveAudited } from '../../core/audit';
import { BadInputError, NotFoundError } from '../../core/errors';
import { conflictOnDuplicate } from '../../core/sql';
import { paginate, type Page, type PageArgs } from '../../core/pagination';
import {
  optionalText,
  parseId,
  requireAreaCode,
  requireDateInBounds,
  requireInt,
  requireText,
  uniqueValues,
} from '../../core/validate';
import { Campaign } from '../campaigns/campaign.entity';
import { ServiceNeed } from '../needs/service-need.entity';
import { Pairing, PairingStatus, Site } from '../sites/site.entity';
import { ServiceTeam, ServiceTeamStatus } from '../teams/service-team.entity';
import {
  ProjectPost,
  ServiceProject,
  ServiceProjectNeed,
  ServiceProjectStatus,
} from './service-project.entity';
import type {
  CreateServiceProjectInput,
  ProjectPostInput,
  ServiceProjectFilter,
  UpdateServiceProjectInput,
} from './service-project.inputs';
import {
  checkBeneficiaryCodes,
  checkNationalCategoryCodes,
  defaultBeneficiaryCodes,
  defaultNationalCategoryCodes,
  peopleServedOf,
  requireStatusChange,
} from './service-project.rules';
import { projectDatesGuards, projectStartGuards } from './service-project.guards';

/** A team's projects are run by its unit's coordinator (or the admin) and by the team's leader. */
export function runsTeamProjects(actor: Actor, team: Pick<ServiceTeam, 'id' | 'unitId'>): boolean {
  return (
    administersUnit(actor, team.unitId) || (actor.role === Role.TEAM_LEADER && actor.ledTeamIds.has(team.id))
  );
}

export class ServiceProjectService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actor: Actor,
  ) {}

  async get(id: number, field = 'id'): Promise<ServiceProject> {
    const project = await this.dataSource.getRepository(ServiceProject).findOneBy({ id });
    if (!project) throw new NotFoundError('ServiceProject', id, field);
    return project;
  }

  list(filter: ServiceProjectFilter = {}, page: PageArgs = {}): Promise<Page<ServiceProject>> {
    const query = this.dataSource.getRepository(ServiceProject).createQueryBuilder('project');
    if (filter.teamId)
      query.andWhere('project.teamId = :teamId', { teamId: parseId('teamId', filter.teamId) });
    if (filter.siteId)
      query.andWhere('project.siteId = :siteId', { siteId: parseId('siteId', filter.siteId) });
    if (filter.campaignId) {
      query.andWhere('project.campaignId = :campaignId', {
        campaignId: parseId('campaignId', filter.campaignId),
      });
    }
    if (filter.unitId) {
      query.andWhere('project.teamId IN (SELECT t.id FROM service_team t WHERE t.unitId = :unitId)', {
        unitId: parseId('unitId', filter.unitId),
      });
    }
    if (filter.status) query.andWhere('project.status = :status', { status: filter.status });
    return paginate(query, page);
  }

  create(input: CreateServiceProjectInput): Promise<ServiceProject> {
    const name = requireText('name', input.name, { max: 50 });
    const teamId = parseId('teamId', input.teamId);
    const siteId = parseId('siteId', input.siteId);
    const campaignId = parseId('campaignId', input.campaignId);
    const needIds = parseIds('needIds', input.needIds ?? []);
    const posts = checkPosts('posts', input.posts, []);
    if (posts.length === 0) throw new BadInputError('posts', 'a project needs at least one post (岗位)');
    requireDateInBounds('startsOn', input.startsOn);
    requireDateInBounds('endsOn', input.endsOn);
    if (input.endsOn < input.startsOn)
      throw new BadInputError('endsOn', 'endsOn must not be before startsOn');
    return conflictOnDuplicate('posts', 'two posts of a project share a name', () =>
      this.dataSource.transaction(async (manager) => {
        const team = await manager.getRepository(ServiceTeam).findOneBy({ id: teamId });
        if (!team) throw new NotFoundError('ServiceTeam', teamId, 'teamId');
        if (!runsTeamProjects(this.actor, team)) {
          throw new ForbiddenError(
            "only the team's leader or its unit's coordinator may plan its projects",
            'teamId',
          );
        }
        if (team.status === ServiceTeamStatus.DISBANDED) {
          throw new BadInputError('teamId', 'a disbanded team cannot take on a project');
        }
        const site = await manager.getRepository(Site).findOneBy({ id: siteId });
        if (!site) throw new NotFoundError('Site', siteId, 'siteId');
        const pairing = await manager.getRepository(Pairing).findOneBy({ unitId: team.unitId, siteId });
        // Only an approved pairing counts, and one that ended before the project starts no longer
        // covers it; the unit that owns the site serves it without pairing with itself.
        const covered =
          site.ownerUnitId === team.unitId ||
          (pairing !== null &&
            pairing.status === PairingStatus.ACTIVE &&
            (pairing.endedOn === null || pairing.endedOn >= input.startsOn));
        if (!covered) {
          throw new BadInputError(
            'siteId',
            pairing?.status === PairingStatus.REQUESTED
              ? "the team's unit has asked to pair with this site: the site's owner has yet to approve it"
              : "the team's unit is not paired with this site: pair them first",
          );
        }
        await requireWithinCampaign(manager, campaignId, input.startsOn, input.endsOn);
        const needs = await loadNeeds(manager, needIds, siteId, campaignId);
        const repo = manager.getRepository(ServiceProject);
        const project = await manager.save(
          repo.create({
            name,
            teamId,
            siteId,
            campaignId,
            startsOn: input.startsOn,
            endsOn: input.endsOn,
            status: ServiceProjectStatus.PLANNED,
            nationalCategoryCodes: checkNationalCategoryCodes(
              input.nationalCategoryCodes ?? defaultNationalCategoryCodes(needs),
            ),
            beneficiaryCodes: checkBeneficiaryCodes(input.beneficiaryCodes ?? defaultBeneficiaryCodes(needs)),
            peopleServed: peopleServedOf(input.peopleServed, needs),
            areaCode: requireAreaCode('areaCode', input.areaCode ?? site.areaCode),
            description: optionalText('description', input.description, { max: 2000, multiline: true }),
          }),
        );
        await manager
          .getRepository(ProjectPost)
          .insert(posts.map((post) => ({ ...post, projectId: project.id })));
        await replaceNeeds(manager, project.id, needIds);
        await recordAudit(manager, this.actor, {
          action: AuditAction.CREATE,
          entityType: 'ServiceProject',
          entityId: project.id,
          after: { ...project, posts, needIds },
        });
        return project;
      }),
    );
  }

  update(id: number, input: UpdateServiceProjectInput): Promise<ServiceProject> {
    return conflictOnDuplicate('addPosts', 'two posts of a project share a name', () =>
      this.dataSource.transaction(async (manager) => {
        const repo = manager.getRepository(ServiceProject);
        const project = await repo.findOneBy({ id });
        if (!project) throw new NotFoundError('ServiceProject', id);
        const team = await manager.getRepository(ServiceTeam).findOneByOrFail({ id: project.teamId });
        if (!runsTeamProjects(this.actor, team)) {
          throw new ForbiddenError(
            "only the team's leader or its unit's coordinator may change its projects",
            'id',
          );
        }
        const before = { ...project };
        if (input.name !== undefined) project.name = requireText('name', input.name, { max: 50 });
        if (input.startsOn !== undefined) project.startsOn = requireDateInBounds('startsOn', input.startsOn);
        if (input.endsOn !== undefined) project.endsOn = requireDateInBounds('endsOn', input.endsOn);
        if (project.endsOn < project.startsOn)
          throw new BadInputError('endsOn', 'endsOn must not be before startsOn');
        if (input.startsOn !== undefined || input.endsOn !== undefined) {
          await requireWithinCampaign(manager, project.campaignId, project.startsOn, project.endsOn);
          await projectDatesGuards.run(manager, project);
        }
        if (input.nationalCategoryCodes) {
          project.nationalCategoryCodes = checkNationalCategoryCodes(input.nationalCategoryCodes);
        }
        if (input.beneficiaryCodes) project.beneficiaryCodes = checkBeneficiaryCodes(input.beneficiaryCodes);
        if (input.peopleServed !== undefined) {
          project.peopleServed =
            input.peopleServed === null
              ? null
              : requireInt('peopleServed', input.peopleServed, { min: 0, max: 10_000_000 });
        }
        if (input.areaCode !== undefined) project.areaCode = requireAreaCode('areaCode', input.areaCode);
        if (input.description !== undefined) {
          project.description = optionalText('description', input.description, {
            max: 2000,
            multiline: true,
          });
        }
        if (input.status) {
          requireStatusChange(project.status, input.status);
          const starting =
            project.status !== ServiceProjectStatus.ACTIVE && input.status === ServiceProjectStatus.ACTIVE;
          project.status = input.status;
          if (starting) await projectStartGuards.run(manager, project);
        }
        let needIds: number[] | undefined;
        if (input.needIds) {
          needIds = parseIds('needIds', input.needIds);
          await loadNeeds(manager, needIds, project.siteId, project.campaignId);
        }
        let newPosts: ProjectPostInput[] = [];
        if (input.addPosts) {
          const existing = await manager.getRepository(ProjectPost).findBy({ projectId: id });
          newPosts = checkPosts(
            'addPosts',
            input.addPosts,
            existing.map((p) => p.name),
          );
        }
        if (needIds) await replaceNeeds(manager, id, needIds);
        if (newPosts.length > 0) {
          await manager
            .getRepository(ProjectPost)
            .insert(newPosts.map((post) => ({ ...post, projectId: id })));
        }
        return saveAudited(manager, this.actor, 'ServiceProject', project, before, {
          after: { ...(needIds ? { needIds } : {}), ...(newPosts.length ? { addedPosts: newPosts } : {}) },
        });
      }),
    );
  }
}

function parseIds(field: string, ids: readonly string[]): number[] {
  return uniqueValues(
    field,
    ids.map((id) => parseId(field, id)),
  );
}

function checkPosts(field: string, posts: readonly ProjectPostInput[], existingNames: readonly string[]) {
  const checked = posts.map((post, i) => ({
    name: requireText(`${field}[${i}].name`, post.name, { max: 50 }),
    description: optionalText(`${field}[${i}].description`, post.description, { max: 500, multiline: true }),
  }));
  uniqueValues(field, [...existingNames, ...checked.map((p) => p.name)]);
  return checked;
}

async function requireWithinCampaign(
  manager: EntityManager,
  campaignId: number,
  startsOn: string,
  endsOn: string,
) {
  const campaign = await manager.getRepository(Campaign).findOneBy({ id: campaignId });
  if (!campaign) throw new NotFoundError('Campaign', campaignId, 'campaignId');
  if (startsOn < campaign.startsOn || endsOn > campaign.endsOn) {
    throw new BadInputError(
      startsOn < campaign.startsOn ? 'startsOn' : 'endsOn',
      `project dates must lie within the campaign (${campaign.startsOn} – ${campaign.endsOn})`,
    );
  }
}

async function loadNeeds(manager: EntityManager, ids: number[], siteId: number, campaignId: number) {
  if (ids.length === 0) return [];
  const needs = await manager.getRepository(ServiceNeed).findBy({ id: In(ids) });
  const found = new Map(needs.map((need) => [need.id, need]));
  for (const id of ids) {
    const need = found.get(id);
    if (!need) throw new NotFoundError('ServiceNeed', id, 'needIds');
    if (need.siteId !== siteId) throw new BadInputError('needIds', `need ${id} belongs to another site`);
    if (need.campaignId !== campaignId)
      throw new BadInputError('needIds', `need ${id} belongs to another campaign`);
  }
  return needs;
}

async function replaceNeeds(manager: EntityManager, projectId: number, needIds: readonly number[]) {
  await manager.getRepository(ServiceProjectNeed).delete({ projectId });
  if (needIds.length > 0) {
    await manager.getRepository(ServiceProjectNeed).insert(needIds.map((needId) => ({ projectId, needId })));
  }
}
