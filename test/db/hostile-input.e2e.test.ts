import fs from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { loadConfig } from '../../server/src/core/config';
import { AccessWorld } from '../support/access-world';
import { databaseSnapshot, testDbKind } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';

/**
 * A corpus of hostile inputs generated from the schema: for every mutation, each argument and each
 * field of its input objects gets values no validation should let through (oversized text carrying SQL
 * and formula injections, bad ids, impossible dates, negative and huge numbers, unknown enum values,
 * oversized lists). Each must come back as an error with a stable code, never INTERNAL_SERVER_ERROR,
 * and leave the database exactly as it was.
 */

const INJECTION = `=HYPERLINK("http://x")+1'; DROP TABLE volunteer; -- @SUM(A1)\t\r" OR "1"="1 `;
const OVERSIZED = (INJECTION + '𠮷·测试,"引号"\n').repeat(700); // ≈ 64,000 characters

const HOSTILE: Record<string, unknown[]> = {
  String: [OVERSIZED],
  ID: ['1 OR 1=1', "'; DROP TABLE volunteer; --", '-1', '99999999999999999999999', '1e3', ''],
  Int: [-1, 2 ** 31, -(2 ** 31) - 1],
  Float: [-1e300, 1e300],
  Boolean: ['yes'],
  Decimal: ['-1', '1e309', '12.345', 'NaN', '１２', '0x10', '99999999999999999999.99'],
  DateTimeISO: ['2019-02-30T00:00:00Z', 'not a date', '2019-13-01T25:00:00Z'],
  LocalDate: ['2019-02-30', '20190101', '0000-00-00', '+275760-09-13'],
};
const ENUM_HOSTILE = ['DROP_TABLE', 'tutoring'];

/** A value that parses for the type: most baseline inputs are valid-looking, so one bad leaf is the fault. */
function plausible(type: GraphQLInputType, depth = 0): unknown {
  if (isNonNullType(type)) return plausible(type.ofType, depth);
  if (isListType(type)) return [plausible(type.ofType, depth)];
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    if (depth > 3) return {};
    const fields = Object.values(type.getFields());
    return Object.fromEntries(
      fields.filter((f) => isNonNullType(f.type)).map((f) => [f.name, plausible(f.type, depth + 1)]),
    );
  }
  switch (getNamedType(type).name) {
    case 'ID':
      return '1';
    case 'Int':
      return 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return true;
    case 'Decimal':
      return '1.00';
    case 'DateTimeISO':
      return '2030-05-01T02:00:00.000Z';
    case 'LocalDate':
      return '2030-05-01';
    default:
      return '测试';
  }
}

interface Case {
  mutation: string;
  /** Where the hostile value sits, e.g. `input.documentNumber`. */
  at: string;
  value: unknown;
  document: string;
  variables: Record<string, unknown>;
}

/** Every leaf position of an argument, with hostile values for it, set into a plausible baseline. */
function leafCases(schema: GraphQLSchema): Case[] {
  const cases: Case[] = [];
  const mutations = schema.getMutationType()!.getFields();
  for (const [name, field] of Object.entries(mutations)) {
    const args = field.args as readonly GraphQLArgument[];
    const baseline = Object.fromEntries(args.map((a) => [a.name, plausible(a.type)]));
    const document = `mutation(${args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ')}) { ${name}${
      args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : ''
    } ${selection(schema, name)} }`;
    const visit = (type: GraphQLInputType, at: string[], depth: number) => {
      const bare = isNonNullType(type) ? type.ofType : type;
      if (isListType(bare)) {
        // A list far longer than any the API takes.
        cases.push(
          make(
            name,
            document,
            baseline,
            at,
            Array.from({ length: 1000 }, () => plausible(bare.ofType)),
          ),
        );
        visit(bare.ofType, [...at, '0'], depth);
        return;
      }
      if (isInputObjectType(bare)) {
        if (depth > 2) return;
        for (const f of Object.values(bare.getFields())) visit(f.type, [...at, f.name], depth + 1);
        return;
      }
      const values = isEnumType(bare) ? ENUM_HOSTILE : isScalarType(bare) ? (HOSTILE[bare.name] ?? []) : [];
      for (const value of values) cases.push(make(name, document, baseline, at, value));
    };
    for (const a of args) visit(a.type, [a.name], 0);
  }
  return cases;
}

function make(
  mutation: string,
  document: string,
  baseline: Record<string, unknown>,
  at: string[],
  value: unknown,
): Case {
  const variables = structuredClone(baseline);
  let target: Record<string, unknown> = variables;
  for (const [i, key] of at.entries()) {
    if (i === at.length - 1) {
      target[key] = value;
    } else {
      if (target[key] === undefined || target[key] === null) target[key] = /^\d+$/.test(at[i + 1]!) ? [] : {};
      target = target[key] as Record<string, unknown>;
    }
  }
  return { mutation, at: at.join('.'), value, document, variables };
}

/** The cheapest selection the mutation's result type allows. */
function selection(schema: GraphQLSchema, mutation: string): string {
  const type = getNamedType(schema.getMutationType()!.getFields()[mutation]!.type);
  if (isScalarType(type) || isEnumType(type)) return '';
  const fields = (type as { getFields(): Record<string, { type: unknown }> }).getFields();
  const scalar = Object.entries(fields).find(([, f]) => {
    const named = getNamedType(f.type as never);
    return isScalarType(named) || isEnumType(named);
  });
  return `{ ${scalar ? scalar[0] : '__typename'} }`;
}

/** Query-shaped attacks: too deep, too wide, oversized or negative pages. */
function queryCases(): Case[] {
  const deep = `{ sites(first: 1) { edges { node { needs { assignments { volunteer { unit { parent { parent { parent { parent { parent { parent { id } } } } } } } } } } } } } }`;
  const wide = `{ ${Array.from({ length: 60 }, (_, i) => `a${i}: volunteers(first: 100) { edges { node { id name unit { name } } } }`).join(' ')} }`;
  const page = (first: number) => `{ volunteers(first: ${first}) { edges { node { id } } } }`;
  return [
    { mutation: 'query', at: 'depth', value: 'deep', document: deep, variables: {} },
    { mutation: 'query', at: 'width', value: 'wide', document: wide, variables: {} },
    ...[101, 100000, -1, 0].map((first) => ({
      mutation: 'query',
      at: 'first',
      value: first,
      document: page(first),
      variables: {},
    })),
    {
      mutation: 'query',
      at: 'after',
      value: 'forged cursor',
      document: `{ volunteers(first: 5, after: "' OR 1=1 --") { edges { node { id } } } }`,
      variables: {},
    },
  ];
}

const schema = buildSchema(fs.readFileSync(path.join(__dirname, '../../schema/schema.graphql'), 'utf8'));
const CASES = [...leafCases(schema), ...queryCases()];

describe(`hostile input corpus (${testDbKind()})`, () => {
  let server: TestServer;
  let world: AccessWorld;

  beforeAll(async () => {
    server = await startTestServer({
      config: { http: { ...loadConfig({ NODE_ENV: 'test' }).http, rateLimitPerMinute: 1_000_000 } },
    });
    world = await new AccessWorld(server).build();
  });

  afterAll(() => server.stop());

  it(`has at least 500 hostile inputs (${CASES.length}) and touches every mutation`, () => {
    expect(CASES.length).toBeGreaterThanOrEqual(500);
    const covered = new Set(CASES.map((c) => c.mutation));
    for (const name of Object.keys(schema.getMutationType()!.getFields())) expect(covered).toContain(name);
  });

  // One test per mutation keeps the report readable; every case in it is checked.
  const byMutation = [...new Set(CASES.map((c) => c.mutation))];
  it.each(byMutation)('%s: every hostile input gets a coded error and changes nothing', async (mutation) => {
    const failures: string[] = [];
    for (const c of CASES.filter((k) => k.mutation === mutation)) {
      // As the admin, and as a unit coordinator: so that validation, not only access, is exercised.
      for (const token of [world.tokens.admin, world.tokens.coordinator]) {
        const before = await databaseSnapshot(server.dataSource);
        const response = await server.gql(c.document, c.variables, { token });
        const codes = (response.errors ?? []).map((e) => e.extensions?.code);
        const label = `${c.at} = ${JSON.stringify(c.value).slice(0, 40)}`;
        if (codes.length === 0) failures.push(`${label}: accepted`);
        if (codes.some((code) => !code || code === 'INTERNAL_SERVER_ERROR'))
          failures.push(`${label}: ${codes}`);
        if ((await databaseSnapshot(server.dataSource)) !== before)
          failures.push(`${label}: changed the database`);
      }
    }
    expect(failures).toEqual([]);
  });
});
