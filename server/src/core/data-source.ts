import fs from 'node:fs';
import path from 'node:path';
import { DataSource, type DataSourceOptions, type MixedList } from 'typeorm';
import type { DatabaseConfig } from './config';
import { SqlLogger } from './sql-logger';
import { guardSqlite } from './sqlite-guard';
import { isSqlite } from './dialect';

export interface DataSourceParts {
  entities: MixedList<Function>;
  migrations: MixedList<Function>;
  logSql?: boolean;
  /** Tests only: build the schema from the entities instead of migrating. */
  synchronize?: boolean;
}

/** The migration set a database kind uses: MariaDB and MySQL share one, SQLite has its own. */
export function migrationDialect(db: DatabaseConfig): 'sqlite' | 'mysql' {
  return db.kind === 'sqlite' ? 'sqlite' : 'mysql';
}

export function createDataSource(db: DatabaseConfig, parts: DataSourceParts): DataSource {
  const common = {
    entities: parts.entities,
    migrations: parts.migrations,
    migrationsRun: false,
    synchronize: parts.synchronize ?? false,
    // Logging stays on so the logger can count statements; it prints only when LOG_SQL is set.
    logging: ['query', 'error', 'schema', 'warn', 'migration'],
    logger: new SqlLogger(parts.logSql ?? false),
  } satisfies Partial<DataSourceOptions>;

  switch (db.kind) {
    case 'sqlite':
      if (db.path !== ':memory:') fs.mkdirSync(path.dirname(db.path), { recursive: true });
      return sqliteDataSource({
        ...common,
        type: 'better-sqlite3',
        database: db.path,
        // WAL lets readers go on while a write commits; the file is a real user's data store.
        enableWAL: true,
        prepareDatabase: (sqlite: { pragma(sql: string): unknown }) => {
          sqlite.pragma('busy_timeout = 5000');
        },
      } as DataSourceOptions);
    case 'mariadb':
    case 'mysql':
      return new DataSource({
        ...common,
        // TypeORM's schema builder differs between the two; 'mysql' never converges on MariaDB.
        type: db.kind,
        host: db.host,
        port: db.port,
        username: db.username,
        password: db.password,
        database: db.database,
        charset: 'utf8mb4_unicode_ci',
        timezone: 'Z',
        extra: { connectionLimit: 10 },
      });
  }
}

function sqliteDataSource(options: DataSourceOptions): DataSource {
  const dataSource = new DataSource(options);
  guardSqlite(dataSource);
  return dataSource;
}

/**
 * Closes the database. On SQLite the WAL is first checkpointed into the main file and truncated, so
 * after a clean stop the `.sqlite` file alone holds every committed write (a copy of it is a backup),
 * even when another process (a backup, a reader) keeps the file open and SQLite's own checkpoint on
 * close would not run.
 */
export async function closeDataSource(
  dataSource: DataSource,
  log: (message: string) => void = console.error,
): Promise<void> {
  if (!dataSource.isInitialized) return;
  if (isSqlite(dataSource)) {
    const db = (dataSource.driver as unknown as { databaseConnection: { pragma(sql: string): unknown } })
      .databaseConnection;
    try {
      const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as {
        busy: number;
        log: number;
        checkpointed: number;
      }[];
      if (result && result.busy !== 0) {
        log(`warning: the WAL could not be fully checkpointed (a reader held it): ${JSON.stringify(result)}`);
      }
    } catch (error) {
      log(`warning: WAL checkpoint on stop failed: ${String(error)}`);
    }
  }
  await dataSource.destroy();
}

export function sqlStatementCount(dataSource: DataSource): number {
  return (dataSource.logger as SqlLogger).statements;
}
