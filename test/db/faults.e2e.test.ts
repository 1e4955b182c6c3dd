import { SYSTEM_ACTOR } from '../../server/src/core/actor';
import { loadConfig } from '../../server/src/core/config';
import { UnitKind } from '../../server/src/modules/units/unit.entity';
import { UnitService } from '../../server/src/modules/units/unit.service';
import { PrivateMariaDb } from '../support/private-mariadb';
import { testDbKind } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';
import { graphql } from '../graphql';

const CREATE_UNIT = graphql(`
  mutation FaultsCreateUnit($input: CreateUnitInput!) {
    createUnit(input: $input) {
      id
      code
    }
  }
`);

interface Outcome {
  code: string;
  id: string | null;
  error: string | null;
  at: number;
}

/**
 * The database machine dies under a steady stream of writes (SIGKILL: no clean shutdown) and comes
 * back. Every write the API reported as done must be in the database afterwards, and the server must
 * serve again without being restarted. Killing a database server is MariaDB's concern: SQLite runs in
 * the server's own process and has no server to lose.
 */
const onMariaDb = testDbKind() === 'mariadb' ? describe : describe.skip;

onMariaDb('writes survive a MariaDB crash and restart under load (mariadb)', () => {
  let mariadb: PrivateMariaDb;
  let server: TestServer;
  let provinceId: number;
  const saved = process.env.TEST_MARIADB_URL;

  beforeAll(async () => {
    mariadb = await PrivateMariaDb.create();
    process.env.TEST_MARIADB_URL = mariadb.url;
    server = await startTestServer({
      config: { http: { ...loadConfig({ NODE_ENV: 'test' }).http, rateLimitPerMinute: 1_000_000 } },
    });
    const province = await new UnitService(server.dataSource, SYSTEM_ACTOR).create({
      code: 'SD',
      name: '中国教育工会山东省委员会',
      kind: UnitKind.PROVINCE,
      cityCode: '370000',
    });
    provinceId = province.id;
  }, 120_000);

  afterAll(async () => {
    process.env.TEST_MARIADB_URL = saved;
    await server?.stop().catch(() => undefined);
    await mariadb?.destroy();
  });

  it('loses no write that returned success, and recovers without a server restart', async () => {
    const outcomes: Outcome[] = [];
    let next = 0;
    let running = true;
    const writer = async () => {
      while (running) {
        const code = `FAULT-${next++}`;
        const at = Date.now();
        try {
          const response = await server.gql(CREATE_UNIT, {
            input: {
              code,
              name: `压力测试单位${next}`,
              kind: 'CITY',
              cityCode: '370100',
              parentId: String(provinceId),
            },
          });
          const id = response.data?.createUnit?.id ?? null;
          outcomes.push({ code, id, error: id ? null : String(response.errors?.[0]?.extensions?.code), at });
        } catch (error) {
          outcomes.push({ code, id: null, error: String(error), at });
        }
      }
    };
    const writers = Array.from({ length: 4 }, writer);
    const health = async () => (await fetch(new URL('/healthz', server.url))).status;

    await waitFor(() => outcomes.filter((o) => o.id).length >= 20);
    const killedAt = Date.now();
    await mariadb.kill();
    await waitFor(() => outcomes.some((o) => o.at > killedAt && o.error));
    expect(await health()).toBe(503);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await mariadb.start();
    const restartedAt = Date.now();
    await waitFor(() => outcomes.filter((o) => o.id && o.at > restartedAt).length >= 20, 60_000);
    running = false;
    await Promise.all(writers);

    expect(await health()).toBe(200);
    const succeeded = outcomes.filter((o) => o.id);
    const failed = outcomes.filter((o) => !o.id);
    // The outage was real: writes failed while the database was down, and none claimed success falsely.
    expect(failed.length).toBeGreaterThan(0);
    // Said as what it is, so clients know to retry: the database was unreachable.
    for (const f of failed) expect(f.error).toBe('DATABASE_UNAVAILABLE');
    const rows: { id: number; code: string }[] = await server.dataSource.query(
      `SELECT id, code FROM unit WHERE code LIKE 'FAULT-%'`,
    );
    const stored = new Map(rows.map((r) => [r.code, String(r.id)]));
    const lost = succeeded.filter((o) => stored.get(o.code) !== o.id);
    expect(lost).toEqual([]);
    expect(succeeded.length).toBeGreaterThanOrEqual(40);
    // Each write and its audit event commit together: no unit without its trail, before or after the crash.
    const audited: { n: number }[] = await server.dataSource.query(
      `SELECT COUNT(*) AS n FROM unit u WHERE u.code LIKE 'FAULT-%' AND NOT EXISTS
         (SELECT 1 FROM audit_event a WHERE a.entityType = 'Unit' AND a.entityId = CAST(u.id AS CHAR))`,
    );
    expect(Number(audited[0]!.n)).toBe(0);
    console.log(
      `faults: ${outcomes.length} writes tried, ${succeeded.length} succeeded and all found, ${failed.length} refused during the outage, lost 0`,
    );
  }, 180_000);
});

async function waitFor(condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
