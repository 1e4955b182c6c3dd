import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, type RunningServer } from '../server/src/app';
import { loadConfig, type DatabaseConfig } from '../server/src/core/config';
import { ensureMysqlDatabase } from '../server/src/core/mysql-database';

/**
 * An empty database for one benchmark: a new SQLite file in a temporary folder, or the MariaDB
 * database `bench_<name>` (BENCH_MARIADB_URL to choose another), dropped and made again.
 */
export async function benchDatabase(kind: 'mariadb' | 'sqlite', name: string): Promise<DatabaseConfig> {
  if (kind === 'sqlite') {
    return {
      kind: 'sqlite',
      path: path.join(fs.mkdtempSync(path.join(os.tmpdir(), `bench-${name}-`)), 'bench.sqlite'),
    };
  }
  const base = loadConfig({
    DATABASE_URL: process.env.BENCH_MARIADB_URL ?? `mariadb://root@127.0.0.1:3306/bench_${name}`,
  }).database;
  if (base.kind === 'sqlite') throw new Error('BENCH_MARIADB_URL must name a MariaDB or MySQL database');
  await ensureMysqlDatabase(base, { recreate: true });
  return base;
}

/** The platform as production runs it, on a free port, without the request rate limit (the load is ours). */
export function startBenchServer(database: DatabaseConfig): Promise<RunningServer> {
  const config = {
    ...loadConfig({ NODE_ENV: 'production', AUTH_SECRET: 'bench-secret-bench-secret-bench-secret' }),
    host: '127.0.0.1',
    port: 0,
    database,
    seedDemoData: false,
  };
  config.http = { ...config.http, rateLimitPerMinute: 100_000_000 };
  return startServer(config, { log: () => {} });
}
