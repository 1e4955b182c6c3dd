import Database from 'better-sqlite3';
import type { DataSource } from 'typeorm';
import { startServer, type RunningServer } from '../../server/src/app';
import { Role, SYSTEM_ACTOR } from '../../server/src/core/actor';
import { loadConfig } from '../../server/src/core/config';
import { openDatabase } from '../../server/src/database';
import { AccountService } from '../../server/src/modules/accounts/account.service';
import { actorForAccount } from '../../server/src/modules/accounts/authenticate';
import { postGraphQL, sendRaw } from '../support/http-post';
import { TcpProxy } from '../support/tcp-proxy';
import { openTestDatabase, testDbKind, type TestDatabase } from '../support/test-database';

const PASSWORD = 'outage-admin-password';
const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }';

/**
 * The database stops answering under a running server. MariaDB: every connection goes through a
 * relay that is then cut (connections dropped, new ones refused). SQLite has no server to lose, so
 * another process holds its write lock: writes wait out busy_timeout and fail with SQLITE_BUSY.
 * Both are DATABASE_UNAVAILABLE, and must be HTTP 503 wherever they surface.
 */
describe(`DATABASE_UNAVAILABLE is HTTP 503 (${testDbKind()})`, () => {
  let database: TestDatabase;
  let served: DataSource;
  let server: RunningServer;
  let proxy: TcpProxy | null = null;
  let blocker: Database.Database | null = null;
  let apiToken: string;

  beforeAll(async () => {
    database = await openTestDatabase();
    const config = database.config;
    if (config.kind === 'sqlite') {
      served = database.dataSource;
    } else {
      proxy = await TcpProxy.start(config.host, config.port);
      served = await openDatabase({ ...config, host: '127.0.0.1', port: proxy.port });
    }
    const account = await new AccountService(served, SYSTEM_ACTOR).create({
      username: 'outage-admin',
      displayName: 'outage admin',
      password: PASSWORD,
      role: Role.PROVINCIAL_ADMIN,
    });
    // Never used yet: its first use writes lastUsedAt while the request is signed in.
    apiToken = (
      await new AccountService(served, await actorForAccount(served, account)).createApiToken('outage', 1)
    ).token;
    server = await startServer(
      {
        ...loadConfig({ NODE_ENV: 'test' }),
        host: '127.0.0.1',
        port: 0,
        database: config,
        seedDemoData: false,
      },
      { dataSource: served, log: () => undefined },
    );
    // The outage.
    if (proxy) await proxy.cut();
    else {
      blocker = new Database((config as { path: string }).path);
      blocker.exec('BEGIN IMMEDIATE');
    }
  });

  afterAll(async () => {
    blocker?.exec('ROLLBACK');
    blocker?.close();
    await server?.stop();
    await proxy?.stop();
    if (served && served !== database.dataSource && served.isInitialized)
      await served.destroy().catch(() => undefined);
    await database?.drop();
  });

  it('answers a resolver that loses the database with 503 on /graphql', async () => {
    const silenced = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const answer = await postGraphQL(server.url, {
        query: LOGIN,
        variables: { u: 'outage-admin', p: PASSWORD },
      });
      expect(answer.body.errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
      expect(answer.status).toBe(503);
    } finally {
      silenced.mockRestore();
    }
  });

  it('answers a request whose sign-in check loses the database with 503 on /graphql', async () => {
    const silenced = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const answer = await postGraphQL(
        server.url,
        { query: '{ me { username } }' },
        { headers: { authorization: `Bearer ${apiToken}` } },
      );
      expect(answer.body.errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
      expect(answer.status).toBe(503);
    } finally {
      silenced.mockRestore();
    }
  });

  it('answers the download routes with 503 DATABASE_UNAVAILABLE in JSON', async () => {
    const silenced = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      for (const path of ['/archive-exports/1/records.csv', '/status-reports/1/report.csv']) {
        const answer = await sendRaw(new URL(path, server.url).toString(), undefined, {
          headers: { authorization: `Bearer ${apiToken}` },
        });
        expect(answer.status).toBe(503);
        expect(answer.body.errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
      }
    } finally {
      silenced.mockRestore();
    }
  });
});
