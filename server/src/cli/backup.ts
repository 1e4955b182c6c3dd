/**
 * Online backup of the configured database (DATABASE_URL) while the server keeps running:
 *   npm run backup -- backups/volunteer-2019-06-30.sqlite      (--help: usage and how to restore)
 * SQLite: SQLite's backup API copies a consistent snapshot page by page into a new file (written next
 * to the target and renamed into place, so a target file is always whole), then checks it.
 * MariaDB/MySQL: the database's own tool does this; the command says which and exits with 2.
 * To restore a SQLite backup: stop the server, replace the database file with the backup (removing
 * any `-wal` and `-shm` files beside the old one), start the server.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ConfigError, loadConfig, type DatabaseConfig } from '../core/config';
import { parseCli, UsageError, type CliSpec } from './args';

export const BACKUP_CLI = {
  command: 'npm run backup --',
  script: 'dist/server/src/cli/backup.js',
  summary:
    'Online backup of the configured SQLite database while the server keeps running: a consistent\n' +
    "snapshot, checked, written whole or not at all. MariaDB/MySQL: prints how to use the database's\n" +
    'own dump tool and exits with status 2.',
  usage: ['TARGET_FILE'],
  positionals: [
    { name: 'TARGET_FILE', description: 'the backup to write; an existing file is never overwritten' },
  ],
  options: {},
  environment: [
    [
      'DATABASE_URL',
      'the database, as for the server (default data/volunteer.sqlite, from the current folder)',
    ],
  ],
  notes: [
    'To restore: stop the server, replace the database file with the backup (removing any -wal and -shm\n' +
      'files beside the old one), start the server.',
  ],
  examples: ['npm run backup -- backups/volunteer-2019-06-30.sqlite'],
} as const satisfies CliSpec;

export function mysqlDumpAdvice(db: Exclude<DatabaseConfig, { kind: 'sqlite' }>): string {
  const tool = db.kind === 'mariadb' ? 'mariadb-dump' : 'mysqldump';
  const client = db.kind === 'mariadb' ? 'mariadb' : 'mysql';
  return [
    `npm run backup copies SQLite files only; this server uses ${db.kind} (${db.host}:${db.port}/${db.database}).`,
    `Back it up online with the database's own tool, in one consistent snapshot without locking writers:`,
    `  ${tool} --single-transaction --routines --triggers --default-character-set=utf8mb4 \\`,
    `    -h ${db.host} -P ${db.port} -u ${db.username} -p ${db.database} > volunteer-backup.sql`,
    `Restore into an empty database with: ${client} -h ${db.host} -P ${db.port} -u ${db.username} -p <database> < volunteer-backup.sql`,
    'See docs/deployment.md, "Backups".',
  ].join('\n');
}

export interface BackupResult {
  source: string;
  target: string;
  pages: number;
  bytes: number;
}

/** Copies a live SQLite database into `target` with SQLite's online backup API and checks the copy. */
export async function backupSqlite(source: string, target: string): Promise<BackupResult> {
  if (!fs.existsSync(source)) throw new Error(`no database at ${source}`);
  if (fs.existsSync(target)) throw new Error(`${target} exists already; choose a new file name`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.partial-${process.pid}`;
  // Read-only: the backup never writes to the live file, and the server's writes go on meanwhile
  // (SQLite restarts the copy if a write lands during it, so the result is one consistent snapshot).
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const { totalPages } = await db.backup(partial);
    const copy = new Database(partial);
    try {
      const check = copy.pragma('integrity_check', { simple: true });
      if (check !== 'ok') throw new Error(`the copy failed its integrity check: ${String(check)}`);
      // The copy is a single file: no WAL beside it until a server opens it again.
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    fs.renameSync(partial, target);
    return { source, target, pages: totalPages, bytes: fs.statSync(target).size };
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  } finally {
    db.close();
  }
}

async function main(): Promise<number> {
  const parsed = parseCli(BACKUP_CLI);
  if (!parsed) return 0;
  const { positionals } = parsed;
  const config = loadConfig();
  const db = config.database;
  if (db.kind !== 'sqlite') {
    console.error(mysqlDumpAdvice(db));
    return 2;
  }
  if (positionals.length !== 1) {
    console.error(new UsageError('name one target file', BACKUP_CLI).message);
    return 1;
  }
  if (db.path === ':memory:') {
    console.error('the database is in memory: there is nothing on disk to back up');
    return 1;
  }
  const result = await backupSqlite(db.path, path.resolve(positionals[0]!));
  console.log(
    `backed up ${result.source} to ${result.target} (${result.pages} pages, ${result.bytes} bytes)`,
  );
  return 0;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(
        error instanceof ConfigError || error instanceof UsageError
          ? error.message
          : `backup failed: ${(error as Error).message}`,
      );
      process.exit(1);
    },
  );
}
