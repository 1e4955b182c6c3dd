import { createHash, randomBytes } from 'node:crypto';

/**
 * API tokens: `uvp_` + 32 random bytes in base64url. The token is shown once; only its SHA-256
 * is stored. A fast hash is right here (unlike passwords): 256 random bits cannot be guessed.
 */
export const API_TOKEN_PREFIX = 'uvp_';
const PREFIX_SHOWN = 12;

/** How often `lastUsedAt` is written at most, so reading with a token stays one cheap statement. */
export const LAST_USED_RESOLUTION_MS = 60_000;

export const API_TOKEN_DEFAULT_DAYS = 90;
export const API_TOKEN_MAX_DAYS = 366;

export interface NewApiToken {
  token: string;
  tokenPrefix: string;
  tokenHash: string;
}

export function isApiToken(token: string): boolean {
  return token.startsWith(API_TOKEN_PREFIX);
}

export function hashApiToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function generateApiToken(): NewApiToken {
  const token = API_TOKEN_PREFIX + randomBytes(32).toString('base64url');
  return { token, tokenPrefix: token.slice(0, PREFIX_SHOWN), tokenHash: hashApiToken(token) };
}
