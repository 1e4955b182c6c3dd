import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  getNamedType,
  GraphQLBoolean,
  isEnumType,
  isInputObjectType,
  isInputType,
  isListType,
  isNonNullType,
  parse,
  specifiedRules,
  typeFromAST,
  validate,
  type DocumentNode,
  type GraphQLInputType,
  type OperationDefinitionNode,
} from 'graphql';
import { depthLimitRule, measureComplexity, QueryLimits } from '../../server/src/core/query-limits';
import { buildAppSchema } from '../../server/src/schema';

const root = path.join(__dirname, '../..');
const documentsDir = path.join(root, 'console/src/graphql');

describe('web console generated documents', () => {
  it('match what codegen makes from the committed schema and console/src/graphql', () => {
    const output = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'console-codegen-')), 'generated.ts');
    execFileSync(
      process.execPath,
      [path.join(root, 'node_modules/@graphql-codegen/cli/cjs/bin.js'), '--config', 'console/codegen.js'],
      { cwd: root, env: { ...process.env, CONSOLE_CODEGEN_OUTPUT: output }, stdio: 'pipe' },
    );
    const committed = fs.readFileSync(path.join(root, 'console/src/graphql/generated.ts'), 'utf8');
    // Stale after a schema or document change: run `npm run console:generate` and commit the result.
    expect(fs.readFileSync(output, 'utf8')).toBe(committed);
  }, 120_000);

  it("each pass the server's depth and cost limits as the screens send them (a page of 20)", async () => {
    const schema = await buildAppSchema();
    const document: DocumentNode = parse(
      fs
        .readdirSync(documentsDir)
        .filter((f) => f.endsWith('.graphql'))
        .map((f) => fs.readFileSync(path.join(documentsDir, f), 'utf8'))
        .join('\n'),
    );
    expect(validate(schema, document, [...specifiedRules, depthLimitRule(QueryLimits.maxDepth)])).toEqual([]);
    const operations = document.definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
    );
    expect(operations.length).toBeGreaterThan(0);
    const costs: Record<string, number | string> = {};
    for (const operation of operations) {
      // The variables the screens send that change the price: a page of 20, every optional part on.
      // Required variables get a value of their type; optional switches are on.
      const variables: Record<string, unknown> = {};
      for (const definition of operation.variableDefinitions ?? []) {
        const name = definition.variable.name.value;
        const type = typeFromAST(schema, definition.type);
        if (!type || !isInputType(type)) throw new Error(`${name}: not an input type`);
        if (name === 'first' || name === 'limit') variables[name] = 20;
        else if (isNonNullType(type) || getNamedType(type) === GraphQLBoolean)
          variables[name] = sampleValue(type);
      }
      const fragments = document.definitions.filter((d) => d.kind === 'FragmentDefinition');
      const single: DocumentNode = { ...document, definitions: [operation, ...fragments] };
      const cost = measureComplexity(schema, single, operation, variables);
      const name = operation.name?.value ?? '(anonymous)';
      if (cost === null) costs[name] = 'not priced';
      else if (cost.exceededFieldLimit || cost.complexity > QueryLimits.maxComplexity)
        costs[name] = cost.complexity;
    }
    // Operations over the limits (the server would refuse them), with their cost.
    expect(costs).toEqual({});
  });
});

/** A value of `type` the server accepts as a variable: required input fields filled, lists of one. */
function sampleValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType);
  if (isListType(type)) return [sampleValue(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
        .map((field) => [field.name, sampleValue(field.type)]),
    );
  }
  const scalars: Record<string, unknown> = {
    ID: '1',
    Int: 1,
    Float: 1,
    Boolean: true,
    String: 'x',
    LocalDate: '2026-01-01',
    DateTimeISO: '2026-01-01T00:00:00.000Z',
    Decimal: '1',
  };
  const value = scalars[type.name];
  if (value === undefined) throw new Error(`no sample value for the scalar ${type.name}`);
  return value;
}
