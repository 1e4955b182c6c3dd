import fs from 'node:fs';
import path from 'node:path';
import { DataSource, type DataSourceOptions, type MixedList } from 'typeorm';
import type { DatabaseConfig } from './config';
import { SqlLogger } from './sql-logger';

export interface DataSourceParts {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
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
      return new DataSource({
        ...common,
        type: 'better-sqlite3',
        database: db.path,
        // WAL lets readers go on while a write commits; the file is a real user's data store.
        enableWAL: true,
        prepareDatabase: (sqlite: { pragma(sql: string): unknown }) => {
          sqlite.pragma('busy_timeout = 5000');
        },
      });
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

export function sqlStatementCount(dataSource: DataSource): number {
  return (dataSource.logger as SqlLogger).statements;
}
