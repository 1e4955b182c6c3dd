import type { Writable } from 'node:stream';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../core/actor';
import { AuditAction, recordAudit } from '../../core/audit';
import { AppError, ConflictError, ErrorCode, NotFoundError } from '../../core/errors';
import type { HeavyWork } from '../../core/heavy-work';
import { paginate, type Page, type PageArgs } from '../../core/pagination';
import { holdingConnection } from '../../core/sqlite-guard';
import { parseId } from '../../core/validate';
import {
  exportReadScope,
  mayExport,
  readsExportOf,
  requireDownloadRole,
  requireExportRead,
  requireExporter,
} from './archive-export.access';
import { BatchBuilder, type CreateOptions } from './archive-export.builder';
import {
  candidatesFor,
  type CandidateSource,
  type CreateArchiveExportInput,
} from './archive-export.candidates';
import { ArchiveExport, ArchiveExportIssue } from './archive-export.entity';
import { writeExportFile, type BatchContent, type ExportFile } from './archive-export.files';
import { BatchReader } from './archive-export.reader';
import { idsOrNone, isSqlite } from '../../core/dialect';

export type { CreateArchiveExportInput } from './archive-export.candidates';
export type { CreateOptions } from './archive-export.builder';

/**
 * 志愿服务记录导出 (issue 6): who may list, make, re-export and download batches, and the audit
 * of each. The work is done by archive-export.candidates (what a batch takes),
 * archive-export.builder (making one in a transaction) and archive-export.reader (a stored
 * batch read back for its files).
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
    if (units) query.andWhere('batch.unitId IN (:...scopeUnits)', { scopeUnits: idsOrNone(units) });
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
    return (await this.candidates(input)).count();
  }

  // ---- writes

  /**
   * Exports the approved, not yet exported records of a scope and dates: one batch, its files'
   * rows and the records marked, in one transaction (archive-export.builder).
   */
  async create(input: CreateArchiveExportInput, options: CreateOptions = {}): Promise<ArchiveExport> {
    const source = await this.candidates(input);
    if (this.work && isSqlite(this.dataSource)) {
      const size = await source.count();
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
        this.dataSource.transaction(async (manager) => {
          const batch = await new BatchBuilder(manager, this.actor.accountId).build(
            source,
            input.scope,
            now,
            options,
          );
          await recordAudit(manager, this.actor, {
            action: AuditAction.CREATE,
            entityType: 'ArchiveExport',
            entityId: batch.id,
            after: { ...batch, markedServiceRecords: batch.recordCount },
          });
          return batch;
        }),
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
    return new BatchReader(this.dataSource).content(original);
  }

  // ---- internals

  /** The candidates asked for, once the actor is known to be the scope's exporter. */
  private async candidates(input: CreateArchiveExportInput): Promise<CandidateSource> {
    const source = await candidatesFor(this.dataSource, input);
    requireExporter(this.actor, source.target.unitId);
    return source;
  }
}
