import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { AppError, ErrorCode, FRAMEWORK_ERROR_CODES } from './errors';
import { storageError } from './sqlite-guard';
import { logError } from './log';

/** graphql-js's hint at names the schema has ("Did you mean …?"): a map of the schema for a prober. */
const SUGGESTION = / ?Did you mean .+?\?$/;

export interface FormatErrorOptions {
  /** Production: no "Did you mean …?" hints, in validation and variable errors alike. */
  hideSuggestions?: boolean;
}

const VARIABLE_PATH = /at "([^"]+)"/;
/**
 * graphql-js checks an argument against its type when the field runs, so a null variable for a
 * non-null argument (`Argument "limit" of non-null type "Int!" must not be null.`) arrives as a
 * plain GraphQLError from execution, without a code: it is the caller's input, not our failure.
 */
const ARGUMENT_ERROR = /^Argument "([^"]+)" (?:of non-null type "[^"]+" must not be null|has invalid value)/;

export const DATABASE_UNAVAILABLE_MESSAGE =
  'the database is unreachable just now; try again shortly (a change sent as the connection broke may or may not have been saved)';

/** Driver errors that mean the database could not be reached, not that the request was wrong. */
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'PROTOCOL_CONNECTION_LOST',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_SHUTDOWN',
  'SQLITE_BUSY',
]);

/**
 * Whether the error, or one it wraps (Apollo's "Context creation failed", TypeORM's QueryFailedError,
 * graphql-js's "Unexpected error value" for an error from another realm), is a lost connection.
 */
export function isUnreachable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const e = error as {
    code?: unknown;
    message?: unknown;
    originalError?: unknown;
    cause?: unknown;
    driverError?: unknown;
  };
  if (typeof e.code === 'string' && UNREACHABLE.has(e.code)) return true;
  const message = typeof e.message === 'string' ? e.message : '';
  if ([...UNREACHABLE].some((code) => new RegExp(`\\b${code}\\b`).test(message))) return true;
  return [e.originalError, e.cause, e.driverError].some((inner) => isUnreachable(inner, depth + 1));
}

/**
 * Passes our own coded errors and the framework's request errors through, and masks
 * everything else as INTERNAL_SERVER_ERROR so no driver message or SQL reaches a client.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: (error: unknown) => void = (e) => logError('[graphql] unexpected error', e),
  options: FormatErrorOptions = {},
): GraphQLFormattedError {
  if (options.hideSuggestions && SUGGESTION.test(formatted.message)) {
    formatted = { ...formatted, message: formatted.message.replace(SUGGESTION, '') };
  }
  const unwrapped = unwrapResolverError(error);
  // Apollo wraps a validation rule's error (e.g. QUERY_TOO_DEEP) in its own ValidationError,
  // coded GRAPHQL_VALIDATION_FAILED, with ours as `originalError`: keep our code.
  const original =
    unwrapped instanceof GraphQLError && unwrapped.originalError instanceof AppError
      ? unwrapped.originalError
      : unwrapped;
  if (original instanceof AppError) {
    // `http` (status, headers) is for Apollo's HTTP response, not for the client's error body.
    const { http: _http, ...extensions } = original.extensions;
    return { ...formatted, extensions };
  }
  const code = formatted.extensions?.code;
  if (code === ErrorCode.BAD_USER_INPUT) {
    // Variable coercion errors name the offending path, e.g. `at "input.kind"`: report it as the field.
    const path = VARIABLE_PATH.exec(formatted.message)?.[1];
    const field = path?.split('.').slice(1).join('.') || path;
    return { ...formatted, extensions: { ...formatted.extensions, ...(field ? { field } : {}) } };
  }
  if (typeof code === 'string' && FRAMEWORK_ERROR_CODES.has(code)) return formatted;
  const argument =
    original instanceof GraphQLError && !original.originalError
      ? ARGUMENT_ERROR.exec(original.message)
      : null;
  if (argument) {
    return { ...formatted, extensions: { code: ErrorCode.BAD_USER_INPUT, field: argument[1] } };
  }
  log(original);
  // A storage failure that reached us without passing the SQLite guard (a direct driver read).
  const stored = storageError(original);
  if (stored) {
    return {
      message: stored.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: stored.code },
    };
  }
  if (isUnreachable(original)) {
    // Said plainly so clients retry, rather than hidden as an internal error; no driver text leaks.
    return {
      message: DATABASE_UNAVAILABLE_MESSAGE,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.DATABASE_UNAVAILABLE },
    };
  }
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
