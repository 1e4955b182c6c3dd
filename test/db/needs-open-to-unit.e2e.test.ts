import type { Client } from 'graphql-ws';
import { Role } from '../../server/src/core/actor';
import { SERVICE_NEED_POSTED } from '../../server/src/modules/needs/service-need.events';
import { AccessWorld } from '../support/access-world';
import { connect, listening, SubscriptionProbe } from '../support/subscriptions';
import { testDbKind } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';
import { graphql } from '../graphql';

const POST_NEED = graphql(`
  mutation NeedsOpenToUnitPost($input: PostServiceNeedInput!) {
    postServiceNeed(input: $input) {
      id
      postedByUnitId
    }
  }
`);
const NEEDS_OF_UNIT = graphql(`
  query NeedsOpenToUnitList($unitId: ID!, $campaignId: ID!) {
    serviceNeeds(filter: { unitId: $unitId, campaignId: $campaignId }, first: 100) {
      totalCount
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);
const NEED_POSTED = graphql(`
  subscription NeedsOpenToUnitPosted($filter: ServiceNeedEventFilter) {
    serviceNeedPosted(filter: $filter) {
      id
      title
    }
  }
`);

/**
 * `unitId` on serviceNeeds and serviceNeedPosted: the needs open to a unit (the console's needs
 * board for a unit), by the same rule as who may put volunteers forward — the unit's own postings,
 * and the sites' own needs at sites it owns or is live-paired with; never another unit's own need
 * at a site they share, nor anything of a site it is not bound to.
 */
describe(`needs open to a unit: list and live (${testDbKind()})`, () => {
  let server: TestServer;
  let world: AccessWorld;
  let qingdaoToken: string;
  let jinan: string;
  const clients: Client[] = [];
  let slot = 0;

  beforeAll(async () => {
    server = await startTestServer();
    world = await new AccessWorld(server).build();
    jinan = String(world.units.in.unitId);
    qingdaoToken = await server.signInAs({
      username: 'qingdao-coordinator',
      role: Role.UNIT_COORDINATOR,
      unitId: String(world.units.out.unitId),
    });
  });
  afterAll(async () => {
    for (const c of clients) await c.dispose();
    await server.stop();
  });

  async function post(token: string, siteId: number, title: string) {
    const startsAt = new Date(Date.UTC(world.year, 4, 1) + ++slot * 7_200_000);
    const posted = await server.as(token).gql(POST_NEED, {
      input: {
        siteId: String(siteId),
        campaignId: String(world.campaignId),
        title,
        category: 'TUTORING',
        headcount: 2,
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
      },
    });
    expect(posted.errors).toBeUndefined();
    return posted.data!.postServiceNeed.id;
  }

  async function titlesOpenTo(unitId: string): Promise<string[]> {
    const result = await server.as(world.tokens.coordinator).gql(NEEDS_OF_UNIT, {
      unitId,
      campaignId: String(world.campaignId),
    });
    expect(result.errors).toBeUndefined();
    const titles = result.data!.serviceNeeds.edges.map((e) => e.node.title);
    expect(result.data!.serviceNeeds.totalCount).toBe(titles.length);
    return titles.sort();
  }

  it("lists and streams the unit's needs and none of another unit's", async () => {
    const { client } = await connect(server.url, world.tokens.coordinator);
    clients.push(client);
    const probe = new SubscriptionProbe(client, NEED_POSTED, { filter: { unitId: jinan } });
    await listening(server.server, SERVICE_NEED_POSTED, 1);

    const admin = world.tokens.admin;
    const qingdao = world.units.out;
    // Not Jinan's: Qingdao's own site; Qingdao's own need at a province site both are paired with.
    await post(qingdaoToken, qingdao.siteId, '青岛自有帮扶点的需求');
    const shared = await world.site();
    await world.pair(world.units.in.unitId, shared);
    await world.pair(qingdao.unitId, shared);
    await post(qingdaoToken, shared, '青岛在共同结对点发布的需求');
    // Jinan's: the shared site's own need; a need at a site Jinan owns but has not paired with;
    // the site's own need at Qingdao's site once Jinan is paired with it.
    await post(admin, shared, '共同结对点自身的需求');
    const ownedOnly = await world.site(world.units.in.unitId);
    await post(admin, ownedOnly, '济南自有未结对点的需求');
    const beforePairing = await titlesOpenTo(jinan);
    await world.pair(world.units.in.unitId, qingdao.siteId);
    await post(admin, qingdao.siteId, '青岛帮扶点自身的需求');

    const heard = [];
    for (let n = 1; n <= 3; n++) {
      const result = await probe.nth(n);
      expect(result.errors).toBeUndefined();
      heard.push(result.data!.serviceNeedPosted.title);
    }
    // In order, and none of the two posted first (a leak would have arrived before these).
    expect(heard).toEqual(['共同结对点自身的需求', '济南自有未结对点的需求', '青岛帮扶点自身的需求']);
    probe.close();

    expect(beforePairing).toEqual(
      [
        '济南留守儿童暑期辅导', // the world's need at Jinan's own, paired site
        '共同结对点自身的需求',
        '济南自有未结对点的需求',
      ].sort(),
    );
    // Paired with Qingdao's site, Jinan is open to the site's own needs (posted by its owner or the
    // province), still not to Qingdao's own posting at the site they share.
    expect(await titlesOpenTo(jinan)).toEqual(
      [...beforePairing, '青岛留守儿童暑期辅导', '青岛自有帮扶点的需求', '青岛帮扶点自身的需求'].sort(),
    );
    expect(await titlesOpenTo(String(qingdao.unitId))).toEqual(
      [
        '青岛留守儿童暑期辅导',
        '青岛自有帮扶点的需求',
        '青岛在共同结对点发布的需求',
        '共同结对点自身的需求',
        '青岛帮扶点自身的需求',
      ].sort(),
    );
  });

  it('refuses an id that is not one, naming the field', async () => {
    await server
      .as(world.tokens.coordinator)
      .expectRejected(
        NEEDS_OF_UNIT,
        { unitId: 'x', campaignId: String(world.campaignId) },
        'BAD_USER_INPUT',
        'unitId',
      );
  });
});
