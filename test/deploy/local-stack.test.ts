import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import mysql from 'mysql2/promise';
import { parse } from 'yaml';
import { createClient, login, SdkError, type Client, type ConnectionEvent } from '../../client-sdk/src/node';

// The deployment of docker-compose.yml, brought up without containers by deploy/local-stack.sh:
// MariaDB, Redis, two replicas and nginx (the project's own nginx files), all on loopback ports.
const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../..');
const SCRIPT = path.join(ROOT, 'deploy/local-stack.sh');
const DEMO_PASSWORD = 'volunteer-demo-2019';

async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<net.Server>((resolve, reject) => {
          const server = net.createServer();
          server.once('error', reject);
          server.listen(0, '127.0.0.1', () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((s) => (s.address() as net.AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the deployment topology without containers (deploy/local-stack.sh)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'volunteer-stack-'));
  // Every character that breaks a password pasted into a URL, and both that break an SQL literal.
  const appPassword = `a@/#%'\\"${crypto.randomBytes(6).toString('hex')}`;
  const ownerPassword = `o@/#%'\\"${crypto.randomBytes(6).toString('hex')}`;
  let env: NodeJS.ProcessEnv;
  let ports: { http: number; db: number; redis: number; servers: [number, number] };
  let token: string;
  let campaignId: string;
  let siteId: string;
  const clients: Client[] = [];
  const url = (port: number) => `http://127.0.0.1:${port}/graphql`;
  const stack = (...args: string[]) => run('bash', [SCRIPT, ...args], { env, timeout: 300_000 });

  beforeAll(async () => {
    const [http, db, redis, s1, s2] = (await freePorts(5)) as [number, number, number, number, number];
    ports = { http, db, redis, servers: [s1, s2] };
    env = {
      ...process.env,
      // Its own console build: the browser tests serve console/dist meanwhile.
      CONSOLE_DIST: 'dist-deploy',
      STACK_DIR: dir,
      STACK_HTTP_PORT: String(http),
      STACK_DB_PORT: String(db),
      STACK_REDIS_PORT: String(redis),
      STACK_SERVER_PORTS: `${s1} ${s2}`,
      STACK_DB_APP_PASSWORD: appPassword,
      STACK_DB_OWNER_PASSWORD: ownerPassword,
    };
    await stack('up');
    token = (await login(url(ports.http), 'admin', DEMO_PASSWORD)).accessToken;
    // A campaign of its own, in the future, so needs posted now are inside it.
    const admin = track(createClient({ url: url(ports.http), token }));
    const year = new Date().getUTCFullYear() + 2;
    campaignId = (
      await admin.call('createCampaign', {
        input: {
          year,
          name: `故障切换演练${year}`,
          startsOn: `${year}-03-01`,
          endsOn: `${year}-10-31`,
          phases: [],
          milestones: [],
        },
      })
    ).id;
    siteId = (await admin.call('sites', { first: 1 })).edges[0]!.node.id;
  }, 600_000);

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
    await stack('down', '--purge');
  }, 120_000);

  function track(client: Client): Client {
    clients.push(client);
    return client;
  }

  let posted = 0;
  async function postNeed(client: Client, title: string) {
    posted++;
    const day = 1 + (posted % 28);
    return client.call('postServiceNeed', {
      input: {
        siteId,
        campaignId,
        title,
        category: 'TUTORING',
        headcount: 2,
        startsAt: `${new Date().getUTCFullYear() + 2}-05-${String(day).padStart(2, '0')}T01:00:00Z`,
        endsAt: `${new Date().getUTCFullYear() + 2}-05-${String(day).padStart(2, '0')}T03:00:00Z`,
      },
    });
  }

  async function needTitles(client: Client): Promise<Map<string, string>> {
    const byId = new Map<string, string>();
    let after: string | null = null;
    do {
      const page: {
        edges: { node: { id: string; title: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor?: string | null };
      } = await client.call('serviceNeeds', { first: 100, after, filter: { campaignId } });
      for (const edge of page.edges) byId.set(edge.node.id, edge.node.title);
      after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
    } while (after);
    return byId;
  }

  it('connects the servers as an account that may read and write rows and do nothing else', async () => {
    const processes = await run(
      'mariadb',
      [
        '--no-defaults',
        `--socket=${dir}/run/mariadb.sock`,
        `-u${os.userInfo().username}`,
        '-N',
        '-e',
        "SELECT DISTINCT user FROM information_schema.processlist WHERE db = 'volunteer'",
      ],
      { env },
    );
    // Both replicas hold pooled connections to the database, every one as the rows-only account.
    expect(processes.stdout.trim().split('\n').sort()).toEqual(['volunteer_app']);
    for (const n of [1, 2]) {
      const pid = fs.readFileSync(path.join(dir, `run/server-${n}.pid`), 'utf8').trim();
      const environ = fs.readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
      expect(environ).toContain('DATABASE_URL=mariadb://volunteer_app@127.0.0.1:' + ports.db + '/volunteer');
      expect(environ).toContain(`DATABASE_PASSWORD=${appPassword}`);
      expect(environ).toContain('MIGRATE_ON_START=false');
    }

    const connection = await mysql.createConnection({
      host: '127.0.0.1',
      port: ports.db,
      user: 'volunteer_app',
      password: appPassword,
      database: 'volunteer',
    });
    try {
      // The same MariaDB release series as the image docker-compose.yml names.
      const compose = parse(fs.readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true });
      const series = /^mariadb:(\d+\.\d+)$/.exec(compose.services.mariadb.image)![1]!;
      const [[{ version }]] = (await connection.query('SELECT VERSION() AS version')) as unknown as [
        [{ version: string }],
      ];
      expect(version.startsWith(`${series}.`)).toBe(true);
      const [rows] = await connection.query('SELECT COUNT(*) AS n FROM volunteer');
      expect(Number((rows as { n: number }[])[0]!.n)).toBeGreaterThan(0);
      for (const statement of [
        'CREATE TABLE probe (id int)',
        'DROP TABLE volunteer',
        'ALTER TABLE volunteer ADD COLUMN probe int',
        'SELECT COUNT(*) FROM mysql.user',
      ]) {
        await expect(connection.query(statement)).rejects.toMatchObject({
          code: expect.stringMatching(/^ER_(TABLEACCESS_DENIED_ERROR|DBACCESS_DENIED_ERROR)$/),
        });
      }
      const [grants] = await connection.query('SHOW GRANTS');
      expect(JSON.stringify(grants)).toContain('GRANT SELECT, INSERT, UPDATE, DELETE ON `volunteer`.*');
    } finally {
      await connection.end();
    }
  });

  it('delivers a need posted on one replica to a subscriber on the other', async () => {
    const [one, two] = ports.servers;
    const listener = track(createClient({ url: url(one), token }));
    const poster = track(createClient({ url: url(two), token }));
    const needs = listener.events.needsPosted();
    const first = needs.next();
    await needs.acknowledged;
    const need = await postNeed(poster, 'cross-replica');
    const received = await Promise.race([first, sleep(10_000).then(() => null)]);
    expect(received?.value).toMatchObject({ id: need.id, title: 'cross-replica' });
    await needs.return();
  });

  it('keeps a client going through nginx while each replica in turn is stopped; every acknowledged write is kept', async () => {
    const client = track(createClient({ url: url(ports.http), token }));
    const connections: ConnectionEvent['type'][] = [];
    client.onConnection((event) => connections.push(event.type));
    const needs = client.events.needsPosted();
    const heard = new Set<string>();
    const first = needs.next();
    await needs.acknowledged;
    const listening = (async () => {
      let result = await first;
      while (!result.done) {
        heard.add(result.value.id);
        result = await needs.next();
      }
    })();

    // Writes go on, one after another, through everything below.
    const acknowledged = new Map<string, string>(); // id → title
    const failed: { title: string; error: unknown }[] = [];
    const phase = { name: 'before' };
    const writtenIn: Record<string, number> = {};
    let writing = true;
    const writer = (async () => {
      for (let i = 0; writing; i++) {
        const title = `failover-${i}`;
        try {
          const need = await postNeed(client, title);
          acknowledged.set(need.id, title);
          writtenIn[phase.name] = (writtenIn[phase.name] ?? 0) + 1;
        } catch (error) {
          failed.push({ title, error });
        }
        await sleep(100);
      }
    })();

    await sleep(1500);
    for (const n of ['1', '2']) {
      phase.name = `replica ${n} stopping`;
      await stack('stop-replica', n);
      phase.name = `replica ${n} stopped`;
      await sleep(2000);
      phase.name = `replica ${n} starting`;
      await stack('start-replica', n);
      phase.name = `both up after ${n}`;
      // A rolling restart waits nginx's fail_timeout (2 s, deploy/nginx/upstream.conf) after a replica
      // is ready before stopping the next: only then does nginx send requests to it again.
      await sleep(3000);
    }
    writing = false;
    await writer;

    // The client kept writing while each replica was down, and nothing failed but for a transient cause.
    expect(writtenIn['replica 1 stopped']).toBeGreaterThan(3);
    expect(writtenIn['replica 2 stopped']).toBeGreaterThan(3);
    for (const { error } of failed) expect(error).toMatchObject({ transient: true });
    expect(failed.length).toBeLessThanOrEqual(2);
    expect(failed.map((f) => (f.error as SdkError).code)).toEqual(failed.map(() => expect.any(String)));

    // Every write the client was told succeeded is in the database, once (re-read, as after a reconnect).
    const stored = await needTitles(client);
    for (const [id, title] of acknowledged) expect(stored.get(id)).toBe(title);
    const titles = [...stored.values()].filter((t) => t.startsWith('failover-'));
    expect(new Set(titles).size).toBe(titles.length);
    expect(titles.length).toBeGreaterThanOrEqual(acknowledged.size);

    // The socket was on one of the replicas, so it was moved, and the client was told.
    expect(connections).toContain('reconnected');
    // Events are at most once: what was heard was written, and the subscription lives on.
    for (const id of heard) expect(stored.has(id)).toBe(true);
    expect(heard.size).toBeGreaterThan(0);
    let probe: string | null = null;
    for (let attempt = 0; attempt < 20 && (!probe || !heard.has(probe)); attempt++) {
      probe = (await postNeed(client, `after-failover-${attempt}`)).id;
      await sleep(500);
    }
    expect(heard.has(probe!)).toBe(true);
    await needs.return();
    await listening;
  }, 120_000);
});
