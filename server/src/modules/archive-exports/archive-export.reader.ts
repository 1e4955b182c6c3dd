import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ServiceRecord } from '../service-records/service-record.entity';
import { StoredCells } from './archive-export.cells';
import {
  ArchiveExportIssue,
  ArchiveExportItem,
  ArchiveExportProject,
  type ArchiveExport,
} from './archive-export.entity';
import { ArchiveExportPerson, ArchiveExportPost } from './archive-export-snapshot.entity';
import type { BatchContent, IssueRow, ItemRow } from './archive-export.files';
import { isSqlite } from '../../core/dialect';
import { keysetPages, mysqlCursor } from './archive-export.source';

/**
 * A stored batch read back for its files: everything comes from what the batch stored (items,
 * the cells its volunteers and posts share, project rows, rules broken), so downloading a batch
 * or re-exporting it gives the same bytes however the live data changed since. Batches made
 * before the shared cells were stored hold whole rows on their items, and read as before.
 * No access check here: the service has done it.
 */
export class BatchReader {
  constructor(private readonly dataSource: DataSource) {}

  /** A batch's content for the file writers; each source can be read more than once. */
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

  /** Part 3 as the batch holds it: one row per project (a few thousand at most), in order. */
  private async *projectRows(exportId: number): AsyncGenerator<string[][]> {
    const rows = await this.dataSource
      .getRepository(ArchiveExportProject)
      .find({ select: { position: true, cells: true }, where: { exportId }, order: { position: 'ASC' } });
    yield rows.map((row) => JSON.parse(row.cells) as string[]);
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
