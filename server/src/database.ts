import fs from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { DatabaseConfig } from './core/config';
import { createDataSource, migrationDialect } from './core/data-source';
import { MYSQL_MIGRATIONS } from './migrations/mysql';
import { SQLITE_MIGRATIONS } from './migrations/sqlite';
import { ENTITIES, wireModules } from './modules';

export interface OpenDatabaseOptions {
  logSql?: boolean;
  /** Tests only: build the schema from the entities instead of migrating. */
  synchronize?: boolean;
  /**
   * false: apply no migration, and refuse a database with pending ones (the account may lack the
   * rights to change tables; `npm run migrate` applies them as the owner). Default true.
   */
  migrate?: boolean;
  /** Told the names of the migrations just applied (none when the database was up to date). */
  onMigrated?: (applied: string[]) => void;
}

/** The database cannot be used at all: the message names where it is and why, for the operator. */
export class DatabaseOpenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseOpenError';
  }
}

export function describeDatabase(db: DatabaseConfig): string {
  return db.kind === 'sqlite'
    ? `the SQLite database ${db.path}`
    : `${db.kind} ${db.host}:${db.port}/${db.database}`;
}

export function appDataSource(db: DatabaseConfig, options: OpenDatabaseOptions = {}): DataSource {
  wireModules();
  return createDataSource(db, {
    entities: ENTITIES,
    migrations: migrationDialect(db) === 'sqlite' ? SQLITE_MIGRATIONS : MYSQL_MIGRATIONS,
    logSql: options.logSql,
    synchronize: options.synchronize,
  });
}

/** Connects and brings the schema up to date: pending migrations run in one transaction each. */
export async function openDatabase(
  db: DatabaseConfig,
  options: OpenDatabaseOptions = {},
): Promise<DataSource> {
  let dataSource: DataSource;
  try {
    if (db.kind === 'sqlite') checkSqliteFile(db.path);
    dataSource = appDataSource(db, options);
    await dataSource.initialize();
  } catch (error) {
    throw new DatabaseOpenError(`cannot open ${describeDatabase(db)}: ${causeOf(error)}`);
  }
  try {
    if (db.kind === 'sqlite') checkSqliteWritable(dataSource);
  } catch (error) {
    await dataSource.destroy();
    throw new DatabaseOpenError(`cannot write to ${describeDatabase(db)}: ${causeOf(error)}`);
  }
  if (options.synchronize) return dataSource;
  if (options.migrate === false) {
    const pending = await pendingMigrations(dataSource);
    if (pending.length > 0) {
      await dataSource.destroy();
      throw new DatabaseOpenError(
        `${describeDatabase(db)} lacks ${pending.length} migration(s) (${pending.join(', ')}) and ` +
          'MIGRATE_ON_START is false: run `npm run migrate` as the schema owner first',
      );
    }
    return dataSource;
  }
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  options.onMigrated?.(applied.map((migration) => migration.name));
  return dataSource;
}

/** Names of the migrations the code has and the database has not applied, oldest first. */
export async function pendingMigrations(dataSource: DataSource): Promise<string[]> {
  const table = dataSource.options.migrationsTableName ?? 'migrations';
  const runner = dataSource.createQueryRunner();
  let applied: Set<string>;
  try {
    applied = (await runner.hasTable(table))
      ? new Set(
          (
            (await runner.query(`SELECT name FROM ${runner.connection.driver.escape(table)}`)) as {
              name: string;
            }[]
          ).map((row) => row.name),
        )
      : new Set();
  } finally {
    await runner.release();
  }
  return dataSource.migrations
    .map((migration) => migration.name ?? migration.constructor.name)
    .filter((name) => !applied.has(name));
}

/**
 * SQLite opens a file it may not write as read-only without a word, and the server would fail on
 * its first write; so the file and its folder (where the -wal and -shm files live) are checked first.
 */
function checkSqliteFile(file: string): void {
  if (file === ':memory:') return;
  const dir = path.dirname(file);
  if (fs.existsSync(file)) {
    if (!fs.statSync(file).isFile()) throw new Error('it is not a file');
    access(file, fs.constants.R_OK | fs.constants.W_OK, 'the file is not readable and writable by this user');
  }
  if (fs.existsSync(dir)) {
    access(dir, fs.constants.W_OK | fs.constants.X_OK, `its folder ${dir} is not writable by this user`);
  }
}

function access(target: string, mode: number, meaning: string): void {
  try {
    fs.accessSync(target, mode);
  } catch (error) {
    throw new Error(`${meaning} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}

/** WAL on and the write lock obtainable: what every write needs. */
function checkSqliteWritable(dataSource: DataSource): void {
  const db = (
    dataSource.driver as unknown as {
      databaseConnection: { pragma(s: string, o?: object): unknown; exec(s: string): unknown };
    }
  ).databaseConnection;
  const path = (dataSource.options as { database: string }).database;
  if (path === ':memory:') return;
  const mode = String(db.pragma('journal_mode', { simple: true }));
  if (mode !== 'wal')
    throw new Error(`it is not in WAL mode (journal_mode is ${mode}): the file or its folder is read-only`);
  db.exec('BEGIN IMMEDIATE');
  db.exec('ROLLBACK');
}

function causeOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && !error.message.includes(code)
    ? `${error.message} (${code})`
    : error.message;
}
