import cors from 'cors';
import type { RequestHandler } from 'express';

/** How long a browser may cache a preflight answer. */
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/**
 * CORS for /graphql from CORS_ORIGINS: only the configured origins get
 * `Access-Control-Allow-Origin` (`*` allows any); with none configured no CORS header is sent,
 * so browsers allow same-origin pages only. Tokens travel in `Authorization`, not cookies, so
 * credentials are not allowed. `Retry-After` is exposed so browser clients can honour a 429.
 */
export function corsPolicy(origins: readonly string[]): RequestHandler {
  if (origins.length === 0) return (_req, _res, next) => next();
  return cors({
    origin: origins.includes('*') ? '*' : [...origins],
    methods: ['GET', 'POST', 'OPTIONS'],
    exposedHeaders: ['Retry-After'],
    maxAge: PREFLIGHT_MAX_AGE_SECONDS,
  });
}
