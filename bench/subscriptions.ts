/**
 * Subscription delivery benchmark: one server on loopback (SQLite), N graphql-ws clients
 * subscribed to serviceNeedPosted (in a worker thread, so they do not share the server's event
 * loop), needs posted one after another through the HTTP API; for every (event, subscriber) pair,
 * the time from the bus's publish (after commit) to the client's receipt.
 * Runs with the in-memory bus, then through Redis when one answers at REDIS_URL (default
 * redis://127.0.0.1:6379). Writes the table to docs/benchmarks.md (section "Subscriptions").
 *   npm run bench:subscriptions [-- --subscribers 1000 --events 30]
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { createClient, type Client } from 'graphql-ws';
import Redis from 'ioredis';
import WebSocket from 'ws';
import { startServer, type RunningServer } from '../server/src/app';
import { Role, SYSTEM_ACTOR } from '../server/src/core/actor';
import { loadConfig } from '../server/src/core/config';
import { openDatabase } from '../server/src/database';
import { AccountService } from '../server/src/modules/accounts/account.service';
import { CampaignService } from '../server/src/modules/campaigns/campaign.service';
import { SiteKind } from '../server/src/modules/sites/site.entity';
import { SiteService } from '../server/src/modules/sites/site.service';
import { writeSection } from './report';

const TARGET_P99_MS = 100;

/** A clock both threads share (each thread's performance.now() starts at its own origin). */
const clock = () => performance.timeOrigin + performance.now();

interface ClientsJob {
  wsUrl: string;
  token: string;
  subscribers: number;
}

interface Row {
  transport: 'memory' | 'redis';
  subscribers: number;
  events: number;
  samples: number;
  lost: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  connectSeconds: number;
  mutationP50: number;
}

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function redisAnswers(url: string): Promise<boolean> {
  const client = new Redis(url, { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

async function run(
  transport: 'memory' | 'redis',
  subscribers: number,
  events: number,
  redisUrl: string,
): Promise<Row> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-subscriptions-'));
  const database = { kind: 'sqlite' as const, path: path.join(dir, 'bench.sqlite') };
  const dataSource = await openDatabase(database);
  const campaign = await new CampaignService(dataSource, SYSTEM_ACTOR).create({
    year: 2019,
    name: '2019年助力脱贫攻坚教职工志愿服务活动',
    startsOn: '2019-01-01',
    endsOn: '2099-12-31',
    phases: [],
    milestones: [],
  });
  const site = await new SiteService(dataSource, SYSTEM_ACTOR).create({
    name: '曹县青岗镇王庄村',
    kind: SiteKind.VILLAGE,
    areaCode: '371721',
    latitude: 34.83,
    longitude: 115.54,
  });
  const base = loadConfig({ NODE_ENV: 'production', AUTH_SECRET: randomUUID() + randomUUID() });
  const config = {
    ...base,
    // Every simulated subscriber signs in as the one bench account.
    subscriptions: { ...base.subscriptions, maxSocketsPerAccount: subscribers + 1 },
    host: '127.0.0.1',
    port: 0,
    database,
    seedDemoData: false,
    redisUrl: transport === 'redis' ? redisUrl : null,
    http: {
      corsOrigins: [],
      introspection: false,
      rateLimitPerMinute: 1_000_000,
      trustProxy: 0,
      compiledExecution: true,
    },
  };
  await new AccountService(dataSource, SYSTEM_ACTOR).create({
    username: 'bench-admin',
    displayName: 'bench',
    password: 'bench-admin-password',
    role: Role.PROVINCIAL_ADMIN,
  });
  const { accessToken } = await new AccountService(dataSource, null).login(
    config.auth,
    'bench-admin',
    'bench-admin-password',
  );
  const prefix = `bench:${randomUUID()}:`;
  const server: RunningServer = await startServer(config, {
    dataSource,
    log: () => undefined,
    eventChannelPrefix: prefix,
    rateLimitKeyPrefix: `${prefix}rl`,
  });

  // Publish times by need title, taken where the bus publishes (after commit).
  const publishedAt = new Map<string, number>();
  const publish = server.events.publish.bind(server.events);
  server.events.publish = (topic, payload) => {
    const title = (payload as { need?: { title?: string } }).need?.title;
    if (title) publishedAt.set(title, clock());
    publish(topic, payload);
  };

  const connectStarted = performance.now();
  const clients = new Worker(__filename, {
    workerData: {
      wsUrl: server.url.replace(/^http/, 'ws'),
      token: accessToken,
      subscribers,
    } satisfies ClientsJob,
  });
  const receipts = new Map<string, number[]>();
  const clientsReady = new Promise<void>((resolve, reject) => {
    clients.on('error', reject);
    clients.on('message', (message: { ready?: true; title?: string; at?: number[] }) => {
      if (message.ready) resolve();
      if (message.title) receipts.set(message.title, message.at ?? []);
    });
  });
  await clientsReady;
  const deadline = Date.now() + 60000;
  while (server.events.listeners({ name: 'SERVICE_NEED_POSTED' }) < subscribers) {
    if (Date.now() > deadline) throw new Error('subscribers did not all subscribe within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  if (transport === 'redis') {
    // The instance's SUBSCRIBE must have reached Redis before the first publish.
    const probe = new Redis(redisUrl);
    for (;;) {
      const [, count] = (await probe.pubsub('NUMSUB', `${prefix}SERVICE_NEED_POSTED`)) as [string, number];
      if (Number(count) >= 1) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    probe.disconnect();
  }
  const connectSeconds = (performance.now() - connectStarted) / 1000;

  const latencies: number[] = [];
  const mutationMillis: number[] = [];
  let lost = 0;
  for (let n = 0; n < events + 3; n++) {
    const warmUp = n < 3;
    const title = `基准需求${n}`;
    const started = performance.now();
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
      body: JSON.stringify({
        query: 'mutation($input: PostServiceNeedInput!) { postServiceNeed(input: $input) { id } }',
        variables: {
          input: {
            siteId: String(site.id),
            campaignId: String(campaign.id),
            title,
            category: 'TUTORING',
            headcount: 3,
            startsAt: new Date(Date.now() + 86_400_000 * (n + 1)).toISOString(),
            endsAt: new Date(Date.now() + 86_400_000 * (n + 1) + 3_600_000).toISOString(),
          },
        },
      }),
    });
    const body = (await response.json()) as { errors?: unknown };
    if (body.errors) throw new Error(`post failed: ${JSON.stringify(body.errors)}`);
    if (!warmUp) mutationMillis.push(performance.now() - started);
    // The worker reports an event once all subscribers have it (or after 10 s).
    clients.postMessage({ expect: title });
    const waitUntil = Date.now() + 15000;
    while (!receipts.has(title) && Date.now() < waitUntil) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const at = publishedAt.get(title)!;
    const got = receipts.get(title) ?? [];
    if (!warmUp) {
      lost += subscribers - got.length;
      for (const received of got) latencies.push(received - at);
    }
  }

  await clients.terminate();
  await server.stop();
  await dataSource.destroy();
  fs.rmSync(dir, { recursive: true, force: true });

  latencies.sort((a, b) => a - b);
  mutationMillis.sort((a, b) => a - b);
  return {
    transport,
    subscribers,
    events,
    samples: latencies.length,
    lost,
    p50: percentile(latencies, 50),
    p90: percentile(latencies, 90),
    p99: percentile(latencies, 99),
    max: latencies[latencies.length - 1] ?? NaN,
    connectSeconds,
    mutationP50: percentile(mutationMillis, 50),
  };
}

/** The worker: connects the clients, then reports each expected event's receipt times. */
async function clientsWorker(job: ClientsJob): Promise<void> {
  const receipts = new Map<string, number[]>();
  const expected = new Set<string>();
  const report = (title: string) => {
    expected.delete(title);
    parentPort!.postMessage({ title, at: receipts.get(title) ?? [] });
  };
  parentPort!.on('message', (message: { expect: string }) => {
    if ((receipts.get(message.expect)?.length ?? 0) >= job.subscribers) return report(message.expect);
    expected.add(message.expect);
    setTimeout(() => expected.has(message.expect) && report(message.expect), 10000);
  });
  const BATCH = 100;
  for (let i = 0; i < job.subscribers; i += BATCH) {
    await Promise.all(
      Array.from({ length: Math.min(BATCH, job.subscribers - i) }, async () => {
        const client: Client = createClient({
          url: job.wsUrl,
          webSocketImpl: WebSocket,
          connectionParams: { authorization: `Bearer ${job.token}` },
          lazy: false,
          retryAttempts: 0,
          onNonLazyError: () => undefined,
        });
        await new Promise<void>((resolve, reject) => {
          client.on('connected', () => resolve());
          client.on('closed', (event) => reject(new Error(`closed ${(event as { code: number }).code}`)));
        });
        client.subscribe<{ serviceNeedPosted: { title: string } }>(
          { query: 'subscription { serviceNeedPosted { id title category } }' },
          {
            next: (result) => {
              const at = clock();
              const title = result.data?.serviceNeedPosted.title;
              if (!title) return;
              const list = receipts.get(title) ?? [];
              list.push(at);
              receipts.set(title, list);
              if (list.length >= job.subscribers && expected.has(title)) report(title);
            },
            error: (error) => console.error('subscription error', error),
            complete: () => undefined,
          },
        );
      }),
    );
  }
  parentPort!.postMessage({ ready: true });
}

async function main(): Promise<void> {
  const subscribers = argument('subscribers', 1000);
  const events = argument('events', 30);
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const rows: Row[] = [await run('memory', subscribers, events, redisUrl)];
  if (await redisAnswers(redisUrl)) rows.push(await run('redis', subscribers, events, redisUrl));
  else console.log(`no Redis at ${redisUrl}: measuring the in-memory bus only`);

  fs.mkdirSync(path.resolve('bench/results'), { recursive: true });
  fs.writeFileSync(path.resolve('bench/results/subscriptions.json'), `${JSON.stringify(rows, null, 2)}\n`);
  const ms = (value: number) => value.toFixed(1);
  const table = [
    '| bus | subscribers | events | deliveries | lost | p50 (ms) | p90 (ms) | p99 (ms) | max (ms) | connect all (s) | mutation p50 (ms) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.transport} | ${r.subscribers} | ${r.events} | ${r.samples} | ${r.lost} | ${ms(r.p50)} | ${ms(r.p90)} | ${ms(r.p99)} | ${ms(r.max)} | ${r.connectSeconds.toFixed(1)} | ${ms(r.mutationP50)} |`,
    ),
  ].join('\n');
  const load = os.loadavg()[0]!.toFixed(1);
  const verdicts = rows
    .map(
      (r) =>
        `- ${r.transport}: p99 ${ms(r.p99)} ms — ${r.p99 < TARGET_P99_MS && r.lost === 0 ? 'meets' : 'misses'} the target`,
    )
    .join('\n');
  writeSection(
    'Subscriptions',
    `Delivery of \`serviceNeedPosted\` to ${subscribers} graphql-ws clients on loopback: the server in the main thread, the clients in a worker thread of the same process (SQLite, production mode). A need is posted through the HTTP API, one at a time; latency runs from the bus's publish (after the commit) to each client's receipt, for every (event, subscriber) pair, after 3 warm-up events. Target: p99 under ${TARGET_P99_MS} ms. Load average when done: ${load} on ${os.cpus().length} cores (the tail grows with whatever else the machine runs).\n\n${table}\n\n${verdicts}`,
  );
  console.log(table);
  console.log(verdicts);
}

if (isMainThread) {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
} else {
  clientsWorker(workerData as ClientsJob).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
