import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { UnauthenticatedError, type Actor } from './actor';
import type { Config } from './config';
import type { HeavyWork } from './heavy-work';
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
  /** Slots and threads for planning and team formation; absent outside the server (work runs inline). */
  heavyWork?: HeavyWork;
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
