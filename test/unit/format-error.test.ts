import { GraphQLError, buildSchema, graphqlSync, locatedError, type GraphQLFormattedError } from 'graphql';
import {
  AppError,
  BadInputError,
  ErrorCode,
  FRAMEWORK_ERROR_CODES,
  NotFoundError,
} from '../../server/src/core/errors';
import { formatError } from '../../server/src/core/format-error';

const PATH = ['createVolunteer'];
const LOCATIONS = [{ line: 2, column: 3 }];

function formattedAsApollo(error: GraphQLError, code: string): GraphQLFormattedError {
  const json = error.toJSON();
  return {
    ...json,
    locations: LOCATIONS,
    extensions: {
      ...json.extensions,
      code: json.extensions?.code ?? code,
      stacktrace: ['Error: at somewhere'],
    },
  };
}

describe('formatError: our own errors', () => {
  it.each([
    ['BadInputError', new BadInputError('documentNumber', 'documentNumber fails the GB 11643 check digit')],
    ['NotFoundError', new NotFoundError('Volunteer', 7, 'volunteerId')],
    [
      'AppError',
      new AppError(ErrorCode.TEAM_COMPOSITION_INVALID, 'too small', { field: 'memberIds', volunteers: 6 }),
    ],
  ])('keeps the message, code and extensions of a %s thrown in a resolver', (_kind, appError) => {
    const log = jest.fn();
    const wrapped = locatedError(appError, null, PATH);
    const result = formatError(formattedAsApollo(wrapped, 'INTERNAL_SERVER_ERROR'), wrapped, log);
    expect(result.message).toBe(appError.message);
    expect(result.path).toEqual(PATH);
    expect(result.extensions).toEqual({ ...appError.extensions });
    expect(result.extensions?.code).toBe(appError.code);
    expect(result.extensions?.field).toBe(appError.field);
    expect(log).not.toHaveBeenCalled();
  });
});

describe('formatError: unexpected errors', () => {
  it.each([
    ['located by graphql-js', (original: Error) => locatedError(original, null, PATH)],
    [
      'wrapped with its path',
      (original: Error) => new GraphQLError(original.message, { originalError: original, path: PATH }),
    ],
  ])('masks a plain Error %s and logs the original', (_how, wrap) => {
    const log = jest.fn();
    const original = new Error('SQLITE_CONSTRAINT: UNIQUE constraint failed: volunteer.document_number');
    const wrapped = wrap(original);
    const result = formatError(formattedAsApollo(wrapped, 'INTERNAL_SERVER_ERROR'), wrapped, log);
    expect(result).toEqual({
      message: 'Internal server error',
      locations: LOCATIONS,
      path: PATH,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(log).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledWith(original);
  });

  it('masks a GraphQLError without one of our codes', () => {
    const log = jest.fn();
    const error = new GraphQLError('select * from volunteer failed', {
      path: PATH,
      extensions: { code: 'ER_PARSE_ERROR' },
    });
    const result = formatError(error.toJSON(), error, log);
    expect(result.message).toBe('Internal server error');
    expect(result.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(log).toHaveBeenCalledWith(error);
  });
});

describe('formatError: variable coercion errors', () => {
  const schema = buildSchema(`
    enum Kind { TUTORING CULTURE }
    input Window { startsAt: String!, endsAt: Int! }
    input NeedInput { kind: Kind!, windows: [Window!] }
    type Query { need(input: NeedInput!): Int, page(first: Int): Int }
  `);

  function coercionError(source: string, variableValues: Record<string, unknown>): GraphQLFormattedError {
    const errors = graphqlSync({ schema, source, variableValues }).errors ?? [];
    expect(errors).toHaveLength(1);
    return { ...errors[0]!.toJSON(), extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }

  const needQuery = 'query($input: NeedInput!) { need(input: $input) }';

  it.each([
    ['input.kind', 'kind', { kind: 'SINGING' }],
    [
      'input.windows[1].endsAt',
      'windows[1].endsAt',
      {
        kind: 'CULTURE',
        windows: [
          { startsAt: 'a', endsAt: 1 },
          { startsAt: 'b', endsAt: 'x' },
        ],
      },
    ],
  ])('reports the path %s as the field %s', (at, field, input) => {
    const formatted = coercionError(needQuery, { input });
    expect(formatted.message).toContain(`at "${at}"`);
    const log = jest.fn();
    const result = formatError(formatted, new GraphQLError(formatted.message), log);
    expect(result.message).toBe(formatted.message);
    expect(result.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(log).not.toHaveBeenCalled();
  });

  it('adds no field when the message names no path', () => {
    const formatted = coercionError('query($first: Int) { page(first: $first) }', { first: 'many' });
    expect(formatted.message).not.toMatch(/at "/);
    const result = formatError(formatted, new GraphQLError(formatted.message), jest.fn());
    expect(result.extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });
});

describe('formatError: argument errors found while the field runs', () => {
  const schema = buildSchema('type Query { page(first: Int! = 20): Int }');

  it('reports a null variable for a non-null argument as BAD_USER_INPUT naming the argument', () => {
    const errors =
      graphqlSync({ schema, source: 'query($n: Int) { page(first: $n) }', variableValues: { n: null } })
        .errors ?? [];
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain('Argument "first" of non-null type "Int!" must not be null');
    const log = jest.fn();
    const result = formatError(errors[0]!.toJSON(), errors[0], log);
    expect(result.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(result.message).toBe(errors[0]!.message);
    expect(log).not.toHaveBeenCalled();
  });

  it('still masks a thrown error whose message only looks like one', () => {
    const error = new GraphQLError('Argument "first" has invalid value', {
      originalError: new Error('driver'),
    });
    const result = formatError(error.toJSON(), error, jest.fn());
    expect(result.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });
});

describe('formatError: framework errors', () => {
  it.each([...FRAMEWORK_ERROR_CODES])('passes %s through unchanged', (code) => {
    const log = jest.fn();
    const formatted: GraphQLFormattedError = {
      message: 'Cannot query field "nmae" on type "Volunteer". Did you mean "name"?',
      locations: LOCATIONS,
      extensions: { code },
    };
    const result = formatError(formatted, new GraphQLError(formatted.message), log);
    expect(result).toBe(formatted);
    expect(result).toEqual({ message: formatted.message, locations: LOCATIONS, extensions: { code } });
    expect(log).not.toHaveBeenCalled();
  });

  it('includes GRAPHQL_VALIDATION_FAILED', () => {
    expect(FRAMEWORK_ERROR_CODES.has('GRAPHQL_VALIDATION_FAILED')).toBe(true);
  });
});

describe('formatError: a database that cannot be reached', () => {
  const connectionLost = (code: string) =>
    Object.assign(new Error(`connect ${code} 127.0.0.1:3306`), { code });

  it.each(['ECONNREFUSED', 'PROTOCOL_CONNECTION_LOST', 'ECONNRESET'])(
    'says DATABASE_UNAVAILABLE for %s, wrapped as a resolver or context error, with no driver text',
    (code) => {
      for (const error of [
        locatedError(connectionLost(code), null, PATH),
        new GraphQLError('Context creation failed: boom', { originalError: connectionLost(code) }),
      ]) {
        const formatted = formatError(formattedAsApollo(error, 'INTERNAL_SERVER_ERROR'), error, () => {});
        expect(formatted.extensions).toEqual({ code: 'DATABASE_UNAVAILABLE' });
        expect(formatted.message).not.toContain('127.0.0.1');
      }
    },
  );

  it('still masks other failures as INTERNAL_SERVER_ERROR', () => {
    const error = locatedError(
      Object.assign(new Error('ER_PARSE_ERROR near SELECT'), { code: 'ER_PARSE_ERROR' }),
      null,
      PATH,
    );
    const formatted = formatError(formattedAsApollo(error, 'INTERNAL_SERVER_ERROR'), error, () => {});
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });
});

describe('formatError: a SQLite store that cannot take the write', () => {
  // As TypeORM wraps a better-sqlite3 error: QueryFailedError with the driver's error and its code.
  const driverFailure = (code: string, message: string) => {
    const driverError = Object.assign(new Error(message), { code });
    return Object.assign(new Error(`SqliteError: ${message}`), {
      driverError,
      query: 'INSERT INTO "unit" …',
    });
  };

  it.each([
    ['SQLITE_FULL', 'database or disk is full', 'STORAGE_FULL'],
    ['SQLITE_IOERR_WRITE', 'disk I/O error', 'DATABASE_UNAVAILABLE'],
    ['SQLITE_READONLY', 'attempt to write a readonly database', 'DATABASE_UNAVAILABLE'],
  ])('says %s as %s without the SQL', (sqliteCode, message, expected) => {
    const error = locatedError(driverFailure(sqliteCode, message), null, PATH);
    const formatted = formatError(formattedAsApollo(error, 'INTERNAL_SERVER_ERROR'), error, () => {});
    expect(formatted.extensions).toEqual({ code: expected });
    expect(formatted.message).not.toContain('INSERT');
  });

  it('still masks a constraint failure as INTERNAL_SERVER_ERROR', () => {
    const error = locatedError(
      driverFailure('SQLITE_CONSTRAINT_CHECK', 'CHECK constraint failed'),
      null,
      PATH,
    );
    const formatted = formatError(formattedAsApollo(error, 'INTERNAL_SERVER_ERROR'), error, () => {});
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });
});
