import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { PassThrough, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { EntityManager } from 'typeorm';
import { AppError, ConflictError, ErrorCode } from '../../core/errors';
import { loopTurns } from '../../core/heavy-work';
import { RowWriter } from '../../core/row-writer';
import { ServiceRecord, ServiceRecordStatus } from '../service-records/service-record.entity';
import type { CandidateSource } from './archive-export.candidates';
import { splitCells } from './archive-export.cells';
import {
  ArchiveExport,
  ArchiveExportIssue,
  ArchiveExportItem,
  type ArchiveExportScope,
} from './archive-export.entity';
import { ArchiveExportPerson, ArchiveExportPost } from './archive-export-snapshot.entity';
import { csvStream, recordLine } from './archive-export.files';
import { BatchProjects } from './archive-export.projects';
import {
  buildRow,
  GroupNumbers,
  RECORD_COLUMNS,
  type RuleIssue,
  type SourceRow,
} from './archive-export.rules';
import { isSqlite } from '../../core/dialect';

/**
 * A new batch, made in the export's transaction: `build` reads the candidates from a cursor,
 * checks each against the national system's rules, writes the batch, its items (with each
 * row's cells), the cells its volunteers and posts share and its validation report, and marks
 * the exported records with a conditional update, so two exports can never take one record.
 */

export interface CreateOptions {
  /** Called once per candidate row read, for a progress bar. */
  progress?: (done: number) => void;
}

/** Rules broken listed in a NOTHING_TO_EXPORT error (as many as `issues` gives by default). */
const MAX_ISSUES_IN_ERROR = 100;

interface FirstIssue {
  serviceRecordId: string;
  rule: string;
  columnName: string;
  message: string;
}

export class BatchBuilder {
  constructor(
    private readonly manager: EntityManager,
    private readonly createdById: number | null,
  ) {}

  async build(
    source: CandidateSource,
    scope: ArchiveExportScope,
    now: Date,
    options: CreateOptions = {},
  ): Promise<ArchiveExport> {
    const { manager } = this;
    const { target, range } = source;
    await this.lockUnits(target.lockUnitIds);
    const batch = await manager.save(
      manager.create(ArchiveExport, {
        unitId: target.unitId,
        scope,
        scopeId: target.scopeId,
        rangeStart: range.start,
        rangeEnd: range.end,
        recordCount: 0,
        issueCount: 0,
        fileSha256: null,
        reexportOfId: null,
        createdById: this.createdById,
      }),
    );

    // The projects are read together before the rows: no query per project while the locks are held.
    const projects = new BatchProjects(manager);
    const span = await source.span(manager);
    await projects.load(span.projectIds);
    const overlaps = await source.overlaps(manager, span.lastEnd);

    const hash = new RecordsFileHash();
    const rows = new BatchRows(manager, batch.id);
    let read = 0;
    const turn = loopTurns();
    for await (const chunk of source.rows(overlaps)) {
      // Only a record approved in another project since `span` read them brings one here
      // (MariaDB/MySQL, whose cursor reads on a connection of its own).
      await projects.load(chunk.map((row) => row.projectId));
      for (const row of chunk) {
        const waiting = turn();
        if (waiting) await waiting;
        const built = buildRow(row, projects.issuesOf(row.projectId), now);
        if (built.issues.length > 0) await rows.addFailing(row, built.cells, built.issues);
        else hash.add(await rows.addItem(row, built.cells));
        options.progress?.(++read);
      }
      await hash.flush();
    }
    await rows.close();
    const fileSha256 = await hash.digest();

    if (rows.recordCount === 0) throw nothingToExport(source, rows);
    await this.markExported(batch.id, rows.recordCount);
    batch.recordCount = rows.recordCount;
    batch.issueCount = rows.issueCount;
    batch.fileSha256 = fileSha256;
    await projects.saveRows(
      batch.id,
      [...rows.projectIds].sort((a, b) => a - b),
    );
    await manager.save(batch);
    return batch;
  }

  /**
   * Exports that could take the same records queue here (MariaDB/MySQL; SQLite runs one
   * transaction at a time): each locks the units its scope covers, in id order, so a unit's
   * export and its parent's never interleave; the next one reads after the first committed.
   */
  private async lockUnits(unitIds: number[]): Promise<void> {
    if (isSqlite(this.manager.connection)) return;
    await this.manager.query(
      `SELECT id FROM unit WHERE id IN (${unitIds.map(() => '?').join(', ')}) ORDER BY id FOR UPDATE`,
      unitIds,
    );
  }

  /**
   * One statement, conditional: a record exported or corrected since it was read is not taken
   * twice. On MariaDB it scans the records by id and probes the batch's items (17 s on a
   * million); an UPDATE … JOIN driven by the items was slower (25–30 s).
   */
  private async markExported(batchId: number, expected: number): Promise<void> {
    const marked = await this.manager
      .createQueryBuilder()
      .update(ServiceRecord)
      .set({ archiveExportId: batchId })
      .where(
        'id IN (SELECT item.serviceRecordId FROM archive_export_item item WHERE item.exportId = :batchId)',
        { batchId },
      )
      .andWhere('archiveExportId IS NULL AND status = :approved', {
        approved: ServiceRecordStatus.APPROVED,
      })
      .execute();
    if ((marked.affected ?? 0) !== expected) {
      throw new ConflictError(
        'scopeId',
        'some of these records were exported or corrected while this export ran: nothing was exported, try again',
      );
    }
  }
}

/**
 * No record would be exported: no batch either (an empty batch per try would pile up while the
 * failing records wait to be corrected). The error says what fails instead: the count of
 * failing records and of rules broken, and the first rules broken with their records.
 */
function nothingToExport(source: CandidateSource, rows: BatchRows): AppError {
  const { start, end } = source.range;
  return new AppError(
    ErrorCode.NOTHING_TO_EXPORT,
    rows.failingRecords === 0
      ? `no approved service record in this scope from ${start} to ${end} is waiting for export`
      : `no approved service record in this scope from ${start} to ${end} can be exported: ` +
          `${rows.failingRecords} record(s) waiting break ${rows.issueCount} rule(s) of the national system ` +
          '(extensions.issues lists the first); correct them and export again',
    {
      field: 'rangeEnd',
      failingRecords: rows.failingRecords,
      issueCount: rows.issueCount,
      issues: rows.firstIssues,
    },
  );
}

const ROWS_PER_STATEMENT = 250;

/**
 * What a batch stores of its rows as they are read: each exported row's item with the cells
 * its volunteer and post share (stored once per batch), and each rule a failing row breaks.
 */
class BatchRows {
  private readonly items: RowWriter<ArchiveExportItem>;
  private readonly people: RowWriter<ArchiveExportPerson>;
  private readonly posts: RowWriter<ArchiveExportPost>;
  private readonly issues: RowWriter<ArchiveExportIssue>;
  // What each volunteer and post of the batch stored: one read gives them the same cells on
  // every row, and a row that says otherwise must not be stored against another's.
  private readonly storedPeople = new Map<number, string>();
  private readonly storedPosts = new Map<number, string>();
  private readonly groups = new GroupNumbers();
  /** The projects of the exported rows. */
  readonly projectIds = new Set<number>();
  /** For NOTHING_TO_EXPORT: the first rules broken, to show them. */
  readonly firstIssues: FirstIssue[] = [];
  private exported = 0;
  private issuePosition = 0;
  private failing = 0;

  constructor(
    manager: EntityManager,
    private readonly exportId: number,
  ) {
    // 250 rows a statement: with a whole row's cells and a 300-character message each, far under
    // MariaDB's 16 MB packet.
    const options = { rowsPerBatch: ROWS_PER_STATEMENT };
    this.people = new RowWriter(manager, ArchiveExportPerson, options);
    this.posts = new RowWriter(manager, ArchiveExportPost, options);
    this.items = new RowWriter(manager, ArchiveExportItem, options);
    this.issues = new RowWriter(manager, ArchiveExportIssue, options);
  }

  get recordCount(): number {
    return this.exported;
  }

  get issueCount(): number {
    return this.issuePosition;
  }

  get failingRecords(): number {
    return this.failing;
  }

  /** Stores an exported row; returns its line of the records file. */
  async addItem(row: SourceRow, cells: string[]): Promise<string[]> {
    const item = { rowNumber: ++this.exported, groupNumber: this.groups.next(row), cells };
    const parts = splitCells(cells);
    const person = JSON.stringify(parts.person);
    await this.shared(this.storedPeople, this.people, row.volunteerId, person, {
      exportId: this.exportId,
      volunteerId: row.volunteerId,
      cells: person,
    });
    const post = JSON.stringify(parts.post);
    await this.shared(this.storedPosts, this.posts, row.postId, post, {
      exportId: this.exportId,
      postId: row.postId,
      projectId: row.projectId,
      cells: post,
    });
    await this.items.add({
      exportId: this.exportId,
      serviceRecordId: row.recordId,
      rowNumber: item.rowNumber,
      groupNumber: item.groupNumber,
      volunteerId: row.volunteerId,
      postId: row.postId,
      cells: JSON.stringify(parts.record),
    });
    this.projectIds.add(row.projectId);
    return recordLine(item);
  }

  /** Stores each rule a failing row breaks, with the row as it would have been exported. */
  async addFailing(row: SourceRow, cells: string[], broken: readonly RuleIssue[]): Promise<void> {
    this.failing += 1;
    const stored = JSON.stringify(cells);
    for (const found of broken) {
      const message = found.message.slice(0, 300);
      await this.issues.add({
        exportId: this.exportId,
        position: ++this.issuePosition,
        serviceRecordId: row.recordId,
        rule: found.rule,
        columnName: found.column,
        message,
        cells: stored,
      });
      if (this.firstIssues.length < MAX_ISSUES_IN_ERROR) {
        this.firstIssues.push({
          serviceRecordId: String(row.recordId),
          rule: found.rule,
          columnName: found.column,
          message,
        });
      }
    }
  }

  /** Sends what is left and waits for every statement. */
  async close(): Promise<void> {
    await Promise.all([this.items, this.issues, this.people, this.posts].map((writer) => writer.flush()));
  }

  private async shared<T extends ArchiveExportPerson | ArchiveExportPost>(
    stored: Map<number, string>,
    writer: RowWriter<T>,
    key: number,
    cells: string,
    values: Partial<T>,
  ): Promise<void> {
    const before = stored.get(key);
    if (before === undefined) {
      stored.set(key, cells);
      await writer.add(values);
    } else if (before !== cells) {
      // Cannot happen from one statement's rows; guards the files against a silent mix-up.
      throw new Error(`archive export: volunteer or post ${key} read with two different cells`);
    }
  }
}

/**
 * The records file hashed as it is built, through the very code that serves downloads, so the
 * batch's fileSha256 is the download's. Lines go to the hash in batches, as csvStream takes them.
 */
class RecordsFileHash {
  private readonly hash = createHash('sha256');
  private readonly lines = new PassThrough({ objectMode: true, highWaterMark: 4 });
  private readonly hashed: Promise<void>;
  private pending: string[][] = [];

  constructor() {
    const hash = this.hash;
    this.hashed = pipeline(
      csvStream(RECORD_COLUMNS, this.lines),
      new Writable({
        write(chunk: Buffer, _encoding, callback) {
          hash.update(chunk);
          callback();
        },
      }),
    );
  }

  add(line: string[]): void {
    this.pending.push(line);
  }

  async flush(): Promise<void> {
    if (!this.pending.length) return;
    if (!this.lines.write(this.pending)) await once(this.lines, 'drain');
    this.pending = [];
  }

  async digest(): Promise<string> {
    await this.flush();
    this.lines.end();
    await this.hashed;
    return this.hash.digest('hex');
  }
}
