import { LedgerWorld } from '../support/ledger-world';
import { testDbKind } from '../support/test-database';
import { expectError, startTestServer, type TestServer } from '../support/test-server';
import { graphql } from '../graphql';
import type { CreateSiteInput } from '../graphql/graphql';

const MARK = graphql(`
  mutation LongTermBaseMark($siteId: ID!, $since: LocalDate!) {
    markLongTermBase(siteId: $siteId, since: $since) {
      id
      isLongTermBase
      longTermBaseSince
    }
  }
`);
const UNMARK = graphql(`
  mutation LongTermBaseUnmark($siteId: ID!) {
    unmarkLongTermBase(siteId: $siteId) {
      id
      isLongTermBase
      longTermBaseSince
    }
  }
`);
const UPDATE_SITE = graphql(`
  mutation LongTermBaseUpdateSite($id: ID!, $input: UpdateSiteInput!) {
    updateSite(id: $id, input: $input) {
      id
      isLongTermBase
      longTermBaseSince
      description
    }
  }
`);
const CREATE_SITE = graphql(`
  mutation LongTermBaseCreateSite($input: CreateSiteInput!) {
    createSite(input: $input) {
      id
      isLongTermBase
      longTermBaseSince
    }
  }
`);

describe(`long-term service bases (志愿服务基地) over HTTP (${testDbKind()})`, () => {
  let server: TestServer;
  let world: LedgerWorld;
  let siteId: string;

  beforeAll(async () => {
    server = await startTestServer();
    world = await new LedgerWorld(server).build();
    siteId = String(world.heze.siteId);
  });

  afterAll(() => server.stop());

  it('lets the coordinator of a paired unit mark a site a base, correct its date and end it, audited', async () => {
    const marked = await server.as(world.tokens.hezeCoordinator).gql(MARK, { siteId, since: '2018-06-01' });
    expect(marked.errors).toBeUndefined();
    expect(marked.data!.markLongTermBase).toEqual({
      id: siteId,
      isLongTermBase: true,
      longTermBaseSince: '2018-06-01',
    });
    await server
      .as(world.tokens.hezeCoordinator)
      .expectRejected(MARK, { siteId, since: '2018-06-01' }, 'CONFLICT', 'since');
    const corrected = await server
      .as(world.tokens.hezeCoordinator)
      .gql(MARK, { siteId, since: '2018-05-20' });
    expect(corrected.data!.markLongTermBase.longTermBaseSince).toBe('2018-05-20');
    const bases = await server.as(world.tokens.hezeCoordinator).gql(
      graphql(`
        query LongTermBaseSites {
          sites(filter: { isLongTermBase: true }) {
            edges {
              node {
                id
              }
            }
          }
        }
      `),
    );
    expect(bases.data!.sites.edges.map((e: any) => e.node.id)).toEqual([siteId]);
    const ended = await server.as(world.tokens.hezeCoordinator).gql(UNMARK, { siteId });
    expect(ended.data!.unmarkLongTermBase).toEqual({
      id: siteId,
      isLongTermBase: false,
      longTermBaseSince: null,
    });
    await server.as(world.tokens.hezeCoordinator).expectRejected(UNMARK, { siteId }, 'CONFLICT', 'siteId');
    const trail = await server.gql(
      graphql(`
        query LongTermBaseAuditTrail($id: ID!) {
          auditEvents(filter: { entityType: "Site", entityId: $id }) {
            edges {
              node {
                action
              }
            }
          }
        }
      `),
      { id: siteId },
    );
    expect(trail.data!.auditEvents.edges.map((e: any) => e.node.action)).toEqual([
      'CREATE',
      'UPDATE',
      'UPDATE',
      'UPDATE',
    ]);
  });

  it('refuses the site’s own contact, team leaders, volunteers and unpaired units’ coordinators', async () => {
    for (const token of [
      world.tokens.hezeSite,
      world.tokens.hezeLeader,
      world.tokens.hezeMember,
      world.tokens.jinanCoordinator,
    ]) {
      await server.as(token).expectRejected(MARK, { siteId, since: '2018-06-01' }, 'FORBIDDEN', 'siteId');
    }
    await server.expectRejected(MARK, { siteId: '999999', since: '2018-06-01' }, 'NOT_FOUND', 'siteId');
    // A whole top-level variable of the wrong form carries no path to name, so only its code is checked.
    expectError(await server.gql(MARK, { siteId, since: '2018-02-30' }), 'BAD_USER_INPUT');
  });

  it('applies the same rule to updateSite and createSite, while the contact still edits the rest', async () => {
    await server
      .as(world.tokens.hezeSite)
      .expectRejected(
        UPDATE_SITE,
        { id: siteId, input: { longTermBaseSince: '2018-06-01' } },
        'FORBIDDEN',
        'longTermBaseSince',
      );
    const described = await server.as(world.tokens.hezeSite).gql(UPDATE_SITE, {
      id: siteId,
      input: { description: '村小学，学生86人' },
    });
    expect(described.errors).toBeUndefined();
    const viaUpdate = await server.as(world.tokens.hezeCoordinator).gql(UPDATE_SITE, {
      id: siteId,
      input: { longTermBaseSince: '2019-01-01' },
    });
    expect(viaUpdate.data!.updateSite).toMatchObject({
      isLongTermBase: true,
      longTermBaseSince: '2019-01-01',
    });
    const input: CreateSiteInput = {
      name: '单县实验小学',
      kind: 'SCHOOL',
      areaCode: '371722',
      latitude: 34.8,
      longitude: 116.1,
      longTermBaseSince: '2018-06-01',
    };
    await server
      .as(world.tokens.hezeCoordinator)
      .expectRejected(CREATE_SITE, { input }, 'FORBIDDEN', 'longTermBaseSince');
    const created = await server.gql(CREATE_SITE, { input });
    expect(created.data!.createSite).toMatchObject({ isLongTermBase: true, longTermBaseSince: '2018-06-01' });
  });
});
