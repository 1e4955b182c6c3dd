import { topic } from '../../core/pubsub';

/** Why the sessions of an account (or of one of its API tokens) may have ended. */
export enum SessionsRevokedReason {
  PASSWORD_CHANGED = 'PASSWORD_CHANGED',
  DEACTIVATED = 'DEACTIVATED',
  API_TOKEN_REVOKED = 'API_TOKEN_REVOKED',
  /** A browser session signed out. */
  WEB_SESSION_ENDED = 'WEB_SESSION_ENDED',
}

/**
 * Published after the commit that ended them, so that every instance closes the sockets it holds
 * that are no longer signed in (4403), without waiting for their next check.
 */
export interface SessionsRevokedEvent {
  accountId: number;
  reason: SessionsRevokedReason;
  /** API_TOKEN_REVOKED: the token whose sockets end. */
  apiTokenId: number | null;
  /** PASSWORD_CHANGED: the account's token version now; access tokens of earlier versions end. */
  tokenVersion: number | null;
  /** WEB_SESSION_ENDED: the browser session whose sockets end (absent in events of older instances). */
  webSessionId?: number | null;
}

/** A socket's sign-in, as far as a revocation needs it. */
export interface RevocableSession {
  accountId: number | null;
  apiTokenId: number | null;
  tokenVersion: number | null;
  webSessionId: number | null;
}

/** Whether the event ends this session (the same verdict as `authenticate` would now give it). */
export function endsSession(event: SessionsRevokedEvent, session: RevocableSession): boolean {
  if (session.accountId !== event.accountId) return false;
  switch (event.reason) {
    case SessionsRevokedReason.DEACTIVATED:
      return true;
    case SessionsRevokedReason.API_TOKEN_REVOKED:
      return session.apiTokenId !== null && session.apiTokenId === event.apiTokenId;
    case SessionsRevokedReason.WEB_SESSION_ENDED:
      return session.webSessionId !== null && session.webSessionId === event.webSessionId;
    case SessionsRevokedReason.PASSWORD_CHANGED:
      // API tokens outlive a password change over HTTP too; access tokens signed before it do not.
      return (
        session.apiTokenId === null &&
        session.tokenVersion !== null &&
        event.tokenVersion !== null &&
        session.tokenVersion < event.tokenVersion
      );
    default:
      // A reason this instance does not know (a newer one published it mid-upgrade): end rather than keep.
      return true;
  }
}

export const SESSIONS_REVOKED = topic<SessionsRevokedEvent>('SESSIONS_REVOKED');
