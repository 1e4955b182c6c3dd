import http from 'node:http';
import type { Client } from 'graphql-ws';
import { Role } from '../../server/src/core/actor';
import { transactionWithEvents } from '../../server/src/core/pubsub';
import { ASSIGNMENT_CHANGED } from '../../server/src/modules/assignments/assignment.events';
import {
  SERVICE_NEED_FILLED,
  SERVICE_NEED_POSTED,
  serviceNeedEvent,
} from '../../server/src/modules/needs/service-need.events';
import { ServiceNeed, ServiceNeedStatus } from '../../server/src/modules/needs/service-need.entity';
import { STATUS_REPORT_SUBMITTED } from '../../server/src/modules/reports/status-report.events';
import { SERVICE_RECORD_REVIEWED } from '../../server/src/modules/service-records/service-record.events';
import { AccessWorld } from '../support/access-world';
import { connect, listening, SubscriptionProbe } from '../support/subscriptions';
import { startTestServer, type TestServer } from '../support/test-server';
import { graphql } from '../graphql';
import type { ServiceCategory, StatusReportKeyInput } from '../graphql/graphql';

const NEED_POSTED = graphql(`
  subscription SubscriptionsNeedPosted($filter: ServiceNeedEventFilter) {
    serviceNeedPosted(filter: $filter) {
      id
      title
      category
      status
      site {
        id
        name
      }
      campaign {
        id
      }
    }
  }
`);

describe('subscriptions over graphql-ws (in-memory events)', () => {
  let server: TestServer;
  let world: AccessWorld;
  const clients: Client[] = [];
  let needCount = 0;

  beforeAll(async () => {
    server = await startTestServer();
    world = await new AccessWorld(server).build();
  });
  afterAll(async () => {
    for (const c of clients) await c.dispose();
    await server.stop();
  });

  async function client(token: string | null): Promise<Client> {
    const { client } = await connect(server.url, token);
    clients.push(client);
    return client;
  }

  /** Posts a need through the API as the admin; returns its id and title. */
  async function post(
    side: 'in' | 'out',
    options: { category?: ServiceCategory; skills?: string[]; headcount?: number } = {},
  ): Promise<{ id: string; title: string }> {
    const title = `实时需求${++needCount}`;
    const startsAt = new Date(Date.UTC(world.year, 2, 1) + world.next() * 2 * 3_600_000);
    const response = await server.gql(
      graphql(`
        mutation SubscriptionsPostServiceNeed($input: PostServiceNeedInput!) {
          postServiceNeed(input: $input) {
            id
          }
        }
      `),
      {
        input: {
          siteId: String(world.units[side].siteId),
          campaignId: String(world.campaignId),
          title,
          category: options.category ?? 'TUTORING',
          requiredSkills: options.skills ?? [],
          headcount: options.headcount ?? 3,
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
        },
      },
    );
    expect(response.errors).toBeUndefined();
    return { id: response.data!.postServiceNeed.id, title };
  }

  it('delivers a posted need to a matching subscriber and not the filtered-out ones', async () => {
    const coordinator = await client(world.tokens.coordinator);
    const mine = new SubscriptionProbe(coordinator, NEED_POSTED, {
      filter: { category: 'TUTORING', pairedWithMyUnits: true, skill: '数学' },
    });
    const qingdao = new SubscriptionProbe(await client(world.tokens.volunteer), NEED_POSTED, {
      filter: { cityCode: '370200' },
    });
    await listening(server.server, SERVICE_NEED_POSTED, 2);

    await post('out', { skills: ['数学'] }); // another unit's paired site
    await post('in', { category: 'MEDICAL_SERVICE', skills: ['数学'] }); // another category
    await post('in', { skills: ['美术'] }); // another skill
    const wanted = await post('in', { skills: ['数学', '英语'] });

    const first = await mine.nth(1);
    expect(first.errors).toBeUndefined();
    expect(first.data!.serviceNeedPosted).toMatchObject({
      id: wanted.id,
      title: wanted.title,
      category: 'TUTORING',
      status: 'OPEN',
      site: { id: String(world.units.in.siteId) },
      campaign: { id: String(world.campaignId) },
    });
    // cityCode 370200 is not where the test sites are (areas 371721): nothing for that filter.
    expect(qingdao.received).toHaveLength(0);
    mine.close();
    qingdao.close();
  });

  it('publishes only after commit: a rolled-back write announces nothing', async () => {
    const probe = new SubscriptionProbe(await client(world.tokens.admin), NEED_POSTED);
    await listening(server.server, SERVICE_NEED_POSTED, 1);
    const ds = server.dataSource;
    const before = await ds.getRepository(ServiceNeed).count();
    await expect(
      transactionWithEvents(ds, server.server.events, async (manager, afterCommit) => {
        const need = await manager.getRepository(ServiceNeed).save(
          manager.getRepository(ServiceNeed).create({
            siteId: world.units.in.siteId,
            campaignId: world.campaignId,
            title: '回滚的需求',
            description: null,
            category: 'TUTORING' as never,
            requiredSkills: [],
            headcount: 1,
            startsAt: new Date(Date.UTC(world.year, 5, 1)),
            endsAt: new Date(Date.UTC(world.year, 5, 2)),
            beneficiaryGroups: [],
            status: ServiceNeedStatus.OPEN,
            postedAt: new Date(),
          }),
        );
        afterCommit.add(SERVICE_NEED_POSTED, await serviceNeedEvent(manager, need));
        throw new Error('the write fails after its event was queued');
      }),
    ).rejects.toThrow('the write fails');
    expect(await ds.getRepository(ServiceNeed).count()).toBe(before);

    const committed = await post('in');
    const first = await probe.nth(1);
    // The rolled-back need never arrives: the first event is the committed one, and it is
    // already readable by another request (another connection on MariaDB) when it arrives.
    expect(first.data!.serviceNeedPosted.title).toBe(committed.title);
    const read = await server.gql(
      graphql(`
        query SubscriptionsServiceNeed($id: ID!) {
          serviceNeed(id: $id) {
            title
          }
        }
      `),
      { id: committed.id },
    );
    expect(read.data!.serviceNeed?.title).toBe(committed.title);
    probe.close();
  });

  it('refuses a socket without a valid token with 4403', async () => {
    for (const token of [null, 'not-a-token', `${world.tokens.coordinator}x`]) {
      const refused = await connect(server.url, token).then(
        () => null,
        (error: { code?: number }) => error,
      );
      expect(refused?.code).toBe(4403);
    }
  });

  it('refuses subscriptions the role may not have, and queries or mutations over the socket', async () => {
    const volunteer = await client(world.tokens.volunteer);
    const reports = new SubscriptionProbe(volunteer, 'subscription { statusReportSubmitted { id } }');
    await reports.ended();
    const refused = reports.received[0] ?? (reports.error as never);
    expect(JSON.stringify(refused)).toContain('FORBIDDEN');

    const coordinator = await client(world.tokens.coordinator);
    const notMine = new SubscriptionProbe(
      coordinator,
      'subscription { assignmentChanged(onlyMine: true) { id } }',
    );
    await notMine.ended();
    expect(JSON.stringify(notMine.received[0] ?? notMine.error)).toContain('FORBIDDEN');

    const mutation = new SubscriptionProbe(coordinator, 'mutation { __typename }');
    await mutation.ended();
    expect(JSON.stringify(mutation.error)).toContain('only subscriptions are served over WebSocket');
  });

  it('filters assignment events by the query access rules and keeps masked fields masked', async () => {
    const query = `subscription($onlyMine: Boolean) {
      assignmentChanged(onlyMine: $onlyMine) { id status needId: need { id } volunteer { id mobile documentNumber } }
    }`;
    const qingdaoCoordinator = await server.signInAs({
      username: 'qingdao-coordinator-rt',
      role: Role.UNIT_COORDINATOR,
      unitId: String(world.units.out.unitId),
    });
    const jinan = new SubscriptionProbe(await client(world.tokens.coordinator), query);
    const qingdao = new SubscriptionProbe(await client(qingdaoCoordinator), query);
    const admin = new SubscriptionProbe(await client(world.tokens.admin), query);
    const volunteer = new SubscriptionProbe(await client(world.tokens.volunteer), query, { onlyMine: true });
    await listening(server.server, ASSIGNMENT_CHANGED, 4);

    const propose = async (side: 'in' | 'out', volunteerId: number, headcount = 3) => {
      const need = await post(side, { headcount });
      const response = await server.gql(
        graphql(`
          mutation SubscriptionsProposeAssignments($n: ID!, $v: [ID!]!) {
            proposeAssignments(needId: $n, volunteerIds: $v) {
              id
            }
          }
        `),
        { n: need.id, v: [String(volunteerId)] },
      );
      expect(response.errors).toBeUndefined();
      return { needId: need.id, assignmentId: response.data!.proposeAssignments[0]!.id };
    };
    const outside = await propose('out', world.units.out.members[0]!.id);
    const own = await propose('in', world.units.in.members[0]!.id, 1);

    const jinanFirst = (await jinan.nth(1)).data!.assignmentChanged;
    expect(jinanFirst).toMatchObject({ id: own.assignmentId, status: 'PROPOSED' });
    // Their own unit's volunteer: the coordinator sees the personal data, unmasked.
    expect(jinanFirst.volunteer.mobile).not.toContain('*');
    const qingdaoFirst = (await qingdao.nth(1)).data!.assignmentChanged;
    expect(qingdaoFirst.id).toBe(outside.assignmentId);
    // The admin sees both, with personal data masked as in queries.
    const adminEvents = [
      (await admin.nth(1)).data!.assignmentChanged,
      (await admin.nth(2)).data!.assignmentChanged,
    ];
    expect(adminEvents.map((a) => a.id).sort()).toEqual([outside.assignmentId, own.assignmentId].sort());
    for (const a of adminEvents) {
      expect(a.volunteer.mobile).toContain('****');
      expect(a.volunteer.documentNumber).toContain('********');
    }
    expect((await volunteer.nth(1)).data!.assignmentChanged.id).toBe(own.assignmentId);

    // Confirming the only place: the assignment is CONFIRMED and the need FILLED.
    const filled = new SubscriptionProbe(
      await client(world.tokens.volunteer),
      'subscription { serviceNeedFilled(filter: { pairedWithMyUnits: true }) { id status confirmedCount headcount } }',
    );
    await listening(server.server, SERVICE_NEED_FILLED, 1);
    const confirmed = await server.gql(
      graphql(`
        mutation SubscriptionsConfirmAssignment($id: ID!) {
          confirmAssignment(id: $id) {
            id
            status
          }
        }
      `),
      {
        id: own.assignmentId,
      },
    );
    expect(confirmed.errors).toBeUndefined();
    expect((await jinan.nth(2)).data!.assignmentChanged).toMatchObject({
      id: own.assignmentId,
      status: 'CONFIRMED',
    });
    expect((await filled.nth(1)).data!.serviceNeedFilled).toEqual({
      id: own.needId,
      status: 'FILLED',
      confirmedCount: 1,
      headcount: 1,
    });
    // Qingdao's coordinator heard nothing of Jinan's assignment.
    expect(qingdao.received).toHaveLength(1);
    for (const probe of [jinan, qingdao, admin, volunteer, filled]) probe.close();
  });

  it('tells a volunteer their record was approved, and the province that a unit filed its report', async () => {
    const member = world.units.in.members[0]!;
    const record = await world.serviceRecord(world.units.in, member, 'SUBMITTED');
    const mine = new SubscriptionProbe(
      await client(world.tokens.volunteer),
      'subscription { serviceRecordReviewed { id status hours } }',
    );
    await listening(server.server, SERVICE_RECORD_REVIEWED, 1);
    const approved = await server.gql(
      graphql(`
        mutation SubscriptionsApproveServiceRecord($id: ID!) {
          approveServiceRecord(id: $id) {
            id
          }
        }
      `),
      {
        id: String(record.id),
      },
    );
    expect(approved.errors).toBeUndefined();
    expect((await mine.nth(1)).data!.serviceRecordReviewed).toMatchObject({
      id: String(record.id),
      status: 'APPROVED',
    });

    const province = new SubscriptionProbe(
      await client(world.tokens.admin),
      'subscription { statusReportSubmitted { id unitId milestone status } }',
    );
    const otherUnit = await server.signInAs({
      username: 'qingdao-coordinator-reports',
      role: Role.UNIT_COORDINATOR,
      unitId: String(world.units.out.unitId),
    });
    const qingdao = new SubscriptionProbe(
      await client(otherUnit),
      'subscription { statusReportSubmitted { id unitId } }',
    );
    await listening(server.server, STATUS_REPORT_SUBMITTED, 2);
    const key: StatusReportKeyInput = {
      unitId: String(world.units.in.unitId),
      campaignId: String(world.campaignId),
      milestone: 'LAUNCH',
    };
    const asCoordinator = { token: world.tokens.coordinator };
    const draft = await server.gql(
      graphql(`
        mutation SubscriptionsSaveStatusReportDraft($key: StatusReportKeyInput!) {
          saveStatusReportDraft(key: $key, progressText: "部署启动") {
            id
          }
        }
      `),
      { key },
      asCoordinator,
    );
    expect(draft.errors).toBeUndefined();
    const filed = await server.gql(
      graphql(`
        mutation SubscriptionsSubmitStatusReport($key: StatusReportKeyInput!) {
          submitStatusReport(key: $key) {
            id
          }
        }
      `),
      { key },
      asCoordinator,
    );
    expect(filed.errors).toBeUndefined();
    expect((await province.nth(1)).data!.statusReportSubmitted).toMatchObject({
      unitId: key.unitId,
      milestone: 'LAUNCH',
      status: 'SUBMITTED',
    });
    expect(qingdao.received).toHaveLength(0);
    for (const probe of [mine, province, qingdao]) probe.close();
  });

  it('answers /healthz and /readyz', async () => {
    const origin = new URL(server.url).origin;
    const live = await fetch(`${origin}/healthz`);
    expect(live.status).toBe(200);
    const ready = await fetch(`${origin}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      status: 'ok',
      database: 'up',
      redis: 'not configured',
      events: { transport: 'memory', publishFailures: 0 },
    });
  });
});

describe('graceful stop', () => {
  it('finishes the request in flight, closes sockets with 1001 and turns /readyz away', async () => {
    const server = await startTestServer();
    const origin = new URL(server.url);
    const { client, closed } = await connect(server.url, server.adminToken);
    const probe = new SubscriptionProbe(client, NEED_POSTED);
    await listening(server.server, SERVICE_NEED_POSTED, 1);

    // A request whose body is still arriving when the stop begins: it is in flight.
    const body = JSON.stringify({ query: '{ me { username } }' });
    const arrived = new Promise<void>((resolve) => server.server.httpServer.once('request', () => resolve()));
    let req!: http.ClientRequest;
    const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
      req = http.request(
        {
          host: origin.hostname,
          port: origin.port,
          path: '/graphql',
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            authorization: `Bearer ${server.adminToken}`,
          },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 5));
    });
    await arrived;
    const stopping = server.server.stop();
    req.end(body.slice(5));
    const answer = await response;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body).data.me.username).toBe('test-admin');
    expect((await closed).code).toBe(1001);
    await stopping;
    await expect(fetch(`${origin.origin}/readyz`)).rejects.toThrow();
    probe.close();
    await client.dispose();
    await server.stop();
  });
});
