import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';
import { RESOLVERS } from './modules';
import { LATER_ENTITIES } from './modules/later-entities';

/** Builds the executable schema; needs no database, so `schema:emit` runs anywhere. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...RESOLVERS],
    // Types of the model that no query reaches yet are still part of the published schema.
    orphanedTypes: [...LATER_ENTITIES],
    // Services validate (they are also called by the CLI and seeders), so class-validator is off.
    validate: false,
    // Every subscription subscribes through the event bus of the server it runs in (the
    // context's `events`), so the schema stays independent of any server; type-graphql still
    // asks for a pubSub when a schema has subscriptions.
    pubSub: NO_SCHEMA_PUBSUB,
  });
}

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
