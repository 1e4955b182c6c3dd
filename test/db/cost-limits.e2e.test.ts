import { performance } from 'node:perf_hooks';
import { loadConfig } from '../../server/src/core/config';
import { ExpensiveFields } from '../../server/src/core/query-limits';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../seeds/seed';
import { Role } from '../../server/src/core/actor';
import { testDbKind } from '../support/test-database';
import { startHealthPoller, type HealthPolls } from '../support/health-poller';
import { startTestServer, type TestServer } from '../support/test-server';

const defaults = loadConfig({ NODE_ENV: 'test' });

/** POSTs a GraphQL body and returns the HTTP status, the parsed body and how long it took. */
async function post(
  url: string,
  payload: unknown,
  token?: string | null,
): Promise<{ status: number; body: any; millis: number; retryAfter: string | null }> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(payload),
  });
  return {
    status: response.status,
    body: await response.json(),
    millis: performance.now() - started,
    retryAfter: response.headers.get('retry-after'),
  };
}

function aliased(count: number, field: (i: number) => string): string {
  return Array.from({ length: count }, (_, i) => `a${i}: ${field(i)}`).join('\n');
}

const PLAN_FIELD = 'matchingPlan(campaignId: "1") { metrics { plannedPlaces } }';

/** What the plan documents here (plain strings: some are built to exceed the limits) answer. */
interface PlanAnswer {
  matchingPlan: { metrics: { plannedPlaces: number } };
}

describe(`expensive fields are refused before any work (${testDbKind()})`, () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ seed: { volunteers: 120 } });
  });

  afterAll(() => server.stop());

  it('refuses 2,500 aliased logins with TOO_MANY_EXPENSIVE_FIELDS before any is checked', async () => {
    const query = `mutation { ${aliased(2500, (i) => `login(username: "admin", password: "guess-${i}-xxxxxxxx") { accessToken }`)} }`;
    let answer!: Awaited<ReturnType<typeof post>>;
    // Each login reads its account before scrypt: no statement means no login ran at all.
    const statements = await server.countStatements(async () => {
      answer = await post(server.url, { query }, null);
    });
    expect(statements).toBe(0);
    expect(answer.status).toBe(400);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors).toHaveLength(1);
    expect(answer.body.errors[0].extensions).toEqual({
      code: 'TOO_MANY_EXPENSIVE_FIELDS',
      field: 'login',
      group: ExpensiveFields.passwordHashing.group,
      count: 2,
      maxPerOperation: 1,
    });
    // One scrypt is ~180 ms; 2,500 of them would take minutes even on every libuv thread.
    expect(answer.millis).toBeLessThan(5000);
  });

  it('counts logins spread through fragments and mixed with changePassword', async () => {
    const viaFragments = await post(
      server.url,
      {
        query: `mutation { ...A ...B }
          fragment A on Mutation { login(username: "admin", password: "aaaaaaaaaaaa") { accessToken } }
          fragment B on Mutation { again: login(username: "admin", password: "bbbbbbbbbbbb") { accessToken } }`,
      },
      null,
    );
    expect(viaFragments.body.errors[0].extensions).toMatchObject({
      code: 'TOO_MANY_EXPENSIVE_FIELDS',
      count: 2,
    });
    const mixed = await server.gql(
      `mutation {
        login(username: "admin", password: "aaaaaaaaaaaa") { accessToken }
        changePassword(currentPassword: "aaaaaaaaaaaa", newPassword: "bbbbbbbbbbbbbb") { accessToken }
      }`,
    );
    expect(mixed.errors?.[0]?.extensions).toMatchObject({
      code: 'TOO_MANY_EXPENSIVE_FIELDS',
      field: 'changePassword',
    });
  });

  it('refuses a batch of operations in one request, so logins cannot be sent as a batch either', async () => {
    const login = {
      query: 'mutation { login(username: "admin", password: "guess-xxxxxxxx") { accessToken } }',
    };
    let answer!: Awaited<ReturnType<typeof post>>;
    const statements = await server.countStatements(async () => {
      answer = await post(server.url, [login, login, login], null);
    });
    expect(statements).toBe(0);
    expect(answer.status).toBe(400);
  });

  it('still signs in with one login per operation', async () => {
    const token = await server.login(DEMO_ACCOUNTS.coordinator.username, DEMO_PASSWORD);
    expect(token).toEqual(expect.any(String));
  });

  it('refuses 1,600 aliased matchingPlans before any plan is read', async () => {
    let response!: Awaited<ReturnType<TestServer['gql']>>;
    const statements = await server.countStatements(async () => {
      response = await server.gql(`{ ${aliased(1600, () => PLAN_FIELD)} }`);
    });
    expect(statements).toBe(0);
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]!.extensions).toMatchObject({
      code: 'TOO_MANY_EXPENSIVE_FIELDS',
      field: 'matchingPlan',
      count: 2,
      maxPerOperation: ExpensiveFields.planning.max,
    });
  });

  it('refuses two different planning fields in one operation', async () => {
    const statements = await server.countStatements(async () => {
      const response = await server.gql(`{ ${PLAN_FIELD} teamFormationProposal(unitId: "2") { uncovered } }`);
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'TOO_MANY_EXPENSIVE_FIELDS',
        field: 'teamFormationProposal',
      });
    });
    expect(statements).toBe(0);
  });

  it('prices totals and report previews so that only a handful fit in one operation', async () => {
    const totals = await server.gql(`{ ${aliased(30, () => 'serviceTotals(groupBy: UNIT) { key }')} }`);
    expect(totals.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
    const few = await server.gql(`{ ${aliased(5, () => 'serviceTotals(groupBy: UNIT) { key }')} }`);
    expect(few.errors).toBeUndefined();
  });

  it('answers one plan as before', async () => {
    const response = await server.gql<PlanAnswer>(`{ ${PLAN_FIELD} }`);
    expect(response.errors).toBeUndefined();
    expect(response.data!.matchingPlan.metrics.plannedPlaces).toBeGreaterThan(0);
  });
});

describe(`scope limits (${testDbKind()})`, () => {
  let volunteersCapped: TestServer;
  let pairsCapped: TestServer;
  let memoryCapped: TestServer;

  beforeAll(async () => {
    [volunteersCapped, pairsCapped, memoryCapped] = await Promise.all([
      startTestServer({
        seed: { volunteers: 120 },
        config: { heavyWork: { ...defaults.heavyWork, maxPlanVolunteers: 100 } },
      }),
      startTestServer({
        seed: { volunteers: 120 },
        config: { heavyWork: { ...defaults.heavyWork, maxPlanPairs: 10 } },
      }),
      startTestServer({
        seed: { volunteers: 120 },
        // Far too little heap for any plan: the thread runs out of memory and ends. Given directly,
        // under the setting's floor (HEAVY_WORK_MEMORY_MB ≥ 32): enough to start a thread (Node 24
        // kills the whole process below about 4 MB), too little to load the planner.
        config: { heavyWork: { ...defaults.heavyWork, workerMemoryMb: 8 } },
      }),
    ]);
  });

  afterAll(() => Promise.all([volunteersCapped?.stop(), pairsCapped?.stop(), memoryCapped?.stop()]));

  it('refuses a plan over more volunteers than PLAN_MAX_VOLUNTEERS with SCOPE_TOO_LARGE', async () => {
    const statements = await volunteersCapped.countStatements(async () => {
      const response = await volunteersCapped.gql(`{ ${PLAN_FIELD} }`);
      expect(response.errors).toHaveLength(1);
      expect(response.errors![0]!.extensions).toMatchObject({
        code: 'SCOPE_TOO_LARGE',
        field: 'scope',
        maxSize: 100,
      });
      expect(response.errors![0]!.extensions!.size).toBeGreaterThan(100);
    });
    // The campaign and one COUNT: no volunteer was read.
    expect(statements).toBeLessThanOrEqual(2);
  });

  it('refuses team formation over more volunteers than PLAN_MAX_VOLUNTEERS, naming unitId', async () => {
    // The province's union: every seeded volunteer is under it.
    const response = await volunteersCapped.gql('{ teamFormationProposal(unitId: "1") { uncovered } }');
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]!.extensions).toMatchObject({
      code: 'SCOPE_TOO_LARGE',
      field: 'unitId',
      maxSize: 100,
    });
    expect(response.errors![0]!.extensions!.size).toBeGreaterThan(100);
    expect(response.data).toBeNull();
  });

  it('refuses a plan with more candidate pairs than PLAN_MAX_CANDIDATE_PAIRS, from the worker thread', async () => {
    const response = await pairsCapped.gql(`{ ${PLAN_FIELD} }`);
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]!.extensions).toMatchObject({
      code: 'SCOPE_TOO_LARGE',
      field: 'scope',
      maxSize: 10,
    });
    // The thread survives a refused job.
    const suggestions = await pairsCapped.gql('{ serviceCategories { category } }');
    expect(suggestions.errors).toBeUndefined();
  });

  it('ends a thread that runs out of its heap with SCOPE_TOO_LARGE, and the server serves on', async () => {
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await memoryCapped.gql(`{ ${PLAN_FIELD} }`);
      expect(response.errors).toHaveLength(1);
      expect(response.errors![0]!.extensions).toEqual({ code: 'SCOPE_TOO_LARGE', field: 'scope' });
    }
    const health = await fetch(new URL('/healthz', memoryCapped.url));
    expect(health.status).toBe(200);
  });
});

/** How a run of heavy work went, seen by /healthz polled from another process. */
interface PolledRun {
  millis: number;
  polls: number;
  worstPollMillis: number;
}

/**
 * Runs `work` up to three times while /healthz is polled, until one run sees every poll answered
 * within the bound, and returns the best run. The machine is shared with other work, so the OS
 * alone may hold this process for a while: of three runs the best counts, and a slower run (a busier
 * machine) may take an eighth of the work's time.
 */
async function bestPolledRun(port: number, work: () => Promise<void>, between?: () => Promise<void>) {
  const allowed = (run: PolledRun) => Math.max(200, run.millis / 8);
  const runs: PolledRun[] = [];
  for (let attempt = 0; attempt < 3; attempt++) {
    if (attempt > 0 && between) await between();
    const poller = await startHealthPoller(port);
    const started = performance.now();
    let polled: HealthPolls;
    try {
      await work();
    } finally {
      polled = await poller.stop();
    }
    const run = {
      millis: performance.now() - started,
      polls: polled.polls,
      worstPollMillis: polled.worstMillis,
    };
    runs.push(run);
    if (run.worstPollMillis < 200) break;
  }
  const best = runs.reduce((a, b) =>
    b.worstPollMillis / allowed(b) < a.worstPollMillis / allowed(a) ? b : a,
  );
  return { best, allowed: allowed(best) };
}

describe(`heavy work does not hold up the server (${testDbKind()})`, () => {
  let server: TestServer;
  let port: number;
  // Everyone weighed, available or not: the heaviest plan this world allows.
  const PROVINCE_PLAN = `{ matchingPlan(campaignId: "1", includeUnavailable: true) {
    assignments { volunteerId needId score }
    metrics { openPlaces plannedPlaces candidateEdges }
  } }`;

  beforeAll(async () => {
    // Big enough that the heaviest allowed request, a province plan, takes several times the 200 ms
    // bound (0.9–1.2 s on this 2-core machine, more when it is busy).
    server = await startTestServer({
      seed: { volunteers: 5000, needs: 500 },
      config: { heavyWork: { ...defaults.heavyWork, threads: 1, queue: 1 } },
    });
    port = server.server.port;
    await server.gql(PROVINCE_PLAN); // warms the thread and the code paths, as a running server is
  }, 240_000);

  afterAll(() => server.stop());

  it('answers /healthz within 200 ms while a province plan runs', async () => {
    const { best, allowed } = await bestPolledRun(port, async () => {
      const response = await server.gql<PlanAnswer>(PROVINCE_PLAN);
      expect(response.errors).toBeUndefined();
      expect(response.data!.matchingPlan.metrics.plannedPlaces).toBeGreaterThan(500);
    });
    // The plan must be long enough for the measurement to mean something: at least twice the bound,
    // so a loop held for the solve (most of the plan's time), as before, could not pass.
    expect(best.millis).toBeGreaterThan(400);
    expect(best.polls).toBeGreaterThanOrEqual(5);
    expect(best.worstPollMillis).toBeLessThan(allowed);
  }, 120_000);

  it('refuses plans beyond the running one and its queue with SERVER_BUSY (HTTP 503)', async () => {
    const answers = await Promise.all(
      [0, 1, 2, 3].map(() => post(server.url, { query: PROVINCE_PLAN }, server.adminToken)),
    );
    const busy = answers.filter((a) => a.body.errors?.[0]?.extensions?.code === 'SERVER_BUSY');
    const planned = answers.filter((a) => a.body.data?.matchingPlan);
    // One runs, one waits (queue 1), the rest are refused at once.
    expect(planned).toHaveLength(2);
    expect(busy).toHaveLength(2);
    for (const answer of busy) {
      expect(answer.status).toBe(503);
      expect(answer.retryAfter).toBe(String(answer.body.errors[0].extensions.retryAfterSeconds));
      expect(answer.body.errors[0].extensions.retryAfterSeconds).toBeGreaterThan(0);
    }
    // After the rush the server plans again.
    expect((await server.gql(PROVINCE_PLAN)).errors).toBeUndefined();
  }, 120_000);

  // Last: it writes the plan's proposals (and clears them between attempts).
  it('answers /healthz within 200 ms while a province plan is proposed, and writes every proposal', async () => {
    const PROPOSE = `mutation { proposeMatchingPlan(campaignId: "1", includeUnavailable: true) {
      metrics { plannedPlaces } } }`;
    let planned = 0;
    const { best, allowed } = await bestPolledRun(
      port,
      async () => {
        const response = await server.gql<{ proposeMatchingPlan: PlanAnswer['matchingPlan'] }>(PROPOSE);
        expect(response.errors).toBeUndefined();
        planned = response.data!.proposeMatchingPlan.metrics.plannedPlaces;
      },
      async () => {
        // Back to the world before the proposal, so each attempt writes the same plan.
        await server.dataSource.query(`DELETE FROM audit_event WHERE entityType = 'Assignment'`);
        await server.dataSource.query('DELETE FROM assignment');
      },
    );
    // Over a thousand proposals: written in one transaction, they held SQLite's loop for seconds.
    expect(planned).toBeGreaterThan(1000);
    const [{ count }] = await server.dataSource.query(
      `SELECT COUNT(*) AS count FROM assignment WHERE status = 'PROPOSED'`,
    );
    expect(Number(count)).toBe(planned);
    expect(best.millis).toBeGreaterThan(400);
    expect(best.polls).toBeGreaterThanOrEqual(5);
    expect(best.worstPollMillis).toBeLessThan(allowed);
  }, 240_000);
});

describe(`exports and reports over many records do not hold up the server (${testDbKind()})`, () => {
  let server: TestServer;
  let port: number;
  /** The units with the most approved records, most first, and a coordinator's token for each. */
  let units: { unitId: string; records: number; token: string }[];
  const CREATE = `mutation($input: CreateArchiveExportInput!) {
    createArchiveExport(input: $input) { id recordCount issueCount }
  }`;

  beforeAll(async () => {
    // About 4,600 records for the largest unit: several times the 200 ms bound to export.
    server = await startTestServer({ seed: { volunteers: 3000, records: 150_000 } });
    port = server.server.port;
    const counts: { unitId: number; records: number }[] = await server.dataSource.query(
      `SELECT v.unitId AS unitId, COUNT(*) AS records FROM service_record r
         JOIN volunteer v ON v.id = r.volunteerId WHERE r.status = 'APPROVED'
         GROUP BY v.unitId ORDER BY records DESC, v.unitId LIMIT 4`,
    );
    units = [];
    for (const { unitId, records } of counts) {
      const token = await server.signInAs({
        username: `exporter-${unitId}`,
        role: Role.UNIT_COORDINATOR,
        unitId: String(unitId),
      });
      units.push({ unitId: String(unitId), records: Number(records), token });
    }
  }, 600_000);

  afterAll(() => server.stop());

  const exportUnit = (unit: { unitId: string; token: string }) =>
    server.gql<{ createArchiveExport: { recordCount: number } }>(
      CREATE,
      { input: { scope: 'UNIT', scopeId: unit.unitId, rangeStart: '2000-01-01', rangeEnd: '2099-12-31' } },
      { token: unit.token },
    );

  it("answers /healthz within 200 ms while a unit's records are exported", async () => {
    let attempt = 0;
    let exported = 0;
    const { best, allowed } = await bestPolledRun(port, async () => {
      // Each attempt exports another unit: a unit's records are exported once.
      const response = await exportUnit(units[attempt++]!);
      expect(response.errors).toBeUndefined();
      exported = Math.max(exported, response.data!.createArchiveExport.recordCount);
    });
    expect(exported).toBeGreaterThan(1000);
    expect(best.millis).toBeGreaterThan(400);
    expect(best.polls).toBeGreaterThanOrEqual(5);
    expect(best.worstPollMillis).toBeLessThan(allowed);
  }, 240_000);

  it('answers /healthz within 200 ms while the province overview sums every record', async () => {
    const [campaign] = await server.dataSource.query('SELECT id FROM campaign ORDER BY id LIMIT 1');
    const { best, allowed } = await bestPolledRun(port, async () => {
      const response = await server.gql<{ statusReportOverview: { byCity: unknown[] } }>(
        `query($c: ID!) { statusReportOverview(campaignId: $c, milestone: SUMMARY) {
          submitted byCity { key hours personTimes } byCategory { key hours } } }`,
        { c: String(campaign.id) },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!.statusReportOverview.byCity.length).toBeGreaterThan(1);
    });
    // Two statements over 150,000 records: on SQLite's connection they held the loop for 2 s.
    expect(best.millis).toBeGreaterThan(400);
    expect(best.polls).toBeGreaterThanOrEqual(5);
    expect(best.worstPollMillis).toBeLessThan(allowed);
  }, 120_000);

  // SQLite sorts a batch's candidates in one synchronous step: the batch size bounds it.
  (testDbKind() === 'sqlite' ? it : it.skip)(
    'refuses a batch over EXPORT_MAX_RECORDS_SQLITE with SCOPE_TOO_LARGE, before anything is written',
    async () => {
      const province = await server.signInAs({
        username: 'exporter-province',
        role: Role.UNIT_COORDINATOR,
        unitId: '1',
      });
      const before = await server.dataSource.query('SELECT COUNT(*) AS count FROM archive_export');
      const response = await exportUnit({ unitId: '1', token: province });
      expect(response.errors).toHaveLength(1);
      const error = response.errors![0]!;
      expect(error.extensions).toMatchObject({
        code: 'SCOPE_TOO_LARGE',
        field: 'rangeEnd',
        maxSize: defaults.heavyWork.maxSqliteExportRecords,
      });
      expect(error.extensions!.size).toBeGreaterThan(defaults.heavyWork.maxSqliteExportRecords);
      expect(error.message).toContain('shorter date range');
      expect(await server.dataSource.query('SELECT COUNT(*) AS count FROM archive_export')).toEqual(before);
    },
  );

  it('serves other requests while it exports, each write in its own transaction', async () => {
    const exporting = exportUnit(units[3]!); // one the test before never exports
    await new Promise((resolve) => setTimeout(resolve, 30));
    // A write and a read of another account while the export runs: neither joins its transaction.
    const created = await server.gql<{ createApiToken: { apiToken: { id: string } } }>(
      'mutation { createApiToken(name: "导出期间") { apiToken { id } } }',
    );
    const me = await server.gql('{ me { id } }');
    const exported = await exporting;
    expect(created.errors).toBeUndefined();
    expect(me.errors).toBeUndefined();
    expect(exported.errors).toBeUndefined();
    const [row] = await server.dataSource.query('SELECT COUNT(*) AS count FROM api_token WHERE id = ?', [
      Number(created.data!.createApiToken.apiToken.id),
    ]);
    expect(Number(row.count)).toBe(1);
  }, 120_000);
});
