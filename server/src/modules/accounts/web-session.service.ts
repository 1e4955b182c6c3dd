import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { IsNull, type DataSource } from 'typeorm';
import { UnauthenticatedError } from '../../core/actor';
import type { AuthSettings } from './access-token';
import { Account } from './account.entity';
import { WebSession } from './web-session.entity';

/** The cookie that carries a browser's session: HttpOnly, SameSite=Strict, path `/`. */
export const SESSION_COOKIE = 'uvp_session';
/** The header a cookie-signed request must carry, with the token given at sign-in. */
export const CSRF_HEADER = 'x-csrf-token';

const COOKIE_VALUE = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/;

/** A session as the browser holds it, with what the server may tell it. */
export interface OpenWebSession {
  session: WebSession;
  account: Account;
  /** `<id>.<secret>`: the cookie's value. */
  cookieValue: string;
  /** Sent back in X-CSRF-Token: a page of another site cannot read it, so cannot forge a request. */
  csrfToken: string;
  /** True when this request moved `expiresAt` on: the cookie is to be set again. */
  renewed: boolean;
}

/**
 * Browser sessions: started by a password sign-in, kept alive by use (idle timeout) up to a fixed
 * maximum, ended by signing out, a password change or a deactivation (the account's token version
 * moves on, or it is inactive). Usable without HTTP: the routes and the authentication call it.
 */
export class WebSessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly auth: AuthSettings,
  ) {}

  async start(account: Account, now = new Date()): Promise<OpenWebSession> {
    const secret = randomBytes(32).toString('base64url');
    const session = await this.dataSource.getRepository(WebSession).save(
      this.dataSource.getRepository(WebSession).create({
        accountId: account.id,
        secretHash: sha256(secret),
        tokenVersion: account.tokenVersion,
        createdAt: now,
        expiresAt: new Date(now.getTime() + this.auth.sessionIdleSeconds * 1000),
        endedAt: null,
      }),
    );
    const cookieValue = `${session.id}.${secret}`;
    return { session, account, cookieValue, csrfToken: this.csrfToken(cookieValue), renewed: true };
  }

  /**
   * The live session a cookie names, renewed when half its idle time has passed. UNAUTHENTICATED
   * for a cookie that names none: malformed, unknown, signed out, expired, or of an account whose
   * password changed or that was deactivated since.
   */
  async resume(cookieValue: string, now = new Date()): Promise<OpenWebSession> {
    const match = COOKIE_VALUE.exec(cookieValue);
    if (!match) throw new UnauthenticatedError(SIGNED_OUT);
    const session = await this.dataSource
      .getRepository(WebSession)
      .findOne({ where: { id: Number(match[1]) }, relations: { account: true } });
    const account = session?.account;
    if (
      !session ||
      !account ||
      !sameSecret(session.secretHash, match[2]!) ||
      session.endedAt !== null ||
      session.expiresAt.getTime() <= now.getTime() ||
      !account.active ||
      account.tokenVersion !== session.tokenVersion
    ) {
      throw new UnauthenticatedError(SIGNED_OUT);
    }
    const idleMs = this.auth.sessionIdleSeconds * 1000;
    const lastMs = session.createdAt.getTime() + this.auth.sessionMaxSeconds * 1000;
    const renewTo = new Date(Math.min(now.getTime() + idleMs, lastMs));
    // Renewed at most once per half idle period: most requests write nothing.
    const renewed = session.expiresAt.getTime() - now.getTime() < idleMs / 2 && renewTo > session.expiresAt;
    if (renewed) {
      await this.dataSource
        .getRepository(WebSession)
        .update({ id: session.id, endedAt: IsNull() }, { expiresAt: renewTo });
      session.expiresAt = renewTo;
    }
    delete session.account;
    return { session, account, cookieValue, csrfToken: this.csrfToken(cookieValue), renewed };
  }

  sessionOf(id: number): Promise<WebSession | null> {
    return Number.isSafeInteger(id)
      ? this.dataSource.getRepository(WebSession).findOneBy({ id })
      : Promise.resolve(null);
  }

  /** Signs the session out; true when it was live. Safe to call again. */
  async end(sessionId: number, now = new Date()): Promise<boolean> {
    const result = await this.dataSource
      .getRepository(WebSession)
      .update({ id: sessionId, endedAt: IsNull() }, { endedAt: now });
    return (result.affected ?? 0) > 0;
  }

  /** Whether a request's X-CSRF-Token is the one of this cookie. */
  acceptsCsrfToken(cookieValue: string, header: string | undefined): boolean {
    if (!header) return false;
    const expected = Buffer.from(this.csrfToken(cookieValue));
    const given = Buffer.from(header);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  // Derived from the cookie, so nothing more is stored, and useless without the cookie itself.
  private csrfToken(cookieValue: string): string {
    return createHmac('sha256', this.auth.secret).update(`csrf:${cookieValue}`).digest('base64url');
  }
}

const SIGNED_OUT = 'the session has ended: sign in again';

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function sameSecret(storedHash: string, secret: string): boolean {
  const a = Buffer.from(storedHash, 'hex');
  const b = Buffer.from(sha256(secret), 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
