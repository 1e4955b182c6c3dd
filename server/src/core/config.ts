import path from 'node:path';

/** Where the data lives: the embedded SQLite file by default, or a MariaDB / MySQL server. */
export type DatabaseConfig =
  | { kind: 'sqlite'; path: string }
  | {
      kind: 'mariadb' | 'mysql';
      host: string;
      port: number;
      username: string;
      password: string;
      database: string;
    };

export interface Config {
  readonly nodeEnv: 'development' | 'production' | 'test';
  readonly host: string;
  readonly port: number;
  readonly database: DatabaseConfig;
  /** Fill an empty database with the demo data of the 2019 campaign on start. */
  readonly seedDemoData: boolean;
  /** Print every SQL statement (debugging). */
  readonly logSql: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const DEFAULT_SQLITE_PATH = 'data/volunteer.sqlite';

/**
 * Reads and validates the environment once. This is the only place that reads `process.env`,
 * so a wrong setting stops the server at start with a message naming the variable.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];

  const nodeEnv = env.NODE_ENV ?? 'development';
  if (nodeEnv !== 'development' && nodeEnv !== 'production' && nodeEnv !== 'test') {
    problems.push(`NODE_ENV must be development, production or test (got "${nodeEnv}")`);
  }

  const port = parsePort(env.PORT, problems);
  const host = env.HOST?.trim() || '0.0.0.0';
  const database = parseDatabaseUrl(env.DATABASE_URL, problems);
  const seedDemoData = parseBoolean(
    'SEED_DEMO_DATA',
    env.SEED_DEMO_DATA,
    database?.kind === 'sqlite',
    problems,
  );
  const logSql = parseBoolean('LOG_SQL', env.LOG_SQL, false, problems);

  if (problems.length > 0 || !database) throw new ConfigError(problems);
  return Object.freeze({
    nodeEnv: nodeEnv as Config['nodeEnv'],
    host,
    port,
    database,
    seedDemoData,
    logSql,
  });
}

function parsePort(raw: string | undefined, problems: string[]): number {
  if (raw === undefined || raw.trim() === '') return 4000;
  const port = /^\d{1,5}$/.test(raw.trim()) ? Number(raw) : NaN;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    problems.push(`PORT must be a whole number from 0 to 65535 (got "${raw}")`);
  }
  return port;
}

function parseBoolean(name: string, raw: string | undefined, fallback: boolean, problems: string[]): boolean {
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(value)) return true;
  if (['0', 'false', 'no', 'off'].includes(value)) return false;
  problems.push(`${name} must be true or false (got "${raw}")`);
  return fallback;
}

/**
 * Accepts `mariadb://user:pass@host:3306/db`, `mysql://…` (MySQL 8) and `sqlite:path/to/file`.
 * MariaDB and MySQL are told apart because TypeORM's schema builder differs between them.
 */
export function parseDatabaseUrl(
  raw: string | undefined,
  problems: string[] = [],
): DatabaseConfig | undefined {
  if (raw === undefined || raw.trim() === '') {
    return { kind: 'sqlite', path: path.resolve(DEFAULT_SQLITE_PATH) };
  }
  const value = raw.trim();
  if (value.startsWith('sqlite:')) {
    const file = value.slice('sqlite:'.length).replace(/^\/\//, '');
    if (!file) {
      problems.push('DATABASE_URL sqlite: needs a file path, e.g. sqlite:data/volunteer.sqlite');
      return undefined;
    }
    return { kind: 'sqlite', path: file === ':memory:' ? file : path.resolve(file) };
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    problems.push('DATABASE_URL is not a valid URL (expected mariadb://user:pass@host:3306/db)');
    return undefined;
  }
  const kind = url.protocol.replace(/:$/, '');
  if (kind !== 'mariadb' && kind !== 'mysql') {
    problems.push(`DATABASE_URL scheme must be mariadb:, mysql: or sqlite: (got "${kind}:")`);
    return undefined;
  }
  const decode = (part: string, what: string) => {
    try {
      return decodeURIComponent(part);
    } catch {
      problems.push(`DATABASE_URL ${what} holds a bare %: percent-encode it as %25`);
      return part;
    }
  };
  const database = decode(url.pathname.replace(/^\//, ''), 'database name');
  if (!url.hostname) problems.push('DATABASE_URL has no host');
  if (!database) problems.push('DATABASE_URL has no database name (…:3306/<database>)');
  const port = url.port ? Number(url.port) : 3306;
  return {
    kind,
    host: url.hostname,
    port,
    username: decode(url.username, 'user name') || 'root',
    password: decode(url.password, 'password'),
    database,
  };
}
