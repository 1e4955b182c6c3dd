import { GraphQLError } from 'graphql';

/**
 * The stable error codes clients branch on. Apollo's own codes are reused where they fit;
 * anything without one of these codes is masked as INTERNAL_SERVER_ERROR at the edge.
 */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  TEAM_COMPOSITION_INVALID = 'TEAM_COMPOSITION_INVALID',
  /** A hard rule refuses the assignment (extensions: field, exclusions: [{ volunteerId, reasons }]). */
  ASSIGNMENT_NOT_ALLOWED = 'ASSIGNMENT_NOT_ALLOWED',
  /** Every place of the need is taken (extensions: field, needId, headcount). */
  NEED_FULL = 'NEED_FULL',
  /** The operation nests deeper than QueryLimits.maxDepth (extensions: depth, maxDepth). */
  QUERY_TOO_DEEP = 'QUERY_TOO_DEEP',
  /** The operation's estimated cost exceeds QueryLimits.maxComplexity (extensions: complexity, maxComplexity). */
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /** Too many requests this minute for the account or address; HTTP 429 (extensions: retryAfterSeconds). */
  RATE_LIMITED = 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** Codes produced by graphql-js / Apollo before our resolvers run; they pass through unmasked. */
export const FRAMEWORK_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export interface AppErrorExtensions {
  field?: string;
  [key: string]: unknown;
}

/** Base of every error a service throws on purpose; it is already a GraphQL error. */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    extensions: AppErrorExtensions = {},
  ) {
    super(message, { extensions: { code, ...extensions } });
    this.name = new.target.name;
    // Keeps `instanceof` working after down-levelled class transpilation.
    Object.setPrototypeOf(this, new.target.prototype);
  }

  get field(): string | undefined {
    return this.extensions.field as string | undefined;
  }
}

/** Input that breaks a rule; `field` names the input field at fault, e.g. `documentNumber`. */
export class BadInputError extends AppError {
  constructor(field: string, message: string, code: ErrorCode = ErrorCode.BAD_USER_INPUT) {
    super(code, message, { field });
  }
}

export class NotFoundError extends AppError {
  constructor(entity: string, id: string | number, field = 'id') {
    super(ErrorCode.NOT_FOUND, `${entity} ${id} does not exist`, { field, entity });
  }
}

export class ConflictError extends AppError {
  constructor(field: string, message: string) {
    super(ErrorCode.CONFLICT, message, { field });
  }
}
