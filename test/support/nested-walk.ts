import {
  buildSchema,
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Queries that expand a root field down every object field to a depth, built from the schema
 * file, for the nested access walk (test/db/access-nested.e2e.test.ts).
 */

export const MAX_DEPTH = 3;
/** Wrapper types that add a level of nesting without adding a hop between objects. */
export const isWrapper = (type: GraphQLObjectType) =>
  /(Connection|Edge)$/.test(type.name) || type.name === 'PageInfo';

export function loadSchema(): GraphQLSchema {
  return buildSchema(fs.readFileSync(path.join(__dirname, '../../schema/schema.graphql'), 'utf8'));
}

export const hasRequiredArgs = (field: GraphQLField<unknown, unknown>) =>
  field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);

/** Every field of `type` without required arguments: leaves as they are, objects down to the depth. */
export function selection(type: GraphQLObjectType, hops: number): string {
  const parts = ['__typename'];
  for (const field of Object.values(type.getFields())) {
    if (hasRequiredArgs(field)) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(field.name);
    else if (isObjectType(named)) {
      const next = isWrapper(named) ? hops : hops + 1;
      if (next <= MAX_DEPTH) parts.push(`${field.name} { ${selection(named, next)} }`);
    }
  }
  return parts.join(' ');
}

/** One document per root field and argument set, or one per child field when the whole is too costly. */
export function documentsFor(root: GraphQLField<unknown, unknown>, args: string): string[] {
  const named = getNamedType(root.type);
  const call = `${root.name}${args}`;
  if (isLeafType(named)) return [`{ ${call} }`];
  const type = named as GraphQLObjectType;
  return [`{ ${call} { ${selection(type, isWrapper(type) ? 0 : 1)} } }`];
}

export function splitDocuments(root: GraphQLField<unknown, unknown>, args: string): string[] {
  const type = getNamedType(root.type) as GraphQLObjectType;
  const hops = isWrapper(type) ? 0 : 1;
  const documents: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (hasRequiredArgs(field)) continue;
    const named = getNamedType(field.type);
    if (!isObjectType(named)) continue;
    if (isWrapper(named)) {
      for (const inner of Object.values(named.getFields())) {
        const innerType = getNamedType(inner.type);
        if (!isObjectType(innerType)) continue;
        documents.push(
          `{ ${root.name}${args} { __typename ${field.name} { __typename ${inner.name} { ${selection(innerType, isWrapper(innerType) ? hops : hops + 1)} } } } }`,
        );
      }
    } else {
      documents.push(
        `{ ${root.name}${args} { __typename ${field.name} { ${selection(named, hops + 1)} } } }`,
      );
    }
  }
  return documents;
}
