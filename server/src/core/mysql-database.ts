import mysql from 'mysql2/promise';
import type { DatabaseConfig } from './config';

type ServerConfig = Extract<DatabaseConfig, { kind: 'mariadb' | 'mysql' }>;

/**
 * Creates the database with utf8mb4 if it is missing (or re-creates it, for scratch and test
 * databases). Tables inherit the database's charset, and latin1 or utf8mb3 lose Chinese or emoji.
 */
export async function ensureMysqlDatabase(
  db: ServerConfig,
  options: { recreate?: boolean } = {},
): Promise<void> {
  const connection = await mysql.createConnection({
    host: db.host,
    port: db.port,
    user: db.username,
    password: db.password,
  });
  try {
    const name = connection.escapeId(db.database);
    if (options.recreate) await connection.query(`DROP DATABASE IF EXISTS ${name}`);
    await connection.query(
      `CREATE DATABASE IF NOT EXISTS ${name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
  } finally {
    await connection.end();
  }
}
