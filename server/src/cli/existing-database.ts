/**
 * For CLIs that work on the data already there (export, account:create): the configured database
 * must exist. Opening a SQLite path that names no file would create one and migrate it, so a
 * command run from the wrong folder would work on a new, empty database and report nothing wrong.
 * Only `npm run migrate`, `npm run seed` and the server itself create a database.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { DatabaseConfig } from '../core/config';

/** The database is not there: the message says where it was looked for and why there. */
export class MissingDatabaseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MissingDatabaseError';
  }
}

/**
 * Throws MissingDatabaseError unless `db` is a SQLite file this system has set up (it holds the
 * migrations table). The path is the one loadConfig resolved, as the server resolves it: relative
 * paths in DATABASE_URL (and the default data/volunteer.sqlite) from the current folder.
 * MariaDB/MySQL need no check: connecting to a database that does not exist fails by itself.
 */
export function requireExistingDatabase(
  db: DatabaseConfig,
  env: NodeJS.ProcessEnv = process.env,
  cwd: string = process.cwd(),
): void {
  if (db.kind !== 'sqlite') return;
  if (db.path === ':memory:') {
    throw new MissingDatabaseError('DATABASE_URL names an in-memory database: there is no data to work on');
  }
  const where = env.DATABASE_URL?.trim()
    ? `DATABASE_URL is ${env.DATABASE_URL.trim()}`
    : 'DATABASE_URL is not set, so the default data/volunteer.sqlite is used';
  const hint =
    `${where}; a relative path is taken from the current folder (${cwd}), as the server does. ` +
    'Run the command from the folder the server runs in, or set DATABASE_URL=sqlite:/full/path/volunteer.sqlite.';
  if (!fs.existsSync(db.path)) {
    throw new MissingDatabaseError(
      `no database at ${db.path}: nothing done, and no empty one created.\n${hint}`,
    );
  }
  let tables: number;
  try {
    const sqlite = new Database(db.path, { readonly: true, fileMustExist: true });
    try {
      tables = (
        sqlite
          .prepare(`SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'migrations'`)
          .get() as {
          n: number;
        }
      ).n;
    } finally {
      sqlite.close();
    }
  } catch (error) {
    throw new MissingDatabaseError(
      `cannot read ${db.path} as a SQLite database: ${(error as Error).message}`,
    );
  }
  if (tables === 0) {
    throw new MissingDatabaseError(
      `${db.path} is not a database of this system (it holds no migrations table): nothing done.\n` +
        `${hint} A new database is set up by \`npm run migrate\` or the server's first start.`,
    );
  }
}
