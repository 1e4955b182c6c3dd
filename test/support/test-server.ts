import path from 'node:path';
import type { DataSource } from 'typeorm';
import { startServer, type RunningServer, type StartOptions } from '../../server/src/app';
import { loadConfig, type Config } from '../../server/src/core/config';
import { sqlStatementCount } from '../../server/src/core/data-source';
import { SYSTEM_ACTOR, Role } from '../../server/src/core/actor';
import { AccountService } from '../../server/src/modules/accounts/account.service';
import { authenticate } from '../../server/src/modules/accounts/authenticate';
import { seedDatabase, type SeedOptions } from '../../seeds/seed';
import { databaseSnapshot, openTestDatabase, type TestDatabase } from './test-database';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string; [key: string]: unknown } }[];
}

export interface TestServer {
  url: string;
  dataSource: DataSource;
  server: RunningServer;
  /** Sends the test admin's token unless `token` says otherwise (`null`: no token). */
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string | null },
  ): Promise<GraphQLResponse<T>>;
  /** Signs in through the API and returns the access token. */
  login(username: string, password: string): Promise<string>;
  /** The signed-in test admin's access token; null when started with `admin: false`. */
  adminToken: string | null;
  /** The server's token settings, e.g. to sign an expired token with its secret. */
  auth: Config['auth'];
  /** Sends a request that must fail with `code` naming `field`, and proves it changed nothing. */
  expectRejected(
    query: string,
    variables: Record<string, unknown>,
    code: string,
    field: string,
  ): Promise<void>;
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
  /** Sends this token by default from now on (the test admin's until then). */
  useToken(token: string | null): void;
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
  const firstAdminToken = adminToken;
  const server = await startServer(config, {
    log: () => undefined,
    // Heavy-work threads load the TypeScript sources as this process does.
    workerExecArgv: ['-r', path.join(__dirname, 'swc-register.js')],
    ...options.serverOptions,
    dataSource: database.dataSource,
  });
  let requests = 0;
  const gql = async <T>(
    query: string,
    variables?: Record<string, unknown>,
    gqlOptions: { token?: string | null } = {},
  ): Promise<GraphQLResponse<T>> => {
    const token = gqlOptions.token === undefined ? adminToken : gqlOptions.token;
    requests += 1;
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  };
  const login = async (username: string, password: string): Promise<string> => {
    const response = await gql<{ login: { accessToken: string } }>(
      'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }',
      { u: username, p: password },
      { token: null },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.login.accessToken;
  };
  // What checking the default token costs each request (one statement for the admin), so
  // statement counts measure the operation itself.
  const before = sqlStatementCount(database.dataSource);
  if (firstAdminToken) await authenticate(database.dataSource, config.auth, `Bearer ${firstAdminToken}`);
  const signInCost = sqlStatementCount(database.dataSource) - before;
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
    adminToken: firstAdminToken,
    signInAs,
    useToken(token) {
      adminToken = token;
    },
    auth: config.auth,
    async expectRejected(query, variables, code, field) {
      const before = await databaseSnapshot(database.dataSource);
      const response = await gql<Record<string, unknown>>(query, variables);
      expectError(response, code, field);
      expect(response.data ?? null).toBeNull();
      expect(await databaseSnapshot(database.dataSource)).toBe(before);
    },
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

/** The provincial admin every test server signs in as (unless started with `admin: false`). */
export const TEST_ADMIN = { username: 'test-admin', password: 'test-admin-password' } as const;

/** Asserts a response failed with one error of this code naming this field. */
export function expectError(response: GraphQLResponse, code: string, field?: string): void {
  expect(response.errors).toHaveLength(1);
  const error = response.errors![0]!;
  expect(error.extensions?.code).toBe(code);
  if (field !== undefined) expect(error.extensions?.field).toBe(field);
}
