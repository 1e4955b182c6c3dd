import { ApolloServer } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  execute,
  GraphQLError,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  parse,
  type GraphQLFormattedError,
} from 'graphql';
import { loadConfig } from '../../server/src/core/config';
import { executionOptions, jitExecutionGateway } from '../../server/src/core/jit-executor';

class DriverFailure extends Error {
  code = 'ECONNREFUSED';
}

const Need = new GraphQLObjectType({
  name: 'Need',
  fields: {
    id: { type: new GraphQLNonNull(GraphQLInt) },
    title: { type: GraphQLString },
    broken: {
      type: GraphQLString,
      resolve: () => Promise.reject(new DriverFailure('connect ECONNREFUSED 127.0.0.1:3306')),
    },
    coded: {
      type: GraphQLString,
      resolve: () => {
        throw new GraphQLError('no such need', { extensions: { code: 'NOT_FOUND', field: 'id' } });
      },
    },
  },
});

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      needs: {
        type: new GraphQLList(Need),
        args: { first: { type: new GraphQLNonNull(GraphQLInt) } },
        resolve: async (_root, { first }: { first: number }) =>
          Array.from({ length: first }, (_, i) => ({ id: i + 1, title: `需求 ${i + 1}` })),
      },
    },
  }),
});

async function serverWithJit() {
  const seen: { formatted: GraphQLFormattedError; original: unknown }[] = [];
  const server = new ApolloServer({
    gateway: jitExecutionGateway(schema),
    formatError: (formatted, error) => {
      seen.push({ formatted, original: unwrapResolverError(error) });
      return formatted;
    },
  });
  await server.start();
  const run = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await server.executeOperation({ query, variables });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult;
  };
  return { server, run, seen };
}

describe('compiled execution (graphql-jit behind Apollo)', () => {
  it('answers exactly as graphql-js does, for every call of a compiled operation', async () => {
    const { server, run } = await serverWithJit();
    try {
      const query = 'query($n: Int!) { needs(first: $n) { id title } }';
      for (const n of [3, 0, 5]) {
        const expected = await execute({ schema, document: parse(query), variableValues: { n } });
        expect(JSON.stringify(await run(query, { n }))).toBe(JSON.stringify(expected));
      }
    } finally {
      await server.stop();
    }
  });

  it('hands a thrown error to formatError with its path, so it is logged and classified', async () => {
    const { server, run, seen } = await serverWithJit();
    try {
      const result = await run('{ needs(first: 1) { id broken } }');
      expect(result.data).toEqual({ needs: [{ id: 1, broken: null }] });
      expect(seen).toHaveLength(1);
      expect(seen[0]!.original).toBeInstanceOf(DriverFailure);
      expect(seen[0]!.formatted).toMatchObject({
        path: ['needs', 0, 'broken'],
        locations: [{ line: 1, column: 24 }],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
    } finally {
      await server.stop();
    }
  });

  it('keeps the code and field of an error that carries them', async () => {
    const { server, run } = await serverWithJit();
    try {
      const result = await run('{ needs(first: 1) { coded } }');
      expect(result.errors).toEqual([
        expect.objectContaining({
          message: 'no such need',
          path: ['needs', 0, 'coded'],
          extensions: { code: 'NOT_FOUND', field: 'id' },
        }),
      ]);
    } finally {
      await server.stop();
    }
  });

  it('reports a bad variable in graphql-js words, which Apollo answers as BAD_USER_INPUT', async () => {
    const { server, run } = await serverWithJit();
    try {
      const result = await run('query($n: Int!) { needs(first: $n) { id } }', { n: 'many' });
      expect(result.data).toBeUndefined();
      expect(result.errors).toEqual([
        expect.objectContaining({
          message: expect.stringMatching(/^Variable "\$n" got invalid value "many"/),
          extensions: { code: 'BAD_USER_INPUT' },
        }),
      ]);
    } finally {
      await server.stop();
    }
  });
});

describe('GRAPHQL_JIT', () => {
  it('compiles by default and hands Apollo the plain schema when set to false', () => {
    expect(loadConfig({}).http.compiledExecution).toBe(true);
    expect(loadConfig({ GRAPHQL_JIT: 'false' }).http.compiledExecution).toBe(false);
    expect(executionOptions(schema, true)).toEqual({ gateway: expect.any(Object) });
    expect(executionOptions(schema, false)).toEqual({ schema });
  });

  it('answers the same through graphql-js when compilation is off', async () => {
    const plain = new ApolloServer({ ...executionOptions(schema, false) });
    const { server, run } = await serverWithJit();
    await plain.start();
    try {
      const query = '{ needs(first: 3) { id title coded } }';
      const viaPlain = await plain.executeOperation({ query });
      const single = viaPlain.body.kind === 'single' ? viaPlain.body.singleResult : null;
      expect(single?.data).toEqual({
        needs: [1, 2, 3].map((id) => ({ id, title: `需求 ${id}`, coded: null })),
      });
      expect(single?.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
      const viaJit = await run(query);
      expect(viaJit.data).toEqual(single?.data);
    } finally {
      await plain.stop();
      await server.stop();
    }
  });
});
