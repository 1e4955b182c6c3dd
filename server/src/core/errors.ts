import { HeaderMap } from '@apollo/server';
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
  /** A project cannot start: no safety plan (field safetyPlan) or untrained members (field safetyTrainedOn, volunteerIds). */
  PROJECT_NOT_SAFE_TO_START = 'PROJECT_NOT_SAFE_TO_START',
  /** A service record's start is not before its end (field endsAt). */
  RECORD_SEGMENT_INVALID = 'RECORD_SEGMENT_INVALID',
  /** A service record is shorter than one minute (field endsAt). */
  RECORD_TOO_SHORT = 'RECORD_TOO_SHORT',
  /** A service record spans two China calendar days (field endsAt). */
  RECORD_CROSSES_MIDNIGHT = 'RECORD_CROSSES_MIDNIGHT',
  /** A service record ends after now (field endsAt). */
  RECORD_IN_FUTURE = 'RECORD_IN_FUTURE',
  /** A service record lies outside its project's dates (field startsAt or endsAt). */
  RECORD_OUTSIDE_PROJECT = 'RECORD_OUTSIDE_PROJECT',
  /** A service record overlaps a live record of the same volunteer (field startsAt; extensions: volunteerId, recordId). */
  RECORD_OVERLAP = 'RECORD_OVERLAP',
  /** A remark longer than 500 characters (field remark). */
  RECORD_REMARK_TOO_LONG = 'RECORD_REMARK_TOO_LONG',
  /** The record's status does not allow this step, e.g. editing an approved record (field id; extensions: status). */
  RECORD_NOT_EDITABLE = 'RECORD_NOT_EDITABLE',
  /**
   * A project's new dates would leave out service records submitted or approved on it (field startsOn
   * or endsOn; extensions: recordCount, recordIds: the first 20, earliest first, firstDay, lastDay).
   */
  PROJECT_HAS_RECORDS_OUTSIDE = 'PROJECT_HAS_RECORDS_OUTSIDE',
  /** An idempotency key sent again with a different submission (field idempotencyKey). */
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  /** A service code that is wrong, expired, or already used for this record (field code). */
  SERVICE_CODE_INVALID = 'SERVICE_CODE_INVALID',
  /**
   * An archive export found no approved, not yet exported record in its scope and dates that it could
   * export (field rangeEnd; extensions: failingRecords, issueCount, issues: the first 100 rules broken
   * by records still waiting, as { serviceRecordId, rule, columnName, message }).
   */
  NOTHING_TO_EXPORT = 'NOTHING_TO_EXPORT',
  /**
   * A volunteer younger than MIN_VOLUNTEER_AGE (16) on the day of registration, by the birth date
   * the document number encodes (field documentNumber; the message gives the birth date and age).
   */
  VOLUNTEER_UNDER_MINIMUM_AGE = 'VOLUNTEER_UNDER_MINIMUM_AGE',
  /**
   * A date or instant outside the years the platform records, 2000-01-01 to 2100-12-31 China time
   * (extensions: field, min, max).
   */
  DATE_OUT_OF_RANGE = 'DATE_OUT_OF_RANGE',
  /** The operation nests deeper than QueryLimits.maxDepth (extensions: depth, maxDepth). */
  QUERY_TOO_DEEP = 'QUERY_TOO_DEEP',
  /** The operation's estimated cost exceeds QueryLimits.maxComplexity (extensions: complexity, maxComplexity). */
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /**
   * The operation names an expensive field more often than one operation may (e.g. two `login`s, also
   * under aliases); refused before anything runs (extensions: field, group, count, maxPerOperation).
   */
  TOO_MANY_EXPENSIVE_FIELDS = 'TOO_MANY_EXPENSIVE_FIELDS',
  /** Every slot for heavy work (planning, team formation) is taken and its queue is full; HTTP 503, retry later (extensions: retryAfterSeconds). */
  SERVER_BUSY = 'SERVER_BUSY',
  /** The scope asked for is larger than one plan may be (field scope; extensions: limit, size, maxSize). */
  SCOPE_TOO_LARGE = 'SCOPE_TOO_LARGE',
  /** Too many requests this minute for the account or address; HTTP 429 (extensions: retryAfterSeconds). */
  RATE_LIMITED = 'RATE_LIMITED',
  /**
   * Too many failed sign-ins for this username or from this address; `login` is refused, even with
   * the right password, until the lock ends (HTTP 429; extensions: retryAfterSeconds).
   */
  LOGIN_THROTTLED = 'LOGIN_THROTTLED',
  /**
   * A search by document number beyond what is allowed: a second one in the same request, or the
   * account's hourly budget spent (field documentNumber; extensions: retryAfterSeconds when it is the budget).
   */
  DOCUMENT_SEARCH_LIMITED = 'DOCUMENT_SEARCH_LIMITED',
  /**
   * A request signed in by the browser session cookie came without the X-CSRF-Token header given at
   * sign-in, or with another one; HTTP 403, nothing ran. Bearer tokens need no such header.
   */
  CSRF_TOKEN_INVALID = 'CSRF_TOKEN_INVALID',
  /** A socket asked for more live subscriptions than MAX_SUBSCRIPTIONS_PER_SOCKET (extensions: maxSubscriptions). */
  TOO_MANY_SUBSCRIPTIONS = 'TOO_MANY_SUBSCRIPTIONS',
  /**
   * An account opened more sockets than MAX_SOCKETS_PER_ACCOUNT: the socket is closed with 4429 and
   * a reason starting with this code (a close event carries no extensions).
   */
  TOO_MANY_SOCKETS = 'TOO_MANY_SOCKETS',
  /** The database could not be reached; retry shortly (a write cut off mid-commit may have landed). */
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  /** The database's disk (or its page limit) is full: nothing was saved; retry once space is freed. HTTP 503. */
  STORAGE_FULL = 'STORAGE_FULL',
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

/**
 * The store refused a write (full, read-only, I/O error): the request changed nothing. HTTP 503, so
 * clients and proxies treat it as a passing outage, not as a fault of the request.
 */
export class StorageError extends AppError {
  constructor(code: ErrorCode.STORAGE_FULL | ErrorCode.DATABASE_UNAVAILABLE, message: string) {
    super(code, message, { http: { status: 503, headers: new HeaderMap([['retry-after', '30']]) } });
  }
}
