import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { PassThrough, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Actor } from '../../core/actor';
import { AuditAction, recordAudit } from '../../core/audit';
import { AppError, BadInputError, ConflictError, ErrorCode, NotFoundError } from '../../core/errors';
import { paginate, type Page, type PageArgs } from '../../core/pagination';
import { chinaDayStart } from '../../core/time';
import { loopTurns, type HeavyWork } from '../../core/heavy-work';
import { holdingConnection } from '../../core/sqlite-guard';
import { parseId, requireDateInBounds } from '../../core/validate';
import { ProjectPost, ServiceProject } from '../projects/service-project.entity';
import { ServiceRecord, ServiceRecordStatus } from '../service-records/service-record.entity';
import { Site } from '../sites/site.entity';
import { ServiceTeam } from '../teams/service-team.entity';
import { Unit } from '../units/unit.entity';
import { Volunteer } from '../volunteers/volunteer.entity';
import { Account } from '../accounts/account.entity';
import {
  exportReadScope,
  mayExport,
  readsExportOf,
  requireDownloadRole,
  requireExportRead,
  requireExporter,
} from './archive-export.access';
import {
  ArchiveExport,
  ArchiveExportIssue,
  ArchiveExportItem,
  ArchiveExportProject,
  ArchiveExportScope,
} from './archive-export.entity';
import { ArchiveExportPerson, ArchiveExportPost } from './archive-export-snapshot.entity';
import {
  csvStream,
  recordLine,
  writeExportFile,
  type BatchContent,
  type ExportFile,
  type IssueRow,
  type ItemRow,
} from './archive-export.files';
import {
  beneficiaryCell,
  buildRow,
  categoryCell,
  checkProject,
  exportCells,
  GroupNumbers,
  RECORD_COLUMNS,
  type RuleIssue,
  type SourceRow,
} from './archive-export.rules';
import { asDate, asInstant, isSqlite, keysetPages, mysqlCursor, sqliteCursor } from './archive-export.source';
import { RowWriter } from './archive-export.writer';
import { OverlapSweep } from './archive-export.overlaps';
import { splitCells, StoredCells } from './archive-export.cells';

export interface CreateArchiveExportInput {
  scope: ArchiveExportScope;
  scopeId: string | number;
  rangeStart: string;
  rangeEnd: string;
}

export interface CreateOptions {
  /** Called once per candidate row read, for a progress bar. */
  progress?: (done: number) => void;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Rules broken listed in a NOTHING_TO_EXPORT error (as many as `issues` gives by default). */
const MAX_ISSUES_IN_ERROR = 100;
const DAY_MS = 86_400_000;

/**
 * 志愿服务记录导出 (issue 6). `create` reads the approved, not yet exported records of a scope
 * and dates in file order from a cursor, checks each against the national system's rules, and
 * in one transaction writes the batch, its items (with each row's cells) and its validation
 * report, and marks the exported records with a conditional update, so two exports can never
 * take one record. The files are rebuilt from what the batch stored, so downloading a batch or
 * re-exporting it gives the same bytes however the live data changed since.
 */
export class ArchiveExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actor: Actor,
    /** The server's heavy-work settings, for the SQLite batch limit; none in the CLI and benchmarks. */
    private readonly work?: HeavyWork,
  ) {}

  // ---- reads

  list(filter: { unitId?: string | null } = {}, page: PageArgs = {}): Promise<Page<ArchiveExport>> {
    const query = this.dataSource.getRepository(ArchiveExport).createQueryBuilder('batch');
    const units = exportReadScope(this.actor);
    if (units) query.andWhere('batch.unitId IN (:...scopeUnits)', { scopeUnits: [0, ...units] });
    if (filter.unitId) query.andWhere('batch.unitId = :unitId', { unitId: parseId('unitId', filter.unitId) });
    return paginate(query, page);
  }

  async get(id: number): Promise<ArchiveExport | null> {
    exportReadScope(this.actor);
    const batch = await this.dataSource.getRepository(ArchiveExport).findOneBy({ id });
    // Another unit's batch answers as an unknown one: ids are not to be probed.
    return batch && readsExportOf(this.actor, batch.unitId) ? batch : null;
  }

  /** The first `first` rules broken in a batch (the report file has them all, with the rows). */
  async issues(batch: ArchiveExport, first = 100): Promise<ArchiveExportIssue[]> {
    requireExportRead(this.actor, batch.unitId);
    return this.dataSource.getRepository(ArchiveExportIssue).find({
      select: {
        id: true,
        exportId: true,
        position: true,
        serviceRecordId: true,
        rule: true,
        columnName: true,
        message: true,
      },
      where: { exportId: batch.reexportOfId ?? batch.id },
      order: { position: 'ASC' },
      take: Math.min(Math.max(first, 0), 1000),
    });
  }

  /** How many records `create` would read now (for a progress bar). */
  async countCandidates(input: CreateArchiveExportInput): Promise<number> {
    const { target, range } = await this.prepare(input);
    return this.candidates(target, range).getCount();
  }

  // ---- writes

  async create(input: CreateArchiveExportInput, options: CreateOptions = {}): Promise<ArchiveExport> {
    const { target, range } = await this.prepare(input);
    if (this.work && isSqlite(this.dataSource)) {
      const size = await this.candidates(target, range).getCount();
      const maxSize = this.work.settings.maxSqliteExportRecords;
      if (size > maxSize) {
        throw new AppError(
          ErrorCode.SCOPE_TOO_LARGE,
          `This export would hold ${size} records; on this server a batch holds at most ${maxSize}. ` +
            'Export a shorter date range (several batches cover the same records once each).',
          { field: 'rangeEnd', size, maxSize },
        );
      }
    }
    const now = new Date();
    try {
      // The transaction yields now and then (a batch may hold thousands of records): on SQLite it
      // holds the one connection meanwhile, and other requests' statements wait for it.
      return await holdingConnection(this.dataSource, () =>
        this.dataSource.transaction((manager) => this.createIn(manager, input, target, range, now, options)),
      );
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code === 'ER_LOCK_DEADLOCK') {
        throw new ConflictError(
          'scopeId',
          'another export or a correction of these records ran at the same time: try again',
        );
      }
      throw error;
    }
  }

  private async createIn(
    manager: EntityManager,
    input: CreateArchiveExportInput,
    target: ScopeTarget,
    range: { start: string; end: string },
    now: Date,
    options: CreateOptions,
  ): Promise<ArchiveExport> {
    {
      // Exports that could take the same records queue here (MariaDB/MySQL; SQLite runs one
      // transaction at a time): each locks the units its scope covers, in id order, so a unit's
      // export and its parent's never interleave; the next one reads after the first committed.
      if (!isSqlite(this.dataSource)) {
        await manager.query(
          `SELECT id FROM unit WHERE id IN (${target.lockUnitIds.map(() => '?').join(', ')}) ORDER BY id FOR UPDATE`,
          target.lockUnitIds,
        );
      }
      const batch = await manager.save(
        manager.create(ArchiveExport, {
          unitId: target.unitId,
          scope: input.scope,
          scopeId: target.scopeId,
          rangeStart: range.start,
          rangeEnd: range.end,
          recordCount: 0,
          issueCount: 0,
          fileSha256: null,
          reexportOfId: null,
          createdById: this.actor.accountId,
        }),
      );

      // The records file is hashed as it is built, through the very code that serves downloads.
      const hash = createHash('sha256');
      const lines = new PassThrough({ objectMode: true, highWaterMark: 4 });
      const hashed = pipeline(
        csvStream(RECORD_COLUMNS, lines),
        new Writable({
          write(chunk: Buffer, _encoding, callback) {
            hash.update(chunk);
            callback();
          },
        }),
      );

      const projectIssues = new Map<number, RuleIssue[]>();
      const groups = new GroupNumbers();
      const projectIds = new Set<number>();
      const items = new RowWriter(manager, 'archive_export_item', [
        'exportId',
        'serviceRecordId',
        'rowNumber',
        'groupNumber',
        'volunteerId',
        'postId',
        'cells',
      ]);
      const people = new RowWriter(manager, 'archive_export_person', ['exportId', 'volunteerId', 'cells']);
      const posts = new RowWriter(manager, 'archive_export_post', [
        'exportId',
        'postId',
        'projectId',
        'cells',
      ]);
      // What each volunteer and post of the batch stored: one read gives them the same cells on
      // every row, and a row that says otherwise must not be stored against another's.
      const storedPeople = new Map<number, string>();
      const storedPosts = new Map<number, string>();
      const shared = async (
        stored: Map<number, string>,
        writer: RowWriter,
        key: number,
        cells: string,
        values: unknown[],
      ) => {
        const before = stored.get(key);
        if (before === undefined) {
          stored.set(key, cells);
          await writer.add(values);
        } else if (before !== cells) {
          // Cannot happen from one statement's rows; guards the files against a silent mix-up.
          throw new Error(`archive export: volunteer or post ${key} read with two different cells`);
        }
      };
      const issues = new RowWriter(manager, 'archive_export_issue', [
        'exportId',
        'position',
        'serviceRecordId',
        'rule',
        'columnName',
        'message',
        'cells',
      ]);
      let rowNumber = 0;
      let position = 0;
      let read = 0;
      // For NOTHING_TO_EXPORT: how many records fail, and the first rules broken, to show them.
      let failingRecords = 0;
      const firstIssues: { serviceRecordId: string; rule: string; columnName: string; message: string }[] =
        [];
      // Lines go to the hash in batches, as csvStream takes them.
      let pendingLines: string[][] = [];
      const hashLines = async () => {
        if (!pendingLines.length) return;
        if (!lines.write(pendingLines)) await once(lines, 'drain');
        pendingLines = [];
      };

      const overlaps = await this.overlaps(manager, target, range);
      const query = this.candidates(target, range);
      const rows = isSqlite(this.dataSource)
        ? sqliteCursor<Record<string, unknown>>(this.dataSource, query)
        : mysqlCursor<Record<string, unknown>>(this.dataSource, query);
      const turn = loopTurns();
      for await (const chunk of rows) {
        for (const raw of chunk) {
          const waiting = turn();
          if (waiting) await waiting;
          const row = sourceRow(raw, overlaps);
          let forProject = projectIssues.get(row.projectId);
          if (!forProject) {
            forProject = await this.projectIssues(manager, row.projectId);
            projectIssues.set(row.projectId, forProject);
          }
          const built = buildRow(row, forProject, now);
          if (built.issues.length > 0) {
            failingRecords += 1;
            const cells = JSON.stringify(built.cells);
            for (const found of built.issues) {
              await issues.add([
                batch.id,
                ++position,
                row.recordId,
                found.rule,
                found.column,
                found.message.slice(0, 300),
                cells,
              ]);
              if (firstIssues.length < MAX_ISSUES_IN_ERROR) {
                firstIssues.push({
                  serviceRecordId: String(row.recordId),
                  rule: found.rule,
                  columnName: found.column,
                  message: found.message.slice(0, 300),
                });
              }
            }
          } else {
            const item = { rowNumber: ++rowNumber, groupNumber: groups.next(row), cells: built.cells };
            const parts = splitCells(built.cells);
            const person = JSON.stringify(parts.person);
            await shared(storedPeople, people, row.volunteerId, person, [batch.id, row.volunteerId, person]);
            const post = JSON.stringify(parts.post);
            await shared(storedPosts, posts, row.postId, post, [batch.id, row.postId, row.projectId, post]);
            await items.add([
              batch.id,
              row.recordId,
              item.rowNumber,
              item.groupNumber,
              row.volunteerId,
              row.postId,
              JSON.stringify(parts.record),
            ]);
            projectIds.add(row.projectId);
            pendingLines.push(recordLine(item));
          }
          options.progress?.(++read);
        }
        await hashLines();
      }
      await Promise.all([items, issues, people, posts].map((writer) => writer.close()));
      lines.end();
      await hashed;

      // No record would be exported: no batch either (an empty batch per try would pile up while
      // the failing records wait to be corrected). The error says what fails instead: the count of
      // failing records and of rules broken, and the first rules broken with their records.
      if (rowNumber === 0) {
        throw new AppError(
          ErrorCode.NOTHING_TO_EXPORT,
          failingRecords === 0
            ? `no approved service record in this scope from ${range.start} to ${range.end} is waiting for export`
            : `no approved service record in this scope from ${range.start} to ${range.end} can be exported: ` +
                `${failingRecords} record(s) waiting break ${position} rule(s) of the national system ` +
                '(extensions.issues lists the first); correct them and export again',
          { field: 'rangeEnd', failingRecords, issueCount: position, issues: firstIssues },
        );
      }
      // One statement, conditional: a record exported or corrected since it was read is not taken
      // twice. On MariaDB it scans the records by id and probes the batch's items (17 s on a
      // million); an UPDATE … JOIN driven by the items was slower (25–30 s).
      const marked = await manager
        .createQueryBuilder()
        .update(ServiceRecord)
        .set({ archiveExportId: batch.id })
        .where(
          'id IN (SELECT item.serviceRecordId FROM archive_export_item item WHERE item.exportId = :batchId)',
          { batchId: batch.id },
        )
        .andWhere('archiveExportId IS NULL AND status = :approved', {
          approved: ServiceRecordStatus.APPROVED,
        })
        .execute();
      if ((marked.affected ?? 0) !== rowNumber) {
        throw new ConflictError(
          'scopeId',
          'some of these records were exported or corrected while this export ran: nothing was exported, try again',
        );
      }
      batch.recordCount = rowNumber;
      batch.issueCount = position;
      batch.fileSha256 = hash.digest('hex');
      await this.saveProjectRows(
        manager,
        batch.id,
        [...projectIds].sort((a, b) => a - b),
      );
      await manager.save(batch);
      await recordAudit(manager, this.actor, {
        action: AuditAction.CREATE,
        entityType: 'ArchiveExport',
        entityId: batch.id,
        after: { ...batch, markedServiceRecords: rowNumber },
      });
      return batch;
    }
  }

  /**
   * A deliberate re-export of a batch: a new batch (`reexportOfId`) that holds the same records
   * and whose files are the original's, byte for byte. Records stay marked with the original.
   */
  async reexport(id: number): Promise<ArchiveExport> {
    const found = await this.dataSource.getRepository(ArchiveExport).findOneBy({ id });
    if (!found) throw new NotFoundError('ArchiveExport', id);
    requireExporter(this.actor, found.unitId, 'id');
    const originalId = found.reexportOfId ?? found.id;
    return this.dataSource.transaction(async (manager) => {
      const original = await manager.getRepository(ArchiveExport).findOneByOrFail({ id: originalId });
      const batch = await manager.save(
        manager.create(ArchiveExport, {
          unitId: original.unitId,
          scope: original.scope,
          scopeId: original.scopeId,
          rangeStart: original.rangeStart,
          rangeEnd: original.rangeEnd,
          recordCount: original.recordCount,
          issueCount: original.issueCount,
          fileSha256: original.fileSha256,
          reexportOfId: original.id,
          createdById: this.actor.accountId,
        }),
      );
      await recordAudit(manager, this.actor, {
        action: AuditAction.CREATE,
        entityType: 'ArchiveExport',
        entityId: batch.id,
        after: batch,
      });
      return batch;
    });
  }

  /**
   * Streams one file of a batch to `out`: FORBIDDEN unless the actor may export the batch's
   * unit. The download is audited (READ_PERSONAL_DATA) before the first byte is sent.
   */
  async download(id: number, file: ExportFile, out: Writable, onRow?: () => void): Promise<void> {
    const content = await this.openForDownload(id, file);
    await writeExportFile(content, file, out, onRow);
  }

  /** Checks access, audits the download and returns the batch's content, without writing anything. */
  async openForDownload(id: number, file: ExportFile): Promise<BatchContent> {
    requireDownloadRole(this.actor);
    const batch = await this.dataSource.getRepository(ArchiveExport).findOneBy({ id });
    if (!batch || !mayExport(this.actor, batch.unitId)) throw new NotFoundError('ArchiveExport', id);
    const original =
      batch.reexportOfId === null
        ? batch
        : await this.dataSource.getRepository(ArchiveExport).findOneByOrFail({ id: batch.reexportOfId });
    await recordAudit(this.dataSource.manager, this.actor, {
      action: AuditAction.READ_PERSONAL_DATA,
      entityType: 'ArchiveExport',
      entityId: batch.id,
      after: { file, recordCount: batch.recordCount, contentOf: original.id },
    });
    return this.content(original);
  }

  /** A batch's content for the file writers (no access check: callers have done it). */
  content(original: ArchiveExport): BatchContent {
    return {
      id: original.id,
      createdAt: original.createdAt,
      projects: () => this.projectRows(original.id),
      items: (withKeys = true) => this.itemRows(original.id, withKeys),
      people: () => this.firstRowsOfPeople(original.id),
      issues: () => this.issueRows(original.id),
    };
  }

  // ---- internals

  private async prepare(input: CreateArchiveExportInput) {
    for (const field of ['rangeStart', 'rangeEnd'] as const) {
      if (!DATE.test(input[field]) || Number.isNaN(chinaDayStart(input[field]).getTime())) {
        throw new BadInputError(field, `${field} must be a date, YYYY-MM-DD`);
      }
      requireDateInBounds(field, input[field]);
    }
    if (input.rangeEnd < input.rangeStart)
      throw new BadInputError('rangeEnd', 'rangeEnd must not be before rangeStart');
    const scopeId = parseId('scopeId', input.scopeId);
    const target = await this.resolveScope(input.scope, scopeId);
    requireExporter(this.actor, target.unitId);
    return { target, range: { start: input.rangeStart, end: input.rangeEnd } };
  }

  private async resolveScope(scope: ArchiveExportScope, scopeId: number): Promise<ScopeTarget> {
    const ds = this.dataSource;
    switch (scope) {
      case ArchiveExportScope.UNIT: {
        const unit = await ds.getRepository(Unit).findOneBy({ id: scopeId });
        if (!unit) throw new NotFoundError('Unit', scopeId, 'scopeId');
        const subtree: { id: number | string }[] = await ds.query(
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
        const team = await ds.getRepository(ServiceTeam).findOneBy({ id: scopeId });
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
        const project = await ds.getRepository(ServiceProject).findOneBy({ id: scopeId });
        if (!project) throw new NotFoundError('ServiceProject', scopeId, 'scopeId');
        const team = await ds.getRepository(ServiceTeam).findOneByOrFail({ id: project.teamId });
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

  /**
   * Approved, not yet exported records of the scope whose segment starts within the dates (China
   * time), in file order: project, post, start, end, volunteer.
   */
  private candidates(
    target: ScopeTarget,
    range: { start: string; end: string },
  ): SelectQueryBuilder<ObjectLiteral> {
    const from = chinaDayStart(range.start);
    const to = new Date(chinaDayStart(range.end).getTime() + DAY_MS);
    // 记录人: the recording volunteer, else the recording account (see recorderName).
    return this.dataSource
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
      .addSelect('volunteer.birthDate', 'birthDate')
      .where('record.status = :approved', { approved: ServiceRecordStatus.APPROVED })
      .andWhere(this.notExported)
      .andWhere('record.startsAt >= :from AND record.startsAt < :to', { from, to })
      .andWhere(target.sql, target.params)
      .orderBy('record.projectId', 'ASC')
      .addOrderBy('record.postId', 'ASC')
      .addOrderBy('record.startsAt', 'ASC')
      .addOrderBy('record.endsAt', 'ASC')
      .addOrderBy('record.volunteerId', 'ASC')
      .addOrderBy('record.id', 'ASC');
  }

  /**
   * SEGMENT_OVERLAP for every candidate: record id → the smallest id of another approved record
   * of the volunteer that overlaps it, exported or not (the national system checks against what
   * is already entered). Every record that could overlap a candidate is the candidates'
   * volunteers', starts from the day before the range (a segment is at most a day long) and
   * before the latest candidate end, so those are read once, by volunteer and start, from a
   * cursor (archive-export.overlaps).
   */
  /**
   * Records not exported yet. On SQLite the unary + keeps the planner off the archiveExportId
   * index: with it, "IS NULL" picked every unexported record of the province (150,000 in the
   * test world) before the scope narrowed them, one synchronous step of 150–300 ms on the one
   * connection; without it the scope's team, project and record indexes lead.
   */
  private get notExported(): string {
    return `${isSqlite(this.dataSource) ? '+' : ''}record.archiveExportId IS NULL`;
  }

  private async overlaps(
    manager: EntityManager,
    target: ScopeTarget,
    range: { start: string; end: string },
  ): Promise<Map<number, number>> {
    const from = chinaDayStart(range.start);
    const to = new Date(chinaDayStart(range.end).getTime() + DAY_MS);
    const approved = ServiceRecordStatus.APPROVED;
    // The candidates' filter without their columns (scope, dates, not exported).
    const scoped = () =>
      manager
        .getRepository(ServiceRecord)
        .createQueryBuilder('record')
        .innerJoin(ServiceProject, 'project', 'project.id = record.projectId')
        .innerJoin(ServiceTeam, 'team', 'team.id = project.teamId')
        .where(`record.status = :approved AND ${this.notExported}`, { approved })
        .andWhere('record.startsAt >= :from AND record.startsAt < :to', { from, to })
        .andWhere(target.sql, target.params);
    const latest = (await scoped().select('MAX(record.endsAt)', 'last').getRawOne()) as
      { last: unknown } | undefined;
    const last = latest?.last === null || latest?.last === undefined ? null : asInstant(latest.last);
    const upper = last && last > to ? last : to;
    // Only the candidates' volunteers: a team's export reads its own people's records.
    const volunteers = scoped().select('record.volunteerId');
    const query = this.dataSource
      .getRepository(ServiceRecord)
      .createQueryBuilder('other')
      .select('other.id', 'id')
      .addSelect('other.volunteerId', 'volunteerId')
      .addSelect('other.startsAt', 'startsAt')
      .addSelect('other.endsAt', 'endsAt')
      .where('other.status = :approved', { approved })
      .andWhere('other.startsAt >= :floor AND other.startsAt < :upper', {
        floor: new Date(from.getTime() - DAY_MS),
        upper,
      })
      .andWhere(`other.volunteerId IN (${volunteers.getQuery()})`)
      .setParameters(volunteers.getParameters())
      .orderBy('other.volunteerId', 'ASC')
      .addOrderBy('other.startsAt', 'ASC')
      .addOrderBy('other.id', 'ASC');
    const sweep = new OverlapSweep();
    const turn = loopTurns();
    const rows = isSqlite(this.dataSource)
      ? sqliteCursor<Record<string, unknown>>(this.dataSource, query)
      : mysqlCursor<Record<string, unknown>>(this.dataSource, query);
    for await (const chunk of rows) {
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

  private async projectIssues(manager: EntityManager, projectId: number): Promise<RuleIssue[]> {
    const project = await manager.getRepository(ServiceProject).findOneByOrFail({ id: projectId });
    return checkProject(project);
  }

  /** Part 3 as the batch holds it: one row per project (a few thousand at most), in order. */
  private async *projectRows(exportId: number): AsyncGenerator<string[][]> {
    const rows = await this.dataSource
      .getRepository(ArchiveExportProject)
      .find({ select: { position: true, cells: true }, where: { exportId }, order: { position: 'ASC' } });
    yield rows.map((row) => JSON.parse(row.cells) as string[]);
  }

  /** Part 3: each project of the batch with its categories, people served, dates, area, contact and posts. */
  private async saveProjectRows(
    manager: EntityManager,
    exportId: number,
    projectIds: number[],
  ): Promise<void> {
    const rows = new RowWriter(manager, 'archive_export_project', [
      'exportId',
      'position',
      'projectId',
      'cells',
    ]);
    let position = 0;
    for (const projectId of projectIds) {
      const project = await manager.getRepository(ServiceProject).findOneByOrFail({ id: projectId });
      const team = await manager.getRepository(ServiceTeam).findOneByOrFail({ id: project.teamId });
      const site = await manager.getRepository(Site).findOneByOrFail({ id: project.siteId });
      const leader = team.leaderId
        ? await manager.getRepository(Volunteer).findOneBy({ id: team.leaderId })
        : null;
      const posts = await manager
        .getRepository(ProjectPost)
        .find({ where: { projectId }, order: { id: 'ASC' } });
      const cells = exportCells([
        project.name,
        categoryCell(project.nationalCategoryCodes),
        beneficiaryCell(project.beneficiaryCodes),
        project.startsOn,
        project.endsOn,
        project.areaCode,
        site.name,
        leader?.name ?? site.contactName ?? '',
        leader?.mobile ?? site.contactPhone ?? '',
        posts.map((p) => p.name).join('、'),
        team.name,
      ]);
      await rows.add([exportId, ++position, projectId, JSON.stringify(cells)]);
    }
    await rows.close();
  }

  /**
   * Part 1's rows in order, each with the cells its volunteer and post stored once for the
   * batch. `withKeys` adds project, post and volunteer for part 2: stored on the items, or read
   * from the records for batches made before the snapshots (whose items hold whole rows).
   */
  private itemRows(exportId: number, withKeys: boolean): AsyncIterable<ItemRow[]> {
    const query = () => {
      const q = this.dataSource
        .getRepository(ArchiveExportItem)
        .createQueryBuilder('item')
        .leftJoin(
          ArchiveExportPerson,
          'person',
          'person.exportId = item.exportId AND person.volunteerId = item.volunteerId',
        )
        .leftJoin(ArchiveExportPost, 'post', 'post.exportId = item.exportId AND post.postId = item.postId')
        .select('item.rowNumber', 'rowNumber')
        .addSelect('item.groupNumber', 'groupNumber')
        // Part 2 needs none of the record's own cells: only old batches' whole rows are read then.
        .addSelect(
          withKeys ? 'CASE WHEN item.volunteerId IS NULL THEN item.cells END' : 'item.cells',
          'cells',
        )
        .addSelect('person.cells', 'personCells')
        .addSelect('post.cells', 'postCells')
        .where('item.exportId = :exportId', { exportId })
        .orderBy('item.rowNumber', 'ASC');
      if (withKeys) {
        q.leftJoin(ServiceRecord, 'record', 'item.volunteerId IS NULL AND record.id = item.serviceRecordId')
          .addSelect('COALESCE(post.projectId, record.projectId)', 'projectId')
          .addSelect('COALESCE(item.postId, record.postId)', 'postId')
          .addSelect('COALESCE(item.volunteerId, record.volunteerId)', 'volunteerId');
      }
      return q;
    };
    const stored = new StoredCells();
    const toItem = (raw: Record<string, unknown>): ItemRow => {
      const shared = raw.personCells !== null && raw.personCells !== undefined;
      return {
        rowNumber: Number(raw.rowNumber),
        groupNumber: Number(raw.groupNumber),
        cells: !shared
          ? (JSON.parse(String(raw.cells)) as string[])
          : stored.row(
              String(raw.personCells),
              String(raw.postCells),
              raw.cells === null ? undefined : (JSON.parse(String(raw.cells)) as string[]),
            ),
        projectId: Number(raw.projectId ?? 0),
        postId: Number(raw.postId ?? 0),
        volunteerId: Number(raw.volunteerId ?? 0),
      };
    };
    return this.rowsOf(query, 'item.rowNumber', toItem, (item) => item.rowNumber);
  }

  /**
   * Part 2 lists each volunteer once per post, in file order, so it needs only the first row of
   * each volunteer on each post: on MariaDB/MySQL those come from one grouped read of the
   * batch's items (a tenth of the rows, without their cells) rather than all of them again. On
   * SQLite, whose reads are keyset pages, and for batches stored with whole rows, part 2 reads
   * every item (PeopleBatches skips the repeats either way).
   */
  private async *firstRowsOfPeople(exportId: number): AsyncGenerator<ItemRow[]> {
    const shared = await this.dataSource
      .getRepository(ArchiveExportPerson)
      .findOne({ select: { id: true }, where: { exportId } });
    if (isSqlite(this.dataSource) || !shared) {
      yield* this.itemRows(exportId, true);
      return;
    }
    const query = this.dataSource
      .createQueryBuilder()
      .select('firstRow.rowNumber', 'rowNumber')
      .addSelect('firstRow.postId', 'postId')
      .addSelect('firstRow.volunteerId', 'volunteerId')
      .addSelect('post.projectId', 'projectId')
      .addSelect('person.cells', 'personCells')
      .addSelect('post.cells', 'postCells')
      .from(
        (sub) =>
          sub
            .select('item.postId', 'postId')
            .addSelect('item.volunteerId', 'volunteerId')
            .addSelect('MIN(item.rowNumber)', 'rowNumber')
            .from(ArchiveExportItem, 'item')
            .where('item.exportId = :exportId')
            .groupBy('item.postId')
            .addGroupBy('item.volunteerId'),
        'firstRow',
      )
      .innerJoin(
        ArchiveExportPerson,
        'person',
        'person.exportId = :exportId AND person.volunteerId = firstRow.volunteerId',
      )
      .innerJoin(ArchiveExportPost, 'post', 'post.exportId = :exportId AND post.postId = firstRow.postId')
      .setParameter('exportId', exportId)
      .orderBy('firstRow.rowNumber', 'ASC');
    const stored = new StoredCells();
    for await (const batch of mysqlCursor<Record<string, unknown>>(this.dataSource, query)) {
      yield batch.map((raw) => ({
        rowNumber: Number(raw.rowNumber),
        groupNumber: 0,
        cells: stored.row(String(raw.personCells), String(raw.postCells)),
        projectId: Number(raw.projectId),
        postId: Number(raw.postId),
        volunteerId: Number(raw.volunteerId),
      }));
    }
  }

  private issueRows(exportId: number): AsyncIterable<IssueRow[]> {
    const query = () =>
      this.dataSource
        .getRepository(ArchiveExportIssue)
        .createQueryBuilder('issue')
        .select('issue.position', 'position')
        .addSelect('issue.serviceRecordId', 'serviceRecordId')
        .addSelect('issue.rule', 'rule')
        .addSelect('issue.columnName', 'columnName')
        .addSelect('issue.message', 'message')
        .addSelect('issue.cells', 'cells')
        .where('issue.exportId = :exportId', { exportId })
        .orderBy('issue.position', 'ASC');
    const toIssue = (raw: Record<string, unknown>): IssueRow => ({
      position: Number(raw.position),
      serviceRecordId: Number(raw.serviceRecordId),
      rule: String(raw.rule),
      columnName: String(raw.columnName),
      message: String(raw.message),
      cells: JSON.parse(String(raw.cells)) as string[],
    });
    return this.rowsOf(query, 'issue.position', toIssue, (issue) => issue.position);
  }

  /** A cursor on MariaDB/MySQL; keyset pages on the indexed key on SQLite (see archive-export.source). */
  private async *rowsOf<T>(
    query: () => SelectQueryBuilder<ObjectLiteral>,
    key: string,
    convert: (raw: Record<string, unknown>) => T,
    keyOf: (row: T) => number,
  ): AsyncGenerator<T[]> {
    if (!isSqlite(this.dataSource)) {
      for await (const batch of mysqlCursor<Record<string, unknown>>(this.dataSource, query())) {
        yield batch.map(convert);
      }
      return;
    }
    const pages = keysetPages<T>(
      async (after, size) =>
        (await query().andWhere(`${key} > :after`, { after }).limit(size).getRawMany()).map(convert),
      keyOf,
    );
    yield* pages;
  }
}

interface ScopeTarget {
  unitId: number;
  /** The units whose exports could take the same records: the scope's subtree, or the team's unit. */
  lockUnitIds: number[];
  scopeId: number;
  sql: string;
  params: Record<string, unknown>;
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
