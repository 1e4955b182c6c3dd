import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { UnauthenticatedError, type Actor } from './actor';
import type { Config } from './config';
import type { HeavyWork } from './heavy-work';
import { RequestLoaders } from './loaders';
import type { EventBus } from './pubsub';

export interface LoginAttempt {
  /** Trimmed and lower-cased, as `login` reads it. */
  username: string;
  address: string | null | undefined;
}

/** Limits failed sign-ins over time (implemented by modules/accounts/login-throttle.ts). */
export interface LoginThrottle {
  /** Throws LOGIN_THROTTLED while the username (for this address) or the address is locked. */
  check(attempt: LoginAttempt): Promise<void>;
  /** Counts a failure; the one that reaches a limit starts a lock and records it in the audit trail. */
  failed(attempt: LoginAttempt): Promise<void>;
  /** Clears the username's failures and remembers the address as known to it. */
  succeeded(attempt: LoginAttempt): Promise<void>;
}

/** What every resolver receives. Built fresh for each request (and each subscription). */
export interface Context {
  dataSource: DataSource;
  loaders: RequestLoaders;
  /** Null for a request without a token: only signing in and public code lists answer it. */
  actor: Actor | null;
  requestId: string;
  /** Token settings, for resolvers that sign tokens (login); absent outside the HTTP server. */
  auth?: Config['auth'];
  /** The server's event bus: writes publish to it after commit, subscriptions listen; absent outside the server. */
  events?: EventBus;
  /** The client's address (behind TRUST_PROXY hops); absent outside the HTTP server. */
  clientAddress?: string;
  /** Limits failed sign-ins over time; absent outside the HTTP server (CLI, tests' direct calls). */
  loginThrottle?: LoginThrottle;
  /** Slots and threads for planning and team formation; absent outside the server (work runs inline). */
  heavyWork?: HeavyWork;
  /** A subscription's socket sign-in, checked again before each event; absent over HTTP. */
  session?: SubscriberSession;
}

/** What a subscription asks of its socket before it delivers an event. */
export interface SubscriberSession {
  /**
   * False once the socket's token or account no longer signs it in, or its access changed (the
   * socket is then closed with 4403). Checked against the database at most every few seconds.
   */
  stillSignedIn(): Promise<boolean>;
}

export function createContext(
  dataSource: DataSource,
  actor: Actor | null = null,
  auth?: Config['auth'],
  events?: EventBus,
  heavyWork?: HeavyWork,
): Context {
  return {
    dataSource,
    loaders: new RequestLoaders(dataSource),
    actor,
    requestId: randomUUID(),
    auth,
    events,
    heavyWork,
  };
}

/** The signed-in actor, or UNAUTHENTICATED. */
export function actorOf(context: Context): Actor {
  if (!context.actor) throw new UnauthenticatedError();
  return context.actor;
}
