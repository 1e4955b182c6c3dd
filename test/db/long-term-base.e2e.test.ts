import { LedgerWorld } from '../support/ledger-world';
import { testDbKind } from '../support/test-database';
import { expectError, startTestServer, type TestServer } from '../support/test-server';

const SITE = 'id isLongTermBase longTermBaseSince';
const MARK = `mutation($siteId: ID!, $since: LocalDate!) { markLongTermBase(siteId: $siteId, since: $since) { ${SITE} } }`;
const UNMARK = `mutation($siteId: ID!) { unmarkLongTermBase(siteId: $siteId) { ${SITE} } }`;
const UPDATE_SITE = `mutation($id: ID!, $input: UpdateSiteInput!) { updateSite(id: $id, input: $input) { ${SITE} description } }`;
const CREATE_SITE = `mutation($input: CreateSiteInput!) { createSite(input: $input) { ${SITE} } }`;

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
    server.useToken(world.tokens.hezeCoordinator);
    const marked = await server.gql<any>(MARK, { siteId, since: '2018-06-01' });
    expect(marked.errors).toBeUndefined();
    expect(marked.data!.markLongTermBase).toEqual({
      id: siteId,
      isLongTermBase: true,
      longTermBaseSince: '2018-06-01',
    });
    await server.expectRejected(MARK, { siteId, since: '2018-06-01' }, 'CONFLICT', 'since');
    const corrected = await server.gql<any>(MARK, { siteId, since: '2018-05-20' });
    expect(corrected.data!.markLongTermBase.longTermBaseSince).toBe('2018-05-20');
    const bases = await server.gql<any>(
      '{ sites(filter: { isLongTermBase: true }) { edges { node { id } } } }',
    );
    expect(bases.data!.sites.edges.map((e: any) => e.node.id)).toEqual([siteId]);
    const ended = await server.gql<any>(UNMARK, { siteId });
    expect(ended.data!.unmarkLongTermBase).toEqual({
      id: siteId,
      isLongTermBase: false,
      longTermBaseSince: null,
    });
    await server.expectRejected(UNMARK, { siteId }, 'CONFLICT', 'siteId');
    server.useToken(server.adminToken);
    const trail = await server.gql<any>(
      `{ auditEvents(filter: { entityType: "Site", entityId: "${siteId}" }) { edges { node { action } } } }`,
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
      server.useToken(token);
      await server.expectRejected(MARK, { siteId, since: '2018-06-01' }, 'FORBIDDEN', 'siteId');
    }
    server.useToken(server.adminToken);
    await server.expectRejected(MARK, { siteId: '999999', since: '2018-06-01' }, 'NOT_FOUND', 'siteId');
    // A whole top-level variable of the wrong form carries no path to name, so only its code is checked.
    expectError(await server.gql(MARK, { siteId, since: '2018-02-30' }), 'BAD_USER_INPUT');
  });

  it('applies the same rule to updateSite and createSite, while the contact still edits the rest', async () => {
    server.useToken(world.tokens.hezeSite);
    await server.expectRejected(
      UPDATE_SITE,
      { id: siteId, input: { longTermBaseSince: '2018-06-01' } },
      'FORBIDDEN',
      'longTermBaseSince',
    );
    const described = await server.gql<any>(UPDATE_SITE, {
      id: siteId,
      input: { description: '村小学，学生86人' },
    });
    expect(described.errors).toBeUndefined();
    server.useToken(world.tokens.hezeCoordinator);
    const viaUpdate = await server.gql<any>(UPDATE_SITE, {
      id: siteId,
      input: { longTermBaseSince: '2019-01-01' },
    });
    expect(viaUpdate.data!.updateSite).toMatchObject({
      isLongTermBase: true,
      longTermBaseSince: '2019-01-01',
    });
    const input = {
      name: '单县实验小学',
      kind: 'SCHOOL',
      areaCode: '371722',
      latitude: 34.8,
      longitude: 116.1,
      longTermBaseSince: '2018-06-01',
    };
    await server.expectRejected(CREATE_SITE, { input }, 'FORBIDDEN', 'longTermBaseSince');
    server.useToken(server.adminToken);
    const created = await server.gql<any>(CREATE_SITE, { input });
    expect(created.data!.createSite).toMatchObject({ isLongTermBase: true, longTermBaseSince: '2018-06-01' });
  });
});
