import type { DataSource, EntityManager } from 'typeorm';

/**
 * The few places where SQLite and MariaDB/MySQL need different SQL, named once so a reader can
 * find every one of them (grep for this module's exports).
 */

/** Whether the connection is the embedded SQLite (better-sqlite3) rather than MariaDB/MySQL. */
export function isSqlite(source: DataSource | EntityManager): boolean {
  const dataSource = 'connection' in source ? source.connection : source;
  return dataSource.options.type === 'better-sqlite3';
}

/**
 * ` FOR UPDATE` on MariaDB, nothing on SQLite: SQLite has no row locks (a write transaction holds
 * the whole database, which already serialises what the lock is for).
 */
export function forUpdate(source: DataSource | EntityManager): string {
  return isSqlite(source) ? '' : ' FOR UPDATE';
}

/**
 * Ids for `IN (:...ids)` that are never an empty list: both databases refuse `IN ()`, and id 0
 * matches no row (ids start at 1), so an empty scope still reads as "none".
 */
export function idsOrNone<T extends number | string>(ids: Iterable<T>): (T | 0)[] {
  return [0, ...ids];
}

/** The same for a repository's find options: a row lock on MariaDB, none on SQLite. */
export function rowLock(
  source: DataSource | EntityManager,
): { lock: { mode: 'pessimistic_write' } } | Record<string, never> {
  return isSqlite(source) ? {} : { lock: { mode: 'pessimistic_write' } };
}
