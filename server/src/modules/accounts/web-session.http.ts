import type { IncomingMessage } from 'node:http';
import { parse as parseCookies, serialize as serializeCookie } from 'cookie';
import express, { Router, type Request, type Response } from 'express';
import { In, type DataSource } from 'typeorm';
import { Role, UnauthenticatedError, type Actor } from '../../core/actor';
import type { Config } from '../../core/config';
import { AppError, ErrorCode } from '../../core/errors';
import { sendCaughtError } from '../../core/http-errors';
import { clientAddress } from '../../core/http-guards';
import type { EventPublisher } from '../../core/pubsub';
import { Unit } from '../units/unit.entity';
import { SESSIONS_REVOKED, SessionsRevokedReason } from './account.events';
import { AccountService } from './account.service';
import { authenticate, authenticateWebSession, unitSubtree } from './authenticate';
import type { LoginThrottle } from '../../core/context';
import { LoginThrottledError } from './login-throttle';
import { CSRF_HEADER, SESSION_COOKIE, WebSessionService, type OpenWebSession } from './web-session.service';

/** A cookie-signed request whose X-CSRF-Token is not the session's; HTTP 403, nothing ran. */
export class CsrfTokenError extends AppError {
  constructor() {
    super(
      ErrorCode.CSRF_TOKEN_INVALID,
      `send the ${CSRF_HEADER} header given when this browser signed in (GET /session gives it again)`,
      { http: { status: 403 } },
    );
  }
}

export function sessionCookieOf(req: IncomingMessage): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  return parseCookies(header)[SESSION_COOKIE] || undefined;
}

/** The request names no other site as its origin (browsers send Origin on cross-site requests and every socket). */
export function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

/**
 * Who a plain HTTP request signs in: its bearer token if it sends one, else the session cookie.
 * `csrf`: the cookie counts only with the session's X-CSRF-Token (a missing one leaves the request
 * signed out; a wrong one is CSRF_TOKEN_INVALID). Downloads (GET) need none: SameSite=Strict keeps
 * other sites' links from carrying the cookie, and a GET changes nothing.
 */
export async function authenticateHttpRequest(
  dataSource: DataSource,
  auth: Config['auth'],
  req: Request,
  res: Response,
  options: { csrf: boolean },
): Promise<Actor | null> {
  if (req.headers.authorization !== undefined)
    return authenticate(dataSource, auth, req.headers.authorization);
  const cookieValue = sessionCookieOf(req);
  if (!cookieValue) return null;
  if (options.csrf) {
    const header = req.headers[CSRF_HEADER];
    if (header === undefined) return null;
    const sessions = new WebSessionService(dataSource, auth);
    if (typeof header !== 'string' || !sessions.acceptsCsrfToken(cookieValue, header))
      throw new CsrfTokenError();
  }
  const { signedIn, open } = await authenticateWebSession(dataSource, auth, cookieValue);
  if (open.renewed) setSessionCookie(req, res, open);
  return signedIn.actor;
}

function setSessionCookie(req: Request, res: Response, open: OpenWebSession): void {
  const maxAge = Math.max(0, Math.floor((open.session.expiresAt.getTime() - Date.now()) / 1000));
  res.append('Set-Cookie', serializeCookie(SESSION_COOKIE, open.cookieValue, cookieOptions(req, maxAge)));
}

function clearSessionCookie(req: Request, res: Response): void {
  res.append('Set-Cookie', serializeCookie(SESSION_COOKIE, '', cookieOptions(req, 0)));
}

function cookieOptions(req: Request, maxAge: number) {
  // Secure when the browser reached us over HTTPS (req.secure honours TRUST_PROXY's X-Forwarded-Proto).
  return { httpOnly: true, sameSite: 'strict' as const, path: '/', secure: req.secure, maxAge };
}

/**
 * The browser's sign-in (the console):
 * - POST /session `{ username, password }` → 200 `{ account, expiresAt, csrfToken }` and the cookie;
 * - GET /session → the same for the session the cookie names (renewing it), else 401;
 * - DELETE /session (with X-CSRF-Token) → 204: signed out here, and its sockets closed everywhere.
 * Errors in GraphQL's shape, with `extensions.field` where a field is at fault.
 */
export function webSessionRouter(
  dataSource: DataSource,
  auth: Config['auth'],
  events: EventPublisher,
  throttle: LoginThrottle | undefined,
): Router {
  const router = Router();
  const sessions = new WebSessionService(dataSource, auth);

  router.post('/session', express.json({ limit: '10kb' }), async (req, res) => {
    const { username, password } = (req.body ?? {}) as { username?: unknown; password?: unknown };
    if (typeof username !== 'string' || username.trim() === '') {
      sendFieldError(res, 400, ErrorCode.BAD_USER_INPUT, 'enter the username', 'username');
      return;
    }
    if (typeof password !== 'string' || password === '') {
      sendFieldError(res, 400, ErrorCode.BAD_USER_INPUT, 'enter the password', 'password');
      return;
    }
    try {
      const throttling = throttle && { throttle, address: clientAddress(req) };
      const account = await new AccountService(dataSource, null).checkPassword(
        username,
        password,
        throttling,
      );
      const open = await sessions.start(account);
      setSessionCookie(req, res, open);
      res.setHeader('Cache-Control', 'no-store');
      res.json(await sessionBody(dataSource, open));
    } catch (error) {
      if (error instanceof LoginThrottledError) {
        res.setHeader('Retry-After', String(error.retryAfterSeconds));
        sendFieldError(res, 429, error.code, error.message, undefined, {
          retryAfterSeconds: error.retryAfterSeconds,
        });
      } else if (error instanceof UnauthenticatedError) {
        // Which of the two was wrong is not told; the message goes beside the password.
        sendFieldError(res, 401, error.code, error.message, 'password');
      } else {
        sendCaughtError(res, error);
      }
    }
  });

  router.get('/session', async (req, res) => {
    const cookieValue = sessionCookieOf(req);
    res.setHeader('Cache-Control', 'no-store');
    if (!cookieValue) {
      sendFieldError(res, 401, ErrorCode.UNAUTHENTICATED, 'not signed in');
      return;
    }
    try {
      const { open } = await authenticateWebSession(dataSource, auth, cookieValue);
      if (open.renewed) setSessionCookie(req, res, open);
      res.json(await sessionBody(dataSource, open));
    } catch (error) {
      if (error instanceof UnauthenticatedError) {
        clearSessionCookie(req, res);
        sendFieldError(res, 401, error.code, error.message);
      } else {
        sendCaughtError(res, error);
      }
    }
  });

  router.delete('/session', async (req, res) => {
    const cookieValue = sessionCookieOf(req);
    try {
      if (cookieValue) {
        const header = req.headers[CSRF_HEADER];
        if (typeof header !== 'string' || !sessions.acceptsCsrfToken(cookieValue, header)) {
          throw new CsrfTokenError();
        }
        const sessionId = Number(cookieValue.split('.')[0]);
        const session = await sessions.sessionOf(sessionId);
        if (session && (await sessions.end(sessionId))) {
          events.publish(SESSIONS_REVOKED, {
            accountId: session.accountId,
            reason: SessionsRevokedReason.WEB_SESSION_ENDED,
            apiTokenId: null,
            tokenVersion: null,
            webSessionId: sessionId,
          });
        }
      }
      clearSessionCookie(req, res);
      res.status(204).end();
    } catch (error) {
      if (error instanceof CsrfTokenError) sendFieldError(res, 403, error.code, error.message);
      else sendCaughtError(res, error);
    }
  });

  return router;
}

async function sessionBody(dataSource: DataSource, open: OpenWebSession) {
  const { account } = open;
  const unit =
    account.unitId === null
      ? null
      : await dataSource
          .getRepository(Unit)
          .findOne({ select: { id: true, name: true }, where: { id: account.unitId } });
  return {
    account: {
      id: String(account.id),
      username: account.username,
      displayName: account.displayName,
      role: account.role,
      unitId: account.unitId === null ? null : String(account.unitId),
      unitName: unit?.name ?? null,
      units: await coordinatedUnits(dataSource, account),
    },
    expiresAt: open.session.expiresAt.toISOString(),
    csrfToken: open.csrfToken,
  };
}

/**
 * The units a coordinator acts for — their own, then the units under it by name — so the console
 * can offer a choice when there is more than one. The same subtree the API's scope uses.
 */
async function coordinatedUnits(
  dataSource: DataSource,
  account: OpenWebSession['account'],
): Promise<{ id: string; name: string }[]> {
  if (account.role !== Role.UNIT_COORDINATOR || account.unitId === null) return [];
  const ids = await unitSubtree(dataSource, account.unitId);
  const units = await dataSource
    .getRepository(Unit)
    .find({ select: { id: true, name: true, code: true }, where: { id: In(ids) } });
  const own = account.unitId;
  units.sort((a, b) => (a.id === own ? -1 : b.id === own ? 1 : a.name.localeCompare(b.name, 'zh-CN')));
  return units.map((u) => ({ id: String(u.id), name: u.name }));
}

function sendFieldError(
  res: Response,
  status: number,
  code: string,
  message: string,
  field?: string,
  more: Record<string, unknown> = {},
): void {
  res
    .status(status)
    .json({ errors: [{ message, extensions: { code, ...(field ? { field } : {}), ...more } }] });
}
