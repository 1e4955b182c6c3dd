import { In, type DataSource, type EntityManager } from 'typeorm';
import { requireUnitAdministration } from '../../core/access';
import type { Actor } from '../../core/actor';
import { AuditAction, recordAudit, saveAudited } from '../../core/audit';
import { BadInputError, NotFoundError, ConflictError } from '../../core/errors';
import { paginate, type Page, type PageArgs } from '../../core/pagination';
import { conflictOnDuplicate, whereContains } from '../../core/sql';
import {
  optionalId,
  optionalSearch,
  optionalText,
  parseId,
  requireText,
  uniqueValues,
} from '../../core/validate';
import { UnitService } from '../units/unit.service';
import { Volunteer } from '../volunteers/volunteer.entity';
import { ServiceTeam, ServiceTeamMember, ServiceTeamStatus } from './service-team.entity';
import type {
  CreateServiceTeamInput,
  ServiceTeamFilter,
  UpdateServiceTeamInput,
} from './service-team.inputs';
import {
  requireValidComposition,
  requireWithinMaximum,
  teamComposition,
  type TeamComposition,
} from './team-composition';

export class ServiceTeamService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actor: Actor,
  ) {}

  async get(
    id: number,
    field = 'id',
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ServiceTeam> {
    const team = await manager.getRepository(ServiceTeam).findOneBy({ id });
    if (!team) throw new NotFoundError('ServiceTeam', id, field);
    return team;
  }

  list(filter: ServiceTeamFilter = {}, page: PageArgs = {}): Promise<Page<ServiceTeam>> {
    const query = this.dataSource.getRepository(ServiceTeam).createQueryBuilder('team');
    if (filter.unitId) query.andWhere('team.unitId = :unitId', { unitId: parseId('unitId', filter.unitId) });
    if (filter.status) query.andWhere('team.status = :status', { status: filter.status });
    if (filter.memberId) {
      query.andWhere(
        'team.id IN (SELECT m.teamId FROM service_team_member m WHERE m.volunteerId = :memberId)',
        { memberId: parseId('memberId', filter.memberId) },
      );
    }
    const search = optionalSearch('search', filter.search);
    if (search) whereContains(query, 'team.name', 'search', search);
    return paginate(query, page);
  }

  create(input: CreateServiceTeamInput): Promise<ServiceTeam> {
    const name = requireText('name', input.name, { max: 100 });
    const unitId = parseId('unitId', input.unitId);
    requireUnitAdministration(this.actor, unitId, 'form teams');
    const memberIds = uniqueValues(
      'memberIds',
      (input.memberIds ?? []).map((id) => parseId('memberIds', id)),
    );
    const leaderId = optionalId('leaderId', input.leaderId);
    const description = optionalText('description', input.description, { max: 2000, multiline: true });
    return conflictOnDuplicate('name', `the unit already has a team named ${name}`, () =>
      this.dataSource.transaction(async (manager) => {
        await new UnitService(this.dataSource, this.actor).get(unitId, 'unitId');
        await this.requireUniqueName(manager, unitId, name);
        const members = await this.loadMembers(manager, unitId, memberIds);
        requireWithinMaximum(teamComposition(members.map((m) => m.role)));
        requireLeaderAmong(leaderId, memberIds);
        const team = manager.getRepository(ServiceTeam).create({
          name,
          unitId,
          leaderId,
          description,
          status: ServiceTeamStatus.FORMING,
        });
        await manager.save(team);
        await replaceMembers(manager, team.id, memberIds);
        await recordAudit(manager, this.actor, {
          action: AuditAction.CREATE,
          entityType: 'ServiceTeam',
          entityId: team.id,
          after: { ...team, memberIds },
        });
        return team;
      }),
    );
  }

  update(id: number, input: UpdateServiceTeamInput): Promise<ServiceTeam> {
    return conflictOnDuplicate('name', 'the unit already has a team of that name', () =>
      this.dataSource.transaction(async (manager) => {
        const team = await this.getManaged(manager, id);
        requireNotDisbanded(team);
        const before = { ...team, memberIds: await this.memberIds(manager, id) };
        if (input.name !== undefined) {
          const name = requireText('name', input.name, { max: 100 });
          if (name !== team.name) await this.requireUniqueName(manager, team.unitId, name);
          team.name = name;
        }
        if (input.description !== undefined) {
          team.description = optionalText('description', input.description, { max: 2000, multiline: true });
        }
        let memberIds = before.memberIds;
        if (input.memberIds) {
          memberIds = uniqueValues(
            'memberIds',
            input.memberIds.map((m) => parseId('memberIds', m)),
          );
          const members = await this.loadMembers(manager, team.unitId, memberIds);
          const composition = teamComposition(members.map((m) => m.role));
          // A serving team must keep meeting the rule; a forming one may still be short.
          if (team.status === ServiceTeamStatus.ACTIVE) requireValidComposition(composition);
          else requireWithinMaximum(composition);
        }
        if (input.leaderId !== undefined) team.leaderId = optionalId('leaderId', input.leaderId);
        requireLeaderAmong(team.leaderId, memberIds, input.leaderId === undefined ? 'memberIds' : 'leaderId');
        if (team.status === ServiceTeamStatus.ACTIVE && team.leaderId === null) {
          throw new BadInputError('leaderId', 'a serving team keeps a leader (负责人)');
        }
        if (input.memberIds) await replaceMembers(manager, id, memberIds);
        return saveAudited(manager, this.actor, 'ServiceTeam', team, before, { after: { memberIds } });
      }),
    );
  }

  /** A team starts serving only when it meets the composition rule and has a leader. */
  activate(id: number): Promise<ServiceTeam> {
    return this.dataSource.transaction(async (manager) => {
      const team = await this.getManaged(manager, id);
      requireNotDisbanded(team);
      requireValidComposition(await this.composition(id, manager));
      if (team.leaderId === null)
        throw new BadInputError('leaderId', 'a team needs a leader (负责人) before it serves');
      const before = { ...team };
      team.status = ServiceTeamStatus.ACTIVE;
      return saveAudited(manager, this.actor, 'ServiceTeam', team, before);
    });
  }

  disband(id: number): Promise<ServiceTeam> {
    return this.dataSource.transaction(async (manager) => {
      const team = await this.getManaged(manager, id);
      const before = { ...team };
      team.status = ServiceTeamStatus.DISBANDED;
      return saveAudited(manager, this.actor, 'ServiceTeam', team, before);
    });
  }

  async composition(
    teamId: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<TeamComposition> {
    const rows = await manager
      .getRepository(ServiceTeamMember)
      .createQueryBuilder('member')
      .innerJoin(Volunteer, 'volunteer', 'volunteer.id = member.volunteerId')
      .select('volunteer.role', 'role')
      .where('member.teamId = :teamId', { teamId })
      .getRawMany<{ role: Volunteer['role'] }>();
    return teamComposition(rows.map((r) => r.role));
  }

  /** A team the actor administers (its unit's coordinator or the provincial admin). */
  private async getManaged(manager: EntityManager, id: number): Promise<ServiceTeam> {
    const team = await this.get(id, 'id', manager);
    requireUnitAdministration(this.actor, team.unitId, 'manage teams', 'id');
    return team;
  }

  private async memberIds(manager: EntityManager, teamId: number): Promise<number[]> {
    const rows = await manager
      .getRepository(ServiceTeamMember)
      .find({ select: { volunteerId: true }, where: { teamId } });
    return rows.map((r) => r.volunteerId);
  }

  private async loadMembers(manager: EntityManager, unitId: number, ids: number[]): Promise<Volunteer[]> {
    if (ids.length === 0) return [];
    const volunteers = await manager.getRepository(Volunteer).findBy({ id: In(ids) });
    const found = new Map(volunteers.map((v) => [v.id, v]));
    for (const id of ids) {
      const volunteer = found.get(id);
      if (!volunteer) throw new NotFoundError('Volunteer', id, 'memberIds');
      if (volunteer.unitId !== unitId) {
        throw new BadInputError('memberIds', `volunteer ${id} belongs to another unit`);
      }
      if (!volunteer.active) throw new BadInputError('memberIds', `volunteer ${id} is no longer active`);
    }
    return volunteers;
  }

  private async requireUniqueName(manager: EntityManager, unitId: number, name: string): Promise<void> {
    if (await manager.getRepository(ServiceTeam).existsBy({ unitId, name })) {
      throw new ConflictError('name', `the unit already has a team named ${name}`);
    }
  }
}

function requireNotDisbanded(team: ServiceTeam): void {
  if (team.status === ServiceTeamStatus.DISBANDED) {
    throw new BadInputError('id', 'a disbanded team cannot be changed');
  }
}

function requireLeaderAmong(leaderId: number | null, memberIds: readonly number[], field = 'leaderId'): void {
  if (leaderId !== null && !memberIds.includes(leaderId)) {
    throw new BadInputError(field, 'the leader must be a member of the team');
  }
}

async function replaceMembers(
  manager: EntityManager,
  teamId: number,
  memberIds: readonly number[],
): Promise<void> {
  const repo = manager.getRepository(ServiceTeamMember);
  const current = await repo.findBy({ teamId });
  const keep = new Set(memberIds);
  const leaving = current.filter((m) => !keep.has(m.volunteerId)).map((m) => m.id);
  if (leaving.length > 0) await repo.delete({ id: In(leaving) });
  const present = new Set(current.map((m) => m.volunteerId));
  const joining = memberIds.filter((id) => !present.has(id));
  if (joining.length > 0) await repo.insert(joining.map((volunteerId) => ({ teamId, volunteerId })));
}
