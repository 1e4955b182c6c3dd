import path from 'node:path';
import type { DataSource } from 'typeorm';
import { startServer, type RunningServer, type StartOptions } from '../../server/src/app';
import { loadConfig, type Config } from '../../server/src/core/config';
import { sqlStatementCount } from '../../server/src/core/data-source';
import { SYSTEM_ACTOR, Role } from '../../server/src/core/actor';
import { AccountService } from '../../server/src/modules/accounts/account.service';
import { authenticate } from '../../server/src/modules/accounts/authenticate';
import { seedDatabase, type SeedOptions } from '../../seeds/seed';
import { graphql } from '../graphql';
import type { TypedDocumentString } from '../graphql/graphql';
import { databaseSnapshot, openTestDatabase, type TestDatabase } from './test-database';

export interface GraphQLResponse<T = unknown> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string; [key: string]: unknown } }[];
}

/** The variables a typed document takes, e.g. to build them in a helper. */
export type VariablesOf<D> = D extends TypedDocumentString<infer _R, infer V> ? V : never;
/** The data a typed document answers with. */
export type ResultOf<D> = D extends TypedDocumentString<infer R, infer _V> ? R : never;

/** Who sends a request: the test admin by default, `token` when given (`null`: no token). */
export interface GqlOptions {
  token?: string | null;
}

/**
 * Sends an operation. A typed document (`graphql(`...`)` from test/graphql) gives typed variables and
 * data; a plain string (a deliberately invalid or hostile document, one built at run time) gives
 * `unknown` data unless the test names the shape it expects.
 */
export interface SendGql<O> {
  <R, V>(
    document: TypedDocumentString<R, V>,
    variables?: NoInfer<V>,
    options?: O,
  ): Promise<GraphQLResponse<R>>;
  <R = unknown>(query: string, variables?: Record<string, unknown>, options?: O): Promise<GraphQLResponse<R>>;
}

/** Sends a request that must fail with `code` naming `field`, and proves it changed nothing. */
export interface ExpectRejected {
  <R, V>(
    document: TypedDocumentString<R, V>,
    variables: NoInfer<V>,
    code: string,
    field: string,
  ): Promise<void>;
  (query: string, variables: Record<string, unknown>, code: string, field: string): Promise<void>;
}

/** A client that always sends one token (`null`: none), whatever the other tests do. */
export interface TokenClient {
  token: string | null;
  gql: SendGql<never>;
  expectRejected: ExpectRejected;
  /** SQL statements run while `action` ran, less each request's sign-in check (as `token`). */
  countStatements(action: () => Promise<unknown>): Promise<number>;
}

export interface TestServer {
  url: string;
  dataSource: DataSource;
  server: RunningServer;
  /** Sends the test admin's token unless `token` says otherwise (`null`: no token). */
  gql: SendGql<GqlOptions>;
  /** Signs in through the API and returns the access token. */
  login(username: string, password: string): Promise<string>;
  /** The signed-in test admin's access token; null when started with `admin: false`. */
  adminToken: string | null;
  /** The server's token settings, e.g. to sign an expired token with its secret. */
  auth: Config['auth'];
  /** Sends a request (as the test admin) that must fail with `code` naming `field`, and proves it changed nothing. */
  expectRejected: ExpectRejected;
  /** SQL statements run while `action` ran, less each request's sign-in check (measured at start). */
  countStatements(action: () => Promise<unknown>): Promise<number>;
  /** Creates an account (as the system) and returns its access token. */
  signInAs(account: {
    username: string;
    role: Role;
    unitId?: string;
    volunteerId?: string;
    siteId?: string;
  }): Promise<string>;
  /** A client that sends this token (`null`: none) with every request. */
  as(token: string | null): TokenClient;
  stop(): Promise<void>;
}

/**
 * A real HTTP server on a free port over a fresh, migrated database; optionally seeded.
 * `config` overrides top-level settings (e.g. `http`, `redisUrl`); `serverOptions` are passed to startServer.
 */
export async function startTestServer(
  options: {
    seed?: SeedOptions;
    config?: Partial<Config>;
    serverOptions?: Omit<StartOptions, 'dataSource'>;
    /** Create a provincial admin and send its token by default (true unless told otherwise). */
    admin?: boolean;
  } = {},
): Promise<TestServer> {
  const database: TestDatabase = await openTestDatabase();
  if (options.seed) await seedDatabase(database.dataSource, options.seed);
  const config: Config = {
    ...loadConfig({ NODE_ENV: 'test' }),
    host: '127.0.0.1',
    port: 0,
    database: database.config,
    seedDemoData: false,
    ...options.config,
  };
  // Through the service rather than HTTP, so setup spends none of a test's rate limit budget.
  const signInAs: TestServer['signInAs'] = async (account) => {
    const password = `${account.username}-password`;
    await new AccountService(database.dataSource, SYSTEM_ACTOR).create({
      displayName: account.username,
      password,
      ...account,
    });
    return (
      await new AccountService(database.dataSource, null).login(config.auth, account.username, password)
    ).accessToken;
  };
  let adminToken: string | null = null;
  if (options.admin ?? true) {
    adminToken = await signInAs({ username: TEST_ADMIN.username, role: Role.PROVINCIAL_ADMIN });
  }
  const server = await startServer(config, {
    log: () => undefined,
    // Heavy-work threads load the TypeScript sources as this process does.
    workerExecArgv: ['-r', path.join(__dirname, 'swc-register.js')],
    ...options.serverOptions,
    dataSource: database.dataSource,
  });
  let requests = 0;
  /** Sends `query` (a typed document's text, or a plain string) with `token` (`null`: none). */
  const send = async (
    query: string | TypedDocumentString<unknown, unknown>,
    variables: unknown,
    token: string | null,
  ): Promise<GraphQLResponse> => {
    requests += 1;
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: query.toString(), variables }),
    });
    return (await response.json()) as GraphQLResponse;
  };
  // The overloads give the types; both forms send the same request.
  const gql = ((
    query: string | TypedDocumentString<unknown, unknown>,
    variables?: unknown,
    gqlOptions?: GqlOptions,
  ) =>
    send(
      query,
      variables,
      gqlOptions?.token === undefined ? adminToken : gqlOptions.token,
    )) as SendGql<GqlOptions>;
  const rejected =
    (token: string | null): ExpectRejected =>
    async (
      query: string | TypedDocumentString<unknown, unknown>,
      variables: unknown,
      code: string,
      field: string,
    ) => {
      const before = await databaseSnapshot(database.dataSource);
      const response = await send(query, variables, token);
      expectError(response, code, field);
      expect(response.data ?? null).toBeNull();
      expect(await databaseSnapshot(database.dataSource)).toBe(before);
    };
  const login = async (username: string, password: string): Promise<string> => {
    const response = await gql(LOGIN, { u: username, p: password }, { token: null });
    expect(response.errors).toBeUndefined();
    return response.data!.login.accessToken;
  };
  /** What checking `token` costs each request (one statement for the admin). */
  const signInCostOf = async (token: string | null): Promise<number> => {
    const before = sqlStatementCount(database.dataSource);
    if (token) await authenticate(database.dataSource, config.auth, `Bearer ${token}`);
    return sqlStatementCount(database.dataSource) - before;
  };
  // Measured once for the admin, so statement counts measure the operation itself.
  const signInCost = await signInCostOf(adminToken);
  const countRaw = async (action: () => Promise<unknown>) => {
    const before = sqlStatementCount(database.dataSource);
    const requestsBefore = requests;
    await action();
    return {
      statements: sqlStatementCount(database.dataSource) - before,
      requests: requests - requestsBefore,
    };
  };
  return {
    url: server.url,
    dataSource: database.dataSource,
    server,
    gql,
    login,
    adminToken,
    signInAs,
    as(token) {
      return {
        token,
        gql: ((query: string | TypedDocumentString<unknown, unknown>, variables?: unknown) =>
          send(query, variables, token)) as SendGql<never>,
        expectRejected: rejected(token),
        async countStatements(action) {
          const cost = await signInCostOf(token);
          const counted = await countRaw(action);
          return counted.statements - counted.requests * cost;
        },
      };
    },
    auth: config.auth,
    expectRejected: rejected(adminToken),
    async countStatements(action) {
      const counted = await countRaw(action);
      return counted.statements - counted.requests * signInCost;
    },
    async stop() {
      await server.stop();
      await database.drop();
    },
  };
}

const LOGIN = graphql(`
  mutation TestServerLogin($u: String!, $p: String!) {
    login(username: $u, password: $p) {
      accessToken
    }
  }
`);

/** The provincial admin every test server signs in as (unless started with `admin: false`). */
export const TEST_ADMIN = { username: 'test-admin', password: 'test-admin-password' } as const;

/** Asserts a response failed with one error of this code naming this field. */
export function expectError(response: GraphQLResponse<unknown>, code: string, field?: string): void {
  expect(response.errors).toHaveLength(1);
  const error = response.errors![0]!;
  expect(error.extensions?.code).toBe(code);
  if (field !== undefined) expect(error.extensions?.field).toBe(field);
}
