import type { DataSource } from 'typeorm';
import { startServer, type RunningServer } from '../../server/src/app';
import type { Config } from '../../server/src/core/config';
import { sqlStatementCount } from '../../server/src/core/data-source';
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
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  /** Sends a request that must fail with `code` naming `field`, and proves it changed nothing. */
  expectRejected(
    query: string,
    variables: Record<string, unknown>,
    code: string,
    field: string,
  ): Promise<void>;
  /** SQL statements run while `action` ran. */
  countStatements(action: () => Promise<unknown>): Promise<number>;
  stop(): Promise<void>;
}

/** A real HTTP server on a free port over a fresh, migrated database; optionally seeded. */
export async function startTestServer(options: { seed?: SeedOptions } = {}): Promise<TestServer> {
  const database: TestDatabase = await openTestDatabase();
  if (options.seed) await seedDatabase(database.dataSource, options.seed);
  const config: Config = {
    nodeEnv: 'test',
    host: '127.0.0.1',
    port: 0,
    database: database.config,
    seedDemoData: false,
    logSql: false,
  };
  const server = await startServer(config, { dataSource: database.dataSource, log: () => undefined });
  const gql = async <T>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  };
  return {
    url: server.url,
    dataSource: database.dataSource,
    server,
    gql,
    async expectRejected(query, variables, code, field) {
      const before = await databaseSnapshot(database.dataSource);
      const response = await gql<Record<string, unknown>>(query, variables);
      expectError(response, code, field);
      expect(response.data ?? null).toBeNull();
      expect(await databaseSnapshot(database.dataSource)).toBe(before);
    },
    async countStatements(action) {
      const before = sqlStatementCount(database.dataSource);
      await action();
      return sqlStatementCount(database.dataSource) - before;
    },
    async stop() {
      await server.stop();
      await database.drop();
    },
  };
}

/** Asserts a response failed with one error of this code naming this field. */
export function expectError(response: GraphQLResponse, code: string, field?: string): void {
  expect(response.errors).toHaveLength(1);
  const error = response.errors![0]!;
  expect(error.extensions?.code).toBe(code);
  if (field !== undefined) expect(error.extensions?.field).toBe(field);
}
