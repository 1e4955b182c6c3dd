import type { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { BadInputError, NotFoundError } from '../../core/errors';
import { loopTurns } from '../../core/heavy-work';
import { chinaDayStart } from '../../core/time';
import { parseId, requireDateInBounds } from '../../core/validate';
import { Account } from '../accounts/account.entity';
import { ProjectPost, ServiceProject } from '../projects/service-project.entity';
import { ServiceRecord, ServiceRecordStatus } from '../service-records/service-record.entity';
import { Site } from '../sites/site.entity';
import { ServiceTeam } from '../teams/service-team.entity';
import { Unit } from '../units/unit.entity';
import { Volunteer } from '../volunteers/volunteer.entity';
import { ArchiveExportScope } from './archive-export.entity';
import { OverlapSweep } from './archive-export.overlaps';
import type { SourceRow } from './archive-export.rules';
import { isSqlite } from '../../core/dialect';
import { asDate, asInstant, rowCursor } from './archive-export.source';

/**
 * What an export reads: the scope and dates asked for, resolved to the units they cover, and the
 * candidate records (approved, not exported yet, of the scope, starting within the dates) with
 * everything their rows need, the projects they span and the overlaps SEGMENT_OVERLAP reports.
 */

export interface CreateArchiveExportInput {
  scope: ArchiveExportScope;
  scopeId: string | number;
  rangeStart: string;
  rangeEnd: string;
}

export interface ScopeTarget {
  unitId: number;
  /** The units whose exports could take the same records: the scope's subtree, or the team's unit. */
  lockUnitIds: number[];
  scopeId: number;
  /** The scope's condition on the candidates (it names `record`, `project` or `team`). */
  sql: string;
  params: Record<string, unknown>;
}

export interface DateRange {
  start: string;
  end: string;
}

/** What the candidates span, read in one pass before their rows. */
export interface CandidateSpan {
  /** Their projects, in id order. */
  projectIds: number[];
  /** Their latest end, null without candidates. */
  lastEnd: Date | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** The candidates of an export asked for, once its dates and scope are known to be valid. */
export async function candidatesFor(
  dataSource: DataSource,
  input: CreateArchiveExportInput,
): Promise<CandidateSource> {
  for (const field of ['rangeStart', 'rangeEnd'] as const) {
    if (!DATE.test(input[field]) || Number.isNaN(chinaDayStart(input[field]).getTime())) {
      throw new BadInputError(field, `${field} must be a date, YYYY-MM-DD`);
    }
    requireDateInBounds(field, input[field]);
  }
  if (input.rangeEnd < input.rangeStart)
    throw new BadInputError('rangeEnd', 'rangeEnd must not be before rangeStart');
  const scopeId = parseId('scopeId', input.scopeId);
  const target = await resolveScope(dataSource, input.scope, scopeId);
  return new CandidateSource(dataSource, target, { start: input.rangeStart, end: input.rangeEnd });
}

async function resolveScope(
  dataSource: DataSource,
  scope: ArchiveExportScope,
  scopeId: number,
): Promise<ScopeTarget> {
  switch (scope) {
    case ArchiveExportScope.UNIT: {
      const unit = await dataSource.getRepository(Unit).findOneBy({ id: scopeId });
      if (!unit) throw new NotFoundError('Unit', scopeId, 'scopeId');
      const subtree: { id: number | string }[] = await dataSource.query(
        `WITH RECURSIVE subtree (id) AS (
           SELECT id FROM unit WHERE id = ?
           UNION
           SELECT unit.id FROM unit JOIN subtree ON unit.parentId = subtree.id
         ) SELECT id FROM subtree`,
        [scopeId],
      );
      const units = subtree.map((row) => Number(row.id)).sort((a, b) => a - b);
      return {
        unitId: unit.id,
        scopeId,
        lockUnitIds: units,
        sql: 'team.unitId IN (:...scopeUnits)',
        params: { scopeUnits: units },
      };
    }
    case ArchiveExportScope.TEAM: {
      const team = await dataSource.getRepository(ServiceTeam).findOneBy({ id: scopeId });
      if (!team) throw new NotFoundError('ServiceTeam', scopeId, 'scopeId');
      return {
        unitId: team.unitId,
        scopeId,
        lockUnitIds: [team.unitId],
        sql: 'project.teamId = :scopeTeam',
        params: { scopeTeam: scopeId },
      };
    }
    case ArchiveExportScope.PROJECT: {
      const project = await dataSource.getRepository(ServiceProject).findOneBy({ id: scopeId });
      if (!project) throw new NotFoundError('ServiceProject', scopeId, 'scopeId');
      const team = await dataSource.getRepository(ServiceTeam).findOneByOrFail({ id: project.teamId });
      return {
        unitId: team.unitId,
        scopeId,
        lockUnitIds: [team.unitId],
        sql: 'record.projectId = :scopeProject',
        params: { scopeProject: scopeId },
      };
    }
  }
}

export class CandidateSource {
  /** The dates as instants: from the first day's start to the day after the last (China time). */
  private readonly from: Date;
  private readonly to: Date;

  constructor(
    private readonly dataSource: DataSource,
    readonly target: ScopeTarget,
    readonly range: DateRange,
  ) {
    this.from = chinaDayStart(range.start);
    this.to = new Date(chinaDayStart(range.end).getTime() + DAY_MS);
  }

  /** How many records an export would read now. */
  count(): Promise<number> {
    return this.rowQuery().getCount();
  }

  /**
   * The candidates' rows in file order, from a cursor (on SQLite one statement stepped on the
   * transaction's connection), each with the overlap found for it.
   */
  async *rows(overlaps: ReadonlyMap<number, number>): AsyncGenerator<SourceRow[]> {
    for await (const chunk of rowCursor<Record<string, unknown>>(this.dataSource, this.rowQuery())) {
      yield chunk.map((raw) => sourceRow(raw, overlaps));
    }
  }

  /**
   * The candidates' projects and latest end, from one grouped read: the projects are then read
   * together, before the rows, rather than one at a time while the rows go by.
   */
  async span(manager: EntityManager): Promise<CandidateSpan> {
    const groups = (await this.scoped(manager)
      .select('record.projectId', 'projectId')
      .addSelect('MAX(record.endsAt)', 'last')
      .groupBy('record.projectId')
      .getRawMany()) as { projectId: unknown; last: unknown }[];
    let lastEnd: Date | null = null;
    for (const group of groups) {
      if (group.last === null || group.last === undefined) continue;
      const last = asInstant(group.last);
      if (!lastEnd || last > lastEnd) lastEnd = last;
    }
    return { projectIds: groups.map((group) => Number(group.projectId)).sort((a, b) => a - b), lastEnd };
  }

  /**
   * SEGMENT_OVERLAP for every candidate: record id → the smallest id of another approved record
   * of the volunteer that overlaps it, exported or not (the national system checks against what
   * is already entered). Every record that could overlap a candidate is the candidates'
   * volunteers', starts from the day before the range (a segment is at most a day long) and
   * before the latest candidate end (`lastEnd`, from span), so those are read once, by volunteer
   * and start, from a cursor (archive-export.overlaps).
   */
  async overlaps(manager: EntityManager, lastEnd: Date | null): Promise<Map<number, number>> {
    const upper = lastEnd && lastEnd > this.to ? lastEnd : this.to;
    // Only the candidates' volunteers: a team's export reads its own people's records.
    const volunteers = this.scoped(manager).select('record.volunteerId');
    const query = this.dataSource
      .getRepository(ServiceRecord)
      .createQueryBuilder('other')
      .select('other.id', 'id')
      .addSelect('other.volunteerId', 'volunteerId')
      .addSelect('other.startsAt', 'startsAt')
      .addSelect('other.endsAt', 'endsAt')
      .where('other.status = :approved', { approved: ServiceRecordStatus.APPROVED })
      .andWhere('other.startsAt >= :floor AND other.startsAt < :upper', {
        floor: new Date(this.from.getTime() - DAY_MS),
        upper,
      })
      .andWhere(`other.volunteerId IN (${volunteers.getQuery()})`)
      .setParameters(volunteers.getParameters())
      .orderBy('other.volunteerId', 'ASC')
      .addOrderBy('other.startsAt', 'ASC')
      .addOrderBy('other.id', 'ASC');
    const sweep = new OverlapSweep();
    const turn = loopTurns();
    for await (const chunk of rowCursor<Record<string, unknown>>(this.dataSource, query)) {
      const waiting = turn();
      if (waiting) await waiting;
      for (const raw of chunk) {
        sweep.add({
          id: Number(raw.id),
          volunteerId: Number(raw.volunteerId),
          startsAt: asInstant(raw.startsAt).getTime(),
          endsAt: asInstant(raw.endsAt).getTime(),
        });
      }
    }
    return sweep.overlaps;
  }

  /**
   * Which records are candidates, the one definition every read of them uses: approved, not
   * exported yet, starting within the dates, in the scope. The query must join `project` and
   * `team` (the scope's condition may name either); this sets its WHERE.
   */
  private filter<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
    return query
      .where('record.status = :approved', { approved: ServiceRecordStatus.APPROVED })
      .andWhere(this.notExported)
      .andWhere('record.startsAt >= :from AND record.startsAt < :to', { from: this.from, to: this.to })
      .andWhere(this.target.sql, this.target.params);
  }

  /**
   * Records not exported yet. On SQLite the unary + keeps the planner off the archiveExportId
   * index: with it, "IS NULL" picked every unexported record of the province (150,000 in the
   * test world) before the scope narrowed them, one synchronous step of 150–300 ms on the one
   * connection; without it the scope's team, project and record indexes lead.
   */
  private get notExported(): string {
    return `${isSqlite(this.dataSource) ? '+' : ''}record.archiveExportId IS NULL`;
  }

  /** The candidates without their columns, in the transaction. */
  private scoped(manager: EntityManager): SelectQueryBuilder<ServiceRecord> {
    return this.filter(
      manager
        .getRepository(ServiceRecord)
        .createQueryBuilder('record')
        .innerJoin(ServiceProject, 'project', 'project.id = record.projectId')
        .innerJoin(ServiceTeam, 'team', 'team.id = project.teamId'),
    );
  }

  /** The candidates with everything their rows need, in file order: project, post, start, end, volunteer. */
  private rowQuery(): SelectQueryBuilder<ServiceRecord> {
    // 记录人: the recording volunteer, else the recording account (see recorderName).
    return this.filter(
      this.dataSource
        .getRepository(ServiceRecord)
        .createQueryBuilder('record')
        .innerJoin(Volunteer, 'volunteer', 'volunteer.id = record.volunteerId')
        .innerJoin(ServiceProject, 'project', 'project.id = record.projectId')
        .innerJoin(ProjectPost, 'post', 'post.id = record.postId')
        .innerJoin(ServiceTeam, 'team', 'team.id = project.teamId')
        .innerJoin(Site, 'site', 'site.id = project.siteId')
        .leftJoin(Volunteer, 'recorder', 'recorder.id = record.recordedById')
        .leftJoin(Account, 'recorderAccount', 'recorderAccount.id = record.recordedByAccountId')
        .select('record.id', 'recordId')
        .addSelect('record.volunteerId', 'volunteerId')
        .addSelect('record.projectId', 'projectId')
        .addSelect('record.postId', 'postId')
        .addSelect('record.startsAt', 'startsAt')
        .addSelect('record.endsAt', 'endsAt')
        .addSelect('record.hours', 'hours')
        .addSelect('record.remark', 'remark')
        .addSelect('record.createdAt', 'createdAt')
        .addSelect('volunteer.name', 'name')
        .addSelect('volunteer.documentType', 'documentType')
        .addSelect('volunteer.documentNumber', 'documentNumber')
        .addSelect('volunteer.mobile', 'mobile')
        .addSelect('volunteer.homeAreaCode', 'homeAreaCode')
        .addSelect('volunteer.nationalVolunteerNumber', 'nationalVolunteerNumber')
        .addSelect('project.name', 'projectName')
        .addSelect('project.startsOn', 'projectStartsOn')
        .addSelect('project.endsOn', 'projectEndsOn')
        .addSelect('post.name', 'postName')
        .addSelect('team.name', 'teamName')
        .addSelect('site.name', 'siteName')
        .addSelect('recorder.name', 'recorderName')
        .addSelect('recorderAccount.displayName', 'recorderAccountName')
        .addSelect('recorderAccount.volunteerId', 'recorderAccountVolunteerId')
        .addSelect('volunteer.birthDate', 'birthDate'),
    )
      .orderBy('record.projectId', 'ASC')
      .addOrderBy('record.postId', 'ASC')
      .addOrderBy('record.startsAt', 'ASC')
      .addOrderBy('record.endsAt', 'ASC')
      .addOrderBy('record.volunteerId', 'ASC')
      .addOrderBy('record.id', 'ASC');
  }
}

function sourceRow(raw: Record<string, unknown>, overlaps: ReadonlyMap<number, number>): SourceRow {
  const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));
  return {
    recordId: Number(raw.recordId),
    volunteerId: Number(raw.volunteerId),
    projectId: Number(raw.projectId),
    postId: Number(raw.postId),
    startsAt: asInstant(raw.startsAt),
    endsAt: asInstant(raw.endsAt),
    hours: raw.hours as string | number,
    remark: raw.remark === null || raw.remark === undefined ? null : String(raw.remark),
    createdAt: asInstant(raw.createdAt),
    name: text(raw.name),
    documentType: text(raw.documentType),
    documentNumber: text(raw.documentNumber),
    mobile: text(raw.mobile),
    homeAreaCode: text(raw.homeAreaCode),
    nationalVolunteerNumber: raw.nationalVolunteerNumber ? String(raw.nationalVolunteerNumber) : null,
    projectName: text(raw.projectName),
    projectStartsOn: asDate(raw.projectStartsOn),
    projectEndsOn: asDate(raw.projectEndsOn),
    postName: text(raw.postName),
    teamName: text(raw.teamName),
    siteName: text(raw.siteName),
    recorderName: recorderName(raw),
    birthDate: raw.birthDate === null || raw.birthDate === undefined ? null : asDate(raw.birthDate),
    overlapsRecordId: overlaps.get(Number(raw.recordId)) ?? null,
  };
}

/**
 * 记录人: the volunteer who entered the record for another (recordedById); else the account that
 * entered it (a coordinator, a team leader without a volunteer record), unless that account is the
 * volunteer's own; null (the volunteer's own name) for records the volunteer entered and for records
 * entered before accounts were kept, which export as before.
 */
function recorderName(raw: Record<string, unknown>): string | null {
  if (raw.recorderName) return String(raw.recorderName);
  const ownAccount =
    raw.recorderAccountVolunteerId !== null &&
    raw.recorderAccountVolunteerId !== undefined &&
    Number(raw.recorderAccountVolunteerId) === Number(raw.volunteerId);
  return raw.recorderAccountName && !ownAccount ? String(raw.recorderAccountName) : null;
}
