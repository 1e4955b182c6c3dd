import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { isSqlite } from '../../core/dialect';

/**
 * Reading many rows with flat memory on both databases.
 *
 * - MariaDB/MySQL: a real cursor, `SelectQueryBuilder.stream()` on a connection of its own
 *   (mysql2 streams the result set with back-pressure).
 * - SQLite: TypeORM has no stream for better-sqlite3 ("Stream is not supported by sqlite driver"),
 *   and better-sqlite3 can only step a statement synchronously. `keysetPages` reads pages of
 *   `pageSize` rows by an indexed key instead, each page a complete statement, so other
 *   requests are never blocked by a slow download; `sqliteCursor` steps one statement while the
 *   caller writes on the same connection (used only inside the export's own transaction).
 */

/** Rows travel between stages in batches: one await per batch, not per row. */
export const BATCH_SIZE = 100;

/**
 * A MariaDB/MySQL cursor over the query's raw rows, on its own connection (released at the end),
 * in batches of up to BATCH_SIZE rows; the stream waits while a batch is being handled.
 */
export async function* mysqlCursor<T>(
  dataSource: DataSource,
  query: SelectQueryBuilder<ObjectLiteral>,
): AsyncGenerator<T[]> {
  const runner = dataSource.createQueryRunner('slave');
  try {
    const stream = await query.setQueryRunner(runner).stream();
    try {
      let batch: T[] = [];
      for await (const row of stream) {
        batch.push(row as T);
        if (batch.length >= BATCH_SIZE) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length) yield batch;
    } finally {
      stream.destroy();
    }
  } finally {
    await runner.release();
  }
}

interface BetterSqlite3Statement {
  iterate(...params: unknown[]): IterableIterator<unknown>;
}
interface BetterSqlite3Database {
  prepare(sql: string): BetterSqlite3Statement;
  unsafeMode(on: boolean): unknown;
}

/**
 * Steps one SQLite statement row by row. better-sqlite3 refuses other statements on the
 * connection while one is stepping unless "unsafe mode" is on; it is on only while this cursor
 * is open, and the caller must not write to the tables it reads.
 */
export async function* sqliteCursor<T>(
  dataSource: DataSource,
  query: SelectQueryBuilder<ObjectLiteral>,
): AsyncGenerator<T[]> {
  const [sql, params] = query.getQueryAndParameters();
  const db = (dataSource.driver as unknown as { databaseConnection: BetterSqlite3Database })
    .databaseConnection;
  db.unsafeMode(true);
  try {
    const iterator = db.prepare(sql).iterate(...params);
    try {
      let batch: T[] = [];
      for (const row of iterator) {
        batch.push(row as T);
        if (batch.length >= BATCH_SIZE) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length) yield batch;
    } finally {
      iterator.return?.();
    }
  } finally {
    db.unsafeMode(false);
  }
}

/**
 * The export's own reads inside its transaction: a MariaDB/MySQL cursor, or on SQLite one
 * statement stepped on the transaction's connection (sqliteCursor's caveats apply).
 */
export function rowCursor<T>(
  dataSource: DataSource,
  query: SelectQueryBuilder<ObjectLiteral>,
): AsyncGenerator<T[]> {
  return isSqlite(dataSource) ? sqliteCursor<T>(dataSource, query) : mysqlCursor<T>(dataSource, query);
}

/** Pages of rows in key order: `fetch(after)` returns up to `pageSize` rows with key > after. */
export async function* keysetPages<T>(
  fetch: (after: number, pageSize: number) => Promise<T[]>,
  keyOf: (row: T) => number,
  pageSize = 2000,
): AsyncGenerator<T[]> {
  let after = 0;
  for (;;) {
    const page = await fetch(after, pageSize);
    if (page.length) yield page;
    if (page.length < pageSize) return;
    after = keyOf(page[page.length - 1]!);
  }
}

/** A datetime column as a Date: mysql2 gives Dates, better-sqlite3 UTC text `YYYY-MM-DD HH:mm:ss.SSS`. */
export function asInstant(value: unknown): Date {
  if (value instanceof Date) return value;
  const text = String(value);
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(' ', 'T')}Z`);
}

/** A date column as `YYYY-MM-DD`. */
export function asDate(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).slice(0, 10);
}
