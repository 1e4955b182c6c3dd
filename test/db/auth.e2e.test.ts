import jwt from 'jsonwebtoken';
import { AuditEvent } from '../../server/src/core/audit-event.entity';
import { ApiToken } from '../../server/src/modules/accounts/account.entity';
import { mobile, residentId } from '../support/fixtures';
import { databaseSnapshot, testDbKind } from '../support/test-database';
import {
  expectError,
  startTestServer,
  TEST_ADMIN,
  type GraphQLResponse,
  type TestServer,
} from '../support/test-server';
import { graphql } from '../graphql';
import type { CreateAccountInput, CreateUnitInput, Role, TypedDocumentString } from '../graphql/graphql';

const PASSWORD = 'a-good-password-1';
const WRONG = 'wrong username or password';
const ME = graphql(`
  query AuthMe {
    me {
      id
      username
      role
      displayName
      lastLoginAt
    }
  }
`);
const LOGIN = graphql(`
  mutation AuthLogin($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      accessToken
      expiresAt
      account {
        id
        username
        role
      }
    }
  }
`);
const CREATE_ACCOUNT = graphql(`
  mutation AuthCreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      id
      username
      role
      unitId
      volunteerId
      siteId
    }
  }
`);
const CHANGE_PASSWORD = graphql(`
  mutation AuthChangePassword($current: String!, $next: String!) {
    changePassword(currentPassword: $current, newPassword: $next) {
      accessToken
    }
  }
`);
const DEACTIVATE = graphql(`
  mutation AuthDeactivate($id: ID!) {
    deactivateAccount(id: $id) {
      id
      active
    }
  }
`);
const CREATE_API_TOKEN = graphql(`
  mutation AuthCreateApiToken($name: String!, $days: Int) {
    createApiToken(name: $name, expiresInDays: $days) {
      token
      apiToken {
        id
        name
        tokenPrefix
        expiresAt
      }
    }
  }
`);
const REVOKE_API_TOKEN = graphql(`
  mutation AuthRevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      id
      revokedAt
    }
  }
`);
const ACCOUNTS = graphql(`
  query AuthAccounts {
    accounts(first: 100) {
      totalCount
      edges {
        node {
          username
        }
      }
    }
  }
`);

function expectUnauthenticated(response: GraphQLResponse, message?: RegExp): void {
  expectError(response, 'UNAUTHENTICATED');
  if (message) expect(response.errors![0]!.message).toMatch(message);
}

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe(`accounts and authentication over HTTP (${testDbKind()})`, () => {
  let server: TestServer;
  let jinanId: string;
  let jinanVolunteerId: string;
  let qingdaoVolunteerId: string;
  let coordinator: string;

  /** The one root field of a successful response. */
  async function send<R, V>(
    query: TypedDocumentString<R, V>,
    variables?: NoInfer<V>,
    token?: string | null,
  ): Promise<R[keyof R]> {
    const response = await server.gql(query, variables, token === undefined ? {} : { token });
    expect(response.errors).toBeUndefined();
    return Object.values(response.data!)[0] as R[keyof R];
  }

  /** Creates an account as the admin and signs it in. */
  async function account(username: string, role: Role, links: Record<string, string> = {}) {
    const created = await send(CREATE_ACCOUNT, {
      input: { username, displayName: '测试用户', password: PASSWORD, role, ...links },
    });
    return { id: created.id, token: await server.login(username, PASSWORD) };
  }

  beforeAll(async () => {
    server = await startTestServer();
    const unit = (input: CreateUnitInput) =>
      send(
        graphql(`
          mutation AuthCreateUnit($input: CreateUnitInput!) {
            createUnit(input: $input) {
              id
            }
          }
        `),
        { input },
      );
    const province = await unit({
      code: 'SD',
      name: '中国教育工会山东省委员会',
      kind: 'PROVINCE',
      cityCode: '370100',
    });
    jinanId = (
      await unit({
        code: 'SD-370100',
        name: '济南市教育工会',
        kind: 'CITY',
        parentId: province.id,
        cityCode: '370100',
      })
    ).id;
    const qingdao = await unit({
      code: 'SD-370200',
      name: '青岛市教育工会',
      kind: 'CITY',
      parentId: province.id,
      cityCode: '370200',
    });
    const volunteer = async (name: string, id: string, n: number, unitId: string) =>
      (
        await send(
          graphql(`
            mutation AuthCreateVolunteer($input: CreateVolunteerInput!) {
              createVolunteer(input: $input) {
                id
              }
            }
          `),
          {
            input: { name, documentNumber: id, mobile: mobile(n), unitId, homeAreaCode: '370102' },
          },
        )
      ).id as string;
    jinanVolunteerId = await volunteer('王芳', residentId('370102', '19850615', 1), 1, jinanId);
    qingdaoVolunteerId = await volunteer('高原', residentId('370202', '19870707', 3), 2, qingdao.id);
    coordinator = (await account('jinan-coord', 'UNIT_COORDINATOR', { unitId: jinanId })).token;
  });

  afterAll(() => server.stop());

  describe('signing in', () => {
    it('logs in and answers `me` with the account, recording the sign-in time', async () => {
      const result = await send(LOGIN, { username: ' Jinan-Coord ', password: PASSWORD }, null);
      expect(result.account).toMatchObject({ username: 'jinan-coord', role: 'UNIT_COORDINATOR' });
      expect(new Date(result.expiresAt).getTime()).toBeGreaterThan(Date.now());
      const me = await send(ME, {}, result.accessToken);
      expect(me).toMatchObject({ username: 'jinan-coord', role: 'UNIT_COORDINATOR' });
      expect(me.lastLoginAt).not.toBeNull();
    });

    it('gives the same answer for a wrong password, an unknown user and an inactive account', async () => {
      const inactive = await account('leaving', 'VOLUNTEER', { volunteerId: jinanVolunteerId });
      await send(DEACTIVATE, { id: inactive.id });
      for (const [username, password] of [
        ['jinan-coord', 'not-the-password'],
        ['nobody-here', PASSWORD],
        ['leaving', PASSWORD],
      ] as const) {
        expectUnauthenticated(
          await server.gql(LOGIN, { username, password }, { token: null }),
          new RegExp(`^${WRONG}$`),
        );
      }
    });

    it('answers `me` without a token with UNAUTHENTICATED', async () => {
      expectUnauthenticated(await server.gql(ME, {}, { token: null }));
    });
  });

  describe('refusing tokens with HTTP 401 and UNAUTHENTICATED', () => {
    const cases: [string, (valid: string, sub: string, admin: string) => string, RegExp][] = [
      ['garbage', () => 'not-a-token', /invalid/],
      [
        'an expired token',
        (_v, sub) => jwt.sign({ sub, ver: 0, exp: Math.floor(Date.now() / 1000) - 60 }, server.auth.secret),
        /expired/,
      ],
      [
        'a tampered payload (sub changed to the admin)',
        (valid, sub, admin) => {
          const [header, payload, signature] = valid.split('.');
          const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
          expect(claims.sub).toBe(sub);
          return [header, base64url({ ...claims, sub: admin }), signature].join('.');
        },
        /invalid/,
      ],
      [
        'a token signed with another secret',
        (_v, sub) =>
          jwt.sign({ ver: 0 }, 'another-secret-of-at-least-32-chars!', { subject: sub, expiresIn: 600 }),
        /invalid/,
      ],
      [
        'alg: none',
        (valid) => `${base64url({ alg: 'none', typ: 'JWT' })}.${valid.split('.')[1]}.`,
        /invalid/,
      ],
      ['an unknown API token', () => 'uvp_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', /invalid/],
    ];

    it.each(cases)('%s', async (_case, make, message) => {
      const volunteer = await account(`v-${Math.random().toString(36).slice(2, 10)}`, 'VOLUNTEER', {
        volunteerId: jinanVolunteerId,
      });
      const admin = await send(ME);
      const token = make(volunteer.token, volunteer.id, admin.id);
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: ME }),
      });
      expect(response.status).toBe(401);
      expectUnauthenticated((await response.json()) as GraphQLResponse, message);
    });

    it('refuses an Authorization header that is not "Bearer <token>"', async () => {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Basic ${server.adminToken}` },
        body: JSON.stringify({ query: ME }),
      });
      expect(response.status).toBe(401);
      expectUnauthenticated((await response.json()) as GraphQLResponse);
    });
  });

  describe('API tokens', () => {
    it('act as their account, record their use once a minute, store only a hash and stop when revoked', async () => {
      const owner = await account('sdk-user', 'VOLUNTEER', { volunteerId: jinanVolunteerId });
      const created = await send(CREATE_API_TOKEN, { name: '报表同步脚本' }, owner.token);
      expect(created.token).toMatch(/^uvp_[A-Za-z0-9_-]{43}$/);
      expect(created.token.startsWith(created.apiToken.tokenPrefix)).toBe(true);
      expect(JSON.stringify(await server.dataSource.getRepository(ApiToken).find())).not.toContain(
        created.token,
      );

      expect(await send(ME, {}, created.token)).toMatchObject({ username: 'sdk-user', role: 'VOLUNTEER' });
      const repo = server.dataSource.getRepository(ApiToken);
      const used = (await repo.findOneByOrFail({ id: Number(created.apiToken.id) })).lastUsedAt;
      expect(used).not.toBeNull();
      await send(ME, {}, created.token);
      expect((await repo.findOneByOrFail({ id: Number(created.apiToken.id) })).lastUsedAt).toEqual(used);

      await send(REVOKE_API_TOKEN, { id: created.apiToken.id }, owner.token);
      expectUnauthenticated(await server.gql(ME, {}, { token: created.token }), /revoked/);
    });

    it('stop working once expired', async () => {
      const owner = await account('sdk-expiring', 'VOLUNTEER', { volunteerId: jinanVolunteerId });
      const created = await send(CREATE_API_TOKEN, { name: '临时脚本', days: 1 }, owner.token);
      await server.dataSource
        .getRepository(ApiToken)
        .update(Number(created.apiToken.id), { expiresAt: new Date(Date.now() - 1000) });
      expectUnauthenticated(await server.gql(ME, {}, { token: created.token }), /expired/);
    });

    it('may be revoked by the provincial admin, not by another account', async () => {
      const owner = await account('sdk-other', 'VOLUNTEER', { volunteerId: jinanVolunteerId });
      const created = await send(CREATE_API_TOKEN, { name: '脚本' }, owner.token);
      expectError(
        await server.gql(REVOKE_API_TOKEN, { id: created.apiToken.id }, { token: coordinator }),
        'FORBIDDEN',
      );
      expect((await send(REVOKE_API_TOKEN, { id: created.apiToken.id })).revokedAt).not.toBeNull();
    });
  });

  describe('revoking sessions', () => {
    it('changePassword ends the old access token and returns a working new one', async () => {
      const user = await account('changer', 'VOLUNTEER', { volunteerId: jinanVolunteerId });
      const wrong = await server.gql(
        CHANGE_PASSWORD,
        { current: 'not-my-password', next: 'another-password-2' },
        { token: user.token },
      );
      expectError(wrong, 'BAD_USER_INPUT', 'currentPassword');
      const short = await server.gql(
        CHANGE_PASSWORD,
        { current: PASSWORD, next: 'short' },
        { token: user.token },
      );
      expectError(short, 'BAD_USER_INPUT', 'newPassword');

      const changed = await send(
        CHANGE_PASSWORD,
        { current: PASSWORD, next: 'another-password-2' },
        user.token,
      );
      expectUnauthenticated(await server.gql(ME, {}, { token: user.token }), /no longer valid/);
      expect((await send(ME, {}, changed.accessToken)).username).toBe('changer');
      expectUnauthenticated(
        await server.gql(LOGIN, { username: 'changer', password: PASSWORD }, { token: null }),
      );
      expect(await server.login('changer', 'another-password-2')).toBeTruthy();
    });

    it('deactivateAccount ends its access tokens and API tokens', async () => {
      const user = await account('deactivated', 'VOLUNTEER', { volunteerId: jinanVolunteerId });
      const apiToken = (await send(CREATE_API_TOKEN, { name: '脚本' }, user.token)).token;
      expect(await send(DEACTIVATE, { id: user.id }, coordinator)).toMatchObject({ active: false });
      expectUnauthenticated(await server.gql(ME, {}, { token: user.token }));
      expectUnauthenticated(await server.gql(ME, {}, { token: apiToken }));
    });
  });

  describe('who may create accounts', () => {
    const input = (overrides: Partial<CreateAccountInput>): CreateAccountInput => ({
      username: 'new-account',
      displayName: '新用户',
      password: PASSWORD,
      role: 'VOLUNTEER',
      ...overrides,
    });

    it("refuses a coordinator an account for another unit's volunteer, changing nothing", async () => {
      const before = await databaseSnapshot(server.dataSource);
      const response = await server.gql(
        CREATE_ACCOUNT,
        { input: input({ volunteerId: qingdaoVolunteerId }) },
        { token: coordinator },
      );
      expectError(response, 'FORBIDDEN', 'volunteerId');
      expect(await databaseSnapshot(server.dataSource)).toBe(before);
      const admin = await server.gql(
        CREATE_ACCOUNT,
        { input: input({ role: 'PROVINCIAL_ADMIN', username: 'boss' }) },
        { token: coordinator },
      );
      expectError(admin, 'FORBIDDEN', 'role');
    });

    it("lets a coordinator create a leader account for their own unit's volunteer", async () => {
      const created = await send(
        CREATE_ACCOUNT,
        { input: input({ username: 'own-leader', role: 'TEAM_LEADER', volunteerId: jinanVolunteerId }) },
        coordinator,
      );
      expect(created).toMatchObject({
        username: 'own-leader',
        role: 'TEAM_LEADER',
        volunteerId: jinanVolunteerId,
        unitId: null,
      });
    });

    it('refuses a volunteer any account, and any account list', async () => {
      const volunteer = await account('plain-volunteer', 'VOLUNTEER', { volunteerId: jinanVolunteerId });
      expectError(
        await server.gql(
          CREATE_ACCOUNT,
          { input: input({ volunteerId: jinanVolunteerId }) },
          { token: volunteer.token },
        ),
        'FORBIDDEN',
      );
      expectError(await server.gql(ACCOUNTS, {}, { token: volunteer.token }), 'FORBIDDEN');
    });

    it('lists for a coordinator only the accounts of their units', async () => {
      await account('qingdao-volunteer', 'VOLUNTEER', { volunteerId: qingdaoVolunteerId });
      const names = (await send(ACCOUNTS, {}, coordinator)).edges.map((e: any) => e.node.username);
      expect(names).toContain('jinan-coord');
      expect(names).not.toContain('qingdao-volunteer');
      expect(names).not.toContain(TEST_ADMIN.username);
      expect((await send(ACCOUNTS)).totalCount).toBeGreaterThan(names.length);
    });

    // Functions: the volunteer's id is known only once beforeAll has run.
    it.each([
      ['username', 'BAD_USER_INPUT', () => ({ username: 'x!', volunteerId: jinanVolunteerId })],
      ['password', 'BAD_USER_INPUT', () => ({ password: 'short', volunteerId: jinanVolunteerId })],
      ['volunteerId', 'BAD_USER_INPUT', () => ({})],
      ['unitId', 'BAD_USER_INPUT', () => ({ volunteerId: jinanVolunteerId, unitId: jinanId })],
      ['volunteerId', 'NOT_FOUND', () => ({ volunteerId: '999999' })],
      ['username', 'CONFLICT', () => ({ username: 'JINAN-COORD', volunteerId: jinanVolunteerId })],
    ])('rejects a bad %s with %s, changing nothing', async (field, code, overrides) => {
      await server.expectRejected(CREATE_ACCOUNT, { input: input(overrides()) }, code, field);
    });

    it('gives one CONFLICT when two requests race for one username', async () => {
      const race = () =>
        server.gql(CREATE_ACCOUNT, { input: input({ username: 'racer', volunteerId: jinanVolunteerId }) });
      // The loser's unique violation is logged by the SQL logger: keep it out of the test output.
      const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
      const answers = await Promise.all([race(), race()]).finally(() => quiet.mockRestore());
      expect(answers.filter((a) => !a.errors)).toHaveLength(1);
      expectError(
        answers.find((a) => a.errors)!,
        'CONFLICT',
        'username',
      );
    });
  });

  it('audits account and token writes without any password or token hash', async () => {
    const events = await server.dataSource.getRepository(AuditEvent).find();
    const accountEvents = events.filter((e) => e.entityType === 'Account');
    expect(accountEvents.filter((e) => e.action === 'CREATE').length).toBeGreaterThan(5);
    expect(accountEvents.filter((e) => e.action === 'UPDATE').length).toBeGreaterThanOrEqual(3);
    expect(events.filter((e) => e.entityType === 'ApiToken').map((e) => e.action)).toEqual(
      expect.arrayContaining(['CREATE', 'UPDATE']),
    );
    const trail = JSON.stringify(events);
    expect(trail).not.toContain('scrypt$');
    expect(trail).not.toMatch(/[0-9a-f]{64}/);
    expect(accountEvents[0]!.after).toMatchObject({ passwordHash: '********' });
  });
});
