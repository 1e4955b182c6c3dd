import { LedgerWorld } from '../support/ledger-world';
import { testDbKind } from '../support/test-database';
import { expectError, startTestServer, type TestServer } from '../support/test-server';
import { graphql } from '../graphql';
import type { WriteServiceLogInput } from '../graphql/graphql';

// Selections several operations of this file read alike.
graphql(`
  fragment ServiceLogsServiceLogFields on ServiceLog {
    id
    projectId
    loggedOn
    content
    authorId
    authorAccountId
    authorName
    project {
      name
    }
  }
`);

const WRITE = graphql(`
  mutation ServiceLogsWrite($input: WriteServiceLogInput!) {
    writeServiceLog(input: $input) {
      ...ServiceLogsServiceLogFields
    }
  }
`);
const UPDATE = graphql(`
  mutation ServiceLogsUpdate($id: ID!, $input: UpdateServiceLogInput!) {
    updateServiceLog(id: $id, input: $input) {
      ...ServiceLogsServiceLogFields
    }
  }
`);
const LIST = graphql(`
  query ServiceLogsList($projectId: ID!, $filter: ServiceLogFilter) {
    serviceLogs(projectId: $projectId, filter: $filter) {
      totalCount
      edges {
        node {
          loggedOn
          content
          authorName
        }
      }
    }
  }
`);

describe(`service logs (志愿服务日志) over HTTP (${testDbKind()})`, () => {
  let server: TestServer;
  let world: LedgerWorld;

  const entry = (overrides: Partial<WriteServiceLogInput> = {}): WriteServiceLogInput => ({
    projectId: String(world.heze.projectId),
    loggedOn: '2019-07-10',
    content: '为王庄村小学三年级学生辅导数学，共12名学生参加。',
    ...overrides,
  });

  async function write(input: WriteServiceLogInput, token: string) {
    const response = await server.gql(WRITE, { input }, { token });
    expect(response.errors).toBeUndefined();
    return response.data!.writeServiceLog;
  }

  beforeAll(async () => {
    server = await startTestServer();
    world = await new LedgerWorld(server).build();
  });

  afterAll(() => server.stop());

  it('lets a member of the project’s team write a dated entry, signed with their name', async () => {
    const log = await write(entry(), world.tokens.hezeMember);
    expect(log).toMatchObject({
      loggedOn: '2019-07-10',
      authorId: String(world.heze.members[0]!.id),
      authorName: 'heze-member',
      project: { name: '王庄村助学' },
    });
    expect(log.authorAccountId).not.toBeNull();
  });

  it('lets the team leader and the coordinator of the unit (or a unit above it) write', async () => {
    expect((await write(entry({ loggedOn: '2019-07-11' }), world.tokens.hezeLeader)).authorId).toBe(
      String(world.heze.leader.id),
    );
    const byCoordinator = await write(
      entry({ projectId: String(world.caoxian.projectId), loggedOn: '2019-04-01' }),
      world.tokens.hezeCoordinator,
    );
    expect(byCoordinator).toMatchObject({ authorId: null, authorName: 'heze' });
  });

  it.each([
    ['a day before the project starts', { loggedOn: '2019-03-31' }, 'loggedOn'],
    ['a day after the project ends', { loggedOn: '2019-10-01' }, 'loggedOn'],
    ['a day in the future', { loggedOn: '2999-07-10' }, 'loggedOn'],
    ['a day that does not exist', { loggedOn: '2019-06-31' }, 'loggedOn'],
    ['empty content', { content: '   ' }, 'content'],
    ['content over 5000 characters', { content: '记'.repeat(5001) }, 'content'],
    ['a malformed project id', { projectId: 'x' }, 'projectId'],
  ])('rejects %s, naming the field and changing nothing', async (_why, overrides, field) => {
    await server
      .as(world.tokens.hezeMember)
      .expectRejected(WRITE, { input: entry(overrides) }, 'BAD_USER_INPUT', field);
  });

  it('answers NOT_FOUND for a project that does not exist', async () => {
    await server.expectRejected(WRITE, { input: entry({ projectId: '999999' }) }, 'NOT_FOUND', 'projectId');
  });

  it('refuses a volunteer outside the team, another unit’s coordinator or leader, and the site contact', async () => {
    for (const token of [
      world.tokens.hezeOutsider,
      world.tokens.jinanCoordinator,
      world.tokens.jinanLeader,
      world.tokens.hezeSite,
    ]) {
      await server.as(token).expectRejected(WRITE, { input: entry() }, 'FORBIDDEN', 'projectId');
    }
  });

  it('lets authors edit only their own entries, checked again, with the change audited', async () => {
    const log = await write(entry({ loggedOn: '2019-08-01', content: '初稿' }), world.tokens.hezeMember);
    const edited = await server.gql(
      UPDATE,
      { id: log.id, input: { content: '为12名学生辅导数学并家访2户。' } },
      { token: world.tokens.hezeMember },
    );
    expect(edited.errors).toBeUndefined();
    expect(edited.data!.updateServiceLog).toMatchObject({
      content: '为12名学生辅导数学并家访2户。',
      loggedOn: '2019-08-01',
    });
    for (const token of [world.tokens.hezeLeader, world.tokens.hezeCoordinator, server.adminToken!]) {
      await server
        .as(token)
        .expectRejected(UPDATE, { id: log.id, input: { content: '改' } }, 'FORBIDDEN', 'id');
    }
    const member = server.as(world.tokens.hezeMember);
    await member.expectRejected(
      UPDATE,
      { id: log.id, input: { loggedOn: '2019-12-01' } },
      'BAD_USER_INPUT',
      'loggedOn',
    );
    await member.expectRejected(UPDATE, { id: log.id, input: { content: '' } }, 'BAD_USER_INPUT', 'content');
    await member.expectRejected(UPDATE, { id: '999999', input: { content: '改' } }, 'NOT_FOUND', 'id');
    const trail = await server.gql(
      graphql(`
        query ServiceLogsAuditTrail($id: ID!) {
          auditEvents(filter: { entityType: "ServiceLog", entityId: $id }) {
            edges {
              node {
                action
              }
            }
          }
        }
      `),
      { id: log.id },
    );
    expect(trail.data!.auditEvents.edges.map((e: any) => e.node.action)).toEqual(['CREATE', 'UPDATE']);
  });

  it('lists a project’s entries for its team, its coordinators, its site and the admin, by date range', async () => {
    const projectId = String(world.heze.projectId);
    for (const token of [
      world.tokens.hezeMember,
      world.tokens.hezeLeader,
      world.tokens.hezeCoordinator,
      world.tokens.hezeSite,
      server.adminToken!,
    ]) {
      const response = await server.gql(LIST, { projectId }, { token });
      expect(response.errors).toBeUndefined();
      expect(response.data!.serviceLogs.totalCount).toBe(3);
    }
    const july = await server.gql(LIST, { projectId, filter: { from: '2019-07-01', to: '2019-07-10' } });
    expect(july.data!.serviceLogs.edges.map((e: any) => e.node.loggedOn)).toEqual(['2019-07-10']);
    for (const token of [
      world.tokens.hezeOutsider,
      world.tokens.jinanCoordinator,
      world.tokens.jinanLeader,
    ]) {
      expectError(await server.gql(LIST, { projectId }, { token }), 'FORBIDDEN', 'projectId');
    }
    expectError(await server.gql(LIST, { projectId: '999999' }), 'NOT_FOUND', 'projectId');
  });
});
