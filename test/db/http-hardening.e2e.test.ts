import { loadConfig, type Config } from '../../server/src/core/config';
import { startTestServer, type TestServer } from '../support/test-server';
import { testDbKind } from '../support/test-database';
import { postGraphQL, sendRaw } from '../support/http-post';

const PASSWORD = 'Hunter2-very-secret-pass';
const PUBLIC_QUERY = '{ serviceCategories { category } }';
const LOGIN_BODY = JSON.stringify({
  query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }',
  variables: { u: 'zhang.wei', p: PASSWORD },
});
const RECORD_SUPPORT = `mutation($input: RecordSupportEntryInput!) { recordSupportEntry(input: $input) { id } }`;

function httpConfig(overrides: Partial<Config['http']>): Pick<Config, 'http'> {
  return { http: { ...loadConfig({ NODE_ENV: 'test' }).http, ...overrides } };
}

/** Everything written to the console while `action` runs. */
async function consoleOutput(action: () => Promise<void>): Promise<string> {
  const lines: string[] = [];
  const spies = (['error', 'warn', 'log', 'info', 'debug'] as const).map((method) =>
    jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      lines.push(
        args.map((arg) => (typeof arg === 'string' ? arg : require('node:util').inspect(arg))).join(' '),
      );
    }),
  );
  try {
    await action();
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return lines.join('\n');
}

describe(`HTTP error hygiene in production (${testDbKind()})`, () => {
  let production: TestServer;
  let development: TestServer;

  beforeAll(async () => {
    // Express reads NODE_ENV itself when the app is made: start it as a production process would.
    const saved = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      production = await startTestServer({ config: { nodeEnv: 'production' } });
    } finally {
      process.env.NODE_ENV = saved;
    }
    development = await startTestServer({ config: { nodeEnv: 'development' } });
  });

  afterAll(() => Promise.all([production?.stop(), development?.stop()]));

  it('answers a cut-off or malformed body as a GraphQL JSON error, and logs no byte of it', async () => {
    const answers: Awaited<ReturnType<typeof sendRaw>>[] = [];
    const logged = await consoleOutput(async () => {
      // A body cut off in the middle (the password is in it), and one V8 quotes in its message.
      answers.push(
        await sendRaw(production.url, LOGIN_BODY.slice(0, LOGIN_BODY.indexOf(PASSWORD) + PASSWORD.length)),
      );
      answers.push(await sendRaw(production.url, `{"password": ${PASSWORD}}`));
    });
    expect(logged).not.toContain(PASSWORD);
    expect(logged).not.toContain('zhang.wei');
    for (const answer of answers) {
      expect(answer.status).toBe(400);
      expect(answer.headers['content-type']).toMatch(/^application\/json/);
      expect(answer.body).toEqual({
        errors: [{ message: expect.stringMatching(/not valid JSON/), extensions: { code: 'BAD_REQUEST' } }],
      });
      expect(answer.text).not.toContain(PASSWORD);
    }
  });

  it('answers an oversized body with 413 as a GraphQL JSON error', async () => {
    const logged = await consoleOutput(async () => {
      const answer = await sendRaw(
        production.url,
        JSON.stringify({ query: PUBLIC_QUERY, variables: { p: PASSWORD, pad: 'x'.repeat(1_100_000) } }),
      );
      expect(answer.status).toBe(413);
      expect(answer.headers['content-type']).toMatch(/^application\/json/);
      expect(answer.body.errors[0].extensions).toEqual({ code: 'BAD_REQUEST' });
      expect(answer.body.errors[0].message).toMatch(/too large/);
    });
    expect(logged).not.toContain(PASSWORD);
  });

  it('sends no X-Powered-By, on GraphQL answers, errors and other routes', async () => {
    const answers = [
      await postGraphQL(production.url, { query: PUBLIC_QUERY }),
      await sendRaw(production.url, '{'),
      await sendRaw(new URL('/healthz', production.url).toString(), undefined),
      await sendRaw(new URL('/no-such-page', production.url).toString(), undefined),
    ];
    for (const answer of answers) expect(answer.headers['x-powered-by']).toBeUndefined();
    expect(answers[3]!.status).toBe(404);
    expect(answers[3]!.body.errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('hides "Did you mean …?" in production, in validation and in variable errors', async () => {
    const misspelt = '{ serviceCategorie { category } }';
    const badEnum = {
      query: 'mutation($input: CreateUnitInput!) { createUnit(input: $input) { id } }',
      variables: { input: { code: 'X', name: '单位', kind: 'PROVINC', cityCode: '370100' } },
    };
    const prod = [await production.gql(misspelt), await production.gql(badEnum.query, badEnum.variables)];
    const dev = [await development.gql(misspelt), await development.gql(badEnum.query, badEnum.variables)];
    expect(prod[0]!.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(prod[1]!.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });
    for (const answer of prod) {
      expect(answer.errors![0]!.message).not.toMatch(/Did you mean/);
      expect(JSON.stringify(answer)).not.toMatch(/serviceCategories|"PROVINCE"/);
    }
    // Development keeps the hints for people writing queries.
    for (const answer of dev) expect(answer.errors![0]!.message).toMatch(/Did you mean/);
  });

  it('refuses a Decimal sent as a JSON number with 400 BAD_USER_INPUT naming the field, never 500', async () => {
    for (const amount of [12.5, 1e21, 0.1 + 0.2, 1e-7, 100]) {
      const answer = await postGraphQL(
        production.url,
        {
          query: RECORD_SUPPORT,
          variables: { input: { projectId: '1', kind: 'FUNDS', occurredOn: '2019-05-01', amount } },
        },
        { headers: { authorization: `Bearer ${production.adminToken}` } },
      );
      expect(answer.status).toBe(400);
      expect(answer.body.errors).toHaveLength(1);
      expect(answer.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'amount' });
      expect(answer.body.errors[0].message).toMatch(/send money as a string like "12\.50"/);
    }
    // Written in the query itself, a number is refused the same way, also with 400.
    const literal = await postGraphQL(
      production.url,
      {
        query:
          'mutation { recordSupportEntry(input: { projectId: "1", kind: FUNDS, occurredOn: "2019-05-01", amount: 12.5 }) { id } }',
      },
      { headers: { authorization: `Bearer ${production.adminToken}` } },
    );
    expect(literal.status).toBe(400);
    expect(literal.body.errors[0].message).toMatch(/send money as a string like "12\.50"/);
  });
});

describe(`malformed bodies count against the address's rate limit (${testDbKind()})`, () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ config: httpConfig({ rateLimitPerMinute: 5 }), admin: false });
  });

  afterAll(() => server?.stop());

  it('refuses the 6th request of a minute after 5 unparsable bodies, with 429 in JSON', async () => {
    const from = { localAddress: '127.0.0.7' };
    for (let i = 0; i < 5; i++) expect((await sendRaw(server.url, '{"query":', from)).status).toBe(400);
    const refused = await postGraphQL(server.url, { query: PUBLIC_QUERY }, from);
    expect(refused.status).toBe(429);
    expect(refused.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    const alsoRefused = await sendRaw(server.url, '{"query":', from);
    expect(alsoRefused.status).toBe(429);
    expect(alsoRefused.headers['retry-after']).toMatch(/^\d+$/);
    expect(alsoRefused.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    // Another address is not affected.
    expect(
      (await postGraphQL(server.url, { query: PUBLIC_QUERY }, { localAddress: '127.0.0.8' })).status,
    ).toBe(200);
  });
});
