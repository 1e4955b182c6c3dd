import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { HeavyWorkSettings } from './heavy-work';

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
  /**
   * Apply pending migrations on start (MIGRATE_ON_START, default true). Off when the server connects
   * as an account that may only read and write rows: then `npm run migrate` runs them as the schema's
   * owner, and a server that finds one pending refuses to start.
   */
  readonly migrateOnStart: boolean;
  /** Print every SQL statement (debugging). */
  readonly logSql: boolean;
  readonly auth: {
    /** Signs access tokens; every instance behind one load balancer must share it. */
    readonly secret: string;
    /** True when no AUTH_SECRET was set and a random one was made for this process. */
    readonly secretIsEphemeral: boolean;
    readonly accessTokenTtlSeconds: number;
    /** A browser session (cookie) ends after this long without a request. */
    readonly sessionIdleSeconds: number;
    /** ... and this long after sign-in, however busy: then the person signs in again. */
    readonly sessionMaxSeconds: number;
  };
  readonly http: {
    /** Origins allowed to call the API from a browser; empty means same-origin only. */
    readonly corsOrigins: readonly string[];
    readonly introspection: boolean;
    /** Requests per account (or per address when signed out) per minute. */
    readonly rateLimitPerMinute: number;
    /**
     * Proxies in front of the server (Express `trust proxy` hop count): the client's address is
     * read that many entries from the right of X-Forwarded-For. 0 trusts no header.
     */
    readonly trustProxy: number;
    /**
     * Execute operations compiled by graphql-jit (the default) or by graphql-js, e.g. to rule the
     * compiler out while chasing a wrong answer.
     */
    readonly compiledExecution: boolean;
  };
  /** Failed sign-ins allowed before `login` is refused for a while (LOGIN_THROTTLED). */
  readonly login: {
    /** Failures for one username, from anywhere, within `lockSeconds`. */
    readonly maxFailuresPerUsername: number;
    /** Failures from one client address, whatever the usernames, within `lockSeconds`. */
    readonly maxFailuresPerAddress: number;
    /** How long failures are counted and how long a lock lasts. */
    readonly lockSeconds: number;
  };
  /** Shares rate limits and events across instances when set. */
  readonly redisUrl: string | null;
  /** Planning and team formation: threads, queue and the largest scope (core/heavy-work.ts). */
  readonly heavyWork: HeavyWorkSettings;
  /**
   * Starts every Redis key and pub/sub channel of this deployment (REDIS_PREFIX). Channels are
   * global to a Redis server whatever the database index, so deployments sharing one Redis each
   * need their own prefix, or they hear each other's events and session revocations.
   */
  readonly redisPrefix: string;
  readonly subscriptions: {
    /** Live subscriptions one socket may hold; more are refused with TOO_MANY_SUBSCRIPTIONS. */
    readonly maxPerSocket: number;
    /** Sockets one account may hold open on one instance; more are closed with 4429 TOO_MANY_SOCKETS. */
    readonly maxSocketsPerAccount: number;
    /** How long a socket's sign-in is trusted before an event is delivered; it is then checked again. */
    readonly recheckSeconds: number;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const DEFAULT_SQLITE_PATH = 'data/volunteer.sqlite';
export const DEFAULT_REDIS_PREFIX = 'uvp:';

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
  const database = withPassword(
    parseDatabaseUrl(env.DATABASE_URL, problems),
    env.DATABASE_PASSWORD,
    problems,
  );
  // The demo accounts share a published password: a production server seeds them only when told to.
  const seedDemoData = parseBoolean(
    'SEED_DEMO_DATA',
    env.SEED_DEMO_DATA,
    database?.kind === 'sqlite' && nodeEnv !== 'production',
    problems,
  );
  const logSql = parseBoolean('LOG_SQL', env.LOG_SQL, false, problems);
  const migrateOnStart = parseBoolean('MIGRATE_ON_START', env.MIGRATE_ON_START, true, problems);

  const configuredSecret = env.AUTH_SECRET?.trim() ?? '';
  if (configuredSecret && configuredSecret.length < 32) {
    problems.push('AUTH_SECRET must be at least 32 characters (e.g. `openssl rand -hex 32`)');
  }
  if (!configuredSecret && nodeEnv === 'production') {
    problems.push(
      'AUTH_SECRET is required in production: tokens must survive restarts and be shared by instances',
    );
  }
  const accessTokenTtlMinutes = parsePositiveInt(
    'ACCESS_TOKEN_TTL_MINUTES',
    env.ACCESS_TOKEN_TTL_MINUTES,
    60,
    problems,
  );
  const sessionIdleMinutes = parsePositiveInt(
    'SESSION_IDLE_MINUTES',
    env.SESSION_IDLE_MINUTES,
    120,
    problems,
  );
  const sessionMaxHours = parsePositiveInt('SESSION_MAX_HOURS', env.SESSION_MAX_HOURS, 12, problems);
  const rateLimitPerMinute = parsePositiveInt(
    'RATE_LIMIT_PER_MINUTE',
    env.RATE_LIMIT_PER_MINUTE,
    600,
    problems,
  );
  const trustProxy = parseCount('TRUST_PROXY', env.TRUST_PROXY, 0, 10, problems);
  const maxFailuresPerUsername = parsePositiveInt(
    'LOGIN_MAX_FAILURES_PER_USERNAME',
    env.LOGIN_MAX_FAILURES_PER_USERNAME,
    10,
    problems,
  );
  const maxFailuresPerAddress = parsePositiveInt(
    'LOGIN_MAX_FAILURES_PER_ADDRESS',
    env.LOGIN_MAX_FAILURES_PER_ADDRESS,
    30,
    problems,
  );
  const loginLockMinutes = parsePositiveInt('LOGIN_LOCK_MINUTES', env.LOGIN_LOCK_MINUTES, 15, problems);
  // A lock is a pause, not a ban: a day at most, so an attacker can never shut a user out for long.
  if (loginLockMinutes > 1440)
    problems.push(`LOGIN_LOCK_MINUTES must be at most 1440 (got "${env.LOGIN_LOCK_MINUTES}")`);
  const introspection = parseBoolean('INTROSPECTION', env.INTROSPECTION, nodeEnv !== 'production', problems);
  const compiledExecution = parseBoolean('GRAPHQL_JIT', env.GRAPHQL_JIT, true, problems);
  const corsOrigins = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of corsOrigins) {
    if (origin !== '*' && !/^https?:\/\/[^/\s]+$/.test(origin)) {
      problems.push(`CORS_ORIGINS entries must be origins like https://console.example.cn (got "${origin}")`);
    }
  }
  const heavyWork: HeavyWorkSettings = Object.freeze({
    // One plan at a time by default: on the usual two cores the other one keeps serving the API.
    threads: parsePositiveInt('HEAVY_WORK_THREADS', env.HEAVY_WORK_THREADS, 1, problems),
    queue: parseCount('HEAVY_WORK_QUEUE', env.HEAVY_WORK_QUEUE, 4, 10_000, problems),
    workerMemoryMb: parseWorkerMemory(env.HEAVY_WORK_MEMORY_MB, problems),
    // 20,000 volunteers is the size of the province benchmark; 2,000,000 pairs solve in ~6 s.
    maxPlanVolunteers: parsePositiveInt('PLAN_MAX_VOLUNTEERS', env.PLAN_MAX_VOLUNTEERS, 20_000, problems),
    maxPlanPairs: parsePositiveInt(
      'PLAN_MAX_CANDIDATE_PAIRS',
      env.PLAN_MAX_CANDIDATE_PAIRS,
      2_000_000,
      problems,
    ),
    maxPlanSolveSeconds: parsePositiveInt('PLAN_SOLVE_SECONDS', env.PLAN_SOLVE_SECONDS, 20, problems),
    maxPlanMipColumns: parsePositiveInt('PLAN_MAX_MIP_COLUMNS', env.PLAN_MAX_MIP_COLUMNS, 30_000, problems),
    maxSqliteExportRecords: parsePositiveInt(
      'EXPORT_MAX_RECORDS_SQLITE',
      env.EXPORT_MAX_RECORDS_SQLITE,
      30_000,
      problems,
    ),
  });
  const redisUrl = env.REDIS_URL?.trim() || null;
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) {
    problems.push('REDIS_URL must start with redis:// or rediss://');
  }

  const redisPrefix = env.REDIS_PREFIX?.trim() || DEFAULT_REDIS_PREFIX;
  if (!/^[\x21-\x7e]{1,64}$/.test(redisPrefix)) {
    problems.push('REDIS_PREFIX must be 1–64 printable ASCII characters without spaces, e.g. uvp-prod:');
  }
  const subscriptions = Object.freeze({
    maxPerSocket: parsePositiveInt(
      'MAX_SUBSCRIPTIONS_PER_SOCKET',
      env.MAX_SUBSCRIPTIONS_PER_SOCKET,
      20,
      problems,
    ),
    maxSocketsPerAccount: parsePositiveInt(
      'MAX_SOCKETS_PER_ACCOUNT',
      env.MAX_SOCKETS_PER_ACCOUNT,
      10,
      problems,
    ),
    recheckSeconds: parsePositiveInt(
      'SUBSCRIPTION_RECHECK_SECONDS',
      env.SUBSCRIPTION_RECHECK_SECONDS,
      5,
      problems,
    ),
  });

  // Longer would let a revoked socket whose bus message was lost go on hearing events for minutes.
  if (subscriptions.recheckSeconds > 60) problems.push('SUBSCRIPTION_RECHECK_SECONDS must be at most 60');

  if (problems.length > 0 || !database) throw new ConfigError(problems);
  return Object.freeze({
    nodeEnv: nodeEnv as Config['nodeEnv'],
    host,
    port,
    database,
    seedDemoData,
    migrateOnStart,
    logSql,
    auth: Object.freeze({
      secret: configuredSecret || randomBytes(32).toString('hex'),
      secretIsEphemeral: !configuredSecret,
      accessTokenTtlSeconds: accessTokenTtlMinutes * 60,
      sessionIdleSeconds: sessionIdleMinutes * 60,
      sessionMaxSeconds: Math.max(sessionMaxHours * 3600, sessionIdleMinutes * 60),
    }),
    http: Object.freeze({
      corsOrigins: Object.freeze(corsOrigins),
      introspection,
      rateLimitPerMinute,
      trustProxy,
      compiledExecution,
    }),
    login: Object.freeze({
      maxFailuresPerUsername,
      maxFailuresPerAddress,
      lockSeconds: loginLockMinutes * 60,
    }),
    redisUrl,
    heavyWork,
    redisPrefix,
    subscriptions,
  });
}

/**
 * The least heap a planning thread may be given. Below what V8 needs to start a thread, Node 24
 * does not end the thread with ERR_WORKER_OUT_OF_MEMORY as Node 20 did: the whole process dies
 * ("Fatal JavaScript out of memory: GC during deserialization", seen at 2 MB).
 */
export const MIN_WORKER_MEMORY_MB = 32;

function parseWorkerMemory(raw: string | undefined, problems: string[]): number {
  const value = parsePositiveInt('HEAVY_WORK_MEMORY_MB', raw, 512, problems);
  if (value < MIN_WORKER_MEMORY_MB) {
    problems.push(
      `HEAVY_WORK_MEMORY_MB must be at least ${MIN_WORKER_MEMORY_MB} (got "${raw}"): a planning thread needs that much to start`,
    );
    return 512;
  }
  return value;
}

function parsePositiveInt(
  name: string,
  raw: string | undefined,
  fallback: number,
  problems: string[],
): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = /^\d{1,9}$/.test(raw.trim()) ? Number(raw) : NaN;
  if (!Number.isInteger(value) || value <= 0) {
    problems.push(`${name} must be a positive whole number (got "${raw}")`);
    return fallback;
  }
  return value;
}

/** A whole number from 0 to `max`. */
function parseCount(
  name: string,
  raw: string | undefined,
  fallback: number,
  max: number,
  problems: string[],
): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = /^\d{1,9}$/.test(raw.trim()) ? Number(raw) : NaN;
  if (!Number.isInteger(value) || value > max) {
    problems.push(`${name} must be a whole number from 0 to ${max} (got "${raw}")`);
    return fallback;
  }
  return value;
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
/**
 * DATABASE_PASSWORD, as it is: a password in a URL breaks on `@`, `/`, `#` and `%` unless
 * percent-encoded, and secrets are usually handed to a process as a variable of their own.
 */
function withPassword(
  database: DatabaseConfig | undefined,
  password: string | undefined,
  problems: string[],
): DatabaseConfig | undefined {
  if (password === undefined || password === '' || !database) return database;
  if (database.kind === 'sqlite') {
    problems.push('DATABASE_PASSWORD is for MariaDB/MySQL: the embedded SQLite database has none');
    return database;
  }
  if (database.password) {
    problems.push('give the database password once: in DATABASE_PASSWORD or in DATABASE_URL, not both');
    return database;
  }
  return { ...database, password };
}

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
