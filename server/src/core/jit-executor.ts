import type {
  GatewayExecutor,
  GatewayGraphQLRequestContext,
  GatewayInterface,
} from '@apollo/server-gateway-interface';
import { execute, getVariableValues, GraphQLError, printSchema, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';

/** Distinct operations kept compiled; clients send a handful of shapes, attackers send many. */
const COMPILED_OPERATIONS = 500;

/**
 * Executes operations with graphql-jit: each distinct operation is compiled once into a function
 * that resolves exactly its fields, instead of graphql-js walking the document for every object
 * of every response. In the API benchmark's nested query that took execution from 5.0 to 3.0 ms
 * of CPU per request (docs/benchmarks.md).
 *
 * Apollo Server's only hook for replacing execution is its gateway interface, so the schema is
 * served as a "gateway" that never changes. Parsing, validation, the depth and cost limits,
 * plugins and error formatting still run in Apollo as before; only execution changes.
 */
export function jitExecutionGateway(schema: GraphQLSchema): GatewayInterface {
  const compiled = new LRUCache<string, CompiledQuery | { fallback: true }>({ max: COMPILED_OPERATIONS });

  const executor: GatewayExecutor = async (request: GatewayGraphQLRequestContext) => {
    const { document, operationName, operation, context } = request;
    const variables = request.request.variables ?? {};
    const key = `${request.queryHash}:${operationName ?? ''}`;
    let query = compiled.get(key);
    if (!query) {
      const result = compileQuery(schema, document, operationName ?? undefined);
      // An operation graphql-jit cannot compile is still answered, by graphql-js.
      query = isCompiledQuery(result) ? result : { fallback: true };
      compiled.set(key, query);
    }
    if ('fallback' in query) {
      return execute({ schema, document, operationName, variableValues: variables, contextValue: context });
    }
    // Variables are checked by graphql-js first so that a bad one is reported in its words,
    // which Apollo recognises and answers as BAD_USER_INPUT, exactly as without compilation.
    const checked = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
    if (checked.errors) return { errors: checked.errors };
    const result = await query.query(undefined, context, variables);
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };

  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    async stop() {},
  };
}

/**
 * What Apollo Server is given to execute with: the compiling gateway, or the plain schema (graphql-js)
 * when GRAPHQL_JIT=false.
 */
export function executionOptions(
  schema: GraphQLSchema,
  compiled: boolean,
): { gateway: GatewayInterface } | { schema: GraphQLSchema } {
  return compiled ? { gateway: jitExecutionGateway(schema) } : { schema };
}

/**
 * graphql-jit reports field errors with its own GraphQLError look-alike, which has no
 * `extensions` object when the thrown error had none; Apollo then fails while formatting it and
 * answers a bare "Internal server error" without ever calling our formatError (so nothing is
 * logged and a lost database is not reported as DATABASE_UNAVAILABLE). Rebuilding each as
 * graphql-js's own error keeps the message, path, locations and thrown error exactly as
 * graphql-js execution would have reported them.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const rebuilt = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions ?? undefined,
  });
  (rebuilt as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return rebuilt;
}
