import type { Client } from 'graphql-ws';
import { Role } from '../../server/src/core/actor';
import { loadConfig, type Config } from '../../server/src/core/config';
import { Account } from '../../server/src/modules/accounts/account.entity';
import { ASSIGNMENT_CHANGED } from '../../server/src/modules/assignments/assignment.events';
import { SERVICE_NEED_POSTED } from '../../server/src/modules/needs/service-need.events';
import { SERVICE_RECORD_REVIEWED } from '../../server/src/modules/service-records/service-record.events';
import { AccessWorld } from '../support/access-world';
import { connect, listening, postWorldNeed, SubscriptionProbe, waitFor } from '../support/subscriptions';
import { startTestServer, type TestServer } from '../support/test-server';
import { graphql } from '../graphql';

const NEED_POSTED = graphql(`
  subscription SubscriptionSessionsNeedPosted {
    serviceNeedPosted {
      id
      title
    }
  }
`);
const ASSIGNMENTS = graphql(`
  subscription SubscriptionSessionsAssignments {
    assignmentChanged {
      id
      volunteer {
        id
        documentNumber
      }
    }
  }
`);

function limits(overrides: Partial<Config['subscriptions']>): Partial<Config> {
  return { subscriptions: { ...loadConfig({ NODE_ENV: 'test' }).subscriptions, ...overrides } };
}

/** A server, its two-city world, and helpers shared by the tests of one describe block. */
function setUp(subscriptions: Partial<Config['subscriptions']>) {
  const state = {} as { server: TestServer; world: AccessWorld };
  const clients: Client[] = [];
  let accounts = 0;

  beforeAll(async () => {
    state.server = await startTestServer({ config: limits(subscriptions) });
    state.world = await new AccessWorld(state.server).build();
  }, 120_000);
  afterAll(async () => {
    for (const c of clients) await c.dispose();
    await state.server.stop();
  });

  const helpers = {
    state,
    /** A socket signed in with `token`, and the promise of its close event. */
    async open(token: string) {
      const opened = await connect(state.server.url, token);
      clients.push(opened.client);
      return opened;
    },
    /** A fresh account of this role (Jinan's unless told), with its access token and id. */
    async account(role: Role, unit: 'in' | 'out' = 'in') {
      const { world, server } = state;
      const username = `session-${role.toLowerCase()}-${++accounts}`;
      const link =
        role === Role.UNIT_COORDINATOR
          ? { unitId: String(world.units[unit].unitId) }
          : role === Role.PROVINCIAL_ADMIN
            ? {}
            : { volunteerId: String(world.units[unit].members[accounts % 7]!.id) };
      const token = await server.signInAs({ username, role, ...link });
      const me = await server.gql(
        graphql(`
          query SubscriptionSessionsMe {
            me {
              id
            }
          }
        `),
        {},
        { token },
      );
      return { token, id: me.data!.me.id, username, password: `${username}-password` };
    },
    async apiToken(token: string): Promise<{ token: string; id: string }> {
      const created = await state.server.gql(
        graphql(`
          mutation SubscriptionSessionsCreateApiToken {
            createApiToken(name: "实时订阅") {
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
      return { token: created.data!.createApiToken.token, id: created.data!.createApiToken.apiToken.id };
    },
    /** Posts a need at Jinan's paired site as the admin; returns its title. */
    async postNeed(): Promise<string> {
      return (await helpers.post()).title;
    },
    async post(): Promise<{ id: string; title: string }> {
      const { world, server } = state;
      const title = `会话需求${world.next()}`;
      const startsAt = new Date(Date.UTC(world.year, 4, 1) + world.next() * 2 * 3_600_000);
      const id = await postWorldNeed(server.url, world.tokens.admin, world, title, startsAt);
      return { id, title };
    },
  };
  return helpers;
}

describe('revocation closes open sockets through the event bus', () => {
  // A re-check an hour away: only the bus can close these sockets within the test.
  const t = setUp({ recheckSeconds: 60 });

  it('closes the socket of a revoked API token with 4403, and only that one', async () => {
    const coordinator = await t.account(Role.UNIT_COORDINATOR);
    const api = await t.apiToken(coordinator.token);
    const viaApiToken = await t.open(api.token);
    const viaAccessToken = await t.open(coordinator.token);
    const apiProbe = new SubscriptionProbe(viaApiToken.client, NEED_POSTED);
    const accessProbe = new SubscriptionProbe(viaAccessToken.client, NEED_POSTED);
    await listening(t.state.server.server, SERVICE_NEED_POSTED, 2);

    const revoked = await t.state.server.gql(
      graphql(`
        mutation SubscriptionSessionsRevokeApiToken($id: ID!) {
          revokeApiToken(id: $id) {
            revokedAt
          }
        }
      `),
      { id: api.id },
      { token: coordinator.token },
    );
    expect(revoked.errors).toBeUndefined();
    expect((await viaApiToken.closed).code).toBe(4403);

    const title = await t.postNeed();
    expect((await accessProbe.nth(1)).data!.serviceNeedPosted.title).toBe(title);
    expect(apiProbe.received).toHaveLength(0);
    // The token no longer opens a socket either.
    await expect(connect(t.state.server.url, api.token)).rejects.toMatchObject({ code: 4403 });
    accessProbe.close();
  });

  it('closes every socket of a deactivated account before it hears another event', async () => {
    const coordinator = await t.account(Role.UNIT_COORDINATOR);
    const api = await t.apiToken(coordinator.token);
    const sockets = [await t.open(coordinator.token), await t.open(api.token)];
    const probes = sockets.map((s) => new SubscriptionProbe(s.client, ASSIGNMENTS));
    const admin = new SubscriptionProbe((await t.open(t.state.world.tokens.admin)).client, NEED_POSTED);
    await listening(t.state.server.server, ASSIGNMENT_CHANGED, 2);
    await listening(t.state.server.server, SERVICE_NEED_POSTED, 1);

    const deactivated = await t.state.server.gql(
      graphql(`
        mutation SubscriptionSessionsDeactivateAccount($id: ID!) {
          deactivateAccount(id: $id) {
            active
          }
        }
      `),
      {
        id: coordinator.id,
      },
    );
    expect(deactivated.errors).toBeUndefined();
    for (const socket of sockets) expect((await socket.closed).code).toBe(4403);

    const title = await t.postNeed();
    expect((await admin.nth(1)).data!.serviceNeedPosted.title).toBe(title);
    for (const probe of probes) expect(probe.received).toHaveLength(0);
    admin.close();
  });

  it('ends the sockets of access tokens signed before a password change, not those of API tokens', async () => {
    const leader = await t.account(Role.TEAM_LEADER);
    const api = await t.apiToken(leader.token);
    const old = await t.open(leader.token);
    const viaApi = await t.open(api.token);
    const apiProbe = new SubscriptionProbe(viaApi.client, NEED_POSTED);
    await listening(t.state.server.server, SERVICE_NEED_POSTED, 1);

    const changed = await t.state.server.gql(
      graphql(`
        mutation SubscriptionSessionsChangePassword($c: String!, $n: String!) {
          changePassword(currentPassword: $c, newPassword: $n) {
            accessToken
          }
        }
      `),
      { c: leader.password, n: `${leader.password}-new-one` },
      { token: leader.token },
    );
    expect(changed.errors).toBeUndefined();
    expect((await old.closed).code).toBe(4403);

    // The new token's socket and the API token's live on, as they do over HTTP.
    const renewed = await t.open(changed.data!.changePassword.accessToken);
    const renewedProbe = new SubscriptionProbe(renewed.client, NEED_POSTED);
    await listening(t.state.server.server, SERVICE_NEED_POSTED, 2);
    const title = await t.postNeed();
    expect((await renewedProbe.nth(1)).data!.serviceNeedPosted.title).toBe(title);
    expect((await apiProbe.nth(1)).data!.serviceNeedPosted.title).toBe(title);
    renewedProbe.close();
    apiProbe.close();
  });
});

describe('the sign-in is checked again before delivery when no revocation was heard', () => {
  const t = setUp({ recheckSeconds: 1 });

  it('stops a deactivated account hearing events, and closes its socket, without the bus', async () => {
    const coordinator = await t.account(Role.UNIT_COORDINATOR);
    const socket = await t.open(coordinator.token);
    const probe = new SubscriptionProbe(socket.client, NEED_POSTED);
    const admin = new SubscriptionProbe((await t.open(t.state.world.tokens.admin)).client, NEED_POSTED);
    await listening(t.state.server.server, SERVICE_NEED_POSTED, 2);

    // As if the bus message were lost: the row changes and nothing is published.
    await t.state.server.dataSource.getRepository(Account).update(Number(coordinator.id), { active: false });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const title = await t.postNeed();
    expect((await admin.nth(1)).data!.serviceNeedPosted.title).toBe(title);
    expect((await socket.closed).code).toBe(4403);
    expect(probe.received).toHaveLength(0);
    admin.close();
  });

  it('re-checks the sockets of one token with one read of the account, not one per socket', async () => {
    const admin = await t.account(Role.PROVINCIAL_ADMIN);
    // Statements to post a need and deliver it once every socket's sign-in is due for its re-check.
    const events = t.state.server.server.events;
    const deliveryCost = async (sockets: number) => {
      const before = events.listeners(SERVICE_NEED_POSTED);
      const probes: SubscriptionProbe[] = [];
      for (let i = 0; i < sockets; i++) {
        probes.push(new SubscriptionProbe((await t.open(admin.token)).client, NEED_POSTED));
      }
      await listening(t.state.server.server, SERVICE_NEED_POSTED, before + sockets);
      await new Promise((resolve) => setTimeout(resolve, 1100));
      const statements = await t.state.server.countStatements(async () => {
        const title = await t.postNeed();
        for (const probe of probes) expect((await probe.nth(1)).data!.serviceNeedPosted.title).toBe(title);
      });
      for (const probe of probes) probe.close();
      await waitFor(() => events.listeners(SERVICE_NEED_POSTED) === before, 'the probes unsubscribed');
      return statements;
    };
    const one = await deliveryCost(1);
    const eight = await deliveryCost(8);
    expect(eight).toBe(one);
  });

  it('closes the socket of an account whose unit changed before it hears the old unit’s personal data', async () => {
    const { world, server } = t.state;
    const coordinator = await t.account(Role.UNIT_COORDINATOR);
    const socket = await t.open(coordinator.token);
    const probe = new SubscriptionProbe(socket.client, ASSIGNMENTS);
    await listening(server.server, ASSIGNMENT_CHANGED, 1);
    const connected = await connect(server.url, coordinator.token); // a second socket, to subscribe later
    const later = connected.client;

    // The account now coordinates Qingdao (no mutation does this: an operator's change in the database).
    await server.dataSource
      .getRepository(Account)
      .update(Number(coordinator.id), { unitId: world.units.out.unitId });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const need = await t.post();
    const proposed = await server.gql(
      graphql(`
        mutation SubscriptionSessionsProposeAssignments($n: ID!, $v: [ID!]!) {
          proposeAssignments(needId: $n, volunteerIds: $v) {
            id
          }
        }
      `),
      { n: need.id, v: [String(world.units.in.members[6]!.id)] },
    );
    expect(proposed.errors).toBeUndefined();
    expect((await socket.closed).code).toBe(4403);
    expect(probe.received).toHaveLength(0);

    // Nor may the stale socket start a new subscription.
    const refused = new SubscriptionProbe(later, NEED_POSTED);
    expect((await connected.closed).code).toBe(4403);
    expect(refused.received).toHaveLength(0);
    await later.dispose();
  });
});

describe('a volunteer moved to another unit through the API', () => {
  const t = setUp({ recheckSeconds: 1 });

  it('no longer hears needs of sites paired with the old unit: the socket closes', async () => {
    const { world, server } = t.state;
    const volunteer = await world.volunteer(world.units.in.unitId);
    const token = await server.signInAs({
      username: 'moving-volunteer',
      role: Role.VOLUNTEER,
      volunteerId: String(volunteer.id),
    });
    const socket = await t.open(token);
    const probe = new SubscriptionProbe(
      socket.client,
      'subscription { serviceNeedPosted(filter: { pairedWithMyUnits: true }) { id title } }',
    );
    await listening(server.server, SERVICE_NEED_POSTED, 1);
    const before = await t.postNeed();
    expect((await probe.nth(1)).data!.serviceNeedPosted.title).toBe(before);

    const moved = await server.gql(
      graphql(`
        mutation SubscriptionSessionsUpdateVolunteer($id: ID!, $u: ID!) {
          updateVolunteer(id: $id, input: { unitId: $u }) {
            id
          }
        }
      `),
      {
        id: String(volunteer.id),
        u: String(world.units.out.unitId),
      },
    );
    expect(moved.errors).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await t.postNeed();
    expect((await socket.closed).code).toBe(4403);
    expect(probe.received).toHaveLength(1);
  });
});

describe('caps on sockets and subscriptions', () => {
  const t = setUp({ maxPerSocket: 2, maxSocketsPerAccount: 2 });

  it('refuses a subscription over the cap with TOO_MANY_SUBSCRIPTIONS and keeps the socket', async () => {
    const volunteer = await t.account(Role.VOLUNTEER);
    const { client } = await t.open(volunteer.token);
    const first = new SubscriptionProbe(client, NEED_POSTED);
    const second = new SubscriptionProbe(client, NEED_POSTED);
    await listening(t.state.server.server, SERVICE_NEED_POSTED, 2);
    const third = new SubscriptionProbe(client, NEED_POSTED);
    await third.ended();
    expect(JSON.stringify(third.error)).toContain('"code":"TOO_MANY_SUBSCRIPTIONS"');
    expect(JSON.stringify(third.error)).toContain('"maxSubscriptions":2');

    // Completing one frees its place; the two live ones still hear events.
    first.close();
    await waitFor(() => t.state.server.server.events.listeners(SERVICE_NEED_POSTED) === 1, 'one to end');
    const fourth = new SubscriptionProbe(client, NEED_POSTED);
    await listening(t.state.server.server, SERVICE_NEED_POSTED, 2);
    const title = await t.postNeed();
    expect((await second.nth(1)).data!.serviceNeedPosted.title).toBe(title);
    expect((await fourth.nth(1)).data!.serviceNeedPosted.title).toBe(title);
    second.close();
    fourth.close();
  });

  it('closes a socket over the per-account cap with 4429 TOO_MANY_SOCKETS', async () => {
    const volunteer = await t.account(Role.VOLUNTEER);
    const first = await t.open(volunteer.token);
    await t.open(volunteer.token);
    const refused = await connect(t.state.server.url, volunteer.token).then(
      () => null,
      (error: { code?: number; reason?: string }) => error,
    );
    expect(refused).toMatchObject({ code: 4429, reason: expect.stringMatching(/^TOO_MANY_SOCKETS: /) });

    // Another account is not affected, and a closed socket gives its place back.
    await t.open((await t.account(Role.VOLUNTEER)).token);
    await first.client.dispose();
    await first.closed;
    let reopened: Awaited<ReturnType<typeof connect>> | null = null;
    await waitFor(async () => {
      reopened = await connect(t.state.server.url, volunteer.token).catch(() => null);
      return reopened !== null;
    }, 'a place for a new socket');
    await reopened!.client.dispose();
  });
});

describe('quiet refusals', () => {
  const t = setUp({});

  it('logs nothing when an event is refused to subscribers who may not read it', async () => {
    const { world, server } = t.state;
    const errors = jest.spyOn(console, 'error');
    try {
      const record = await world.serviceRecord(world.units.in, world.units.in.members[1]!, 'SUBMITTED');
      const qingdao = await t.account(Role.UNIT_COORDINATOR, 'out');
      const outsiders = await Promise.all(
        [1, 2, 3].map(
          async () =>
            new SubscriptionProbe(
              (await t.open(qingdao.token)).client,
              'subscription { serviceRecordReviewed(onlyMine: false) { id } }',
            ),
        ),
      );
      const admin = new SubscriptionProbe(
        (await t.open(world.tokens.admin)).client,
        'subscription { serviceRecordReviewed(onlyMine: false) { id status } }',
      );
      await listening(server.server, SERVICE_RECORD_REVIEWED, 4);
      const approved = await server.gql(
        graphql(`
          mutation SubscriptionSessionsApproveServiceRecord($id: ID!) {
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
      expect((await admin.nth(1)).data!.serviceRecordReviewed).toEqual({
        id: String(record.id),
        status: 'APPROVED',
      });
      // Give the outsiders' checks time to run (they went out with the admin's, on one event).
      await new Promise((resolve) => setTimeout(resolve, 300));
      for (const probe of outsiders) expect(probe.received).toHaveLength(0);
      expect(errors).not.toHaveBeenCalled();
      for (const probe of [...outsiders, admin]) probe.close();
    } finally {
      errors.mockRestore();
    }
  });
});
