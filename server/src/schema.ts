import 'reflect-metadata';
import { GraphQLEnumType, GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';
import { ErrorCode, FRAMEWORK_ERROR_CODES } from './core/errors';
import { RESOLVERS } from './modules';

/** Builds the executable schema; needs no database, so `schema:emit` runs anywhere. */
export async function buildAppSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [...RESOLVERS],
    // Services validate (they are also called by the CLI and seeders), so class-validator is off.
    validate: false,
    // Every subscription subscribes through the event bus of the server it runs in (the
    // context's `events`), so the schema stays independent of any server; type-graphql still
    // asks for a pubSub when a schema has subscriptions.
    pubSub: NO_SCHEMA_PUBSUB,
  });
  // No field returns an error code, so the enum is added by hand: published, the SDK types them.
  const config = schema.toConfig();
  return new GraphQLSchema({ ...config, types: [...config.types, ERROR_CODE_ENUM] });
}

/** Every `extensions.code` an error of this API can carry (formatError masks any other as INTERNAL_SERVER_ERROR). */
export const ERROR_CODE_ENUM = new GraphQLEnumType({
  name: 'ErrorCode',
  description:
    'The `extensions.code` of an error: a stable code to act on (the message is for people). Errors about an input name it in `extensions.field`. What each code carries is written beside it in server/src/core/errors.ts.',
  values: Object.fromEntries([
    ...Object.values(ErrorCode).map((code) => [code, {}]),
    ...[...FRAMEWORK_ERROR_CODES].map((code) => [
      code,
      { description: 'Raised by GraphQL or Apollo Server before any resolver runs; nothing ran.' },
    ]),
  ]),
});

const NO_SCHEMA_PUBSUB: PubSub = {
  publish() {
    throw new Error('publish through the event bus of the server (context.events)');
  },
  subscribe() {
    throw new Error('subscribe through the event bus of the server (context.events)');
  },
};

/** The SDL as committed in schema/schema.graphql: sorted so diffs stay small. */
export async function printAppSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildAppSchema()))}\n`;
}
