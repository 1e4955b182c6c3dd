import type { ApolloServerPlugin } from '@apollo/server';
import type { ErrorRequestHandler, Request, RequestHandler } from 'express';
import { AppError, ErrorCode } from './errors';
import { DATABASE_UNAVAILABLE_MESSAGE, isUnreachable } from './format-error';
import { sendError } from './http-errors';
import { logError } from './log';
import { RateLimitedError, rateLimitKey, type RequestRateLimiter } from './rate-limit';

/** What a client is told about a body body-parser refused, by its `type`; nothing of the body itself. */
const BODY_ERRORS: Readonly<Record<string, string>> = {
  'entity.parse.failed': 'the request body is not valid JSON: send {"query": …, "variables": …}',
  'entity.too.large': 'the request body is too large',
  'request.size.invalid': 'the request body is shorter or longer than its Content-Length',
  'request.aborted': 'the request body was cut off',
  'encoding.unsupported': 'the request body has a Content-Encoding the server does not read',
  'charset.unsupported': 'the request body has a charset the server does not read: send UTF-8',
};

interface BodyParserError {
  type?: unknown;
  status?: unknown;
  limit?: unknown;
}

function bodyParserError(error: unknown): { type: string; status: number; limit?: number } | null {
  if (!error || typeof error !== 'object') return null;
  const { type, status, limit } = error as BodyParserError;
  if (typeof type !== 'string' || !(type in BODY_ERRORS)) return null;
  const code = typeof status === 'number' && status >= 400 && status < 500 ? status : 400;
  return { type, status: code, limit: typeof limit === 'number' ? limit : undefined };
}

/**
 * express.json's refusals (bad JSON, too large, cut off) answered as GraphQL errors coded
 * BAD_REQUEST with the parser's status (400, 413, 415), never as Express's HTML page, and never
 * logged: body-parser keeps the raw body on the error, and Express's own handler printed it
 * (a cut-off login body put a password in the log). Each counts against the client address's
 * rate limit like any request, so malformed bodies are no free way to load the server.
 */
export function bodyErrorHandler(limiter: RequestRateLimiter): ErrorRequestHandler {
  return async (error, req, res, next) => {
    const refused = bodyParserError(error);
    if (!refused) {
      next(error);
      return;
    }
    try {
      await limiter.consume(rateLimitKey(null, clientAddress(req)));
    } catch (limited) {
      if (limited instanceof RateLimitedError) {
        res.setHeader('Retry-After', String(limited.retryAfterSeconds));
        res.status(429).json({
          errors: [
            {
              message: limited.message,
              extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds: limited.retryAfterSeconds },
            },
          ],
        });
        return;
      }
      next(limited);
      return;
    }
    let message = BODY_ERRORS[refused.type]!;
    if (refused.type === 'entity.too.large' && refused.limit) {
      message += ` (at most ${Math.floor(refused.limit / 1024)} KiB)`;
    }
    // The connection may still carry the unread rest of an oversized body: do not reuse it.
    if (refused.status === 413) res.setHeader('Connection', 'close');
    sendError(res, refused.status, 'BAD_REQUEST', message);
  };
}

/** The client's address as Express sees it through TRUST_PROXY hops. */
export function clientAddress(req: Request): string | undefined {
  return req.ip ?? req.socket?.remoteAddress;
}

/** Unknown paths get a JSON 404 like every other answer. */
export const notFoundHandler: RequestHandler = (req, res) => {
  sendError(res, 404, ErrorCode.NOT_FOUND, `nothing is served at ${req.method} ${req.path.slice(0, 200)}`);
};

/**
 * The last handler: whatever reached it is answered as a GraphQL-shaped JSON error (503 for a lost
 * database, else the error's 4xx status or 500) and logged without the request's data, capped.
 */
export const finalErrorHandler: ErrorRequestHandler = (error, _req, res, _next) => {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (isUnreachable(error)) {
    sendError(res, 503, ErrorCode.DATABASE_UNAVAILABLE, DATABASE_UNAVAILABLE_MESSAGE);
    return;
  }
  const status = (error as { status?: unknown })?.status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    sendError(res, status, 'BAD_REQUEST', 'the request could not be read');
    return;
  }
  logError('[http] unexpected error', error);
  sendError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
};

/**
 * DATABASE_UNAVAILABLE is HTTP 503 on /graphql too, so load balancers and clients treat it as
 * the outage it is, not as a 200 with errors (resolver failures) or a 500 (failed sign-in check).
 */
export function databaseUnavailablePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          if (errors.some((error) => error.extensions?.code === ErrorCode.DATABASE_UNAVAILABLE)) {
            response.http.status = 503;
          }
        },
      };
    },
  };
}

/** A lost database while signing a request in: 503 DATABASE_UNAVAILABLE instead of Apollo's 500. */
export function asDatabaseUnavailable(error: unknown): unknown {
  if (!isUnreachable(error)) return error;
  return new AppError(ErrorCode.DATABASE_UNAVAILABLE, DATABASE_UNAVAILABLE_MESSAGE, {
    http: { status: 503 },
  });
}
