import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { UnauthenticatedError, type Actor } from './actor';
import type { Config } from './config';
import { RequestLoaders } from './loaders';
import type { EventBus } from './pubsub';

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
): Context {
  return {
    dataSource,
    loaders: new RequestLoaders(dataSource),
    actor,
    requestId: randomUUID(),
    auth,
    events,
  };
}

/** The signed-in actor, or UNAUTHENTICATED. */
export function actorOf(context: Context): Actor {
  if (!context.actor) throw new UnauthenticatedError();
  return context.actor;
}
