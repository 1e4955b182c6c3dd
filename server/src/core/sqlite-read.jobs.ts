import Database from 'better-sqlite3';

/**
 * Long read-only statements on SQLite, run in a heavy-work thread (see sqlite-reads.ts) on a
 * connection of the thread's own: WAL lets it read the last committed state while the server's
 * connection goes on writing. Plain data in and out (structured clone).
 */
export const SQLITE_READ_JOBS = __filename;

const connections = new Map<string, Database.Database>();

function connection(file: string): Database.Database {
  let db = connections.get(file);
  if (!db) {
    db = new Database(file, { fileMustExist: true });
    db.pragma('query_only = ON'); // this connection never writes
    db.pragma('busy_timeout = 5000');
    connections.set(file, db);
  }
  return db;
}

export function readRows(payload: { file: string; sql: string; parameters: unknown[] }): unknown[] {
  return connection(payload.file)
    .prepare(payload.sql)
    .all(...payload.parameters);
}
