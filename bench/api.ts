/**
 * API benchmark: the GraphQL server beside a bare HTTP handler that runs the same SQL and returns the
 * same JSON, under autocannon, on MariaDB and on SQLite seeded with the same 100,000 volunteers.
 *   npm run bench:api [-- --volunteers 100000 --seconds 10 --connections 10 --db mariadb,sqlite]
 * Each server runs in this process; autocannon runs in a child process, so the load generator never
 * shares the servers' event loop. Results go to docs/benchmarks.md ("API") and bench/results/api.json.
 */
import 'reflect-metadata';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import mysql from 'mysql2/promise';
import type { DatabaseConfig } from '../server/src/core/config';
import { sqlStatementCount } from '../server/src/core/data-source';
import { openDatabase } from '../server/src/database';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDatabase } from '../seeds/seed';
import { benchDatabase, startBenchServer } from './database';
import { writeSection } from './report';

const run = promisify(execFile);

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1]! : fallback;
}

const VOLUNTEERS = Number(option('volunteers', '100000'));
const SECONDS = Number(option('seconds', '10'));
const CONNECTIONS = Number(option('connections', '10'));
const KINDS = option('db', 'mariadb,sqlite').split(',') as ('mariadb' | 'sqlite')[];
/** `--only GraphQL` measures one server alone, e.g. under --cpu-prof. */
const ONLY = option('only', '');
/** `--workload "nested query"` measures one workload alone. */
const WORKLOAD = option('workload', '');

/** A city's sites → their open needs → assignments → volunteers, 50 sites a page. */
const NESTED = `query($city: String!) { sites(first: 50, filter: { cityCode: $city }) { edges { node {
  id name needs(status: OPEN) { id title headcount assignments { id status volunteer { id name unitId } } } } } } }`;
/** What every request pays before any field: HTTP, the token and its account, parsing, the limits. */
const EMPTY = '{ __typename }';
/** A coordinator correcting a volunteer's title: one audited write. */
const MUTATION = `mutation($id: ID!, $title: String!) { updateVolunteer(id: $id, input: { title: $title }) { id title } }`;

const WORKLOADS = ['nested query', 'mutation', 'empty query'] as const;
type Workload = (typeof WORKLOADS)[number];

interface Measured {
  db: string;
  workload: Workload;
  server: 'GraphQL' | 'bare handler';
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  statementsPerRequest: number;
  /** CPU time of this process (where both servers run; the load generator is a child) per request. */
  cpuMsPerRequest: number;
}

/** The SQL a bare handler runs, on either driver. */
interface Sql {
  all(sql: string, params: unknown[]): Promise<Record<string, unknown>[]>;
  run(sql: string, params: unknown[]): Promise<void>;
  close(): Promise<void>;
}

function sqlFor(config: DatabaseConfig): Sql {
  if (config.kind === 'sqlite') {
    const db = new Database(config.path);
    return {
      all: async (sql, params) => db.prepare(sql).all(...params) as Record<string, unknown>[],
      run: async (sql, params) => void db.prepare(sql).run(...params),
      close: async () => void db.close(),
    };
  }
  const pool = mysql.createPool({
    host: config.host,
    port: config.port,
    user: config.username,
    password: config.password,
    database: config.database,
    connectionLimit: 10,
  });
  return {
    all: async (sql, params) => (await pool.query(sql, params))[0] as Record<string, unknown>[],
    run: async (sql, params) => void (await pool.query(sql, params)),
    close: () => pool.end(),
  };
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** The same four statements the GraphQL server's loaders run, assembled into the same JSON. */
async function bareNested(sql: Sql, city: string): Promise<unknown> {
  const sites = await sql.all('SELECT id, name FROM site WHERE cityCode = ? ORDER BY id LIMIT 51', [city]);
  const page = sites.slice(0, 50);
  const needs = page.length
    ? await sql.all(
        `SELECT id, siteId, title, headcount FROM service_need WHERE status = 'OPEN' AND siteId IN (${placeholders(page.length)}) ORDER BY id`,
        page.map((s) => s.id),
      )
    : [];
  const assignments = needs.length
    ? await sql.all(
        `SELECT id, needId, status, volunteerId FROM assignment WHERE needId IN (${placeholders(needs.length)}) ORDER BY id`,
        needs.map((n) => n.id),
      )
    : [];
  const volunteerIds = [...new Set(assignments.map((a) => a.volunteerId))];
  const volunteers = volunteerIds.length
    ? await sql.all(
        `SELECT id, name, unitId FROM volunteer WHERE id IN (${placeholders(volunteerIds.length)})`,
        volunteerIds,
      )
    : [];
  const volunteerById = new Map(
    volunteers.map((v) => [v.id, { id: String(v.id), name: v.name, unitId: String(v.unitId) }]),
  );
  return {
    data: {
      sites: {
        edges: page.map((site) => ({
          node: {
            id: String(site.id),
            name: site.name,
            needs: needs
              .filter((n) => n.siteId === site.id)
              .map((n) => ({
                id: String(n.id),
                title: n.title,
                headcount: n.headcount,
                assignments: assignments
                  .filter((a) => a.needId === n.id)
                  .map((a) => ({
                    id: String(a.id),
                    status: a.status,
                    volunteer: volunteerById.get(a.volunteerId),
                  })),
              })),
          },
        })),
      },
    },
  };
}

async function bareMutation(sql: Sql, id: number, title: string): Promise<unknown> {
  await sql.run('UPDATE volunteer SET title = ? WHERE id = ?', [title, id]);
  const [row] = await sql.all('SELECT id, title FROM volunteer WHERE id = ?', [id]);
  return { data: { updateVolunteer: { id: String(row!.id), title: row!.title } } };
}

function startBare(sql: Sql, statements: { count: number }): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    // Every failure is answered as a 500 inside, so the promise is left to settle alone.
    req.on('end', () => void answer());
    const answer = async () => {
      try {
        const { query, variables = {} } = JSON.parse(body) as {
          query: string;
          variables?: Record<string, string>;
        };
        const nested = query.includes('sites(');
        const empty = query === EMPTY;
        const result = empty
          ? { data: { __typename: 'Query' } }
          : nested
            ? await bareNested(sql, variables.city!)
            : await bareMutation(sql, Number(variables.id), variables.title!);
        statements.count += empty ? 0 : nested ? 4 : 2;
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
      } catch (error) {
        res.writeHead(500).end(String(error));
      }
    };
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

interface Autocannon {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
}

async function load(url: string, body: string, token: string | null): Promise<Autocannon> {
  const args = [
    path.resolve('node_modules/autocannon/autocannon.js'),
    '-j',
    '-c',
    String(CONNECTIONS),
    '-d',
    String(SECONDS),
    '-m',
    'POST',
    '-H',
    'content-type=application/json',
    ...(token ? ['-H', `authorization=Bearer ${token}`] : []),
    '-b',
    body,
    url,
  ];
  const { stdout } = await run(process.execPath, args, { maxBuffer: 1 << 26 });
  return JSON.parse(stdout) as Autocannon;
}

async function graphql(url: string, token: string, query: string, variables: object): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

async function benchmark(kind: 'mariadb' | 'sqlite'): Promise<Measured[]> {
  const database = await benchDatabase(kind, 'api');
  const seeding = await openDatabase(database);
  console.error(`api ${kind}: seeding ${VOLUNTEERS} volunteers …`);
  await seedDatabase(seeding, { volunteers: VOLUNTEERS, needs: Math.max(100, VOLUNTEERS / 50), seed: 2019 });
  // The city with the most sites, so each page is full.
  const [busiest] = (await seeding.query(
    'SELECT cityCode, COUNT(*) AS n FROM site GROUP BY cityCode ORDER BY n DESC, cityCode LIMIT 1',
  )) as { cityCode: string }[];
  const [someone] = (await seeding.query('SELECT id FROM volunteer ORDER BY id LIMIT 1')) as { id: number }[];
  await seeding.destroy();

  const server = await startBenchServer(database);
  const sql = sqlFor(database);
  const bareStatements = { count: 0 };
  const bare = await startBare(sql, bareStatements);
  const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/graphql`;
  try {
    const loginResponse = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }',
        variables: { u: DEMO_ACCOUNTS.admin.username, p: DEMO_PASSWORD },
      }),
    });
    const token = ((await loginResponse.json()) as { data: { login: { accessToken: string } } }).data.login
      .accessToken;
    // Coordinators look at a city after planning it, so its open needs carry proposals: without
    // them the query would stop at the needs (the seed leaves open needs unassigned).
    const [campaign] = (await server.dataSource.query('SELECT id FROM campaign ORDER BY id LIMIT 1')) as {
      id: number;
    }[];
    const planned = (await graphql(
      server.url,
      token,
      'mutation($c: ID!, $city: String!) { proposeMatchingPlan(campaignId: $c, scope: { cityCode: $city }) { assignments { needId } } }',
      { c: String(campaign!.id), city: busiest!.cityCode },
    )) as { data?: { proposeMatchingPlan: { assignments: unknown[] } } };
    const proposals = planned.data?.proposeMatchingPlan.assignments.length;
    if (!proposals)
      throw new Error(`planning the city proposed nothing: ${JSON.stringify(planned).slice(0, 300)}`);
    console.error(`api ${kind}: ${proposals} proposals on the city's open needs`);
    const bodies: Record<Workload, string> = {
      'empty query': JSON.stringify({ query: EMPTY }),
      'nested query': JSON.stringify({ query: NESTED, variables: { city: busiest!.cityCode } }),
      mutation: JSON.stringify({
        query: MUTATION,
        variables: { id: String(someone!.id), title: '高级教师' },
      }),
    };
    // Same answer from both, or the comparison means nothing.
    const answer = async (url: string, body: string, auth: boolean) =>
      JSON.stringify(
        await (
          await fetch(url, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              ...(auth ? { authorization: `Bearer ${token}` } : {}),
            },
            body,
          })
        ).json(),
      );
    for (const workload of WORKLOADS) {
      const [graphqlAnswer, bareAnswer] = [
        await answer(server.url, bodies[workload], true),
        await answer(bareUrl, bodies[workload], false),
      ];
      if (graphqlAnswer !== bareAnswer)
        throw new Error(
          `the two servers disagree on the ${workload}:\n${graphqlAnswer.slice(0, 300)}\n${bareAnswer.slice(0, 300)}`,
        );
    }

    const results: Measured[] = [];
    for (const workload of WORKLOADS) {
      if (WORKLOAD && workload !== WORKLOAD) continue;
      for (const which of ['GraphQL', 'bare handler'] as const) {
        if (ONLY && which !== ONLY) continue;
        console.error(`api ${kind}: ${workload}, ${which} …`);
        const statementsBefore =
          which === 'GraphQL' ? sqlStatementCount(server.dataSource) : bareStatements.count;
        const cpuBefore = process.cpuUsage();
        const measured = await load(
          which === 'GraphQL' ? server.url : bareUrl,
          bodies[workload],
          which === 'GraphQL' ? token : null,
        );
        const cpu = process.cpuUsage(cpuBefore);
        const statements =
          (which === 'GraphQL' ? sqlStatementCount(server.dataSource) : bareStatements.count) -
          statementsBefore;
        results.push({
          db: kind === 'mariadb' ? 'MariaDB' : 'SQLite',
          workload,
          server: which,
          requestsPerSecond: measured.requests.average,
          p50: measured.latency.p50,
          p99: measured.latency.p99,
          errors: measured.errors + measured.non2xx,
          statementsPerRequest: statements / Math.max(1, measured.requests.total),
          cpuMsPerRequest: (cpu.user + cpu.system) / 1000 / Math.max(1, measured.requests.total),
        });
      }
    }
    return results;
  } finally {
    await new Promise((resolve) => bare.close(resolve));
    await sql.close();
    await server.stop();
    if (database.kind === 'sqlite') fs.rmSync(path.dirname(database.path), { recursive: true, force: true });
  }
}

function table(rows: Measured[]): string {
  const lines = [
    '| database | workload | server | requests/s | p50 (ms) | p99 (ms) | errors | SQL statements / request | server CPU / request (ms) | ratio to bare |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of rows) {
    const bare =
      rows.find((b) => b.db === r.db && b.workload === r.workload && b.server === 'bare handler') ?? r;
    lines.push(
      `| ${r.db} | ${r.workload} | ${r.server} | ${r.requestsPerSecond.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.statementsPerRequest.toFixed(1)} | ${r.cpuMsPerRequest.toFixed(2)} | ${(r.requestsPerSecond / bare.requestsPerSecond).toFixed(2)} |`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const rows: Measured[] = [];
  for (const kind of KINDS) rows.push(...(await benchmark(kind)));
  fs.mkdirSync(path.resolve('bench/results'), { recursive: true });
  fs.writeFileSync(path.resolve('bench/results/api.json'), `${JSON.stringify(rows, null, 2)}\n`);
  writeSection(
    'API',
    `${VOLUNTEERS.toLocaleString('en')} seeded volunteers; autocannon, ${CONNECTIONS} connections, ${SECONDS} s per row, in a child process. The nested query is a city's sites → open needs → assignments → volunteers (50 sites a page), after the city has been planned so its open needs carry proposals; the mutation is \`updateVolunteer\` (title), which the platform runs in a transaction with its audit event; the empty query (\`{ __typename }\`) is what every request pays before its first field. The bare handler runs the same SQL through the driver (mysql2 / better-sqlite3) and returns the same JSON (checked byte for byte for every workload before measuring), with no authentication, validation, access rules or audit. Server CPU is the CPU time of the process both servers run in (the load generator is a child process) divided by the requests served: it varies less with the machine's other load than requests/s. Goal: GraphQL at least 0.5 × the bare handler's requests/s.\n\n${table(rows)}`,
  );
  console.error(table(rows));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
