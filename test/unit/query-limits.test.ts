import {
  buildSchema,
  getIntrospectionQuery,
  getOperationAST,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type GraphQLSchema,
} from 'graphql';
import { AppError } from '../../server/src/core/errors';
import { formatError } from '../../server/src/core/format-error';
import {
  depthLimitRule,
  documentDepth,
  ExpensiveFields,
  FieldCosts,
  measureComplexity,
  QueryLimits,
  QueryTooComplexError,
  QueryTooDeepError,
  TooManyExpensiveFieldsError,
} from '../../server/src/core/query-limits';
import { buildAppSchema } from '../../server/src/schema';

const REALISTIC = `{
  sites(first: 50) { edges { node { needs { assignments { volunteer { name unit { name } } } } } } }
}`;
const FAN_OUT = `{
  sites(first: 100) { edges { node { needs { assignments { volunteer {
    memberships { team { members { volunteer { name } } } }
  } } } } } }
}`;

function cost(schema: GraphQLSchema, source: string, variables?: Record<string, unknown>): number {
  const document = parse(source);
  const errors = validate(schema, document, specifiedRules);
  expect(errors).toEqual([]);
  const measured = measureComplexity(schema, document, getOperationAST(document)!, variables);
  expect(measured).not.toBeNull();
  return measured!.complexity;
}

describe('QueryLimits', () => {
  it('is a small frozen set of numbers', () => {
    expect(QueryLimits).toEqual({
      maxDepth: 10,
      maxComplexity: 5000,
      assumedListSize: 3,
      maxEstimatedFields: 10000,
    });
    expect(Object.isFrozen(QueryLimits)).toBe(true);
  });
});

describe('query depth (as graphql-depth-limit counts it)', () => {
  it.each([
    ['{ a }', 0],
    ['{ a { b } }', 1],
    ['{ a { b { c } } x { y } }', 2],
    ['{ a { ...F } } fragment F on T { b { c } }', 2],
    ['{ a { ... on T { b { c } } } }', 2],
    ['{ a { __typename } }', 1],
    ['{ __schema { types { fields { type { ofType { name } } } } } }', 0],
    ['{ a { b } } query Deep { a { b { c { d } } } }', 3],
  ])('%s is %i deep', (source, depth) => {
    expect(documentDepth(parse(source))).toBe(depth);
  });

  it('counts fragments spread many times once each (no blow-up)', () => {
    const fragments = Array.from(
      { length: 30 },
      (_, i) => `fragment F${i} on T { a { ...F${i + 1} ...F${i + 1} } }`,
    );
    const source = `{ a { ...F0 } } ${fragments.join(' ')} fragment F30 on T { b }`;
    const started = Date.now();
    expect(documentDepth(parse(source))).toBe(31);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('survives a fragment cycle (graphql-js reports the cycle itself)', () => {
    expect(
      documentDepth(parse('{ a { ...A } } fragment A on T { b { ...B } } fragment B on T { c { ...A } }')),
    ).toBe(3);
  });

  it('refuses deeper operations with QUERY_TOO_DEEP, naming the depth and the limit', async () => {
    const schema = await buildAppSchema();
    const deep = parse(
      `query Deep { ${FAN_OUT.replace('volunteer { name }', 'volunteer { unit { name } }').slice(1)}`,
    );
    const errors = validate(schema, deep, [...specifiedRules, depthLimitRule(10)]);
    expect(errors).toHaveLength(1);
    const error = errors[0]!.originalError ?? errors[0]!;
    expect(error).toBeInstanceOf(QueryTooDeepError);
    expect((error as AppError).extensions).toEqual({ code: 'QUERY_TOO_DEEP', depth: 11, maxDepth: 10 });
    expect(error.message).toMatch(/Operation "Deep" nests fields 11 levels deep; at most 10/);
    expect(validate(schema, parse(FAN_OUT), [...specifiedRules, depthLimitRule(10)])).toEqual([]);
  });
});

describe('query complexity of the real schema', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildAppSchema();
  });

  it('prices the realistic nested read well under the limit', () => {
    // volunteer { name unit { name } } = 4; × 3 assignments, × 3 needs, × 50 sites.
    expect(cost(schema, REALISTIC)).toBe(2101);
    expect(cost(schema, REALISTIC)).toBeLessThanOrEqual(QueryLimits.maxComplexity / 2);
  });

  it('prices the team fan-out far over the limit', () => {
    expect(cost(schema, FAN_OUT)).toBe(24001);
    expect(cost(schema, FAN_OUT)).toBeGreaterThan(QueryLimits.maxComplexity * 4);
  });

  it('costs a connection by its `first` argument, from a literal or a variable, defaulting to 20', () => {
    const page = (first: string) =>
      `query${first.includes('$n') ? '($n: Int)' : ''} { volunteers${first} { edges { node { name } } } }`;
    expect(cost(schema, page('(first: 10)'))).toBe(1 + 10 * 3);
    expect(cost(schema, page('(first: $n)'), { n: 100 })).toBe(1 + 100 * 3);
    expect(cost(schema, page(''))).toBe(1 + 20 * 3);
    expect(cost(schema, page('(first: $n)'), {})).toBe(1 + 20 * 3);
    // Out of range is clamped here; the resolver then refuses it with BAD_USER_INPUT naming `first`.
    expect(cost(schema, page('(first: $n)'), { n: 1_000_000 })).toBe(1 + 100 * 3);
  });

  it('does not multiply lists of scalars (the whole page, pageInfo included, is multiplied by `first`)', () => {
    expect(
      cost(
        schema,
        '{ volunteers(first: 100) { totalCount pageInfo { hasNextPage } edges { node { skills } } } }',
      ),
    ).toBe(1 + 100 * (1 + 2 + 3));
  });

  it('lets introspection through for free, as the depth limit does (GraphiQL and codegen need it)', () => {
    expect(cost(schema, getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }))).toBe(0);
    expect(
      cost(schema, '{ volunteers(first: 10) { __typename edges { __typename node { __typename name } } } }'),
    ).toBe(1 + 10 * 3);
  });

  it('gives up on variables that do not coerce (execution refuses them)', () => {
    const document = parse('query($n: Int) { volunteers(first: $n) { edges { node { name } } } }');
    expect(measureComplexity(schema, document, getOperationAST(document)!, { n: 'many' })).toBeNull();
  });

  it('refuses a document that expands past maxEstimatedFields however it is spread', () => {
    const fragments = Array.from(
      { length: 20 },
      (_, i) => `fragment F${i} on Volunteer { ...F${i + 1} ...F${i + 1} }`,
    );
    const source = `{ volunteers(first: 1) { edges { node { ...F0 } } } } ${fragments.join(' ')} fragment F20 on Volunteer { name }`;
    const document = parse(source);
    const measured = measureComplexity(schema, document, getOperationAST(document)!, {});
    expect(measured).toEqual({ complexity: QueryLimits.maxEstimatedFields, exceededFieldLimit: true });
  });
});

describe('expensive fields: priced, and counted per operation', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildAppSchema();
  });

  const measure = (source: string, variables: Record<string, unknown> = {}) => {
    const document = parse(source);
    expect(validate(schema, document, specifiedRules)).toEqual([]);
    return measureComplexity(schema, document, getOperationAST(document)!, variables);
  };
  const refusal = (source: string): Record<string, unknown> => {
    try {
      measure(source);
    } catch (error) {
      expect(error).toBeInstanceOf(TooManyExpensiveFieldsError);
      return (error as TooManyExpensiveFieldsError).extensions;
    }
    throw new Error('not refused');
  };
  const LOGIN = (alias: string) => `${alias}: login(username: "a", password: "b") { accessToken }`;
  const PLAN = (alias: string) => `${alias}: matchingPlan(campaignId: "1") { metrics { fillRate } }`;

  it('prices each expensive field at its declared cost plus what it selects', () => {
    expect(measure(`mutation { ${LOGIN('a')} }`)!.complexity).toBe(FieldCosts.passwordHashing + 1);
    expect(measure(`{ ${PLAN('a')} }`)!.complexity).toBe(FieldCosts.planning + 2);
    expect(measure('{ serviceTotals(groupBy: UNIT) { key } }')!.complexity).toBe(FieldCosts.totals + 1);
    expect(
      measure('{ statusReportOverview(campaignId: "1", milestone: LAUNCH) { overdue } }')!.complexity,
    ).toBe(FieldCosts.reportOverview + 1);
  });

  it('allows one login, and refuses a second under an alias at the second', () => {
    expect(measure(`mutation { ${LOGIN('a')} }`)).not.toBeNull();
    expect(refusal(`mutation { ${LOGIN('a')} ${LOGIN('b')} ${LOGIN('c')} }`)).toEqual({
      code: 'TOO_MANY_EXPENSIVE_FIELDS',
      field: 'login',
      group: ExpensiveFields.passwordHashing.group,
      count: 2,
      maxPerOperation: 1,
      http: { status: 400 },
    });
  });

  it('counts every password-hashing field together, through fragments too', () => {
    expect(
      refusal(`mutation { ${LOGIN('a')} ...F } fragment F on Mutation {
        changePassword(currentPassword: "a", newPassword: "b") { accessToken }
      }`),
    ).toMatchObject({ field: 'changePassword', count: 2 });
    expect(
      refusal(`mutation { ...F ...G }
        fragment F on Mutation { ${LOGIN('a')} }
        fragment G on Mutation { ${LOGIN('b')} }`),
    ).toMatchObject({ field: 'login', count: 2 });
  });

  it('counts a field skipped by @skip or @include(if: false) as absent', () => {
    expect(
      measure(
        `mutation { ${LOGIN('a')} b: login(username: "a", password: "b") @skip(if: true) { accessToken } }`,
      ),
    ).not.toBeNull();
  });

  it('allows one planning field per operation, whichever it is', () => {
    expect(measure(`{ ${PLAN('a')} }`)).not.toBeNull();
    expect(refusal(`{ ${PLAN('a')} ${PLAN('b')} }`)).toMatchObject({ field: 'matchingPlan', count: 2 });
    expect(refusal(`{ ${PLAN('a')} teamFormationProposal(unitId: "2") { uncovered } }`)).toMatchObject({
      field: 'teamFormationProposal',
    });
  });

  it('allows up to three suggestion lists per operation', () => {
    const suggestions = (n: number) =>
      Array.from({ length: n }, (_, i) => `s${i}: matchingSuggestions(needId: "${i + 1}") { score }`).join(
        ' ',
      );
    expect(measure(`{ ${suggestions(3)} }`)).not.toBeNull();
    expect(refusal(`{ ${suggestions(4)} }`)).toMatchObject({ field: 'matchingSuggestions', count: 4 });
    // Explained suggestions are the same work, so they count in the same budget.
    const explained = (n: number) =>
      Array.from(
        { length: n },
        (_, i) => `e${i}: matchingSuggestionsExplained(needId: "${i + 1}") { refused { rules } }`,
      ).join(' ');
    expect(measure(`{ ${suggestions(2)} ${explained(1)} }`)).not.toBeNull();
    expect(refusal(`{ ${suggestions(2)} ${explained(2)} }`)).toMatchObject({
      field: 'matchingSuggestionsExplained',
      group: ExpensiveFields.suggestions.group,
      count: 4,
    });
  });

  it('prices an explanation of one pair, and allows ten per operation', () => {
    const explanations = (n: number) =>
      Array.from(
        { length: n },
        (_, i) => `x${i}: matchingExplanation(needId: "1", volunteerId: "${i + 1}") { rules }`,
      ).join(' ');
    expect(measure(`{ ${explanations(1)} }`)!.complexity).toBe(FieldCosts.explanation + 1);
    expect(measure(`{ ${explanations(10)} }`)).not.toBeNull();
    expect(refusal(`{ ${explanations(11)} }`)).toMatchObject({ field: 'matchingExplanation', count: 11 });
  });

  it('starts every operation with a fresh count', () => {
    for (let i = 0; i < 3; i++) expect(measure(`mutation { ${LOGIN('a')} }`)).not.toBeNull();
  });
});

describe('query complexity: nested connections', () => {
  const schema = buildSchema(`
    type PageInfo { hasNextPage: Boolean! }
    type Item { name: String, children(first: Int): ItemConnection! }
    type ItemEdge { cursor: String!, node: Item! }
    type ItemConnection { edges: [ItemEdge!]!, pageInfo: PageInfo! }
    type Query { items(first: Int): ItemConnection! }
  `);

  it('multiplies a page of 100 inside a page of 100', () => {
    const flat = cost(schema, '{ items(first: 100) { edges { node { name } } } }');
    const nested = cost(
      schema,
      '{ items(first: 100) { edges { node { children(first: 100) { edges { node { name } } } } } } }',
    );
    expect(flat).toBe(301);
    expect(nested).toBe(1 + 100 * (1 + 1 + (1 + 100 * 3)));
    expect(nested).toBeGreaterThan(flat * 50);
    expect(nested).toBeGreaterThan(QueryLimits.maxComplexity);
  });
});

describe('limit errors through formatError', () => {
  it('keeps QUERY_TOO_DEEP when Apollo wraps it as GRAPHQL_VALIDATION_FAILED', () => {
    const ours = new QueryTooDeepError(12, 10);
    // What Apollo's ValidationError does: its own code, ours as originalError.
    const wrapped = new GraphQLError(ours.message, {
      originalError: ours,
      extensions: { ...ours.extensions, code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const log = jest.fn();
    const result = formatError(
      { message: wrapped.message, extensions: { ...wrapped.extensions } },
      wrapped,
      log,
    );
    expect(result.extensions).toEqual({ code: 'QUERY_TOO_DEEP', depth: 12, maxDepth: 10 });
    expect(log).not.toHaveBeenCalled();
  });

  it('keeps QUERY_TOO_COMPLEX and leaves its HTTP status out of the body', () => {
    const error = new QueryTooComplexError(24001, 5000);
    const result = formatError(
      { message: error.message, extensions: { code: 'QUERY_TOO_COMPLEX' } },
      error,
      jest.fn(),
    );
    expect(result.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', complexity: 24001, maxComplexity: 5000 });
    expect(result.message).toMatch(
      /estimated cost is 24001; at most 5000 is allowed\. Ask for smaller pages/,
    );
  });
});
