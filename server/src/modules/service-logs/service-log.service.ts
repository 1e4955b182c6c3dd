import type { DataSource, EntityManager } from 'typeorm';
import { administersUnit, isAdmin } from '../../core/access';
import { ForbiddenError, Role, type Actor } from '../../core/actor';
import { saveAudited } from '../../core/audit';
import { BadInputError, NotFoundError } from '../../core/errors';
import { paginate, type Page, type PageArgs } from '../../core/pagination';
import { givenFields, parseId } from '../../core/validate';
import { ServiceProject } from '../projects/service-project.entity';
import { ServiceTeam, ServiceTeamMember } from '../teams/service-team.entity';
import { ServiceLog } from './service-log.entity';
import type { ServiceLogFilter, UpdateServiceLogInput, WriteServiceLogInput } from './service-log.inputs';
import { normaliseServiceLog } from './service-log.rules';

/**
 * 志愿服务日志 (issue 5): members of a project's team, its leader and its unit's coordinators (and
 * the admin) write dated entries; each author edits only their own. Nothing is deleted: a change
 * is audited with the entry before and after.
 */
export class ServiceLogService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actor: Actor,
  ) {}

  /** A project's entries, for those who may read them (see `canRead`). */
  async list(
    projectId: number,
    filter: ServiceLogFilter = {},
    page: PageArgs = {},
  ): Promise<Page<ServiceLog>> {
    const { project, team } = await this.projectAndTeam(this.dataSource.manager, projectId, 'projectId');
    if (!(await this.canRead(this.dataSource.manager, project, team))) {
      throw new ForbiddenError(
        "only the project's team, its unit's coordinators and its site may read its log",
        'projectId',
      );
    }
    const query = this.dataSource
      .getRepository(ServiceLog)
      .createQueryBuilder('log')
      .where('log.projectId = :projectId', { projectId });
    if (filter.from && filter.to && filter.to < filter.from) {
      throw new BadInputError('to', 'to must not be before from');
    }
    if (filter.from) query.andWhere('log.loggedOn >= :from', { from: filter.from });
    if (filter.to) query.andWhere('log.loggedOn <= :to', { to: filter.to });
    if (filter.authorId) {
      query.andWhere('log.authorId = :authorId', { authorId: parseId('authorId', filter.authorId) });
    }
    return paginate(query, page);
  }

  write(input: WriteServiceLogInput, now: Date = new Date()): Promise<ServiceLog> {
    const projectId = parseId('projectId', input.projectId);
    return this.dataSource.transaction(async (manager) => {
      const { project, team } = await this.projectAndTeam(manager, projectId, 'projectId');
      if (!(await this.canWrite(manager, team))) {
        throw new ForbiddenError(
          "only members of the project's team and its unit's coordinators may write its log",
          'projectId',
        );
      }
      const fields = normaliseServiceLog(input, project, now);
      const log = manager.getRepository(ServiceLog).create({
        ...fields,
        projectId,
        authorId: this.actor.volunteerId,
        authorAccountId: this.actor.accountId,
        authorName: this.actor.name,
      });
      return saveAudited(manager, this.actor, 'ServiceLog', log);
    });
  }

  update(id: number, input: UpdateServiceLogInput, now: Date = new Date()): Promise<ServiceLog> {
    return this.dataSource.transaction(async (manager) => {
      const log = await manager.getRepository(ServiceLog).findOneBy({ id });
      if (!log) throw new NotFoundError('ServiceLog', id);
      if (!this.isAuthorOf(log)) throw new ForbiddenError('you may only edit your own log entries', 'id');
      const { project } = await this.projectAndTeam(manager, log.projectId, 'id');
      const fields = normaliseServiceLog({ ...log, ...givenFields(input) }, project, now);
      const before = { ...log };
      Object.assign(log, fields);
      return saveAudited(manager, this.actor, 'ServiceLog', log, before);
    });
  }

  private isAuthorOf(log: ServiceLog): boolean {
    if (this.actor.accountId !== null && log.authorAccountId === this.actor.accountId) return true;
    // The same person signed in with another of their accounts (e.g. as leader, then as volunteer).
    return log.authorId !== null && this.actor.volunteerId === log.authorId;
  }

  private async projectAndTeam(manager: EntityManager, projectId: number, field: string) {
    const project = await manager.getRepository(ServiceProject).findOneBy({ id: projectId });
    if (!project) throw new NotFoundError('ServiceProject', projectId, field);
    const team = await manager.getRepository(ServiceTeam).findOneByOrFail({ id: project.teamId });
    return { project, team };
  }

  private async isMember(manager: EntityManager, teamId: number): Promise<boolean> {
    if (this.actor.role !== Role.VOLUNTEER && this.actor.role !== Role.TEAM_LEADER) return false;
    if (this.actor.volunteerId === null) return false;
    return manager.getRepository(ServiceTeamMember).existsBy({ teamId, volunteerId: this.actor.volunteerId });
  }

  private async canWrite(manager: EntityManager, team: ServiceTeam): Promise<boolean> {
    if (administersUnit(this.actor, team.unitId)) return true;
    if (this.actor.role === Role.TEAM_LEADER && this.actor.ledTeamIds.has(team.id)) return true;
    return this.isMember(manager, team.id);
  }

  private async canRead(
    manager: EntityManager,
    project: ServiceProject,
    team: ServiceTeam,
  ): Promise<boolean> {
    if (isAdmin(this.actor)) return true;
    if (this.actor.role === Role.SITE_CONTACT) return this.actor.siteId === project.siteId;
    return this.canWrite(manager, team);
  }
}
