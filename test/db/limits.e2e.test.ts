import { randomUUID } from 'node:crypto';
import { Role, SYSTEM_ACTOR } from '../../server/src/core/actor';
import { loadConfig, type Config } from '../../server/src/core/config';
import { QueryLimits } from '../../server/src/core/query-limits';
import { signAccessToken } from '../../server/src/modules/accounts/access-token';
import { AccountService } from '../../server/src/modules/accounts/account.service';
import { sendRaw, type HttpAnswer } from '../support/http-post';
import { startTestServer, type TestServer } from '../support/test-server';
import { testDbKind } from '../support/test-database';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const ALLOWED_ORIGIN = 'https://console.example.cn';
const PUBLIC_QUERY = '{ serviceCategories { category } }';

const REALISTIC = `query Realistic($first: Int!) {
  sites(first: $first) { edges { node { needs { assignments { volunteer { name unit { name } } } } } } }
}`;
const FAN_OUT = `{
  sites(first: 100) { edges { node { needs { assignments { volunteer {
    memberships { team { members { volunteer { name } } } }
  } } } } } }
}`;
const TOO_DEEP = FAN_OUT.replace('volunteer { name }', 'volunteer { unit { name } }');

/** POSTs a GraphQL request over plain node:http, optionally from another loopback address. */
function post(
  url: string,
  payload: unknown,
  options: { headers?: Record<string, string>; localAddress?: string; method?: string } = {},
): Promise<HttpAnswer> {
  return sendRaw(url, payload === undefined ? undefined : JSON.stringify(payload), options);
}

function httpConfig(overrides: Partial<Config['http']>): Pick<Config, 'http'> {
  return { http: { ...loadConfig({ NODE_ENV: 'test' }).http, ...overrides } };
}

describe(`query depth and complexity limits (${testDbKind()})`, () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ seed: { volunteers: 120 } });
  });

  afterAll(() => server.stop());

  it('refuses a query nested deeper than 10 with QUERY_TOO_DEEP and HTTP 400', async () => {
    const answer = await post(server.url, { query: TOO_DEEP });
    expect(answer.status).toBe(400);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors).toHaveLength(1);
    expect(answer.body.errors[0].extensions).toEqual({
      code: 'QUERY_TOO_DEEP',
      depth: 11,
      maxDepth: QueryLimits.maxDepth,
    });
    expect(answer.body.errors[0].message).toMatch(
      /11 levels deep; at most 10 are allowed\. Select fewer nested levels/,
    );
  });

  it('refuses a costly fan-out within the depth limit with QUERY_TOO_COMPLEX and HTTP 400', async () => {
    const statements = await server.countStatements(async () => {
      const answer = await post(server.url, { query: FAN_OUT });
      expect(answer.status).toBe(400);
      expect(answer.body.data).toBeUndefined();
      expect(answer.body.errors).toHaveLength(1);
      expect(answer.body.errors[0].extensions).toEqual({
        code: 'QUERY_TOO_COMPLEX',
        complexity: 24001,
        maxComplexity: QueryLimits.maxComplexity,
      });
      expect(answer.body.errors[0].message).toMatch(/Ask for smaller pages/);
    });
    expect(statements).toBe(0); // refused before any resolver ran
  });

  it('answers the realistic nested read (50 sites → needs → assignments → volunteer → unit)', async () => {
    const response = await server.gql<{ sites: { edges: unknown[] } }>(REALISTIC, { first: 50 });
    expect(response.errors).toBeUndefined();
    expect(response.data!.sites.edges.length).toBeGreaterThan(0);
  });

  it('costs connections by `first` given in a variable', async () => {
    const nested = `query($first: Int!) {
      sites(first: $first) { edges { node { needs { assignments { volunteer {
        memberships { team { name } }
      } } } } } }
    }`;
    // 1 + first × 78: 64 sites fit in 5,000, 65 do not.
    expect((await server.gql(nested, { first: 64 })).errors).toBeUndefined();
    const refused = await server.gql(nested, { first: 65 });
    expect(refused.errors?.[0]?.extensions).toEqual({
      code: 'QUERY_TOO_COMPLEX',
      complexity: 5071,
      maxComplexity: 5000,
    });
  });

  it('still reports an out-of-range page size as BAD_USER_INPUT on `first`', async () => {
    const response = await server.gql('{ volunteers(first: 1000) { edges { node { name } } } }');
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

describe(`introspection, stack traces and CORS by configuration (${testDbKind()})`, () => {
  let locked: TestServer;
  let open: TestServer;

  beforeAll(async () => {
    [locked, open] = await Promise.all([
      startTestServer({
        config: {
          nodeEnv: 'production',
          ...httpConfig({ introspection: false, corsOrigins: [ALLOWED_ORIGIN] }),
        },
      }),
      startTestServer({
        config: { nodeEnv: 'development', ...httpConfig({ introspection: true, corsOrigins: [] }) },
      }),
    ]);
  });

  afterAll(() => Promise.all([locked?.stop(), open?.stop()]));

  const INTROSPECTION = '{ __schema { queryType { name } } }';

  it('refuses introspection when INTROSPECTION is off', async () => {
    const response = await locked.gql(INTROSPECTION);
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('answers introspection when INTROSPECTION is on', async () => {
    const response = await open.gql<{ __schema: { queryType: { name: string } } }>(INTROSPECTION);
    expect(response.errors).toBeUndefined();
    expect(response.data!.__schema.queryType.name).toBe('Query');
  });

  it('shows stack traces in development only', async () => {
    const production = await locked.gql('{ nope }');
    expect(production.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(production.errors?.[0]?.extensions?.stacktrace).toBeUndefined();
    const development = await open.gql('{ nope }');
    expect(development.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(Array.isArray(development.errors?.[0]?.extensions?.stacktrace)).toBe(true);
  });

  it('allows a configured origin, preflight included', async () => {
    const preflight = await post(locked.url, undefined, {
      method: 'OPTIONS',
      headers: {
        origin: ALLOWED_ORIGIN,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,authorization',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe(ALLOWED_ORIGIN);
    expect(preflight.headers['access-control-allow-methods']).toContain('POST');
    expect(preflight.headers['access-control-allow-headers']).toBe('content-type,authorization');
    expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();

    const answer = await post(locked.url, { query: PUBLIC_QUERY }, { headers: { origin: ALLOWED_ORIGIN } });
    expect(answer.status).toBe(200);
    expect(answer.headers['access-control-allow-origin']).toBe(ALLOWED_ORIGIN);
    expect(answer.headers['access-control-expose-headers']).toBe('Retry-After');
  });

  it('sends no CORS headers to another origin', async () => {
    const answer = await post(
      locked.url,
      { query: PUBLIC_QUERY },
      { headers: { origin: 'https://evil.example.com' } },
    );
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await post(locked.url, undefined, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example.com', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('sends no CORS headers at all when no origin is configured (same-origin only)', async () => {
    for (const origin of [ALLOWED_ORIGIN, 'https://evil.example.com']) {
      const answer = await post(open.url, { query: PUBLIC_QUERY }, { headers: { origin } });
      expect(answer.status).toBe(200);
      expect(answer.headers['access-control-allow-origin']).toBeUndefined();
      const preflight = await post(open.url, undefined, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
      expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    }
  });
});

describe(`rate limits (${testDbKind()})`, () => {
  const LIMIT = 5;

  function expectRateLimited(answer: HttpAnswer) {
    expect(answer.status).toBe(429);
    const retryAfter = Number(answer.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(answer.body).toEqual({
      errors: [
        {
          message: expect.stringMatching(/^Too many requests: try again in \d+ s\./),
          extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter },
        },
      ],
    });
  }

  describe('in memory', () => {
    let server: TestServer;
    const tokens: string[] = [];

    beforeAll(async () => {
      server = await startTestServer({
        config: httpConfig({ rateLimitPerMinute: LIMIT, corsOrigins: [ALLOWED_ORIGIN] }),
      });
      // Two accounts of their own, with tokens signed directly so no request is spent on signing in.
      for (const username of ['limit-a', 'limit-b']) {
        const account = await new AccountService(server.dataSource, SYSTEM_ACTOR).create({
          username,
          displayName: username,
          password: 'limit-test-password',
          role: Role.PROVINCIAL_ADMIN,
        });
        tokens.push(signAccessToken(server.auth, account).token);
      }
    });

    afterAll(() => server.stop());

    const ask = (localAddress: string, token?: string, headers: Record<string, string> = {}) =>
      post(
        server.url,
        { query: PUBLIC_QUERY },
        { localAddress, headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } },
      );

    it('answers the 6th request of a minute from an address with 429, RATE_LIMITED and Retry-After', async () => {
      for (let i = 0; i < LIMIT; i++) expect((await ask('127.0.0.2')).status).toBe(200);
      const refused = await ask('127.0.0.2', undefined, { origin: ALLOWED_ORIGIN });
      expectRateLimited(refused);
      // A browser client may read the 429 and its Retry-After.
      expect(refused.headers['access-control-allow-origin']).toBe(ALLOWED_ORIGIN);
      expect(refused.headers['access-control-expose-headers']).toBe('Retry-After');
      // X-Forwarded-For is not trusted: it cannot buy a fresh budget.
      expectRateLimited(await ask('127.0.0.2', undefined, { 'x-forwarded-for': '10.1.2.3' }));
      // Another address has its whole budget.
      const other = await ask('127.0.0.3');
      expect(other.status).toBe(200);
      expect(other.body.data.serviceCategories.length).toBeGreaterThan(0);
    });

    it('counts a signed-in account on its own key, whatever address it calls from', async () => {
      const [a, b] = tokens as [string, string];
      // The address 127.0.0.2 is spent (previous test), but signed-in requests count per account.
      for (let i = 0; i < LIMIT; i++) expect((await ask('127.0.0.2', a)).status).toBe(200);
      expectRateLimited(await ask('127.0.0.2', a));
      expectRateLimited(await ask('127.0.0.4', a)); // a new address does not help account a
      // Account b, and the signed-out address 127.0.0.4, are unaffected.
      for (let i = 0; i < LIMIT; i++) expect((await ask('127.0.0.2', b)).status).toBe(200);
      expect((await ask('127.0.0.4')).status).toBe(200);
    });

    it('counts requests refused by the limits and by a bad token too (one point per HTTP request)', async () => {
      for (let i = 0; i < 3; i++) {
        expect((await post(server.url, { query: TOO_DEEP }, { localAddress: '127.0.0.5' })).status).toBe(400);
      }
      for (let i = 0; i < 2; i++) {
        const answer = await ask('127.0.0.5', 'not-a-valid-token');
        expect(answer.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      }
      expectRateLimited(await ask('127.0.0.5', 'not-a-valid-token'));
      expectRateLimited(await ask('127.0.0.5'));
    });
  });

  describe('shared through Redis', () => {
    let a: TestServer;
    let b: TestServer;
    const keyPrefix = `test:rl:${randomUUID()}`;

    beforeAll(async () => {
      const options = {
        config: { ...httpConfig({ rateLimitPerMinute: LIMIT }), redisUrl: REDIS_URL },
        serverOptions: { rateLimitKeyPrefix: keyPrefix },
        admin: false,
      };
      [a, b] = await Promise.all([startTestServer(options), startTestServer(options)]);
    });

    afterAll(() => Promise.all([a?.stop(), b?.stop()]));

    it('counts requests to two instances against one budget', async () => {
      expect(a.url).not.toBe(b.url);
      const from = { localAddress: '127.0.0.2' };
      for (const target of [a, b, a, b, a]) {
        expect((await post(target.url, { query: PUBLIC_QUERY }, from)).status).toBe(200);
      }
      expectRateLimited(await post(b.url, { query: PUBLIC_QUERY }, from));
      expectRateLimited(await post(a.url, { query: PUBLIC_QUERY }, from));
      // A different address has its own budget on both instances.
      expect((await post(b.url, { query: PUBLIC_QUERY }, { localAddress: '127.0.0.3' })).status).toBe(200);
      expect((await post(a.url, { query: PUBLIC_QUERY }, { localAddress: '127.0.0.3' })).status).toBe(200);
    });
  });

  describe('with Redis unreachable', () => {
    let server: TestServer;
    const logs: string[] = [];

    beforeAll(async () => {
      server = await startTestServer({
        config: { ...httpConfig({ rateLimitPerMinute: 2 }), redisUrl: 'redis://127.0.0.1:1' },
        serverOptions: { log: (message) => void logs.push(message) },
        admin: false,
      });
    });

    afterAll(() => server.stop());

    it('fails open: every request is answered, and the outage is logged once', async () => {
      for (let i = 0; i < 6; i++) {
        const answer = await post(server.url, { query: PUBLIC_QUERY });
        expect(answer.status).toBe(200);
        expect(answer.body.errors).toBeUndefined();
      }
      const outages = logs.filter((line) => /rate limits: Redis .* is unavailable/.test(line));
      expect(outages).toHaveLength(1);
      expect(outages[0]).toMatch(/requests are not rate limited until it is back/);
    });
  });
});
