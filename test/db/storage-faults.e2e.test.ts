import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { DataSource } from 'typeorm';
import { startServer, type RunningServer } from '../../server/src/app';
import { Role, SYSTEM_ACTOR } from '../../server/src/core/actor';
import { loadConfig, type Config } from '../../server/src/core/config';
import { AccountService } from '../../server/src/modules/accounts/account.service';
import { UnitKind } from '../../server/src/modules/units/unit.entity';
import { UnitService } from '../../server/src/modules/units/unit.service';
import { freshDatabaseConfig, testDbKind } from '../support/test-database';
import type { GraphQLResponse } from '../support/test-server';
import { graphql } from '../graphql';
import type { TypedDocumentString } from '../graphql/graphql';

const ROOT = path.resolve(__dirname, '../..');
const CREATE_UNIT = graphql(`
  mutation StorageFaultsCreateUnit($input: CreateUnitInput!) {
    createUnit(input: $input) {
      id
      code
    }
  }
`);
const LOGIN = graphql(`
  mutation StorageFaultsLogin($u: String!, $p: String!) {
    login(username: $u, password: $p) {
      accessToken
    }
  }
`);
const ADMIN = { username: 'storage-admin', password: 'storage-admin-password' };

interface Outcome {
  code: string;
  id: string | null;
  error: string | null;
}

/** A server that owns its database, as `npm start` runs it, so it can be stopped and started again. */
class OwnServer {
  server!: RunningServer;
  token = '';

  constructor(readonly config: Config) {}

  get dataSource(): DataSource {
    return this.server.dataSource;
  }

  async start(): Promise<void> {
    this.server = await startServer(this.config, { log: () => undefined });
  }

  async gql<R, V>(
    query: TypedDocumentString<R, V>,
    variables?: NoInfer<V>,
    token: string | null = this.token,
  ) {
    const response = await fetch(this.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: query.toString(), variables }),
    });
    return { status: response.status, body: (await response.json()) as GraphQLResponse<R> };
  }

  async get(route: '/healthz' | '/readyz'): Promise<{ status: number; body: any }> {
    const response = await fetch(new URL(route, this.server.url));
    return { status: response.status, body: await response.json() };
  }

  async login(): Promise<void> {
    const { body } = await this.gql(LOGIN, { u: ADMIN.username, p: ADMIN.password }, null);
    this.token = body.data!.login.accessToken;
  }
}

async function ownServer(): Promise<OwnServer> {
  const base = loadConfig({ NODE_ENV: 'test' });
  const config: Config = {
    ...base,
    host: '127.0.0.1',
    port: 0,
    database: await freshDatabaseConfig(),
    seedDemoData: false,
    http: { ...base.http, rateLimitPerMinute: 1_000_000 },
  };
  const own = new OwnServer(config);
  await own.start();
  await new AccountService(own.dataSource, SYSTEM_ACTOR).create({
    displayName: ADMIN.username,
    username: ADMIN.username,
    password: ADMIN.password,
    role: Role.PROVINCIAL_ADMIN,
  });
  await own.login();
  return own;
}

function sqliteConnection(dataSource: DataSource): Database.Database {
  return (dataSource.driver as unknown as { databaseConnection: Database.Database }).databaseConnection;
}

async function waitFor(condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const onSqlite = testDbKind() === 'sqlite' ? describe : describe.skip;

/**
 * SQLite says SQLITE_FULL on demand once `max_page_count` is pinned to the file's current size: the
 * same error a full disk gives, and what made TypeORM lose track of its transactions.
 */
onSqlite('a full SQLite store (sqlite)', () => {
  let own: OwnServer;
  let provinceId: number;
  let errorLog: jest.SpyInstance;

  beforeAll(async () => {
    // The storage failures are logged on purpose; the test reads their codes from the responses.
    errorLog = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    own = await ownServer();
    provinceId = (
      await new UnitService(own.dataSource, SYSTEM_ACTOR).create({
        code: 'SD',
        name: '中国教育工会山东省委员会',
        kind: UnitKind.PROVINCE,
        cityCode: '370000',
      })
    ).id;
  });

  afterAll(async () => {
    await own?.server.stop();
    if (own?.config.database.kind === 'sqlite')
      fs.rmSync(path.dirname(own.config.database.path), { recursive: true, force: true });
    errorLog.mockRestore();
  });

  it('refuses writes with STORAGE_FULL while full, reports it, recovers, and loses no acknowledged write', async () => {
    const outcomes: Outcome[] = [];
    let next = 0;
    let running = true;
    const writer = async () => {
      while (running) {
        const code = `FULL-${next++}`;
        const { body } = await own.gql(CREATE_UNIT, {
          input: {
            code,
            name: `存储测试单位${'满'.repeat(60)}${next}`,
            kind: 'CITY',
            cityCode: '370100',
            parentId: String(provinceId),
          },
        });
        const id = (body.data as any)?.createUnit?.id ?? null;
        outcomes.push({ code, id, error: id ? null : String(body.errors?.[0]?.extensions?.code) });
      }
    };
    const writers = Array.from({ length: 4 }, writer);
    const db = sqliteConnection(own.dataSource);
    try {
      await waitFor(() => outcomes.filter((o) => o.id).length >= 10);
      db.pragma(`max_page_count = ${Number(db.pragma('page_count', { simple: true }))}`);
      const fullAt = outcomes.length;
      await waitFor(() => outcomes.slice(fullAt).filter((o) => o.error).length >= 30);

      // While the store is full: readiness says so (503); liveness still answers and names it.
      const ready = await own.get('/readyz');
      expect(ready.status).toBe(503);
      expect(ready.body.status).toBe('storage full');
      expect(ready.body.storage.state).toBe('full');
      const live = await own.get('/healthz');
      expect(live.status).toBe(200);
      expect(live.body).toMatchObject({ database: 'up', storage: 'full' });
      // Reads go on.
      const read = await own.gql(
        graphql(`
          query StorageFaultsUnits {
            units(first: 5) {
              edges {
                node {
                  id
                }
              }
            }
          }
        `),
      );
      expect(read.body.errors).toBeUndefined();
      // The refusal is coded and sent as 503, not masked as an internal error.
      const refused = await own.gql(CREATE_UNIT, {
        input: {
          code: 'FULL-X',
          name: '满'.repeat(90),
          kind: 'CITY',
          cityCode: '370100',
          parentId: String(provinceId),
        },
      });
      expect(refused.status).toBe(503);
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('STORAGE_FULL');

      // Space comes back: the instance turns ready by itself and writes commit again.
      db.pragma('max_page_count = 1073741823');
      // A write refused inside its transaction (a duplicate code) rolls back: with the bookkeeping
      // astray it rolled back only to a savepoint and left a transaction open that swallowed every
      // later write until the restart.
      const duplicate = await own.gql(CREATE_UNIT, {
        input: { code: 'SD', name: '重复', kind: 'CITY', cityCode: '370100', parentId: String(provinceId) },
      });
      expect(duplicate.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      const freedAt = outcomes.length;
      await waitFor(() => outcomes.slice(freedAt).filter((o) => o.id).length >= 20);
      expect((await own.get('/readyz')).status).toBe(200);
    } finally {
      running = false;
      await Promise.allSettled(writers);
      db.pragma('max_page_count = 1073741823');
    }

    const succeeded = outcomes.filter((o) => o.id);
    const failed = outcomes.filter((o) => !o.id);
    expect(failed.length).toBeGreaterThanOrEqual(30);
    for (const f of failed) expect(['STORAGE_FULL', 'DATABASE_UNAVAILABLE']).toContain(f.error);
    // No transaction was left open on the connection after the fault.
    expect(db.inTransaction).toBe(false);

    // Restart: what the API acknowledged is on disk, each with its audit event; nothing refused is.
    await own.server.stop();
    await own.start();
    const rows: { id: number; code: string }[] = await own.dataSource.query(
      `SELECT id, code FROM unit WHERE code LIKE 'FULL-%'`,
    );
    const stored = new Map(rows.map((r) => [r.code, String(r.id)]));
    expect(succeeded.filter((o) => stored.get(o.code) !== o.id)).toEqual([]);
    expect(failed.filter((o) => stored.has(o.code))).toEqual([]);
    const [unaudited] = await own.dataSource.query(
      `SELECT COUNT(*) AS n FROM unit u WHERE u.code LIKE 'FULL-%' AND NOT EXISTS
         (SELECT 1 FROM audit_event a WHERE a.entityType = 'Unit' AND a.entityId = CAST(u.id AS TEXT))`,
    );
    expect(Number(unaudited.n)).toBe(0);
    await own.login();
    const after = await own.gql(CREATE_UNIT, {
      input: {
        code: 'AFTER-RESTART',
        name: '重启后单位',
        kind: 'CITY',
        cityCode: '370100',
        parentId: String(provinceId),
      },
    });
    expect(after.body.errors).toBeUndefined();
    console.log(
      `storage full: ${outcomes.length} writes tried, ${succeeded.length} acknowledged and all found after restart, ${failed.length} refused`,
    );
  }, 120_000);

  it('answers a sign-in on a read-only store with a coded error, and signs in once writable', async () => {
    const db = sqliteConnection(own.dataSource);
    // query_only makes every write fail with SQLITE_READONLY, as a store remounted read-only does.
    db.pragma('query_only = ON');
    try {
      const refused = await own.gql(LOGIN, { u: ADMIN.username, p: ADMIN.password }, null);
      expect(refused.status).toBe(503);
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
      expect(refused.body.errors?.[0]?.message).toMatch(/read-only/);
      expect((await own.get('/readyz')).body.storage.state).toBe('failing');
    } finally {
      db.pragma('query_only = OFF');
    }
    expect((await own.get('/readyz')).status).toBe(200);
    const ok = await own.gql(LOGIN, { u: ADMIN.username, p: ADMIN.password }, null);
    expect(ok.body.data?.login).toBeTruthy();
  });

  it('leaves every committed write in the .sqlite file alone after a clean stop, even with a reader attached', async () => {
    const { body } = await own.gql(CREATE_UNIT, {
      input: {
        code: 'BEFORE-STOP',
        name: '停止前单位',
        kind: 'CITY',
        cityCode: '370100',
        parentId: String(provinceId),
      },
    });
    expect(body.errors).toBeUndefined();
    const file = (own.config.database as { path: string }).path;
    // Another process holding the file (a monitoring reader): SQLite's own checkpoint on close
    // runs only for the last connection, so without an explicit one the rows stay in the WAL.
    const committed = (await own.dataSource.query('SELECT code FROM unit ORDER BY code')).map(
      (row: { code: string }) => row.code,
    );
    expect(committed).toContain('BEFORE-STOP');
    const reader = new Database(file, { readonly: true });
    try {
      reader.prepare('SELECT COUNT(*) FROM unit').get();
      await own.server.stop();
      const alone = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'volunteer-alone-')), 'copy.sqlite');
      fs.copyFileSync(file, alone);
      const copy = new Database(alone, { readonly: true });
      const codes = copy.prepare('SELECT code FROM unit ORDER BY code').pluck().all();
      copy.close();
      fs.rmSync(path.dirname(alone), { recursive: true, force: true });
      expect(codes).toEqual(committed);
    } finally {
      reader.close();
      await own.start();
    }
  });
});

onSqlite('an unusable SQLite file at start (sqlite)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'volunteer-unusable-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** `npm start`'s entry as a real process, as an unprivileged user when `uid` is given. */
  function start(databaseUrl: string, uid?: number) {
    const result = spawnSync(
      process.execPath,
      ['-r', path.join(ROOT, 'test/support/swc-register.js'), path.join(ROOT, 'server/src/main.ts')],
      {
        cwd: dir,
        env: {
          ...process.env,
          DATABASE_URL: databaseUrl,
          PORT: '0',
          HOST: '127.0.0.1',
          SEED_DEMO_DATA: 'false',
          NODE_ENV: 'test',
        },
        encoding: 'utf8',
        timeout: 60_000,
        ...(uid !== undefined ? { uid, gid: uid } : {}),
      },
    );
    return { code: result.status, stderr: result.stderr };
  }

  function expectPlainRefusal(result: { code: number | null; stderr: string }, file: string, cause: RegExp) {
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(file);
    expect(result.stderr).toMatch(cause);
    // A message for the operator, not a stack trace.
    expect(result.stderr).not.toMatch(/^\s+at /m);
  }

  it('stops with the path and the cause when the file is not a database', () => {
    const file = path.join(dir, 'garbage.sqlite');
    fs.writeFileSync(file, 'this is not a database file at all, just text '.repeat(200));
    expectPlainRefusal(
      start(`sqlite:${file}`),
      file,
      /cannot (open|write to) the SQLite database .*: file is not a database/,
    );
  });

  it('stops with the path and the cause when the file is read-only for the server user', () => {
    if (process.getuid?.() !== 0) return; // needs root to run the server as another user
    const file = path.join(dir, 'readonly.sqlite');
    const seed = new Database(file);
    seed.exec('CREATE TABLE t (x)');
    seed.close();
    fs.chmodSync(dir, 0o777);
    fs.chmodSync(file, 0o444);
    expectPlainRefusal(
      start(`sqlite:${file}`, 65534),
      file,
      /not readable and writable by this user \(EACCES\)/,
    );
  });
});

/** MariaDB has no guard to install: the same writes and probes must behave as before. */
(testDbKind() === 'mariadb' ? describe : describe.skip)(
  'storage checks leave MariaDB as it was (mariadb)',
  () => {
    let own: OwnServer;

    beforeAll(async () => {
      own = await ownServer();
    });

    afterAll(async () => {
      const db = own?.config.database;
      if (db && db.kind !== 'sqlite') await own.dataSource.query(`DROP DATABASE \`${db.database}\``);
      await own?.server.stop();
    });

    it('commits writes, reports readiness without a storage section, and keeps them across a restart', async () => {
      const created = await own.gql(CREATE_UNIT, {
        input: { code: 'SD', name: '中国教育工会山东省委员会', kind: 'PROVINCE', cityCode: '370000' },
      });
      expect(created.body.errors).toBeUndefined();
      const ready = await own.get('/readyz');
      expect(ready.status).toBe(200);
      expect(ready.body.storage).toBeUndefined();
      expect((await own.get('/healthz')).body).toEqual({ status: 'ok', database: 'up' });
      await own.server.stop();
      await own.start();
      const [row] = await own.dataSource.query(`SELECT id FROM unit WHERE code = 'SD'`);
      expect(String(row.id)).toBe((created.body.data as any).createUnit.id);
    });
  },
);
