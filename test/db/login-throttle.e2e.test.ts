import { randomUUID } from 'node:crypto';
import { Role, SYSTEM_ACTOR } from '../../server/src/core/actor';
import { AuditAction, AuditEvent } from '../../server/src/core/audit-event.entity';
import { loadConfig, type Config } from '../../server/src/core/config';
import { AccountService } from '../../server/src/modules/accounts/account.service';
import { postGraphQL, type HttpAnswer } from '../support/http-post';
import { testDbKind } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }';
const PUBLIC_QUERY = '{ serviceCategories { category } }';

function settings(login: Partial<Config['login']>, http: Partial<Config['http']> = {}): Partial<Config> {
  const base = loadConfig({ NODE_ENV: 'test' });
  return { login: { ...base.login, ...login }, http: { ...base.http, ...http } };
}

function password(username: string): string {
  return `${username}-password`;
}

async function createAccounts(server: TestServer, ...usernames: string[]): Promise<void> {
  for (const username of usernames) {
    await new AccountService(server.dataSource, SYSTEM_ACTOR).create({
      username,
      displayName: username,
      password: password(username),
      role: Role.PROVINCIAL_ADMIN,
    });
  }
}

function login(
  server: TestServer,
  username: string,
  secret: string,
  from: { localAddress?: string; forwardedFor?: string },
): Promise<HttpAnswer> {
  return postGraphQL(
    server.url,
    { query: LOGIN, variables: { u: username, p: secret } },
    {
      localAddress: from.localAddress,
      headers: from.forwardedFor ? { 'x-forwarded-for': from.forwardedFor } : {},
    },
  );
}

function expectSignedIn(answer: HttpAnswer): void {
  expect(answer.body.errors).toBeUndefined();
  expect(typeof answer.body.data.login.accessToken).toBe('string');
}

function expectWrong(answer: HttpAnswer): void {
  expect(answer.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
}

function expectThrottled(answer: HttpAnswer, maxSeconds: number): void {
  expect(answer.status).toBe(429);
  const retryAfter = Number(answer.headers['retry-after']);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(maxSeconds);
  expect(answer.body).toEqual({
    data: null,
    errors: [
      expect.objectContaining({
        message: `too many failed sign-ins: try again in ${retryAfter} s`,
        extensions: { code: 'LOGIN_THROTTLED', retryAfterSeconds: retryAfter },
      }),
    ],
  });
}

async function lockEvents(server: TestServer): Promise<AuditEvent[]> {
  return server.dataSource
    .getRepository(AuditEvent)
    .find({ where: { action: AuditAction.LOGIN_THROTTLED }, order: { id: 'ASC' } });
}

describe(`failed sign-ins are throttled per username and per address (${testDbKind()})`, () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({
      config: settings({ maxFailuresPerUsername: 3, maxFailuresPerAddress: 5, lockSeconds: 600 }),
      admin: false,
    });
    await createAccounts(server, 'li.na', 'wang.fang', 'zhao.lei', 'sun.li');
  });

  afterAll(() => server?.stop());

  it('locks a username after 3 failures from anywhere, for new addresses even with the right password, audited once', async () => {
    // li.na signs in from her usual address first.
    expectSignedIn(await login(server, 'li.na', password('li.na'), { localAddress: '127.0.1.1' }));
    // Three guessers, one guess each.
    for (const address of ['127.0.1.2', '127.0.1.3', '127.0.1.4']) {
      expectWrong(await login(server, 'li.na', 'guess-123456', { localAddress: address }));
    }
    // A fourth address is refused before the password is looked at: the right one does not help.
    expectThrottled(await login(server, 'li.na', password('li.na'), { localAddress: '127.0.1.5' }), 600);
    expectThrottled(await login(server, 'li.na', 'guess-123456', { localAddress: '127.0.1.2' }), 600);
    // li.na herself, from where she has signed in before, is not locked out by them.
    expectSignedIn(await login(server, 'li.na', password('li.na'), { localAddress: '127.0.1.1' }));

    const events = await lockEvents(server);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: AuditAction.LOGIN_THROTTLED,
      entityType: 'LoginUsername',
      entityId: 'li.na',
      actorAccountId: null,
    });
    expect(events[0]!.after).toMatchObject({ failures: 3, lockedForSeconds: 600, address: '127.0.1.4' });
    expect(JSON.stringify(events[0])).not.toContain('guess-123456');
  });

  it('locks a well-formed unknown username exactly like a real one', async () => {
    for (const [i, name] of ['no.such.user', 'wang.fang'].entries()) {
      for (let n = 0; n < 3; n++) {
        expectWrong(await login(server, name, 'guess-123456', { localAddress: `127.0.2.${10 * i + n + 1}` }));
      }
      expectThrottled(
        await login(server, name, 'guess-123456', { localAddress: `127.0.2.${10 * i + 9}` }),
        600,
      );
    }
  });

  it('clears a username’s failures when it signs in', async () => {
    for (const address of ['127.0.3.1', '127.0.3.2']) {
      expectWrong(await login(server, 'zhao.lei', 'guess-123456', { localAddress: address }));
    }
    expectSignedIn(await login(server, 'zhao.lei', password('zhao.lei'), { localAddress: '127.0.3.3' }));
    for (const address of ['127.0.3.4', '127.0.3.5']) {
      expectWrong(await login(server, 'zhao.lei', 'guess-123456', { localAddress: address }));
    }
    // 2 failures since the success: below 3, so a new address still signs in.
    expectSignedIn(await login(server, 'zhao.lei', password('zhao.lei'), { localAddress: '127.0.3.6' }));
    // And counting starts again from there: 3 more failures lock it.
    for (const address of ['127.0.3.7', '127.0.3.8', '127.0.3.9']) {
      expectWrong(await login(server, 'zhao.lei', 'guess-123456', { localAddress: address }));
    }
    expectThrottled(
      await login(server, 'zhao.lei', password('zhao.lei'), { localAddress: '127.0.3.10' }),
      600,
    );
  });

  it('locks an address after 5 failures across usernames; other addresses keep their budget', async () => {
    const before = (await lockEvents(server)).length;
    const sprayer = { localAddress: '127.0.4.1' };
    for (const name of ['a.one', 'b.two', 'c.three', 'd.four', 'e.five']) {
      expectWrong(await login(server, name, 'Password123', sprayer));
    }
    expectThrottled(await login(server, 'sun.li', password('sun.li'), sprayer), 600);
    expectSignedIn(await login(server, 'sun.li', password('sun.li'), { localAddress: '127.0.4.2' }));
    const events = (await lockEvents(server)).slice(before);
    expect(events.map((event) => [event.entityType, event.entityId])).toEqual([
      ['LoginAddress', '127.0.4.1'],
    ]);
  });
});

describe(`a login lock ends by itself (${testDbKind()})`, () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({
      config: settings({ maxFailuresPerUsername: 2, maxFailuresPerAddress: 100, lockSeconds: 2 }),
      admin: false,
    });
    await createAccounts(server, 'li.na');
  });

  afterAll(() => server?.stop());

  it('lets the user in again once the lock has run out', async () => {
    for (const address of ['127.0.5.1', '127.0.5.2']) {
      expectWrong(await login(server, 'li.na', 'guess-123456', { localAddress: address }));
    }
    expectThrottled(await login(server, 'li.na', password('li.na'), { localAddress: '127.0.5.3' }), 2);
    await new Promise((resolve) => setTimeout(resolve, 2200));
    expectSignedIn(await login(server, 'li.na', password('li.na'), { localAddress: '127.0.5.3' }));
  });
});

describe(`TRUST_PROXY gives each client behind the proxy its own budget (${testDbKind()})`, () => {
  let proxied: TestServer;
  let direct: TestServer;
  const proxy = { localAddress: '127.0.6.1' };

  beforeAll(async () => {
    const limits = { maxFailuresPerUsername: 100, maxFailuresPerAddress: 3, lockSeconds: 600 };
    [proxied, direct] = await Promise.all([
      startTestServer({ config: settings(limits, { trustProxy: 1, rateLimitPerMinute: 6 }), admin: false }),
      startTestServer({ config: settings(limits, { trustProxy: 0, rateLimitPerMinute: 6 }), admin: false }),
    ]);
    await createAccounts(proxied, 'li.na');
    await createAccounts(direct, 'li.na');
  });

  afterAll(() => Promise.all([proxied?.stop(), direct?.stop()]));

  const ask = (server: TestServer, forwardedFor: string) =>
    postGraphQL(
      server.url,
      { query: PUBLIC_QUERY },
      { ...proxy, headers: { 'x-forwarded-for': forwardedFor } },
    );

  it('counts requests per client address from X-Forwarded-For, one hop from the right', async () => {
    for (let i = 0; i < 6; i++) expect((await ask(proxied, '10.0.0.1')).status).toBe(200);
    expect((await ask(proxied, '10.0.0.1')).status).toBe(429);
    // Another client of the same proxy is not refused because of the first.
    expect((await ask(proxied, '10.0.0.2')).status).toBe(200);
    // A client cannot pick its own address: the proxy appends the one it saw, and only that counts.
    expect((await ask(proxied, '10.0.0.2, 10.0.0.1')).status).toBe(429);
  });

  it('keeps one client’s failed logins from locking the others out', async () => {
    const from = (client: string) => ({ ...proxy, forwardedFor: client });
    for (let i = 0; i < 3; i++)
      expectWrong(await login(proxied, `user.${i}`, 'guess-123456', from('10.0.1.1')));
    expectThrottled(await login(proxied, 'li.na', password('li.na'), from('10.0.1.1')), 600);
    expectSignedIn(await login(proxied, 'li.na', password('li.na'), from('10.0.1.2')));
  });

  it('without TRUST_PROXY, ignores X-Forwarded-For: a forged header buys no budget', async () => {
    const from = (client: string) => ({ ...proxy, forwardedFor: client });
    for (let i = 0; i < 3; i++)
      expectWrong(await login(direct, `user.${i}`, 'guess-123456', from(`10.0.2.${i}`)));
    expectThrottled(await login(direct, 'li.na', password('li.na'), from('10.0.2.9')), 600);
  });
});

describe(`failed logins are counted across instances through Redis (${testDbKind()})`, () => {
  let a: TestServer;
  let b: TestServer;

  beforeAll(async () => {
    const options = {
      config: { ...settings({ maxFailuresPerUsername: 3, maxFailuresPerAddress: 100 }), redisUrl: REDIS_URL },
      serverOptions: { loginThrottleKeyPrefix: `test:login:${randomUUID()}` },
      admin: false,
    };
    a = await startTestServer(options);
    b = await startTestServer(options);
    await createAccounts(a, 'li.na');
    await createAccounts(b, 'li.na');
  });

  afterAll(() => Promise.all([a?.stop(), b?.stop()]));

  it('locks the username on every instance, recording the lock once', async () => {
    expectWrong(await login(a, 'li.na', 'guess-123456', { localAddress: '127.0.7.1' }));
    expectWrong(await login(b, 'li.na', 'guess-123456', { localAddress: '127.0.7.2' }));
    expectWrong(await login(a, 'li.na', 'guess-123456', { localAddress: '127.0.7.3' }));
    expectThrottled(await login(b, 'li.na', password('li.na'), { localAddress: '127.0.7.4' }), 900);
    expectThrottled(await login(a, 'li.na', password('li.na'), { localAddress: '127.0.7.4' }), 900);
    expect((await lockEvents(a)).length + (await lockEvents(b)).length).toBe(1);
  });
});

describe(`with Redis unreachable, failed logins are still counted (${testDbKind()})`, () => {
  let server: TestServer;
  const logs: string[] = [];

  beforeAll(async () => {
    server = await startTestServer({
      config: {
        ...settings({ maxFailuresPerUsername: 2, maxFailuresPerAddress: 100 }),
        redisUrl: 'redis://127.0.0.1:1',
      },
      serverOptions: { log: (message) => void logs.push(message) },
      admin: false,
    });
    await createAccounts(server, 'li.na');
  });

  afterAll(() => server?.stop());

  it('falls back to counting in the instance’s memory, never to no limit, and says so once', async () => {
    for (const address of ['127.0.8.1', '127.0.8.2']) {
      expectWrong(await login(server, 'li.na', 'guess-123456', { localAddress: address }));
    }
    expectThrottled(await login(server, 'li.na', password('li.na'), { localAddress: '127.0.8.3' }), 900);
    const outages = logs.filter((line) => /^login throttling: Redis .* is unavailable/.test(line));
    expect(outages).toHaveLength(1);
  });
});
