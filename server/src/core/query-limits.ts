import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import {
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
  type ComplexityEstimator,
} from 'graphql-query-complexity';
import { Extensions } from 'type-graphql';
import { AppError, ErrorCode } from './errors';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination';

export interface QueryLimitSettings {
  /** Deepest allowed nesting of fields (`{ a { b } }` is depth 1); `__schema`/`__type` are not counted. */
  readonly maxDepth: number;
  /** Highest allowed estimated cost of one operation (see `complexityEstimators`). */
  readonly maxComplexity: number;
  /** Rows assumed for a list field that has no `first` argument (a site's needs, a team's members). */
  readonly assumedListSize: number;
  /** Fields that may be visited while estimating the cost (fragments spread out); more is refused outright. */
  readonly maxEstimatedFields: number;
}

/**
 * The limits every GraphQL operation must stay within. Measured against the realistic
 * nested read `sites(first: 50) → needs → assignments → volunteer { name unit { name } }`
 * (cost 2,101, depth 7) and the fan-out
 * `sites(first: 100) → needs → assignments → volunteer → memberships → team → members → volunteer`
 * (cost 24,001, depth 10), which must be refused.
 */
export const QueryLimits: QueryLimitSettings = Object.freeze({
  maxDepth: 10,
  maxComplexity: 5000,
  assumedListSize: 3,
  maxEstimatedFields: 10_000,
});

export class QueryTooDeepError extends AppError {
  constructor(depth: number, maxDepth: number, operationName?: string) {
    const what = operationName ? `Operation "${operationName}"` : 'This query';
    super(
      ErrorCode.QUERY_TOO_DEEP,
      `${what} nests fields ${depth} levels deep; at most ${maxDepth} are allowed. ` +
        'Select fewer nested levels, and fetch deeper objects in a separate query by their id.',
      { depth, maxDepth },
    );
  }
}

export class QueryTooComplexError extends AppError {
  constructor(complexity: number, maxComplexity: number, atLeast = false) {
    super(
      ErrorCode.QUERY_TOO_COMPLEX,
      `This query's estimated cost is ${atLeast ? 'at least ' : ''}${complexity}; at most ${maxComplexity} is allowed. ` +
        'Ask for smaller pages (a lower `first`), select fewer nested lists, or split it into several queries.',
      // Thrown after validation, where Apollo would answer 500 unless told otherwise.
      { complexity, maxComplexity, http: { status: 400 } },
    );
  }
}

export class TooManyExpensiveFieldsError extends AppError {
  constructor(field: string, group: string, count: number, maxPerOperation: number) {
    super(
      ErrorCode.TOO_MANY_EXPENSIVE_FIELDS,
      `This operation asks for ${group} ${count} times (\`${field}\` among them, aliases included); ` +
        `at most ${maxPerOperation} per operation. Send them as separate requests.`,
      { field, group, count, maxPerOperation, http: { status: 400 } },
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Expensive fields: how many one operation may hold

/** Fields of one group share a budget: `max` occurrences in one operation, aliases and fragments included. */
export interface PerOperationLimit {
  readonly group: string;
  readonly max: number;
}

/**
 * Work whose cost no list size or `first` describes, so the complexity budget alone would let
 * an operation repeat it under aliases: each group's fields may appear at most `max` times in
 * one operation.
 */
export const ExpensiveFields = Object.freeze({
  /** scrypt (~180 ms, 32 MiB each): a password check or hash. One per operation, so guesses pay one request each. */
  passwordHashing: Object.freeze({
    group: 'password hashing (login, changePassword, createAccount)',
    max: 1,
  }),
  /** The matching planner and the team formation assistant: loads a whole scope and solves it. */
  planning: Object.freeze({
    group: 'planning (matchingPlan, proposeMatchingPlan, teamFormationProposal)',
    max: 1,
  }),
  /** One-need suggestions: read every volunteer of the need's category in the caller's scope. */
  suggestions: Object.freeze({
    group: 'suggestions (matchingSuggestions, matchingSuggestionsExplained)',
    max: 3,
  }),
  /** One volunteer–need explanation: about ten statements, a tenth of a suggestion list. */
  explanations: Object.freeze({ group: 'matchingExplanation', max: 10 }),
  /** Archive exports: read, check and write every record of a batch, then build its files. */
  archiveExport: Object.freeze({
    group: 'archive exports (createArchiveExport, reexportArchiveExport)',
    max: 1,
  }),
} satisfies Record<string, PerOperationLimit>);

/**
 * What the expensive fields cost in the complexity budget (on top of what they select), in the
 * unit of the rest of the budget: about one row read and resolved, ~0.01 ms of server CPU
 * (the API benchmark's nested read: 2,101 for ~23 ms). Their real cost is larger than any
 * budget (a province plan of 5,000 volunteers takes ~2 s, a scrypt ~180 ms), so the price only
 * keeps them to a handful per operation and `ExpensiveFields` sets the exact maximum.
 */
export const FieldCosts = Object.freeze({
  passwordHashing: 1000,
  planning: 2000,
  suggestions: 500,
  /** One volunteer and one need read and checked: about ten statements. */
  explanation: 50,
  archiveExport: 2000,
  /** The province overview: every unit's status plus totals by city and category. */
  reportOverview: 1000,
  /** One unit's rows, computed from its records, support lines, teams and projects. */
  reportPreview: 500,
  /** A draft's rows are computed live, like a preview, wherever a report is reached. */
  reportRows: 500,
  /** One GROUP BY statement over every row the caller may read. */
  totals: 200,
});

/** Marks a field as one of an expensive group (see `ExpensiveFields`); read by the complexity pass. */
export function PerOperation(limit: PerOperationLimit): MethodDecorator & PropertyDecorator {
  return Extensions({ perOperation: limit });
}

/**
 * Counts the expensive fields of one operation as the complexity pass visits them, and refuses
 * the operation with TOO_MANY_EXPENSIVE_FIELDS at the first one over its group's budget. It
 * gives no cost itself (undefined passes to the next estimator), and it is built per measurement,
 * so counts never leak from one request to another.
 */
export function perOperationEstimator(): ComplexityEstimator {
  const counts = new Map<string, number>();
  return ({ field }) => {
    const limit = field.extensions?.perOperation as PerOperationLimit | undefined;
    if (limit) {
      const count = (counts.get(limit.group) ?? 0) + 1;
      counts.set(limit.group, count);
      if (count > limit.max) throw new TooManyExpensiveFieldsError(field.name, limit.group, count, limit.max);
    }
    return undefined;
  };
}

// ---------------------------------------------------------------------------------------------
// Depth

/**
 * Nesting depth of an operation, counted the way graphql-depth-limit counts it: top-level fields
 * are at depth 0, each field with a selection set adds one, fragments add nothing, and fields
 * starting with `__` (introspection) are skipped with everything under them.
 * Fragment depths are memoised, so a document of fragments spread many times stays linear;
 * a fragment cycle counts as 0 (graphql-js's NoFragmentCyclesRule reports it).
 */
export function operationDepth(
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): number {
  const memo = new Map<string, number>();
  const inProgress = new Set<string>();

  const selectionDepth = (selectionSet: SelectionSetNode): number => {
    let deepest = 0;
    for (const selection of selectionSet.selections) {
      let depth = 0;
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__') || !selection.selectionSet) continue;
        depth = 1 + selectionDepth(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        depth = selectionDepth(selection.selectionSet);
      } else {
        depth = fragmentDepth(selection.name.value);
      }
      if (depth > deepest) deepest = depth;
    }
    return deepest;
  };

  const fragmentDepth = (name: string): number => {
    const known = memo.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    if (!fragment || inProgress.has(name)) return 0;
    inProgress.add(name);
    const depth = selectionDepth(fragment.selectionSet);
    inProgress.delete(name);
    memo.set(name, depth);
    return depth;
  };

  return selectionDepth(operation.selectionSet);
}

/** The deepest operation of a document (unit tests and tooling). */
export function documentDepth(document: DocumentNode): number {
  const fragments = fragmentsOf(document);
  let deepest = 0;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      deepest = Math.max(deepest, operationDepth(definition, fragments));
    }
  }
  return deepest;
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

/**
 * A validation rule refusing operations nested deeper than `maxDepth` with QUERY_TOO_DEEP.
 * It depends on the document only, so it belongs in validation (Apollo caches validated documents).
 */
export function depthLimitRule(maxDepth: number = QueryLimits.maxDepth): ValidationRule {
  return (context) => {
    const fragments = fragmentsOf(context.getDocument());
    return {
      OperationDefinition(operation) {
        const depth = operationDepth(operation, fragments);
        if (depth > maxDepth)
          context.reportError(new QueryTooDeepError(depth, maxDepth, operation.name?.value));
        return false; // nothing below needs visiting
      },
    };
  };
}

// ---------------------------------------------------------------------------------------------
// Complexity

/** A Relay connection type: `edges` and `pageInfo`, as `connectionType()` declares them. */
function isConnectionType(type: GraphQLNamedType): boolean {
  if (!isObjectType(type)) return false;
  const fields = type.getFields();
  return 'edges' in fields && 'pageInfo' in fields;
}

/** A connection's page size as the resolver will use it: absent means the default, beyond 1–100 is clamped. */
function pageSizeOf(first: unknown): number {
  if (typeof first !== 'number' || !Number.isFinite(first)) return DEFAULT_PAGE_SIZE;
  return Math.min(MAX_PAGE_SIZE, Math.max(1, Math.ceil(first)));
}

/**
 * Costs lists by their size: a connection field with a `first` argument costs
 * `1 + first × (cost of one node)`, with `first` defaulting to 20 as the resolvers do (a value
 * above 100 is clamped, the resolver then refuses it with BAD_USER_INPUT); any other list of objects
 * costs `1 + assumedListSize × (cost of one item)`. A connection's own `edges` list is not
 * multiplied again. Lists of scalars and single objects fall through to the next estimator.
 */
export function listSizeEstimator(
  assumedListSize: number = QueryLimits.assumedListSize,
): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    const returned = getNamedType(field.type);
    if (isConnectionType(returned) && field.args.some((arg) => arg.name === 'first')) {
      return 1 + pageSizeOf(args.first) * childComplexity;
    }
    if (field.name === 'edges' && isConnectionType(type)) return undefined;
    if (isListType(getNullableType(field.type)) && childComplexity > 0) {
      return 1 + assumedListSize * childComplexity;
    }
    return undefined;
  };
}

/**
 * Introspection (`__schema`, `__type`, `__typename`) costs nothing, as it adds no depth: it reads the
 * schema in memory, bounded by the schema's size, and INTROSPECTION turns it off where unwanted.
 */
export const introspectionEstimator: ComplexityEstimator = ({ field }) =>
  field.name.startsWith('__') ? 0 : undefined;

/**
 * The estimators in order: the per-operation budget of expensive fields (counts, costs nothing),
 * introspection is free, then a field's own `complexity` (type-graphql's
 * `@Field({ complexity })`), then list sizes, then 1 per field plus what it selects.
 */
export function complexityEstimators(settings: QueryLimitSettings = QueryLimits): ComplexityEstimator[] {
  return [
    perOperationEstimator(),
    introspectionEstimator,
    fieldExtensionsEstimator(),
    listSizeEstimator(settings.assumedListSize),
    simpleEstimator({ defaultComplexity: 1 }),
  ];
}

export type ComplexityMeasure = { complexity: number; exceededFieldLimit: boolean };

/**
 * Estimated cost of one operation of a validated document, with its variables coerced
 * (so `first: $n` counts). Returns null when the variables do not coerce: execution refuses
 * those with BAD_USER_INPUT before any resolver runs.
 */
export function measureComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown> | undefined,
  settings: QueryLimitSettings = QueryLimits,
): ComplexityMeasure | null {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (coerced.errors) return null;
  try {
    const complexity = getComplexity({
      schema,
      query: document,
      operationName: operation.name?.value,
      variables: coerced.coerced,
      estimators: complexityEstimators(settings),
      maxQueryNodes: settings.maxEstimatedFields,
    });
    return { complexity, exceededFieldLimit: false };
  } catch (error) {
    // graphql-query-complexity stops counting (and throws) past maxQueryNodes fields.
    if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message)) {
      return { complexity: settings.maxEstimatedFields, exceededFieldLimit: true };
    }
    throw error;
  }
}

/**
 * Refuses operations costlier than `maxComplexity` with QUERY_TOO_COMPLEX (HTTP 400). A plugin,
 * not a validation rule: the cost depends on the variables, and Apollo skips validation for a
 * document it has already validated once.
 */
export function complexityLimitPlugin<TContext extends BaseContext>(
  settings: QueryLimitSettings = QueryLimits,
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const measured = measureComplexity(schema, document, operation, request.variables, settings);
          if (!measured) return;
          if (measured.exceededFieldLimit || measured.complexity > settings.maxComplexity) {
            throw new QueryTooComplexError(
              measured.complexity,
              settings.maxComplexity,
              measured.exceededFieldLimit,
            );
          }
        },
      };
    },
  };
}
