import type { DataSource } from 'typeorm';
import type WebSocket from 'ws';
import { CloseCode } from 'graphql-ws';
import { UnauthenticatedError, type Actor } from './core/actor';
import type { Config } from './core/config';
import type { SubscriberSession } from './core/context';
import { ErrorCode } from './core/errors';
import type { EventBus } from './core/pubsub';
import { describeError } from './core/redis-logging';
import {
  endsSession,
  SESSIONS_REVOKED,
  type RevocableSession,
  type SessionsRevokedEvent,
} from './modules/accounts/account.events';
import {
  authenticateSession,
  authenticateWebSession,
  type SignedInSession,
} from './modules/accounts/authenticate';

/** What a socket signed in with: a token in connectionParams, or the browser's session cookie. */
export type SocketCredential =
  { kind: 'bearer'; authorization: string } | { kind: 'web-session'; cookieValue: string };

function credentialKey(credential: SocketCredential): string {
  return credential.kind === 'bearer'
    ? `bearer ${credential.authorization}`
    : `session ${credential.cookieValue}`;
}

async function authenticateCredential(
  settings: SessionSettings,
  credential: SocketCredential,
): Promise<SignedInSession | null> {
  if (credential.kind === 'bearer') {
    return authenticateSession(settings.dataSource, settings.auth, credential.authorization);
  }
  return (await authenticateWebSession(settings.dataSource, settings.auth, credential.cookieValue)).signedIn;
}

/** Close code for an account over MAX_SOCKETS_PER_ACCOUNT; graphql-ws clients do not retry it. */
export const TOO_MANY_SOCKETS_CLOSE_CODE = CloseCode.TooManyInitialisationRequests;

export interface SessionSettings {
  dataSource: DataSource;
  auth: Config['auth'];
  limits: Config['subscriptions'];
  log: (message: string) => void;
}

/**
 * One signed-in graphql-ws socket. Its sign-in is trusted for `recheckSeconds`, then checked
 * again (the same `authenticate` as HTTP) before the next event or subscription: a revoked token,
 * a deactivated account or any change of what the account may read closes the socket with 4403.
 * A revocation heard on the event bus closes it at once; the check catches one whose message was
 * lost (Redis down, an instance that started late).
 */
export class SocketSession implements SubscriberSession, RevocableSession {
  readonly actor: Actor;
  readonly accountId: number | null;
  readonly apiTokenId: number | null;
  readonly tokenVersion: number | null;
  readonly webSessionId: number | null;
  private checkedAt = Date.now();
  private checking: Promise<boolean> | null = null;
  private ended = false;

  constructor(
    private readonly registry: SessionRegistry,
    private readonly socket: WebSocket,
    private readonly credential: SocketCredential,
    signedIn: SignedInSession,
  ) {
    this.actor = signedIn.actor;
    this.accountId = signedIn.actor.accountId;
    this.apiTokenId = signedIn.apiTokenId;
    this.tokenVersion = signedIn.tokenVersion;
    this.webSessionId = signedIn.webSessionId;
  }

  async stillSignedIn(): Promise<boolean> {
    if (this.ended) return false;
    if (Date.now() - this.checkedAt < this.registry.settings.limits.recheckSeconds * 1000) return true;
    this.checking ??= this.check().finally(() => (this.checking = null));
    return this.checking;
  }

  /** Closes the socket with 4403 (the client signs in again); safe to call more than once. */
  end(reason: string): void {
    if (this.ended) return;
    this.ended = true;
    this.registry.remove(this);
    this.socket.close(CloseCode.Forbidden, reason);
  }

  /** Forgets the socket once it has closed for any reason. */
  closed(): void {
    this.ended = true;
    this.registry.remove(this);
  }

  private async check(): Promise<boolean> {
    let fresh: SignedInSession | null;
    const shared = this.registry.checkToken(this.credential);
    try {
      fresh = await shared.result;
    } catch (error) {
      if (!(error instanceof UnauthenticatedError)) throw error; // e.g. the database is unreachable
      this.end('signed out: the token or account is no longer valid');
      return false;
    }
    if (!fresh || !sameAccess(this.actor, fresh.actor)) {
      // The subscriptions were checked, and their filters built, for the old access.
      this.end('your access has changed: connect again');
      return false;
    }
    // As old as the read it rests on, which other sockets of the token may have started earlier.
    this.checkedAt = shared.startedAt;
    return !this.ended;
  }
}

/** A sign-in check that the sockets of one token share while it is fresh. */
interface TokenCheck {
  startedAt: number;
  result: Promise<SignedInSession | null>;
}

/** The signed-in sockets of this instance, by account, and the per-account cap. */
export class SessionRegistry {
  private readonly byAccount = new Map<number, Set<SocketSession>>();
  private listening: AsyncIterator<SessionsRevokedEvent> | null = null;
  private readonly tokenChecks = new Map<string, TokenCheck>();

  constructor(readonly settings: SessionSettings) {}

  /**
   * `authenticateSession` for a socket's re-check, one read per token per recheck window: a
   * thousand sockets of one token, due together at the next event, would otherwise read the
   * account a thousand times in one burst. A socket that takes a shared result counts as checked
   * when that read started, so no socket is trusted longer than `recheckSeconds` after its data was read.
   */
  checkToken(credential: SocketCredential): TokenCheck {
    const window = this.settings.limits.recheckSeconds * 1000;
    const key = credentialKey(credential);
    const recent = this.tokenChecks.get(key);
    if (recent && Date.now() - recent.startedAt < window) return recent;
    const check: TokenCheck = {
      startedAt: Date.now(),
      result: authenticateCredential(this.settings, credential),
    };
    this.tokenChecks.set(key, check);
    const forget = () => {
      if (this.tokenChecks.get(key) === check) this.tokenChecks.delete(key);
    };
    check.result.then(
      () => setTimeout(forget, window).unref(),
      // A failure other than a bad token (the database away) is not kept: the next socket asks again.
      (error) => (error instanceof UnauthenticatedError ? setTimeout(forget, window).unref() : forget()),
    );
    return check;
  }

  /**
   * Signs a socket in: null when the token signs no one in (UNAUTHENTICATED is thrown for a bad one),
   * TOO_MANY_SOCKETS when the account already holds its share of this instance's sockets.
   */
  async signIn(
    socket: WebSocket,
    credential: SocketCredential,
  ): Promise<SocketSession | ErrorCode.TOO_MANY_SOCKETS> {
    const signedIn = await authenticateCredential(this.settings, credential);
    if (!signedIn) throw new UnauthenticatedError();
    const session = new SocketSession(this, socket, credential, signedIn);
    if (session.accountId === null) return session;
    // Counted and added with no await in between, so simultaneous sign-ins cannot overshoot.
    const sessions = this.byAccount.get(session.accountId) ?? new Set<SocketSession>();
    if (sessions.size >= this.settings.limits.maxSocketsPerAccount) return ErrorCode.TOO_MANY_SOCKETS;
    sessions.add(session);
    this.byAccount.set(session.accountId, sessions);
    return session;
  }

  remove(session: SocketSession): void {
    if (session.accountId === null) return;
    const sessions = this.byAccount.get(session.accountId);
    if (!sessions) return;
    sessions.delete(session);
    if (sessions.size === 0) this.byAccount.delete(session.accountId);
  }

  /** Closes this instance's sockets that a revocation published by any instance ends. */
  revoke(event: SessionsRevokedEvent): number {
    let ended = 0;
    for (const session of [...(this.byAccount.get(event.accountId) ?? [])]) {
      if (!endsSession(event, session)) continue;
      session.end(`signed out: ${event.reason.toLowerCase().replace(/_/g, ' ')}`);
      ended += 1;
    }
    return ended;
  }

  /** Hears revocations on the event bus (every instance sharing it) until `stop`. */
  listen(events: EventBus): void {
    const revocations = events.subscribe(SESSIONS_REVOKED);
    this.listening = revocations;
    void (async () => {
      try {
        for await (const event of revocations) this.revoke(event);
      } catch (error) {
        this.settings.log(`subscriptions: stopped hearing session revocations: ${describeError(error)}`);
      }
    })();
  }

  async stop(): Promise<void> {
    await this.listening?.return?.();
    this.listening = null;
  }
}

/** The same role, links and scope: anything else and the socket's checks no longer hold. */
export function sameAccess(before: Actor, after: Actor): boolean {
  return (
    before.accountId === after.accountId &&
    before.role === after.role &&
    before.volunteerId === after.volunteerId &&
    before.siteId === after.siteId &&
    sameSet(before.unitIds, after.unitIds) &&
    sameSet(before.ledTeamIds, after.ledTeamIds) &&
    sameSet(before.ledMemberIds, after.ledMemberIds)
  );
}

function sameSet(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  if (a.size !== b.size) return false;
  for (const value of a) if (!b.has(value)) return false;
  return true;
}
