import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { parseDatabaseUrl, type DatabaseConfig } from '../../server/src/core/config';
import { ensureMysqlDatabase } from '../../server/src/core/mysql-database';
import { openDatabase } from '../../server/src/database';

export type TestDbKind = 'sqlite' | 'mariadb';

export function testDbKind(): TestDbKind {
  return process.env.TEST_DB === 'mariadb' ? 'mariadb' : 'sqlite';
}

/**
 * A fresh, empty database for one test file: a new SQLite file, or a MariaDB database named
 * after the test file so parallel jest workers never share one (they drop schemas).
 */
export async function freshDatabaseConfig(
  label = expect.getState().testPath ?? 'adhoc',
): Promise<DatabaseConfig> {
  if (testDbKind() === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'volunteer-test-'));
    return { kind: 'sqlite', path: path.join(dir, 'test.sqlite') };
  }
  const base = parseDatabaseUrl(process.env.TEST_MARIADB_URL ?? 'mariadb://root@127.0.0.1:3306/test');
  if (!base || base.kind === 'sqlite') throw new Error('TEST_MARIADB_URL must be a mariadb:// URL');
  const hash = crypto.createHash('sha1').update(`${label}:${Math.random()}`).digest('hex').slice(0, 10);
  const config = { ...base, database: `t_${path.basename(label).replace(/\W/g, '_').slice(0, 30)}_${hash}` };
  await ensureMysqlDatabase(config, { recreate: true });
  return config;
}

/** The DATABASE_URL that names this database, for a child process (the CLI, the server's entry point). */
export function databaseUrl(config: DatabaseConfig): string {
  if (config.kind === 'sqlite') return `sqlite:${config.path}`;
  const auth = config.password ? `${config.username}:${config.password}` : config.username;
  return `${config.kind}://${auth}@${config.host}:${config.port}/${config.database}`;
}

export interface TestDatabase {
  config: DatabaseConfig;
  dataSource: DataSource;
  /** Closes the connection and removes the database. */
  drop(): Promise<void>;
}

/** A fresh database brought up to date by the real migrations, as production does. */
export async function openTestDatabase(label?: string): Promise<TestDatabase> {
  const config = await freshDatabaseConfig(label);
  const dataSource = await openDatabase(config);
  return {
    config,
    dataSource,
    async drop() {
      if (dataSource.isInitialized) {
        if (config.kind !== 'sqlite') await dataSource.query(`DROP DATABASE \`${config.database}\``);
        await dataSource.destroy();
      }
      if (config.kind === 'sqlite') fs.rmSync(path.dirname(config.path), { recursive: true, force: true });
    },
  };
}

/**
 * Every table's rows, in id order, as one string: two equal snapshots mean nothing changed.
 * Used to prove that rejected input wrote nothing.
 */
export async function databaseSnapshot(dataSource: DataSource): Promise<string> {
  const parts: string[] = [];
  for (const entity of [...dataSource.entityMetadatas].sort((a, b) =>
    a.tableName.localeCompare(b.tableName),
  )) {
    const rows = await dataSource.getRepository(entity.target).find({ order: { id: 'ASC' } as never });
    parts.push(`${entity.tableName}:${JSON.stringify(rows)}`);
  }
  return parts.join('\n');
}
