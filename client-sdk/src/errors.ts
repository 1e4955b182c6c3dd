import type { ErrorCode } from './generated/error-codes';

/**
 * The server's codes (the schema's ErrorCode) and the ones the SDK itself gives: NETWORK_ERROR (no
 * answer), HTTP_ERROR (an answer that is not GraphQL), INVALID_RESPONSE (GraphQL that makes no
 * sense), UNSUPPORTED (this runtime lacks what the call needs, e.g. a WebSocket).
 */
export type SdkErrorCode = ErrorCode | 'NETWORK_ERROR' | 'HTTP_ERROR' | 'INVALID_RESPONSE' | 'UNSUPPORTED';

/**
 * An error from the API or on the way to it, with the server's stable `code` and the input `field`
 * at fault, so a tool can tell the user which cell of their sheet to fix.
 *
 * @example
 * ```ts
 * try {
 *   await client.volunteers.create(input);
 * } catch (error) {
 *   if (error instanceof SdkError && error.code === 'BAD_USER_INPUT') console.log(error.field, error.message);
 * }
 * ```
 */
export class SdkError extends Error {
  override readonly name = 'SdkError';

  constructor(
    message: string,
    /** The server's `extensions.code`, or one the SDK gives (see SdkErrorCode). */
    readonly code: SdkErrorCode,
    /** The input field at fault, e.g. `input.documentNumber`, when the server names one. */
    readonly field: string | null = null,
    /** Everything else the server put in `extensions` (e.g. `refused` volunteers). */
    readonly extensions: Readonly<Record<string, unknown>> = {},
    /** HTTP status, when a response arrived. */
    readonly status: number | null = null,
    /** What went wrong underneath (a refused connection, a socket event), kept as `cause`. */
    options: { cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
  }

  /** Whether sending the same request again may succeed: the network or a busy server, not bad input. */
  get transient(): boolean {
    return (
      this.code === 'NETWORK_ERROR' ||
      this.code === 'RATE_LIMITED' ||
      this.code === 'DATABASE_UNAVAILABLE' ||
      (this.code === 'HTTP_ERROR' && this.status !== null && [502, 503, 504].includes(this.status))
    );
  }
}

interface GraphQLErrorShape {
  message?: unknown;
  extensions?: Record<string, unknown>;
}

/** The first error of a GraphQL response as an SdkError. */
export function errorFromResponse(errors: readonly GraphQLErrorShape[], status: number): SdkError {
  const first = errors[0] ?? {};
  const extensions = first.extensions ?? {};
  // The server masks every other code as INTERNAL_SERVER_ERROR (the schema's ErrorCode says so).
  const code = typeof extensions.code === 'string' ? (extensions.code as ErrorCode) : 'INTERNAL_SERVER_ERROR';
  const field = typeof extensions.field === 'string' ? extensions.field : null;
  return new SdkError(String(first.message ?? 'request failed'), code, field, extensions, status);
}

/**
 * What a failure underneath says, causes included: Node's fetch throws "fetch failed" with the
 * reason (ECONNREFUSED, a DNS failure, a reset) in `cause`, and a socket reports plain event
 * objects, not Errors.
 */
export function describeCause(error: unknown): string {
  const parts: string[] = [];
  const seen = new Set<unknown>();
  for (let current: unknown = error; current !== undefined && current !== null && !seen.has(current);) {
    seen.add(current);
    const text = messageOf(current);
    if (text && !parts.includes(text)) parts.push(text);
    current =
      typeof current === 'object'
        ? ((current as { cause?: unknown }).cause ?? (current as { error?: unknown }).error)
        : undefined;
  }
  return parts.join(': ') || 'unknown failure';
}

function messageOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value !== 'object' || value === null) return String(value);
  const { message, code } = value as { message?: unknown; code?: unknown };
  const text = typeof message === 'string' ? message : '';
  if (typeof code === 'string' && !text.includes(code)) return text ? `${text} (${code})` : code;
  return text;
}

/** A network failure as an SdkError that keeps its cause. */
export function networkError(error: unknown): SdkError {
  return new SdkError(`network error: ${describeCause(error)}`, 'NETWORK_ERROR', null, {}, null, {
    cause: error,
  });
}
