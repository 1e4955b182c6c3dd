import path from 'node:path';
import { ConfigError, loadConfig, parseDatabaseUrl } from '../../server/src/core/config';
import { thrownBy } from './support/expect-error';

function configError(env: NodeJS.ProcessEnv): ConfigError {
  const error = thrownBy(() => loadConfig(env));
  expect(error).toBeInstanceOf(ConfigError);
  return error as ConfigError;
}

describe('loadConfig defaults', () => {
  const config = loadConfig({});

  it('listens on port 4000 on every interface in development', () => {
    expect(config).toMatchObject({ port: 4000, host: '0.0.0.0', nodeEnv: 'development', logSql: false });
  });

  it('uses a SQLite file at an absolute path ending data/volunteer.sqlite', () => {
    expect(config.database.kind).toBe('sqlite');
    const file = (config.database as { path: string }).path;
    expect(path.isAbsolute(file)).toBe(true);
    expect(file.endsWith(path.join('data', 'volunteer.sqlite'))).toBe(true);
    expect(file).toBe(path.resolve('data/volunteer.sqlite'));
  });

  it('seeds demo data on SQLite', () => {
    expect(config.seedDemoData).toBe(true);
  });

  it('migrates on start unless MIGRATE_ON_START is false', () => {
    expect(config.migrateOnStart).toBe(true);
    expect(loadConfig({ MIGRATE_ON_START: 'false' }).migrateOnStart).toBe(false);
    expect(loadConfig({ MIGRATE_ON_START: 'true' }).migrateOnStart).toBe(true);
  });

  it('treats blank variables as unset', () => {
    const blank = loadConfig({
      PORT: '  ',
      DATABASE_URL: '',
      SEED_DEMO_DATA: ' ',
      HOST: ' ',
      AUTH_SECRET: ' ',
    });
    const withoutSecret = ({ auth: { secret: _secret, ...auth }, ...rest }: typeof config) => ({
      ...rest,
      auth,
    });
    expect(withoutSecret(blank)).toEqual(withoutSecret(config));
  });

  it('makes a random signing secret per process when AUTH_SECRET is unset, and says so', () => {
    const other = loadConfig({});
    expect(config.auth.secretIsEphemeral).toBe(true);
    expect(config.auth.secret).toMatch(/^[0-9a-f]{64}$/);
    expect(other.auth.secret).not.toBe(config.auth.secret);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(config)).toBe(true);
  });
});

describe('loadConfig settings', () => {
  it.each([
    ['0', 0],
    ['8080', 8080],
    ['65535', 65535],
  ])('accepts PORT=%s', (raw, port) => {
    expect(loadConfig({ PORT: raw }).port).toBe(port);
  });

  it.each(['development', 'production', 'test'])('accepts NODE_ENV=%s', (nodeEnv) => {
    expect(loadConfig({ NODE_ENV: nodeEnv, AUTH_SECRET: 'x'.repeat(32) }).nodeEnv).toBe(nodeEnv);
  });

  it('requires a shared AUTH_SECRET of at least 32 characters in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/AUTH_SECRET is required in production/);
    expect(() => loadConfig({ AUTH_SECRET: 'short' })).toThrow(/AUTH_SECRET must be at least 32 characters/);
    const config = loadConfig({ NODE_ENV: 'production', AUTH_SECRET: 's'.repeat(40) });
    expect(config.auth).toMatchObject({ secret: 's'.repeat(40), secretIsEphemeral: false });
    expect(config.http.introspection).toBe(false);
  });

  it.each([
    ['sqlite:data/x.sqlite', undefined, true],
    ['sqlite:data/x.sqlite', 'false', false],
    ['mariadb://u:p@db.example/vol', undefined, false],
    ['mariadb://u:p@db.example/vol', 'yes', true],
    ['mysql://u:p@db.example/vol', '1', true],
    ['mysql://u:p@db.example/vol', 'OFF', false],
  ])('DATABASE_URL=%s with SEED_DEMO_DATA=%s seeds demo data: %s', (url, seed, expected) => {
    expect(loadConfig({ DATABASE_URL: url, SEED_DEMO_DATA: seed }).seedDemoData).toBe(expected);
  });

  it.each([
    ['sqlite:data/x.sqlite', undefined, false],
    ['sqlite:data/x.sqlite', 'true', true],
    ['mariadb://u:p@db.example/vol', undefined, false],
    ['mariadb://u:p@db.example/vol', 'true', true],
  ])('in production, DATABASE_URL=%s with SEED_DEMO_DATA=%s seeds demo data: %s', (url, seed, expected) => {
    const production = { NODE_ENV: 'production', AUTH_SECRET: 's'.repeat(40) };
    expect(loadConfig({ ...production, DATABASE_URL: url, SEED_DEMO_DATA: seed }).seedDemoData).toBe(
      expected,
    );
  });

  it.each([
    ['true', true],
    ['no', false],
  ])('reads LOG_SQL=%s as %s', (raw, expected) => {
    expect(loadConfig({ LOG_SQL: raw }).logSql).toBe(expected);
  });
});

describe('Redis prefix and subscription limits', () => {
  it('defaults to the uvp: prefix, 20 subscriptions a socket, 10 sockets an account, a 5 s re-check', () => {
    expect(loadConfig({})).toMatchObject({
      redisPrefix: 'uvp:',
      subscriptions: { maxPerSocket: 20, maxSocketsPerAccount: 10, recheckSeconds: 5 },
    });
  });

  it('reads REDIS_PREFIX and the limits', () => {
    const config = loadConfig({
      REDIS_PREFIX: ' uvp-staging: ',
      MAX_SUBSCRIPTIONS_PER_SOCKET: '3',
      MAX_SOCKETS_PER_ACCOUNT: '2',
      SUBSCRIPTION_RECHECK_SECONDS: '60',
    });
    expect(config.redisPrefix).toBe('uvp-staging:');
    expect(config.subscriptions).toEqual({ maxPerSocket: 3, maxSocketsPerAccount: 2, recheckSeconds: 60 });
  });

  it.each([
    ['REDIS_PREFIX', 'uvp prod:', /REDIS_PREFIX/],
    ['REDIS_PREFIX', 'x'.repeat(65), /REDIS_PREFIX/],
    ['REDIS_PREFIX', '通知:', /REDIS_PREFIX/],
    ['MAX_SUBSCRIPTIONS_PER_SOCKET', '0', /MAX_SUBSCRIPTIONS_PER_SOCKET/],
    ['MAX_SOCKETS_PER_ACCOUNT', 'many', /MAX_SOCKETS_PER_ACCOUNT/],
    ['SUBSCRIPTION_RECHECK_SECONDS', '61', /SUBSCRIPTION_RECHECK_SECONDS must be at most 60/],
  ])('refuses %s=%s', (name, raw, message) => {
    expect(configError({ [name]: raw }).problems).toEqual([expect.stringMatching(message)]);
  });
});

describe('DATABASE_PASSWORD', () => {
  it('takes the password as it is, characters that break a URL included', () => {
    const password = 'p@ss/w#rd%20!';
    const config = loadConfig({
      DATABASE_URL: 'mariadb://volunteer@db:3306/volunteer',
      DATABASE_PASSWORD: password,
    });
    expect(config.database).toMatchObject({
      kind: 'mariadb',
      username: 'volunteer',
      password,
      database: 'volunteer',
    });
  });

  it('refuses a password given twice, or for SQLite, naming the setting', () => {
    expect(
      configError({ DATABASE_URL: 'mariadb://u:secret@db:3306/v', DATABASE_PASSWORD: 'other' }).message,
    ).toContain('DATABASE_PASSWORD or in DATABASE_URL, not both');
    expect(configError({ DATABASE_URL: 'sqlite:data/x.sqlite', DATABASE_PASSWORD: 'x' }).message).toContain(
      'DATABASE_PASSWORD is for MariaDB/MySQL',
    );
  });
});

describe('parseDatabaseUrl', () => {
  it('reads a MariaDB URL with a percent-encoded password and a port', () => {
    expect(parseDatabaseUrl('mariadb://user:p%40ss@db.example:3307/vol')).toEqual({
      kind: 'mariadb',
      host: 'db.example',
      port: 3307,
      username: 'user',
      password: 'p@ss',
      database: 'vol',
    });
  });

  it('reads a MySQL URL, defaulting the port to 3306 and the user to root', () => {
    expect(parseDatabaseUrl('mysql://db.example/vol')).toEqual({
      kind: 'mysql',
      host: 'db.example',
      port: 3306,
      username: 'root',
      password: '',
      database: 'vol',
    });
  });

  it.each([
    ['sqlite:data/x.sqlite', path.resolve('data/x.sqlite')],
    ['sqlite:///var/lib/vol.sqlite', '/var/lib/vol.sqlite'],
    ['sqlite::memory:', ':memory:'],
  ])('reads %s as a SQLite file at %s', (url, file) => {
    expect(parseDatabaseUrl(url)).toEqual({ kind: 'sqlite', path: file });
  });

  it.each([
    ['postgres://u:p@db.example/vol', /scheme/],
    ['mariadb://u:p@db.example:3306/', /database name/],
    ['mariadb://u:p@db.example', /database name/],
    ['sqlite:', /file path/],
    ['not a url', /not a valid URL/],
  ])('records a DATABASE_URL problem for %s', (url, message) => {
    const problems: string[] = [];
    parseDatabaseUrl(url, problems);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^DATABASE_URL/);
    expect(problems[0]).toMatch(message);
  });
});

describe('loadConfig errors', () => {
  it.each([
    ['PORT', { PORT: 'abc' }],
    ['PORT', { PORT: '-1' }],
    ['PORT', { PORT: '65536' }],
    ['PORT', { PORT: '80.5' }],
    ['DATABASE_URL', { DATABASE_URL: 'postgres://u:p@db.example/vol' }],
    ['DATABASE_URL', { DATABASE_URL: 'mariadb://u:p@db.example:3306/' }],
    ['SEED_DEMO_DATA', { SEED_DEMO_DATA: 'maybe' }],
    ['LOG_SQL', { LOG_SQL: '2' }],
    ['MIGRATE_ON_START', { MIGRATE_ON_START: 'no thanks' }],
    ['NODE_ENV', { NODE_ENV: 'staging' }],
    ['HEAVY_WORK_THREADS', { HEAVY_WORK_THREADS: '0' }],
    ['HEAVY_WORK_QUEUE', { HEAVY_WORK_QUEUE: '-1' }],
    ['HEAVY_WORK_MEMORY_MB', { HEAVY_WORK_MEMORY_MB: 'lots' }],
    ['HEAVY_WORK_MEMORY_MB', { HEAVY_WORK_MEMORY_MB: '2' }],
    ['PLAN_MAX_VOLUNTEERS', { PLAN_MAX_VOLUNTEERS: '1e5' }],
    ['PLAN_MAX_CANDIDATE_PAIRS', { PLAN_MAX_CANDIDATE_PAIRS: '0' }],
    ['EXPORT_MAX_RECORDS_SQLITE', { EXPORT_MAX_RECORDS_SQLITE: 'all' }],
  ])('throws a ConfigError naming %s for %j', (variable, env) => {
    const error = configError(env);
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatch(new RegExp(`^${variable} `));
    expect(error.message).toContain(variable);
  });

  it('throws a ConfigError naming DATABASE_URL when the password holds a bare %', () => {
    const error = configError({ DATABASE_URL: 'mariadb://user:100%pure@db.example/vol' });
    expect(error.problems.join('\n')).toContain('DATABASE_URL');
  });

  it('reads the heavy-work settings, with defaults for a two-core server', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).heavyWork).toEqual({
      threads: 1,
      queue: 4,
      workerMemoryMb: 512,
      maxPlanVolunteers: 20_000,
      maxPlanPairs: 2_000_000,
      maxPlanSolveSeconds: 20,
      maxPlanMipColumns: 30_000,
      maxSqliteExportRecords: 30_000,
    });
    expect(
      loadConfig({
        NODE_ENV: 'test',
        HEAVY_WORK_THREADS: '2',
        HEAVY_WORK_QUEUE: '0',
        HEAVY_WORK_MEMORY_MB: '256',
        PLAN_MAX_VOLUNTEERS: '5000',
        PLAN_MAX_CANDIDATE_PAIRS: '100000',
        PLAN_SOLVE_SECONDS: '5',
        PLAN_MAX_MIP_COLUMNS: '2000',
        EXPORT_MAX_RECORDS_SQLITE: '1000',
      }).heavyWork,
    ).toEqual({
      threads: 2,
      queue: 0,
      workerMemoryMb: 256,
      maxPlanVolunteers: 5000,
      maxPlanPairs: 100_000,
      maxPlanSolveSeconds: 5,
      maxPlanMipColumns: 2000,
      maxSqliteExportRecords: 1000,
    });
  });

  it('lists every problem at once', () => {
    const error = configError({
      NODE_ENV: 'staging',
      PORT: 'abc',
      DATABASE_URL: 'postgres://u:p@db.example/vol',
      SEED_DEMO_DATA: 'maybe',
    });
    expect(error.problems.map((p) => p.split(' ')[0])).toEqual([
      'NODE_ENV',
      'PORT',
      'DATABASE_URL',
      'SEED_DEMO_DATA',
    ]);
    for (const problem of error.problems) expect(error.message).toContain(problem);
  });
});
