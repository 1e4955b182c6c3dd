import { AsyncLocalStorage } from 'node:async_hooks';
import fs from 'node:fs';
import path from 'node:path';
import type { DataSource, QueryRunner } from 'typeorm';
import { ErrorCode, StorageError } from './errors';
import { yieldToEventLoop } from './heavy-work';

/**
 * Keeps TypeORM's transaction bookkeeping on better-sqlite3 true to what SQLite really did.
 *
 * better-sqlite3 has one connection, so TypeORM shares one query runner and counts nesting in
 * `transactionDepth`. When a statement fails with SQLITE_FULL or an I/O error, SQLite rolls the whole
 * transaction back by itself; TypeORM's ROLLBACK then fails ("no transaction is active") before it
 * lowers the depth, so every later transaction runs as a SAVEPOINT inside a transaction nobody
 * commits, or, once a savepoint opened one, inside a transaction that closes never: requests answer
 * success and the rows are gone after a restart. The guard makes the depth follow SQLite, refuses
 * statements of a transaction SQLite already lost, never leaves the connection inside a transaction
 * at depth 0, and turns storage failures into coded errors.
 */

/** What the store can take just now, for /readyz and /healthz. */
export type StorageState = 'ok' | 'full' | 'failing';

export interface StorageHealth {
  state: StorageState;
  /** When the state last changed away from ok (ISO), and the SQLite code that did it. */
  since?: string;
  cause?: string;
}

interface SqliteConnection {
  inTransaction: boolean;
  exec(sql: string): unknown;
  pragma(sql: string, options?: { simple?: boolean }): unknown;
}

interface GuardedRunner extends QueryRunner {
  transactionDepth: number;
  isTransactionActive: boolean;
}

const FULL = /^SQLITE_FULL$/;
/** Failures of the store itself, not of the statement: the disk, the file, the lock. */
const FAILING = /^SQLITE_(IOERR|READONLY|CANTOPEN|CORRUPT|NOTADB|NOMEM|PROTOCOL)(_|$)/;

/** The SQLite result code of a driver error, however TypeORM wrapped it. */
export function sqliteCode(error: unknown): string | undefined {
  for (let e = error as Record<string, unknown> | undefined, i = 0; e && i < 4; i++) {
    if (typeof e.code === 'string' && e.code.startsWith('SQLITE_')) return e.code;
    e = (e.driverError ?? e.cause) as Record<string, unknown> | undefined;
  }
  return undefined;
}

/** The coded error clients see for a storage failure; undefined for other errors (constraints, SQL). */
export function storageError(error: unknown): StorageError | undefined {
  if (error instanceof StorageError) return error;
  const code = sqliteCode(error);
  if (!code) return undefined;
  if (FULL.test(code)) {
    return new StorageError(
      ErrorCode.STORAGE_FULL,
      'the database storage is full: nothing was saved; try again once an administrator has freed space',
    );
  }
  if (FAILING.test(code)) {
    return new StorageError(
      ErrorCode.DATABASE_UNAVAILABLE,
      code.startsWith('SQLITE_READONLY')
        ? 'the database cannot be written just now (it is read-only): nothing was saved; try again shortly'
        : 'the database storage failed just now: nothing was saved; try again shortly',
    );
  }
  return undefined;
}

export class SqliteGuard {
  private health: StorageHealth = { state: 'ok' };
  /** Set while the runner's TypeORM transaction outlives the SQLite transaction it stood for. */
  private lost: StorageError | null = null;

  /** The one runner, once TypeORM has created it. */
  private runner: GuardedRunner | null = null;
  /** Which async context holds the connection for a transaction that yields (see `hold`). */
  private readonly holding = new AsyncLocalStorage<symbol>();
  private holder: symbol | null = null;
  private released: Promise<void> = Promise.resolve();
  private release: () => void = () => undefined;

  constructor(private readonly dataSource: DataSource) {}

  /**
   * Runs `work` holding the one connection: a transaction inside it may yield to the event loop
   * (so /healthz and requests that need no database go on) while every statement of any other
   * context waits until `work` has ended. Without it no transaction on SQLite may yield: another
   * request's statements would run inside it, and its savepoints be rolled back with it.
   */
  async hold<T>(work: () => Promise<T>): Promise<T> {
    if (this.holder !== null && this.holding.getStore() === this.holder) return work();
    // Another context's transaction never yields, so it has ended by the next turn of the loop.
    while (this.holder !== null || this.busy()) {
      if (this.holder !== null) await this.released;
      else await yieldToEventLoop();
    }
    const token = Symbol('holder');
    this.holder = token;
    this.released = new Promise((resolve) => (this.release = resolve));
    try {
      return await this.holding.run(token, work);
    } finally {
      this.holder = null;
      this.release();
    }
  }

  /** Whether a context holds the connection for a yielding transaction just now. */
  get held(): boolean {
    return this.holder !== null;
  }

  /** A transaction is open or about to open on the connection. */
  private busy(): boolean {
    const runner = this.runner;
    return (
      this.connection.inTransaction ||
      (runner !== null && (runner.isTransactionActive || runner.transactionDepth > 0))
    );
  }

  /**
   * Waits while another context holds the connection. Returns without an await when none does,
   * so a caller goes on in the same synchronous run (TypeORM marks its transaction started in it).
   */
  private waitTurn(): Promise<void> | undefined {
    if (this.holder === null || this.holding.getStore() === this.holder) return undefined;
    return this.released;
  }

  private get connection(): SqliteConnection {
    return (this.dataSource.driver as unknown as { databaseConnection: SqliteConnection }).databaseConnection;
  }

  /** Wraps the one query runner the driver hands out, once, when it is created. */
  install(): void {
    const driver = this.dataSource.driver as unknown as { createQueryRunner(mode: string): GuardedRunner };
    const create = driver.createQueryRunner.bind(driver);
    const guarded = new WeakSet<GuardedRunner>();
    driver.createQueryRunner = (mode: string) => {
      const runner = create(mode);
      if (!guarded.has(runner)) {
        this.wrap(runner);
        guarded.add(runner);
      }
      return runner;
    };
  }

  status(): StorageHealth {
    return { ...this.health };
  }

  /**
   * Looks again when the last write failed, so an instance taken out of traffic still sees space
   * come back: room under the page limit and on the disk means full is over; a write lock taken
   * and given back means the file is writable again.
   */
  probe(): StorageHealth {
    if (this.health.state === 'ok') return this.status();
    try {
      const db = this.connection;
      if (this.health.state === 'full') {
        if (this.hasRoom(db)) this.recovered();
      } else if (!db.inTransaction && this.writable(db)) {
        this.recovered();
      }
    } catch {
      // Still failing: the state stays as it is.
    }
    return this.status();
  }

  /** Takes the write lock and gives it back; a read-only file or connection fails here or below. */
  private writable(db: SqliteConnection): boolean {
    if (Number(db.pragma('query_only', { simple: true })) !== 0) return false;
    const file = (this.dataSource.options as { database?: string }).database;
    if (file && file !== ':memory:') fs.accessSync(file, fs.constants.W_OK);
    db.exec('BEGIN IMMEDIATE');
    db.exec('ROLLBACK');
    return true;
  }

  private hasRoom(db: SqliteConnection): boolean {
    const pages = Number(db.pragma('page_count', { simple: true }));
    const max = Number(db.pragma('max_page_count', { simple: true }));
    const free = Number(db.pragma('freelist_count', { simple: true }));
    if (pages >= max && free === 0) return false;
    const file = (this.dataSource.options as { database?: string }).database;
    if (file && file !== ':memory:') {
      const disk = fs.statfsSync(path.dirname(file));
      const pageSize = Number(db.pragma('page_size', { simple: true }));
      // A write needs its pages in the WAL first: a handful of pages is not room.
      if (disk.bavail * disk.bsize < 64 * pageSize) return false;
    }
    return true;
  }

  private failed(error: StorageError, code: string | undefined): void {
    const state: StorageState = error.code === ErrorCode.STORAGE_FULL ? 'full' : 'failing';
    if (this.health.state !== state) {
      this.health = { state, since: new Date().toISOString(), cause: code };
      console.error(`[storage] ${state}: ${code ?? error.code}`);
    }
  }

  private recovered(): void {
    if (this.health.state === 'ok') return;
    console.error(`[storage] writable again after ${this.health.state} since ${this.health.since}`);
    this.health = { state: 'ok' };
  }

  /** Forgets a transaction SQLite no longer has: the runner is back at depth 0. */
  private reset(runner: GuardedRunner): void {
    runner.transactionDepth = 0;
    runner.isTransactionActive = false;
    this.lost = null;
  }

  /** Ends whatever SQLite transaction is still open at depth 0, so no later write joins it. */
  private closeLeftover(): void {
    const db = this.connection;
    if (!db.inTransaction) return;
    console.error('[storage] a transaction was left open at depth 0: rolled back');
    try {
      db.exec('ROLLBACK');
    } catch {
      // ROLLBACK fails only when there is nothing to roll back.
    }
  }

  private wrap(runner: GuardedRunner): void {
    this.runner = runner;
    const query = runner.query.bind(runner);
    const start = runner.startTransaction.bind(runner);
    const commit = runner.commitTransaction.bind(runner);
    const rollback = runner.rollbackTransaction.bind(runner);

    runner.query = (async (sql: string, parameters?: unknown[], structured?: boolean) => {
      // Checked again after each wait: another holder may have come first.
      for (let waiting = this.waitTurn(); waiting; waiting = this.waitTurn()) await waiting;
      if (this.lost && runner.transactionDepth > 0 && !/^\s*ROLLBACK\b/i.test(sql)) throw this.lost;
      try {
        const result = await query(sql, parameters, structured as never);
        if (this.health.state !== 'ok' && !this.connection.inTransaction && !/^\s*SELECT\b/i.test(sql)) {
          this.recovered();
        }
        return result;
      } catch (error) {
        const coded = storageError(error);
        if (runner.transactionDepth > 0 && !this.connection.inTransaction) {
          // SQLite rolled the whole transaction back: every later statement of it would run on its
          // own (autocommit) and the savepoints would open a transaction of their own.
          this.lost ??= coded ?? droppedTransaction();
        }
        if (coded) {
          this.failed(coded, sqliteCode(error));
          throw coded;
        }
        throw error;
      }
    }) as QueryRunner['query'];

    runner.startTransaction = async (isolation) => {
      // Checked again after each wait: another holder may have come first.
      for (let waiting = this.waitTurn(); waiting; waiting = this.waitTurn()) await waiting;
      if (runner.transactionDepth > 0) {
        if (this.lost) throw this.lost;
        // Depth without a transaction is bookkeeping gone stale: start afresh with BEGIN.
        if (!this.connection.inTransaction) this.reset(runner);
      } else {
        this.closeLeftover();
      }
      try {
        await start(isolation);
      } catch (error) {
        // TypeORM marks the transaction active before BEGIN runs; a failed BEGIN leaves no transaction.
        if (runner.transactionDepth === 0) this.reset(runner);
        throw storageError(error) ?? error;
      }
    };

    runner.commitTransaction = async () => {
      const outermost = runner.transactionDepth === 1;
      if (this.lost) throw this.lost; // the caller rolls back, which unwinds the depth
      try {
        await commit();
      } catch (error) {
        if (outermost) {
          // A failed COMMIT must not leave the connection inside the transaction it could not end.
          this.closeLeftover();
          this.reset(runner);
        }
        throw storageError(error) ?? error;
      }
      if (runner.transactionDepth === 0) this.closeLeftover();
    };

    runner.rollbackTransaction = async () => {
      if (runner.transactionDepth > 0 && (this.lost || !this.connection.inTransaction)) {
        // Nothing left to roll back in SQLite: only the bookkeeping unwinds.
        runner.transactionDepth -= 1;
        if (runner.transactionDepth === 0) this.reset(runner);
        else this.lost ??= droppedTransaction();
        return;
      }
      const outermost = runner.transactionDepth <= 1;
      try {
        await rollback();
      } catch (error) {
        if (!outermost && !this.connection.inTransaction) {
          runner.transactionDepth -= 1;
          this.lost ??= storageError(error) ?? droppedTransaction();
        }
        if (!outermost) throw error;
      } finally {
        if (outermost) {
          this.closeLeftover();
          this.reset(runner);
        }
      }
    };
  }
}

function droppedTransaction(): StorageError {
  return new StorageError(
    ErrorCode.DATABASE_UNAVAILABLE,
    'the database dropped the transaction: nothing was saved; try again shortly',
  );
}

const guards = new WeakMap<DataSource, SqliteGuard>();

/** Installs the guard on a better-sqlite3 data source (before it is initialised). */
export function guardSqlite(dataSource: DataSource): SqliteGuard {
  const guard = new SqliteGuard(dataSource);
  guard.install();
  guards.set(dataSource, guard);
  return guard;
}

/**
 * Runs `work` holding the database connection, so that a transaction inside it may yield to the
 * event loop (`SqliteGuard.hold`). MariaDB/MySQL have a pool and row locks: `work` just runs.
 */
export function holdingConnection<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  const guard = guards.get(dataSource);
  return guard ? guard.hold(work) : work();
}

/**
 * Whether the SQLite connection is held by a yielding transaction (`holdingConnection`): it is
 * in use and answering, so a health check need not queue a statement behind it.
 */
export function connectionHeld(dataSource: DataSource): boolean {
  return guards.get(dataSource)?.held ?? false;
}

/** The storage state of a data source: SQLite's guard, or undefined for MariaDB/MySQL. */
export function storageHealth(dataSource: DataSource): StorageHealth | undefined {
  return guards.get(dataSource)?.probe();
}
