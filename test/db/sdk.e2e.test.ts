import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { createClient, login, SdkError } from '../../client-sdk/src/node';
import { importRoster } from '../../client-sdk/examples/import-roster';
import { readRoster } from '../../client-sdk/examples/roster';
import { ServiceRecord } from '../../server/src/modules/service-records/service-record.entity';
import { Volunteer } from '../../server/src/modules/volunteers/volunteer.entity';
import { AccessWorld } from '../support/access-world';
import { TcpProxy } from '../support/tcp-proxy';
import { residentId } from '../support/fixtures';
import { testDbKind } from '../support/test-database';
import { startTestServer, TEST_ADMIN, type TestServer } from '../support/test-server';
import { graphql } from '../graphql';

const ROSTER = path.join(__dirname, '../fixtures/roster.csv');

/** A fetch that lets the server do the work and then loses the answer, as a dropped connection would. */
function losingAnswers(times: number, matching: RegExp) {
  const calls: string[] = [];
  let left = times;
  const flaky: typeof fetch = async (input, init) => {
    const body = String(init?.body ?? '');
    calls.push(body);
    const response = await fetch(input, init);
    if (left > 0 && matching.test(body)) {
      left--;
      await response.text();
      throw new TypeError('fetch failed: socket hang up');
    }
    return response;
  };
  return { flaky, calls };
}

describe(`client SDK against a live server (${testDbKind()})`, () => {
  let server: TestServer;
  let world: AccessWorld;
  let unitId: string;

  beforeAll(async () => {
    server = await startTestServer();
    world = await new AccessWorld(server).build();
    unitId = String(world.units.in.unitId);
  });

  afterAll(() => server.stop());

  it('walks a paginated connection to the end, page by page', async () => {
    const client = createClient({ url: server.url, token: world.tokens.coordinator });
    const seen: string[] = [];
    const pages: number[] = [];
    for (let i = 0; i < 3; i++) {
      await client.volunteers.create({
        unitId,
        name: '周涛',
        documentNumber: residentId('370102', '19890412', 700 + i),
        mobile: `1380000${String(700 + i).padStart(4, '0')}`,
        homeAreaCode: '370103',
      });
    }
    for await (const volunteer of client.volunteers.all({ unitId })) seen.push(volunteer.id);
    const expected = await server.dataSource.getRepository(Volunteer).countBy({ unitId: Number(unitId) });
    expect(seen).toHaveLength(expected);
    expect(new Set(seen).size).toBe(expected);
    // Small pages: the iterator must follow endCursor, not stop at the first page.
    let after: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof client.volunteers.page>> = await client.volunteers.page(
        { unitId },
        { first: 2, after },
      );
      pages.push(page.edges.length);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(pages.reduce((a, b) => a + b, 0)).toBe(expected);
    expect(pages.length).toBeGreaterThan(1);
  });

  it("turns the server's errors into SdkError with its code and the field at fault", async () => {
    const client = createClient({ url: server.url, token: world.tokens.coordinator });
    const error = await client.volunteers
      .create({
        unitId,
        name: '周涛',
        documentNumber: '370102198904120371',
        mobile: '13800000001',
        homeAreaCode: '370103',
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SdkError);
    expect((error as SdkError).code).toBe('BAD_USER_INPUT');
    expect((error as SdkError).field).toMatch(/documentNumber$/);
    const anonymous = createClient({ url: server.url });
    const refused = await anonymous.volunteers.get('1').catch((e: unknown) => e);
    expect((refused as SdkError).code).toBe('UNAUTHENTICATED');
  });

  it('retries a lost service-record submission with its idempotency key: one record, not two', async () => {
    const { flaky, calls } = losingAnswers(2, /RecordService/);
    const client = createClient({
      url: server.url,
      token: world.tokens.leader,
      fetch: flaky,
      retry: { baseDelayMs: 5 },
    });
    const side = world.units.in;
    const { projectId, postIds } = await world.recordsProject(side);
    const { startsAt, endsAt } = world.slot();
    const repo = server.dataSource.getRepository(ServiceRecord);
    const before = await repo.countBy({ projectId });
    const record = await client.records.record({
      projectId: String(projectId),
      postId: String(postIds[0]),
      volunteerId: String(side.members[0]!.id),
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
      submit: true,
    });
    expect(calls.filter((c) => /RecordService/.test(c))).toHaveLength(3);
    expect(await repo.countBy({ projectId })).toBe(before + 1);
    expect((await repo.findOneByOrFail({ id: Number(record.id) })).status).toBe('SUBMITTED');
  });

  it('retries a lost volunteer registration without registering the person twice', async () => {
    const { flaky, calls } = losingAnswers(1, /CreateVolunteer/);
    const client = createClient({
      url: server.url,
      token: world.tokens.coordinator,
      fetch: flaky,
      retry: { baseDelayMs: 5 },
    });
    const documentNumber = residentId('370102', '19900101', 801);
    const created = await client.volunteers.create({
      unitId,
      name: '陈静',
      documentNumber,
      mobile: '13800000801',
      homeAreaCode: '370102',
    });
    expect(created.documentNumber).toBe(documentNumber);
    expect(calls.filter((c) => /CreateVolunteer/.test(c))).toHaveLength(1);
    expect(await server.dataSource.getRepository(Volunteer).countBy({ documentNumber })).toBe(1);
  });

  it('retries a query after a transient failure, and never re-sends a mutation the server cannot deduplicate', async () => {
    const { flaky: flakyQuery, calls: queryCalls } = losingAnswers(1, /query Volunteer\b/);
    const reader = createClient({
      url: server.url,
      token: world.tokens.coordinator,
      fetch: flakyQuery,
      retry: { baseDelayMs: 5 },
    });
    expect((await reader.volunteers.get(String(world.units.in.cadre.id)))?.id).toBe(
      String(world.units.in.cadre.id),
    );
    expect(queryCalls).toHaveLength(2);

    const { flaky, calls } = losingAnswers(1, /RecordSupportEntry/);
    const writer = createClient({
      url: server.url,
      token: world.tokens.coordinator,
      fetch: flaky,
      retry: { baseDelayMs: 5 },
    });
    const { projectId } = await world.recordsProject(world.units.in);
    const error = await writer.support
      .record({
        kind: 'FUNDS',
        projectId: String(projectId),
        occurredOn: '2019-05-01',
        amount: '10.00',
        fundingSource: 'UNION_FUNDS',
      })
      .catch((e: unknown) => e);
    expect((error as SdkError).code).toBe('NETWORK_ERROR');
    expect(calls).toHaveLength(1);
  });

  it('signs in and reads with the returned token; a wrong password is UNAUTHENTICATED', async () => {
    const before = Date.now();
    const session = await login(server.url, TEST_ADMIN.username, TEST_ADMIN.password);
    // The expiry comes with the token, so a tool knows when to sign in again.
    expect(session.expiresAt).toBeInstanceOf(Date);
    expect(session.expiresAt.getTime()).toBeGreaterThan(before);
    const client = createClient({ url: server.url, token: session.accessToken });
    const unit = String(world.units.out.unitId);
    const first = await client.volunteers.page({ unitId: unit }, { first: 1 });
    expect(first.edges[0]?.node.unitId).toBe(unit);
    const refused = await login(server.url, TEST_ADMIN.username, 'wrong password').catch((e: unknown) => e);
    expect((refused as SdkError).code).toBe('UNAUTHENTICATED');
  });

  it('asks a token function again when the server refuses its token, over HTTP and the socket', async () => {
    const asked: boolean[] = [];
    const fresh = (await login(server.url, TEST_ADMIN.username, TEST_ADMIN.password)).accessToken;
    // The first token is refused (as an expired one would be); asked again, the function signs in.
    const client = createClient({
      url: server.url,
      token: ({ refused }) => {
        asked.push(refused);
        return asked.length === 1 ? 'expired-token' : fresh;
      },
    });
    const page = await client.volunteers.page({}, { first: 1 });
    expect(page.edges).toHaveLength(1);
    expect(asked).toEqual([false, true]);

    // The socket's first connection gets a refused token too, and reconnects with a fresh one.
    asked.length = 0;
    const events = client.events.needsPosted();
    const first = events.next();
    let received: Awaited<typeof first> | null = null;
    for (let attempt = 0; attempt < 40 && !received; attempt++) {
      await server.gql(
        graphql(`
          mutation SdkPostServiceNeed($input: PostServiceNeedInput!) {
            postServiceNeed(input: $input) {
              id
            }
          }
        `),
        {
          input: {
            siteId: String(world.units.in.siteId),
            campaignId: String(world.campaignId),
            title: '安全知识讲座',
            category: 'SAFETY_TALK',
            headcount: 2,
            startsAt: new Date(Date.UTC(world.year, 3, 1 + attempt)).toISOString(),
            endsAt: new Date(Date.UTC(world.year, 3, 1 + attempt, 2)).toISOString(),
          },
        },
      );
      received = await Promise.race([first, new Promise<null>((r) => setTimeout(() => r(null), 250))]);
    }
    expect(received?.done).toBe(false);
    expect(asked.slice(0, 2)).toEqual([false, true]);
    await events.return();
    await client.close();
  }, 60_000);

  it('sends extra headers, and moves to the next server URL when one cannot be reached', async () => {
    const seen: { url: string; trace: string | null }[] = [];
    const watching: typeof fetch = (input, init) => {
      seen.push({ url: String(input), trace: new Headers(init?.headers).get('x-trace-id') });
      return fetch(input, init);
    };
    const closed = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as net.AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const down = `http://127.0.0.1:${closed}/graphql`;
    const client = createClient({
      url: [down, server.url],
      token: world.tokens.coordinator,
      headers: { 'x-trace-id': 'trace-42' },
      fetch: watching,
    });
    // A mutation too: a refused connection never reached a server, so sending it elsewhere is safe.
    const { projectId } = await world.recordsProject(world.units.in);
    const booked = await client.support.record({
      kind: 'FUNDS',
      projectId: String(projectId),
      occurredOn: '2019-05-02',
      amount: '12.00',
      fundingSource: 'UNION_FUNDS',
    });
    expect(booked.id).toBeDefined();
    expect(seen.map((s) => s.url)).toEqual([down, server.url]);
    expect(seen.every((s) => s.trace === 'trace-42')).toBe(true);
    // The URL that answered is where the next request starts.
    await client.volunteers.page({}, { first: 1 });
    expect(seen.at(-1)!.url).toBe(server.url);
    expect(seen).toHaveLength(3);
  });

  it('delivers subscription events as an async iterator over graphql-ws, with the same token', async () => {
    const client = createClient({ url: server.url, token: world.tokens.coordinator });
    const events = client.events.needsPosted({ pairedWithMyUnits: true });
    const posted = new Set<string>();
    try {
      // Without waiting for `acknowledged` (the next test does), post until the first event is delivered.
      const first = events.next();
      let received: Awaited<typeof first> | null = null;
      for (let attempt = 0; attempt < 40 && !received; attempt++) {
        const response = await server.gql(
          graphql(`
            mutation SdkPostServiceNeed($input: PostServiceNeedInput!) {
              postServiceNeed(input: $input) {
                id
              }
            }
          `),
          {
            input: {
              siteId: String(world.units.in.siteId),
              campaignId: String(world.campaignId),
              title: '课后学习辅导',
              category: 'TUTORING',
              headcount: 2,
              startsAt: new Date(Date.UTC(world.year, 2, 1 + attempt)).toISOString(),
              endsAt: new Date(Date.UTC(world.year, 2, 1 + attempt, 2)).toISOString(),
            },
          },
        );
        posted.add(response.data!.postServiceNeed.id);
        received = await Promise.race([
          first,
          new Promise<null>((resolve) => setTimeout(() => resolve(null), 250)),
        ]);
      }
      expect(received?.done).toBe(false);
      expect(posted).toContain(received!.value!.id);
    } finally {
      await events.return();
      await client.close();
    }
    // A bad token is refused, as an SdkError.
    const stranger = createClient({ url: server.url, token: 'not-a-token' });
    const refused = await stranger.events
      .needsPosted()
      .next()
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(SdkError);
    expect((refused as SdkError).code).toBe('FORBIDDEN');
    await stranger.close();
  });

  it('acknowledges a subscription once the server listens, and leaves a quiet one at once', async () => {
    const client = createClient({ url: server.url, token: world.tokens.coordinator });
    const post = (day: number) =>
      server.gql(
        graphql(`
          mutation SdkPostServiceNeed($input: PostServiceNeedInput!) {
            postServiceNeed(input: $input) {
              id
            }
          }
        `),
        {
          input: {
            siteId: String(world.units.in.siteId),
            campaignId: String(world.campaignId),
            title: '教师培训',
            category: 'TEACHER_MENTORING',
            headcount: 2,
            startsAt: new Date(Date.UTC(world.year, 4, day)).toISOString(),
            endsAt: new Date(Date.UTC(world.year, 4, day, 2)).toISOString(),
          },
        },
      );
    try {
      const events = client.events.needsPosted({ pairedWithMyUnits: true });
      const first = events.next(); // starts the subscription
      await events.acknowledged;
      // Acknowledged: the very next need posted is delivered, with no retry loop.
      const posted = await post(1);
      const received = await first;
      expect(received.done).toBe(false);
      expect(received.value!.id).toBe(posted.data!.postServiceNeed.id);

      // Waiting for an event that never comes, return() ends the subscription now.
      const waiting = events.next();
      await events.return();
      const outcome = await Promise.race([
        waiting,
        new Promise<string>((resolve) => setTimeout(() => resolve('still waiting after 5 s'), 5000)),
      ]);
      expect(outcome).toEqual({ done: true, value: undefined });
      // And nothing more is delivered to it.
      await post(2);
      expect(await events.next()).toEqual({ done: true, value: undefined });
    } finally {
      await client.close();
    }
  }, 60_000);

  it('says when the socket reconnected, so an app re-reads what it missed (at most once)', async () => {
    const proxy = await TcpProxy.start('127.0.0.1', Number(new URL(server.url).port));
    const client = createClient({
      url: `http://127.0.0.1:${proxy.port}${new URL(server.url).pathname}`,
      token: world.tokens.coordinator,
    });
    const seen: string[] = [];
    const stop = client.onConnection((event) => seen.push(event.type));
    try {
      const events = client.events.needsPosted({ pairedWithMyUnits: true });
      const first = events.next();
      await events.acknowledged;
      expect(seen).toEqual(['connected']);
      await proxy.cut(); // the network drops
      await proxy.restore();
      for (let i = 0; i < 100 && !seen.includes('reconnected'); i++)
        await new Promise((r) => setTimeout(r, 100));
      expect(seen).toEqual(['connected', 'closed', 'reconnected']);
      // The subscription runs again after the reconnection: posting now is delivered.
      let delivered: Awaited<typeof first> | null = null;
      for (let day = 10; day < 30 && !delivered; day++) {
        await server.gql(
          graphql(`
            mutation SdkPostServiceNeed($input: PostServiceNeedInput!) {
              postServiceNeed(input: $input) {
                id
              }
            }
          `),
          {
            input: {
              siteId: String(world.units.in.siteId),
              campaignId: String(world.campaignId),
              title: '医疗义诊',
              category: 'MEDICAL_SERVICE',
              headcount: 2,
              startsAt: new Date(Date.UTC(world.year, 5, day)).toISOString(),
              endsAt: new Date(Date.UTC(world.year, 5, day, 2)).toISOString(),
            },
          },
        );
        delivered = await Promise.race([first, new Promise<null>((r) => setTimeout(() => r(null), 250))]);
      }
      expect(delivered?.done).toBe(false);
      await events.return();
    } finally {
      stop();
      await client.close();
      await proxy.stop();
    }
  }, 60_000);

  it('calls any operation of the schema by name, with its generated types', async () => {
    const client = createClient({ url: server.url, token: world.tokens.coordinator });
    const posted = await client.call('postServiceNeed', {
      input: {
        siteId: String(world.units.in.siteId),
        campaignId: String(world.campaignId),
        title: '科普讲座',
        category: 'SCIENCE_POPULARISATION',
        headcount: 3,
        startsAt: new Date(Date.UTC(world.year, 6, 2)).toISOString(),
        endsAt: new Date(Date.UTC(world.year, 6, 2, 2)).toISOString(),
      },
    });
    expect(posted).toMatchObject({ title: '科普讲座', category: 'SCIENCE_POPULARISATION', headcount: 3 });
    const read = await client.call('serviceNeed', { id: posted.id });
    expect(read?.id).toBe(posted.id);
    const needs = await client.call('serviceNeeds', {
      first: 100,
      filter: { siteId: String(world.units.in.siteId) },
    });
    expect(needs.edges.map((e) => e.node.id)).toContain(posted.id);
    // The server's errors come back as for the typed methods.
    const refused = await client.call('serviceNeed', { id: 'not-an-id' }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('creates an archive export and streams its files to disk; others are refused the download', async () => {
    const side = world.units.in;
    await world.serviceRecord(side, side.members[3]!, 'APPROVED');
    await world.serviceRecord(side, side.members[4]!, 'APPROVED');
    const client = createClient({ url: server.url, token: world.tokens.coordinator });
    const batch = await client.exports.create({
      scope: 'UNIT',
      scopeId: unitId,
      rangeStart: `${world.pastYear}-01-01`,
      rangeEnd: `${world.pastYear}-12-31`,
    });
    expect(batch.recordCount).toBeGreaterThanOrEqual(2);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sdk-export-'));
    const file = path.join(dir, 'records.csv');
    const bytes = await client.exports.download(batch.downloads.records, file);
    expect(bytes).toBe(fs.statSync(file).size);
    const rows: string[][] = parse(fs.readFileSync(file, 'utf8'), { bom: true });
    expect(rows.length - 1).toBe(batch.recordCount);
    const xlsx = path.join(dir, 'export.xlsx');
    await client.exports.download(batch.downloads.xlsx, xlsx);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    expect(workbook.worksheets.length).toBeGreaterThanOrEqual(3);
    const leader = createClient({ url: server.url, token: world.tokens.leader });
    const refused = await leader.exports
      .download(batch.downloads.records, path.join(dir, 'x.csv'))
      .catch((e: unknown) => e);
    // The server's own code, not its JSON body as a message.
    expect((refused as SdkError).code).toBe('FORBIDDEN');
    expect((refused as SdkError).status).toBe(403);
    expect((refused as SdkError).message).not.toContain('{');
    const missing = await client.exports
      .download('/archive-exports/999999/records.csv', path.join(dir, 'y.csv'))
      .catch((e: unknown) => e);
    expect(missing).toMatchObject({ code: 'NOT_FOUND', status: 404 });
  });

  it('keeps the cause of a failure that happened before any answer', async () => {
    // A port nobody listens on: the connection is refused.
    const closed = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as net.AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const client = createClient({
      url: `http://127.0.0.1:${closed}/graphql`,
      retry: { attempts: 1 },
      reconnectAttempts: 0,
    });
    const error = (await client.volunteers.page({}, { first: 1 }).catch((e: unknown) => e)) as SdkError;
    expect(error).toBeInstanceOf(SdkError);
    expect(error.code).toBe('NETWORK_ERROR');
    expect(error.message).toContain('ECONNREFUSED');
    expect(error.message).not.toContain('[object Object]');
    // fetch's own error (from another realm than the test's, so not instanceof this Error).
    expect(String((error.cause as { message?: unknown }).message)).toContain('fetch failed');
    // A subscription socket that cannot open says why too.
    const events = client.events.needsPosted();
    const refused = (await events.next().catch((e: unknown) => e)) as SdkError;
    expect(refused).toBeInstanceOf(SdkError);
    expect(refused.code).toBe('NETWORK_ERROR');
    expect(refused.message).not.toContain('[object Object]');
    expect(refused.message).toContain('ECONNREFUSED');
    expect(refused.cause).toBeDefined();
    await client.close();
  }, 60_000);

  describe('roster import, the example tool', () => {
    const expectedRejections = [
      { line: 5, column: '证件号码' },
      { line: 6, column: '手机号码' },
      { line: 7, column: '服务类别' },
      { line: 8, column: '证件号码' },
      { line: 9, column: '姓名' },
      { line: 10, column: '姓名' },
    ];

    it('imports the good rows of a CSV and reports each bad row with its line and column', async () => {
      const client = createClient({ url: server.url, token: world.tokens.coordinator });
      const report = await importRoster(client, unitId, await readRoster(ROSTER));
      expect(report.rejected.map(({ line, column }) => ({ line, column }))).toEqual(expectedRejections);
      expect(report).toMatchObject({ created: 3, updated: 0, unchanged: 0 });
      const imported = await server.dataSource.getRepository(Volunteer).findOneByOrFail({
        documentNumber: '370203198506150226',
      });
      expect(imported.name).toBe('阿依古丽·买买提');
      expect(imported.unitId).toBe(Number(unitId));
    });

    it('is safe to run twice, from the same sheet saved as XLSX', async () => {
      const client = createClient({ url: server.url, token: world.tokens.coordinator });
      const records: string[][] = parse(fs.readFileSync(ROSTER, 'utf8'), { bom: true });
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('名册');
      // As coordinators type them: document numbers and phones as text cells.
      for (const values of records) sheet.addRow(values);
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'roster-')), 'roster.xlsx');
      await workbook.xlsx.writeFile(file);
      const count = () => server.dataSource.getRepository(Volunteer).countBy({ unitId: Number(unitId) });
      const before = await count();
      const report = await importRoster(client, unitId, await readRoster(file));
      expect(report).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
      expect(report.rejected.map(({ line, column }) => ({ line, column }))).toEqual(expectedRejections);
      expect(await count()).toBe(before);
    });

    it('updates what changed in the sheet and nothing else', async () => {
      const client = createClient({ url: server.url, token: world.tokens.coordinator });
      const rows = await readRoster(ROSTER);
      rows[0]!.cells['手机号码'] = '13805319999';
      const report = await importRoster(client, unitId, rows);
      expect(report).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
      const changed = await server.dataSource
        .getRepository(Volunteer)
        .findOneByOrFail({ documentNumber: '370102198001010111' });
      expect(changed.mobile).toBe('13805319999');
    });
  });
});
