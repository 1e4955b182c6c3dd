import fs from 'node:fs';
import path from 'node:path';
import {
  buildSchema as buildSchemaFromText,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  parse,
  specifiedRules,
  typeFromAST,
  validate,
  type GraphQLEnumType,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { depthLimitRule, measureComplexity, QueryLimits } from '../../server/src/core/query-limits';
import { buildAppSchema } from '../../server/src/schema';
import { ErrorCode, FRAMEWORK_ERROR_CODES } from '../../server/src/core/errors';
import { ERROR_CODES } from '../../client-sdk/src/generated/error-codes';

const ROOT = path.resolve(__dirname, '../..');
const { render, renderMap, renderErrorCodes } = require(
  path.join(ROOT, 'client-sdk/generate-operations.js'),
) as {
  render: (schema: string) => string;
  renderMap: (schema: string) => string;
  renderErrorCodes: (schema: string) => string;
};

const SCALARS: Record<string, unknown> = {
  ID: '1',
  String: 'x',
  Int: 1,
  Float: 1,
  Boolean: true,
  LocalDate: '2019-07-01',
  DateTimeISO: '2019-07-01T00:00:00.000Z',
  Decimal: '1.00',
};

/** A value of the type with only what is required: enough for the server to price the operation. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined)
        value[field.name] = sample(field.type);
    }
    return value;
  }
  const named = getNamedType(type).name;
  if (!(named in SCALARS)) throw new Error(`no sample for scalar ${named}`);
  return SCALARS[named];
}

describe('the SDK operation for every root field', () => {
  const schemaText = fs.readFileSync(path.join(ROOT, 'schema/schema.graphql'), 'utf8');

  it('is generated from the committed schema and committed (run `npm run sdk:generate` if stale)', () => {
    expect(fs.readFileSync(path.join(ROOT, 'client-sdk/src/operations/api/api.graphql'), 'utf8')).toBe(
      render(schemaText),
    );
    expect(fs.readFileSync(path.join(ROOT, 'client-sdk/src/generated/api.ts'), 'utf8')).toBe(
      renderMap(schemaText),
    );
  });

  it("types the SDK's error codes from the schema's ErrorCode, which lists every code the server gives", () => {
    expect(fs.readFileSync(path.join(ROOT, 'client-sdk/src/generated/error-codes.ts'), 'utf8')).toBe(
      renderErrorCodes(schemaText),
    );
    const published = (buildSchemaFromText(schemaText).getType('ErrorCode') as GraphQLEnumType)
      .getValues()
      .map((value) => value.name);
    expect(new Set(ERROR_CODES)).toEqual(new Set(published));
    expect(new Set(published)).toEqual(new Set([...Object.values(ErrorCode), ...FRAMEWORK_ERROR_CODES]));
  });

  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildAppSchema();
  });

  it('covers every query, mutation and subscription, and each passes the server’s depth and cost limits', () => {
    const document = parse(
      fs.readFileSync(path.join(ROOT, 'client-sdk/src/operations/api/api.graphql'), 'utf8'),
    );
    expect(validate(schema, document, [...specifiedRules, depthLimitRule(QueryLimits.maxDepth)])).toEqual([]);
    const operations = document.definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
    );
    const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap(
      (type) => Object.keys(type?.getFields() ?? {}),
    );
    const covered = operations.map(
      (o) => (o.selectionSet.selections[0] as { name: { value: string } }).name.value,
    );
    expect(covered.sort()).toEqual(roots.sort());
    const tooCostly: string[] = [];
    for (const operation of operations) {
      const variables: Record<string, unknown> = {};
      for (const definition of operation.variableDefinitions ?? []) {
        const type = typeFromAST(schema, definition.type as never) as GraphQLInputType;
        if (isNonNullType(type)) variables[definition.variable.name.value] = sample(type);
      }
      const single = { ...document, definitions: [operation] };
      const cost = measureComplexity(schema, single, operation, variables);
      expect({ operation: operation.name?.value, priced: cost !== null }).toEqual({
        operation: operation.name?.value,
        priced: true,
      });
      if (cost!.exceededFieldLimit || cost!.complexity > QueryLimits.maxComplexity) {
        tooCostly.push(`${operation.name?.value}: ${cost!.complexity}`);
      }
    }
    expect(tooCostly).toEqual([]);
  });
});
