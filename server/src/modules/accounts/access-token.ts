import { createSecretKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { UnauthenticatedError } from '../../core/actor';
import type { Config } from '../../core/config';
import { isApiToken } from './api-token';

/**
 * Short-lived access tokens: JWTs signed with HS256 and the server's AUTH_SECRET. They carry
 * the account id (`sub`) and its token version (`ver`): bumping the version on the account
 * revokes every token issued before, without a token table.
 */
export type AuthSettings = Config['auth'];

export interface AccessTokenClaims {
  accountId: number;
  tokenVersion: number;
}

export interface SignedAccessToken {
  token: string;
  expiresAt: Date;
}

const ALGORITHM = 'HS256';

/**
 * The secret as a KeyObject, made once per secret: given a string, jsonwebtoken first tries to
 * parse it as a PEM public key on every call, which was a sixth of the CPU of an API request.
 */
const keys = new Map<string, KeyObject>();
function keyOf(secret: string): KeyObject {
  let key = keys.get(secret);
  if (!key) {
    key = createSecretKey(Buffer.from(secret, 'utf8'));
    keys.set(secret, key);
  }
  return key;
}

export function signAccessToken(
  auth: AuthSettings,
  account: { id: number; tokenVersion: number },
  now: Date = new Date(),
): SignedAccessToken {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const token = jwt.sign({ ver: account.tokenVersion, iat: issuedAt }, keyOf(auth.secret), {
    algorithm: ALGORITHM,
    subject: String(account.id),
    expiresIn: auth.accessTokenTtlSeconds,
  });
  return { token, expiresAt: new Date((issuedAt + auth.accessTokenTtlSeconds) * 1000) };
}

/** The claims of a valid token; UNAUTHENTICATED for anything else, saying only expired or invalid. */
export function verifyAccessToken(auth: AuthSettings, token: string): AccessTokenClaims {
  let payload: string | jwt.JwtPayload;
  try {
    // Pinning the algorithm refuses `alg: none` and any attempt to switch to another key type.
    payload = jwt.verify(token, keyOf(auth.secret), { algorithms: [ALGORITHM] });
  } catch (error) {
    if (error instanceof jwt.TokenExpiredError) {
      throw new UnauthenticatedError('the access token has expired: sign in again');
    }
    throw new UnauthenticatedError('the access token is invalid: sign in again');
  }
  const sub = typeof payload === 'object' ? payload.sub : undefined;
  const ver = typeof payload === 'object' ? (payload as { ver?: unknown }).ver : undefined;
  const exp = typeof payload === 'object' ? payload.exp : undefined;
  const accountId = typeof sub === 'string' && /^\d{1,15}$/.test(sub) ? Number(sub) : NaN;
  // Every token this server signs expires; one without `exp` was not made here.
  const wellFormed = Number.isSafeInteger(accountId) && accountId > 0 && Number.isSafeInteger(ver);
  if (!wellFormed || typeof exp !== 'number') {
    throw new UnauthenticatedError('the access token is invalid: sign in again');
  }
  return { accountId, tokenVersion: ver as number };
}

/**
 * When the access token in an `Authorization` value expires (read, not verified: call it on a
 * token already checked); null for API tokens and anything else without an expiry.
 */
export function accessTokenExpiry(authorization: string): Date | null {
  const token = /^Bearer[ \t]+(\S+)/i.exec(authorization)?.[1];
  if (!token || isApiToken(token)) return null;
  const payload = jwt.decode(token);
  const exp = payload && typeof payload === 'object' ? payload.exp : undefined;
  return typeof exp === 'number' ? new Date(exp * 1000) : null;
}
