import { randomUUID } from 'node:crypto';
import type { Client } from 'graphql-ws';
import Redis from 'ioredis';
import type { DataSource } from 'typeorm';
import { startServer, type RunningServer } from '../../server/src/app';
import { loadConfig, type Config } from '../../server/src/core/config';
import { openDatabase } from '../../server/src/database';
import { Role } from '../../server/src/core/actor';
import { SERVICE_NEED_POSTED } from '../../server/src/modules/needs/service-need.events';
import { AccessWorld } from '../support/access-world';
import { countSubscribers, PrivateRedis } from '../support/private-redis';
import { connect, listening, postWorldNeed, SubscriptionProbe, waitFor } from '../support/subscriptions';
import { testDbKind } from '../support/test-database';
import { startTestServer, TEST_ADMIN, type TestServer } from '../support/test-server';
import { graphql } from '../graphql';

const SHARED_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const NEED_POSTED = graphql(`
  subscription SubscriptionsRedisNeedPosted {
    serviceNeedPosted {
      id
      title
    }
  }
`);

/** Channels are global to a Redis server: every run gets its own prefix. */
function runPrefix(): string {
  return `test:${randomUUID()}:`;
}

/** Posts a need through `server`'s HTTP API as the admin; returns its title. */
async function postNeed(server: TestServer, world: AccessWorld, url = server.url): Promise<string> {
  const title = `跨实例需求${world.next()}`;
  const startsAt = new Date(Date.UTC(world.year, 3, 1) + world.next() * 2 * 3_600_000);
  await postWorldNeed(url, server.adminToken!, world, title, startsAt);
  return title;
}

async function readiness(url: string): Promise<{ status: number; body: Record<string, any> }> {
  const response = await fetch(`${new URL(url).origin}/readyz`);
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

describe('events through a Redis that stops and comes back', () => {
  let redis: PrivateRedis;
  let server: TestServer;
  let world: AccessWorld;
  let client: Client;
  const prefix = runPrefix();
  const channel = `${prefix}${SERVICE_NEED_POSTED.name}`;

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    server = await startTestServer({
      config: { redisUrl: redis.url },
      serverOptions: { eventChannelPrefix: prefix, rateLimitKeyPrefix: `${prefix}rl` },
    });
    world = await new AccessWorld(server).build();
    client = (await connect(server.url, server.adminToken)).client;
  });
  afterAll(async () => {
    await client?.dispose();
    await server?.stop();
    await redis?.stop();
  });

  it('keeps writes succeeding while Redis is down, reports it, and delivers again once it is back', async () => {
    const probe = new SubscriptionProbe(client, NEED_POSTED);
    await listening(server.server, SERVICE_NEED_POSTED, 1);
    await waitFor(async () => (await redis.subscribers(channel)) >= 1, 'the SUBSCRIBE to reach Redis');
    const before = await postNeed(server, world);
    expect((await probe.nth(1)).data!.serviceNeedPosted.title).toBe(before);

    await redis.stop();
    await waitFor(
      async () => (await readiness(server.url)).body.redis === 'down',
      '/readyz to report Redis down',
    );
    const during = await postNeed(server, world); // commits and answers although its event is lost
    const degraded = await readiness(server.url);
    expect(degraded.status).toBe(200); // still serving: writes work without Redis
    expect(degraded.body).toMatchObject({ status: 'degraded', database: 'up', redis: 'down' });
    expect(degraded.body.events.publishFailures).toBeGreaterThanOrEqual(1);
    const stored = await server.gql(
      graphql(`
        query SubscriptionsRedisServiceNeeds {
          serviceNeeds(first: 100) {
            edges {
              node {
                title
              }
            }
          }
        }
      `),
    );
    expect(stored.data!.serviceNeeds.edges.map((e) => e.node.title)).toContain(during);

    await redis.start();
    await waitFor(
      async () => (await readiness(server.url)).body.redis === 'up',
      '/readyz to report Redis up',
      30000,
    );
    await waitFor(async () => (await redis.subscribers(channel)) >= 1, 'ioredis to resubscribe', 30000);
    const after = await postNeed(server, world);
    expect((await probe.nth(2)).data!.serviceNeedPosted.title).toBe(after);
    expect(probe.received.map((r) => r.data!.serviceNeedPosted.title)).toEqual([before, after]);
    probe.close();
  });
});

// Two servers on one database: only a database server can be shared by two instances.
const onMariaDb = testDbKind() === 'mariadb' ? describe : describe.skip;

onMariaDb('two server instances sharing MariaDB and Redis (MariaDB only)', () => {
  let first: TestServer;
  let second: RunningServer;
  let secondDataSource: DataSource;
  let world: AccessWorld;
  const clients: Client[] = [];
  const prefix = runPrefix();
  const channel = `${prefix}${SERVICE_NEED_POSTED.name}`;

  beforeAll(async () => {
    const shared = { eventChannelPrefix: prefix, rateLimitKeyPrefix: `${prefix}rl` };
    first = await startTestServer({ config: { redisUrl: SHARED_REDIS_URL }, serverOptions: shared });
    world = await new AccessWorld(first).build();
    // The second instance: its own connection pool to the same database, the same AUTH_SECRET.
    const options = first.dataSource.options as {
      host: string;
      port: number;
      username: string;
      database: string;
    };
    const database: Config['database'] = {
      kind: 'mariadb',
      host: options.host,
      port: options.port,
      username: options.username,
      password: '',
      database: options.database,
    };
    secondDataSource = await openDatabase(database);
    second = await startServer(
      {
        ...loadConfig({ NODE_ENV: 'test' }),
        host: '127.0.0.1',
        port: 0,
        database,
        seedDemoData: false,
        auth: first.auth,
        redisUrl: SHARED_REDIS_URL,
      },
      { ...shared, dataSource: secondDataSource, log: () => undefined },
    );
  });
  afterAll(async () => {
    for (const c of clients) await c.dispose();
    await second?.stop();
    await secondDataSource?.destroy();
    await first?.stop();
  });

  it('delivers a need posted on one instance to the subscribers of the other, both ways', async () => {
    expect(second.port).not.toBe(first.server.port);
    const onSecond = (await connect(second.url, first.adminToken)).client;
    const onFirst = (await connect(first.url, first.adminToken)).client;
    clients.push(onSecond, onFirst);
    const secondProbe = new SubscriptionProbe(onSecond, NEED_POSTED);
    const firstProbe = new SubscriptionProbe(onFirst, NEED_POSTED);
    await listening(second, SERVICE_NEED_POSTED, 1);
    await listening(first.server, SERVICE_NEED_POSTED, 1);
    await waitFor(
      async () => (await countSubscribers(SHARED_REDIS_URL, channel)) >= 2,
      'both instances to subscribe in Redis',
    );

    const postedOnFirst = await postNeed(first, world);
    expect((await secondProbe.nth(1)).data!.serviceNeedPosted.title).toBe(postedOnFirst);
    const postedOnSecond = await postNeed(first, world, second.url);
    expect((await firstProbe.nth(2)).data!.serviceNeedPosted.title).toBe(postedOnSecond);
    expect((await secondProbe.nth(2)).data!.serviceNeedPosted.title).toBe(postedOnSecond);
    expect(firstProbe.received[0]!.data!.serviceNeedPosted.title).toBe(postedOnFirst);
    secondProbe.close();
    firstProbe.close();
  });

  it('closes a socket on the other instance with 4403 when its API token is revoked', async () => {
    const token = await first.signInAs({
      username: 'cross-instance-coordinator',
      role: Role.UNIT_COORDINATOR,
      unitId: String(world.units.in.unitId),
    });
    const created = await first.gql(
      graphql(`
        mutation SubscriptionsRedisCreateApiToken {
          createApiToken(name: "跨实例") {
            token
            apiToken {
              id
            }
          }
        }
      `),
      {},
      { token },
    );
    expect(created.errors).toBeUndefined();
    const onSecond = await connect(second.url, created.data!.createApiToken.token);
    clients.push(onSecond.client);
    const revoked = await first.gql(
      graphql(`
        mutation SubscriptionsRedisRevokeApiToken($id: ID!) {
          revokeApiToken(id: $id) {
            id
          }
        }
      `),
      { id: created.data!.createApiToken.apiToken.id },
      { token },
    );
    expect(revoked.errors).toBeUndefined();
    expect((await onSecond.closed).code).toBe(4403);
  });
});

describe('two deployments sharing one Redis on different database indexes (REDIS_PREFIX)', () => {
  // Pub/sub ignores the database index: only the prefix keeps the deployments apart.
  const run = randomUUID();
  const deployments = [
    { url: `${SHARED_REDIS_URL}/1`, prefix: `test:${run}:a:` },
    { url: `${SHARED_REDIS_URL}/2`, prefix: `test:${run}:b:` },
  ];
  let a: TestServer;
  let b: TestServer;
  let worldA: AccessWorld;
  let worldB: AccessWorld;
  const clients: Client[] = [];

  beforeAll(async () => {
    const start = (d: (typeof deployments)[number]) =>
      startTestServer({ config: { redisUrl: d.url, redisPrefix: d.prefix } });
    a = await start(deployments[0]!);
    b = await start(deployments[1]!);
    worldA = await new AccessWorld(a).build();
    worldB = await new AccessWorld(b).build();
    worldB.next(); // the worlds are built alike: B's titles must differ from A's
  }, 180_000); // two servers and two worlds: slow on a busy MariaDB
  afterAll(async () => {
    for (const c of clients) await c.dispose();
    await a?.stop();
    await b?.stop();
  });

  async function open(server: TestServer) {
    const opened = await connect(server.url, server.adminToken);
    clients.push(opened.client);
    return opened;
  }

  it('keeps events, revocations, rate-limit and failed-login keys of each deployment to itself', async () => {
    const socketA = await open(a);
    const socketB = await open(b);
    const probeA = new SubscriptionProbe(socketA.client, NEED_POSTED);
    const probeB = new SubscriptionProbe(socketB.client, NEED_POSTED);
    await listening(a.server, SERVICE_NEED_POSTED, 1);
    await listening(b.server, SERVICE_NEED_POSTED, 1);
    for (const d of deployments) {
      await waitFor(
        async () =>
          (await countSubscribers(SHARED_REDIS_URL, `${d.prefix}events:${SERVICE_NEED_POSTED.name}`)) >= 1,
        `${d.prefix} to subscribe in Redis`,
      );
    }

    const onA = await postNeed(a, worldA);
    expect((await probeA.nth(1)).data!.serviceNeedPosted.title).toBe(onA);
    const onB = await postNeed(b, worldB);
    expect(onB).not.toBe(onA);
    // Redis delivers in publish order: had B heard A's need, it would have come first.
    expect((await probeB.nth(1)).data!.serviceNeedPosted.title).toBe(onB);
    expect(probeA.received).toHaveLength(1);

    // Rate-limit and failed-login counters live under each deployment's prefix, in its own database index.
    for (const server of [a, b]) {
      const failed = await server.gql(
        graphql(`
          mutation SubscriptionsRedisLogin {
            login(username: "nobody.here", password: "wrong") {
              accessToken
            }
          }
        `),
      );
      expect(failed.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    for (const d of deployments) {
      const redis = new Redis(d.url, { lazyConnect: true, maxRetriesPerRequest: 0 });
      await redis.connect();
      try {
        expect((await redis.keys(`${d.prefix}rl:graphql:*`)).length).toBeGreaterThan(0);
        expect((await redis.keys(`${d.prefix}login:*`)).length).toBeGreaterThan(0);
      } finally {
        redis.disconnect();
      }
    }

    // The same account id in both: a password change in A ends A's old sockets, not B's.
    const me = graphql(`
      query SubscriptionsRedisMe {
        me {
          id
        }
      }
    `);
    expect((await a.gql(me)).data).toEqual((await b.gql(me)).data);
    const changed = await a.gql(
      graphql(`
        mutation SubscriptionsRedisChangePassword($c: String!, $n: String!) {
          changePassword(currentPassword: $c, newPassword: $n) {
            accessToken
          }
        }
      `),
      { c: TEST_ADMIN.password, n: `${TEST_ADMIN.password}-changed` },
    );
    expect(changed.errors).toBeUndefined();
    expect((await socketA.closed).code).toBe(4403);
    const later = await postNeed(b, worldB);
    expect((await probeB.nth(2)).data!.serviceNeedPosted.title).toBe(later);
    const stillOpen = await Promise.race([
      socketB.closed.then(() => false),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 300)),
    ]);
    expect(stillOpen).toBe(true);
    probeB.close();
  });
});
