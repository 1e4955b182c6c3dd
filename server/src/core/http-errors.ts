import type { Response } from 'express';
import { AppError, ErrorCode } from './errors';
import { DATABASE_UNAVAILABLE_MESSAGE, isUnreachable } from './format-error';
import { logError } from './log';

/** HTTP status for our codes on the plain (non-GraphQL) routes; other coded errors are 400. */
const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.CSRF_TOKEN_INVALID]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.DATABASE_UNAVAILABLE]: 503,
  [ErrorCode.STORAGE_FULL]: 503,
};

/** An error in the same JSON shape as GraphQL's, so clients read one kind of body. */
export function sendError(res: Response, status: number, code: string, message: string): void {
  if (status === 401) res.setHeader('WWW-Authenticate', 'Bearer');
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

export function sendSignInRequired(res: Response): void {
  sendError(
    res,
    401,
    ErrorCode.UNAUTHENTICATED,
    'sign in first: send a valid token as "Authorization: Bearer <token>"',
  );
}

/** Our coded errors as their status, a lost database as 503; anything else is logged and masked, as on /graphql. */
export function sendCaughtError(res: Response, error: unknown): void {
  if (error instanceof AppError) {
    sendError(res, STATUS[error.code] ?? 400, error.code, error.message);
    return;
  }
  if (isUnreachable(error)) {
    sendError(res, 503, ErrorCode.DATABASE_UNAVAILABLE, DATABASE_UNAVAILABLE_MESSAGE);
    return;
  }
  logError('[http] unexpected error', error);
  sendError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
}
