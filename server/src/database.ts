import type { DataSource } from 'typeorm';
import type { DatabaseConfig } from './core/config';
import { createDataSource, migrationDialect } from './core/data-source';
import { MYSQL_MIGRATIONS } from './migrations/mysql';
import { SQLITE_MIGRATIONS } from './migrations/sqlite';
import { ENTITIES } from './modules';

export interface OpenDatabaseOptions {
  logSql?: boolean;
  /** Tests only: build the schema from the entities instead of migrating. */
  synchronize?: boolean;
}

export function appDataSource(db: DatabaseConfig, options: OpenDatabaseOptions = {}): DataSource {
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
  const dataSource = appDataSource(db, options);
  await dataSource.initialize();
  if (!options.synchronize) await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}
