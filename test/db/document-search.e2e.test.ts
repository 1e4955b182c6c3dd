import { Role } from '../../server/src/core/actor';
import { DOCUMENT_SEARCHES_PER_HOUR } from '../../server/src/modules/volunteers/document-search';
import { AccessWorld } from '../support/access-world';
import { testDbKind } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';
import { graphql } from '../graphql';

/**
 * A masked ID number leaves about 1,500 candidates after the check digit: searching by number is
 * for those who see numbers unmasked, once per request, within a budget, and audited.
 */
describe(`search by document number (${testDbKind()})`, () => {
  let server: TestServer;
  let world: AccessWorld;

  beforeAll(async () => {
    server = await startTestServer();
    world = await new AccessWorld(server).build();
  });

  afterAll(() => server.stop());

  const SEARCH = graphql(`
    query DocumentSearchSearch($n: String!) {
      volunteers(filter: { documentNumber: $n }) {
        totalCount
        edges {
          node {
            id
          }
        }
      }
    }
  `);

  it('is refused to roles that see numbers masked, whatever the number', async () => {
    for (const caller of ['admin', 'siteContact'] as const) {
      const response = await server.gql(
        SEARCH,
        { n: world.units.in.loner.documentNumber },
        {
          token: world.tokens[caller],
        },
      );
      expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    }
  });

  it('finds within the caller’s scope and audits each search with the number masked', async () => {
    const token = await server.signInAs({
      username: 'jinan-coordinator-search',
      role: Role.UNIT_COORDINATOR,
      unitId: String(world.units.in.unitId),
    });
    const own = world.units.in.loner;
    const found = await server.gql(SEARCH, { n: own.documentNumber }, { token });
    expect(found.errors).toBeUndefined();
    expect(found.data!.volunteers.edges.map((e: any) => e.node.id)).toEqual([String(own.id)]);
    const other = await server.gql(SEARCH, { n: world.units.out.loner.documentNumber }, { token });
    expect(other.data!.volunteers.totalCount).toBe(0);
    const events = await server.dataSource.query(
      `SELECT entityId, ${testDbKind() === 'sqlite' ? '"after"' : '`after`'} AS a FROM audit_event WHERE action = 'SEARCH_PERSONAL_DATA' AND actorName = 'jinan-coordinator-search' ORDER BY id`,
    );
    expect(events.map((e: any) => e.entityId)).toEqual([String(own.id), '-']);
    for (const event of events) {
      expect(String(event.a)).not.toContain(own.documentNumber);
      expect(String(event.a)).not.toContain(world.units.out.loner.documentNumber);
      expect(JSON.parse(event.a).documentNumber).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
    }
  });

  it('allows one search per request, so numbers cannot be tried as aliases', async () => {
    const candidates = [world.units.in.members[0]!, world.units.in.members[1]!].map((m) => m.documentNumber);
    const response = await server.gql(
      `query($a: String!, $b: String!) {
        a: volunteers(filter: { documentNumber: $a }) { totalCount }
        b: volunteers(filter: { documentNumber: $b }) { totalCount } }`,
      { a: candidates[0], b: candidates[1] },
      { token: world.tokens.coordinator },
    );
    expect(response.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([
      ['DOCUMENT_SEARCH_LIMITED', 'documentNumber'],
    ]);
  });

  it('gives each account a budget of searches', async () => {
    const token = await server.signInAs({
      username: 'jinan-leader-budget',
      role: Role.TEAM_LEADER,
      volunteerId: String(world.units.in.cadre.id),
    });
    const n = world.units.in.members[2]!.documentNumber;
    for (let i = 0; i < DOCUMENT_SEARCHES_PER_HOUR; i++) {
      const response = await server.gql(SEARCH, { n }, { token });
      expect(response.errors).toBeUndefined();
    }
    const refused = await server.gql(SEARCH, { n }, { token });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'DOCUMENT_SEARCH_LIMITED',
      field: 'documentNumber',
      retryAfterSeconds: expect.any(Number),
    });
    // Another account still has its own.
    const other = await server.gql(SEARCH, { n }, { token: world.tokens.leader });
    expect(other.errors).toBeUndefined();
  });
});
