import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
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
  });
}

/** The SDL as committed in schema/schema.graphql: sorted so diffs stay small. */
export async function printAppSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildAppSchema()))}\n`;
}
