import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { isAdmin } from '../../core/access';
import { ForbiddenError, Role, type Actor } from '../../core/actor';
import { saveAudited } from '../../core/audit';
import { BadInputError, ConflictError, NotFoundError } from '../../core/errors';
import { paginate, type Page, type PageArgs } from '../../core/pagination';
import { givenFields, optionalId, parseId, uniqueValues } from '../../core/validate';
import { ServiceProject } from '../projects/service-project.entity';
import { runsTeamProjects } from '../projects/service-project.service';
import { ServiceTeam } from '../teams/service-team.entity';
import { UnitService } from '../units/unit.service';
import { applySupportScope } from './support.access';
import { SupportEntry, type FundingSource, type SupportKind } from './support-entry.entity';
import {
  SupportTotalsDimension,
  type RecordSupportEntryInput,
  type SupportEntryFilter,
  type SupportScopeFilter,
  type UpdateSupportEntryInput,
} from './support.inputs';
import { fenToYuan, normaliseSupportEntry, requireVoidReason } from './support.rules';
import { isSqlite } from '../../core/dialect';

/** One group of the totals; dimensions not grouped by are null. Money is in 元, as exact strings. */
export interface SupportTotalsRowData {
  year: number | null;
  quarter: number | null;
  month: number | null;
  campaignId: number | null;
  unitId: number | null;
  projectId: number | null;
  siteId: number | null;
  kind: SupportKind | null;
  fundingSource: FundingSource | null;
  entryCount: number;
  fundsAmount: string;
  materialsValue: string;
  totalValue: string;
}

export interface SupportTotalsData {
  groupBy: SupportTotalsDimension[];
  rows: SupportTotalsRowData[];
  total: SupportTotalsRowData;
}

const MAX_DIMENSIONS = 4;

/**
 * The 服务保障 ledger (issue 5): lines of funds or goods given through a project to its site.
 * A line is written by whoever runs the project (its team's leader, its unit's coordinator, the
 * admin). A wrong line is voided with a reason, never deleted: it stays listed (on request) and
 * counts in no total. Totals are summed by the database in whole 分, so they are exact on both
 * SQLite (which keeps DECIMAL as a float) and MariaDB.
 */
export class SupportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actor: Actor,
  ) {}

  /** A line the actor reads; null when there is none, FORBIDDEN when it is someone else's. */
  async find(id: number): Promise<SupportEntry | null> {
    // Null alike for an unknown line and one outside the actor's scope: ids are not to be probed.
    return this.scoped().andWhere('entry.id = :id', { id }).getOne();
  }

  async list(filter: SupportEntryFilter = {}, page: PageArgs = {}): Promise<Page<SupportEntry>> {
    const query = this.scoped();
    await this.applyFilter(query, filter);
    if (!filter.includeVoided) query.andWhere('entry.voidedAt IS NULL');
    return paginate(query, page);
  }

  record(input: RecordSupportEntryInput, now: Date = new Date()): Promise<SupportEntry> {
    const projectId = parseId('projectId', input.projectId);
    const siteId = optionalId('siteId', input.siteId);
    const fields = normaliseSupportEntry(input, now);
    return this.dataSource.transaction(async (manager) => {
      const project = await this.projectToWrite(manager, projectId, 'projectId');
      if (siteId !== null && siteId !== project.siteId) {
        throw new BadInputError(
          'siteId',
          `project ${project.id} serves site ${project.siteId}: support through it goes to that site`,
        );
      }
      const entry = manager.getRepository(SupportEntry).create({
        ...fields,
        projectId,
        siteId: project.siteId,
        recordedById: this.actor.volunteerId,
        recordedByAccountId: this.actor.accountId,
        recordedByName: this.actor.name,
        voidedAt: null,
        voidReason: null,
      });
      return saveAudited(manager, this.actor, 'SupportEntry', entry);
    });
  }

  update(id: number, input: UpdateSupportEntryInput, now: Date = new Date()): Promise<SupportEntry> {
    return this.dataSource.transaction(async (manager) => {
      const entry = await this.entryToWrite(manager, id);
      const fields = normaliseSupportEntry({ ...entry, ...givenFields(input) }, now);
      const before = { ...entry };
      Object.assign(entry, fields);
      return saveAudited(manager, this.actor, 'SupportEntry', entry, before);
    });
  }

  /** 作废: the line is kept with the reason and stops counting; the trail records who and when. */
  void(id: number, reason: string | null | undefined, now: Date = new Date()): Promise<SupportEntry> {
    const why = requireVoidReason(reason);
    return this.dataSource.transaction(async (manager) => {
      const entry = await this.entryToWrite(manager, id);
      const before = { ...entry };
      entry.voidedAt = now;
      entry.voidReason = why;
      return saveAudited(manager, this.actor, 'SupportEntry', entry, before);
    });
  }

  /**
   * Sums of the lines the actor reads (voided lines excluded), grouped by the given dimensions,
   * computed by the database. Quarters and months are those of the line's China date.
   */
  async totals(
    filter: SupportScopeFilter = {},
    groupBy: readonly SupportTotalsDimension[] = [SupportTotalsDimension.QUARTER],
  ): Promise<SupportTotalsData> {
    const dimensions = uniqueValues('groupBy', groupBy);
    if (dimensions.length > MAX_DIMENSIONS) {
      throw new BadInputError('groupBy', `group by at most ${MAX_DIMENSIONS} dimensions`);
    }
    const sqlite = isSqlite(this.dataSource);
    const base = this.scoped().andWhere('entry.voidedAt IS NULL');
    await this.applyFilter(base, filter);

    const columns = dimensions.flatMap((d) => dimensionColumns(d, sqlite));
    const query = withSums(base.clone(), sqlite);
    for (const column of columns) query.addSelect(column.sql, column.alias);
    for (const column of columns) query.addGroupBy(column.sql).addOrderBy(column.sql, 'ASC');
    const rows = (await query.getRawMany()).map((raw) => totalsRow(raw));

    const grand = withSums(base.clone(), sqlite);
    const total = totalsRow((await grand.getRawOne()) ?? {});
    return { groupBy: dimensions, rows, total };
  }

  /** Lines joined to their project (`project`) and team (`team`), narrowed to what the actor reads. */
  private scoped(): SelectQueryBuilder<SupportEntry> {
    const query = this.dataSource
      .getRepository(SupportEntry)
      .createQueryBuilder('entry')
      .innerJoin(ServiceProject, 'project', 'project.id = entry.projectId')
      .innerJoin(ServiceTeam, 'team', 'team.id = project.teamId');
    applySupportScope(query, this.actor);
    return query;
  }

  private async applyFilter(query: SelectQueryBuilder<SupportEntry>, filter: SupportScopeFilter) {
    if (filter.unitId) {
      const unitId = parseId('unitId', filter.unitId);
      if (
        !isAdmin(this.actor) &&
        this.actor.role === Role.UNIT_COORDINATOR &&
        !this.actor.unitIds.has(unitId)
      ) {
        throw new ForbiddenError("you may not read another unit's support ledger", 'unitId');
      }
      const unitIds = await new UnitService(this.dataSource, this.actor).subtreeIds(unitId);
      query.andWhere('team.unitId IN (:...filterUnitIds)', { filterUnitIds: unitIds });
    }
    if (filter.campaignId) {
      query.andWhere('project.campaignId = :campaignId', {
        campaignId: parseId('campaignId', filter.campaignId),
      });
    }
    if (filter.projectId) {
      query.andWhere('entry.projectId = :projectId', { projectId: parseId('projectId', filter.projectId) });
    }
    if (filter.siteId) query.andWhere('entry.siteId = :siteId', { siteId: parseId('siteId', filter.siteId) });
    if (filter.kind) query.andWhere('entry.kind = :kind', { kind: filter.kind });
    if (filter.fundingSource) {
      query.andWhere('entry.fundingSource = :fundingSource', { fundingSource: filter.fundingSource });
    }
    if (filter.from && filter.to && filter.to < filter.from) {
      throw new BadInputError('to', 'to must not be before from');
    }
    if (filter.from) query.andWhere('entry.occurredOn >= :from', { from: filter.from });
    if (filter.to) query.andWhere('entry.occurredOn <= :to', { to: filter.to });
  }

  private async projectToWrite(manager: EntityManager, projectId: number, field: string) {
    const project = await manager.getRepository(ServiceProject).findOneBy({ id: projectId });
    if (!project) throw new NotFoundError('ServiceProject', projectId, field);
    const team = await manager.getRepository(ServiceTeam).findOneByOrFail({ id: project.teamId });
    if (!runsTeamProjects(this.actor, team)) {
      throw new ForbiddenError(
        "only the project's team leader or its unit's coordinator may keep its support ledger",
        field,
      );
    }
    return project;
  }

  private async entryToWrite(manager: EntityManager, id: number): Promise<SupportEntry> {
    const entry = await manager.getRepository(SupportEntry).findOneBy({ id });
    if (!entry) throw new NotFoundError('SupportEntry', id);
    await this.projectToWrite(manager, entry.projectId, 'id');
    if (entry.voidedAt) throw new ConflictError('id', `support line ${id} is voided and cannot change`);
    return entry;
  }
}

interface DimensionColumn {
  alias: string;
  sql: string;
}

/** SQL for a dimension. Dates are China dates (`YYYY-MM-DD`), so their parts are China-time parts. */
function dimensionColumns(dimension: SupportTotalsDimension, sqlite: boolean): DimensionColumn[] {
  const year = sqlite ? "CAST(strftime('%Y', entry.occurredOn) AS INTEGER)" : 'YEAR(entry.occurredOn)';
  const month = sqlite ? "CAST(strftime('%m', entry.occurredOn) AS INTEGER)" : 'MONTH(entry.occurredOn)';
  const quarter = sqlite ? `((${month} + 2) / 3)` : 'QUARTER(entry.occurredOn)';
  switch (dimension) {
    case SupportTotalsDimension.YEAR:
      return [{ alias: 'year', sql: year }];
    case SupportTotalsDimension.QUARTER:
      return [
        { alias: 'year', sql: year },
        { alias: 'quarter', sql: quarter },
      ];
    case SupportTotalsDimension.MONTH:
      return [
        { alias: 'year', sql: year },
        { alias: 'month', sql: month },
      ];
    case SupportTotalsDimension.CAMPAIGN:
      return [{ alias: 'campaignId', sql: 'project.campaignId' }];
    case SupportTotalsDimension.UNIT:
      return [{ alias: 'unitId', sql: 'team.unitId' }];
    case SupportTotalsDimension.PROJECT:
      return [{ alias: 'projectId', sql: 'entry.projectId' }];
    case SupportTotalsDimension.SITE:
      return [{ alias: 'siteId', sql: 'entry.siteId' }];
    case SupportTotalsDimension.KIND:
      return [{ alias: 'kind', sql: 'entry.kind' }];
    case SupportTotalsDimension.FUNDING_SOURCE:
      return [{ alias: 'fundingSource', sql: 'entry.fundingSource' }];
  }
}

/**
 * Exact sums in 分 as text. SQLite stores DECIMAL as a float, so each value is rounded to whole
 * 分 and summed as 64-bit integers; MariaDB and MySQL sum DECIMAL exactly and round the product.
 */
function sumFen(column: string, kind: SupportKind, sqlite: boolean): string {
  const fen = sqlite ? `CAST(ROUND(${column} * 100) AS INTEGER)` : `ROUND(${column} * 100)`;
  const sum = `SUM(CASE WHEN entry.kind = '${kind}' THEN ${fen} ELSE 0 END)`;
  return sqlite ? `CAST(${sum} AS TEXT)` : `CAST(${sum} AS CHAR)`;
}

/** Replaces the selection with the count and the two sums. */
function withSums(
  query: SelectQueryBuilder<SupportEntry>,
  sqlite: boolean,
): SelectQueryBuilder<SupportEntry> {
  return query
    .select('COUNT(entry.id)', 'entryCount')
    .addSelect(sumFen('entry.amount', 'FUNDS' as SupportKind, sqlite), 'fundsFen')
    .addSelect(sumFen('entry.estimatedValue', 'MATERIALS' as SupportKind, sqlite), 'materialsFen');
}

function totalsRow(raw: Record<string, unknown>): SupportTotalsRowData {
  const int = (value: unknown) => (value === null || value === undefined ? null : Number(value));
  // Whole 分 as text; a driver may add a zero fraction ("30.00"), which is dropped.
  const fen = (value: unknown) =>
    BigInt(value === null || value === undefined ? '0' : String(value).split('.')[0] || '0');
  const funds = fen(raw.fundsFen);
  const materials = fen(raw.materialsFen);
  return {
    year: int(raw.year),
    quarter: int(raw.quarter),
    month: int(raw.month),
    campaignId: int(raw.campaignId),
    unitId: int(raw.unitId),
    projectId: int(raw.projectId),
    siteId: int(raw.siteId),
    kind: (raw.kind as SupportKind | undefined) ?? null,
    fundingSource: (raw.fundingSource as FundingSource | undefined) ?? null,
    entryCount: Number(raw.entryCount ?? 0),
    fundsAmount: fenToYuan(funds),
    materialsValue: fenToYuan(materials),
    totalValue: fenToYuan(funds + materials),
  };
}
