import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub, type PubSub } from '@graphql-yoga/subscription';
import { setMaxListeners } from 'node:events';
import Redis from 'ioredis';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { describeError, redactedUrl } from './redis-logging';

/**
 * Events for subscriptions: typed topics, an event bus in memory (one process) or through Redis
 * (every instance behind a load balancer), and publish-after-commit.
 *
 * Rules every publisher follows:
 * - events are collected while a transaction runs and published only once it has committed
 *   (`transactionWithEvents`), so a rolled-back write publishes nothing;
 * - publishing never throws and never waits for Redis: a committed write must not fail because
 *   Redis is down. Failures are logged once per outage and counted for /readyz;
 * - payloads are JSON (as they are through Redis, STACK.md pitfall 17), in memory too, so both
 *   buses deliver the same thing; `reviveEntity` turns a row back into its entity class.
 */

/** A topic and the type of its payload (JSON: dates travel as ISO strings). */
export interface Topic<Payload> {
  readonly name: string;
  /** Type-only: never set. */
  readonly payload?: Payload;
}

export function topic<Payload>(name: string): Topic<Payload> {
  return Object.freeze({ name });
}

/** An entity row as it travels in an event: plain JSON, dates as ISO strings. */
export type EntityJson = Record<string, unknown>;

export function toJson(value: object): EntityJson {
  return JSON.parse(JSON.stringify(value)) as EntityJson;
}

/** The entity class instance of a row received as JSON, its datetime columns as Dates again. */
export function reviveEntity<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T> & (new () => T),
  json: EntityJson,
): T {
  const revived = Object.assign(new entity(), json) as Record<string, unknown>;
  for (const column of dataSource.getMetadata(entity).columns) {
    const value = revived[column.propertyName];
    const isInstant = column.type === 'datetime' || column.type === 'timestamp' || column.type === Date;
    if (isInstant && typeof value === 'string') revived[column.propertyName] = new Date(value);
  }
  return revived as T;
}

/** Where services put the events of a transaction until it commits. */
export class AfterCommit {
  private readonly queued: { topic: Topic<unknown>; payload: unknown }[] = [];

  add<Payload>(topic: Topic<Payload>, payload: Payload): void {
    this.queued.push({ topic: topic as Topic<unknown>, payload });
  }

  get events(): readonly { topic: Topic<unknown>; payload: unknown }[] {
    return this.queued;
  }
}

/** What services see of the bus: publish, which never throws. */
export interface EventPublisher {
  publish<Payload>(topic: Topic<Payload>, payload: Payload): void;
}

/**
 * Runs `work` in one transaction and publishes the events it queued once the transaction has
 * committed; a transaction that rolls back (throws) publishes nothing. `work` must not publish
 * itself, nor await anything but SQL (SQLite has one connection).
 */
export async function transactionWithEvents<T>(
  dataSource: DataSource,
  events: EventPublisher | undefined,
  work: (manager: EntityManager, afterCommit: AfterCommit) => Promise<T>,
): Promise<T> {
  const afterCommit = new AfterCommit();
  const result = await dataSource.transaction((manager) => work(manager, afterCommit));
  publishAll(events, afterCommit);
  return result;
}

/** Publishes what was queued; for callers that run their own transaction. */
export function publishAll(events: EventPublisher | undefined, afterCommit: AfterCommit): void {
  if (!events) return;
  for (const event of afterCommit.events) events.publish(event.topic, event.payload);
}

export interface EventBusHealth {
  transport: 'memory' | 'redis';
  /** Redis reachable by both the publishing and the subscribing connection; null in memory. */
  redis: 'up' | 'down' | null;
  published: number;
  publishFailures: number;
  lastFailureAt: string | null;
  lastFailure: string | null;
}

export interface EventBus extends EventPublisher {
  /** Every event of the topic published from now on, by any instance sharing the bus. */
  subscribe<Payload>(topic: Topic<Payload>): AsyncIterable<Payload> & AsyncIterator<Payload>;
  /** Subscriptions of this process listening on the topic now (tests wait on it: graphql-ws acknowledges no subscribe). */
  listeners(topic: Topic<unknown>): number;
  health(): EventBusHealth;
  close(): Promise<void>;
}

export interface EventBusOptions {
  /** Through this Redis when set, else in memory. */
  redisUrl: string | null;
  /**
   * Prefix of every Redis channel. Channels are global to a Redis server (not per database
   * index), so deployments, and test runs, sharing one Redis each need their own.
   */
  channelPrefix?: string;
  log?: (message: string) => void;
}

export const DEFAULT_CHANNEL_PREFIX = 'uvp:events:';
const REDIS_COMMAND_TIMEOUT_MS = 1000;

type Listener = (event: Event) => void;
type ListenerTarget = {
  addEventListener(type: string, listener: Listener | { handleEvent: Listener } | null): void;
  removeEventListener(type: string, listener: Listener | { handleEvent: Listener } | null): void;
  dispatchEvent(event: Event): boolean;
};

/**
 * Wraps the pub/sub's event target: counts listeners per channel, and keeps one subscriber's
 * failure (e.g. a client so slow its queue overflows) from reaching the publisher or the others.
 */
function guardedTarget(inner: ListenerTarget, log: (message: string) => void) {
  const counts = new Map<string, number>();
  const wrapped = new Map<unknown, Listener>();
  const target: ListenerTarget = {
    addEventListener(type, listener) {
      if (!listener) return;
      const call = typeof listener === 'function' ? listener : listener.handleEvent;
      const guarded: Listener = (event) => {
        try {
          call(event);
        } catch (error) {
          log(`events: a subscriber of ${type} lost an event: ${describeError(error)}`);
        }
      };
      wrapped.set(listener, guarded);
      counts.set(type, (counts.get(type) ?? 0) + 1);
      inner.addEventListener(type, guarded);
    },
    removeEventListener(type, listener) {
      const guarded = wrapped.get(listener);
      if (!guarded) return;
      wrapped.delete(listener);
      counts.set(type, (counts.get(type) ?? 1) - 1);
      inner.removeEventListener(type, guarded);
    },
    dispatchEvent: (event) => inner.dispatchEvent(event),
  };
  return { target, listeners: (type: string) => counts.get(type) ?? 0 };
}

/**
 * The event bus of one server. In memory, events reach this process's subscribers only. With
 * Redis (@graphql-yoga/redis-event-target over ioredis), every instance publishes to and
 * listens on the same channels, so each subscriber gets every event whichever instance wrote it.
 *
 * Redis may be down at start or at any time: the server still starts and every write still
 * commits; events published meanwhile are lost (delivery is at most once, as with any Redis
 * pub/sub), ioredis reconnects in the background, resubscribes, and delivery resumes.
 */
export async function createEventBus(options: EventBusOptions): Promise<EventBus> {
  const log = options.log ?? ((message: string) => console.warn(message));
  const prefix = options.channelPrefix ?? DEFAULT_CHANNEL_PREFIX;
  const stats = {
    published: 0,
    publishFailures: 0,
    lastFailureAt: null as string | null,
    lastFailure: null as string | null,
  };
  const failed = (error: unknown) => {
    stats.publishFailures += 1;
    stats.lastFailureAt = new Date().toISOString();
    stats.lastFailure = describeError(error);
  };

  if (!options.redisUrl) {
    const eventTarget = new EventTarget();
    // One listener per subscription: thousands are expected, not a leak.
    setMaxListeners(0, eventTarget);
    const { target, listeners } = guardedTarget(eventTarget as ListenerTarget, log);
    const pubSub = createPubSub({ eventTarget: target as never });
    return {
      publish(topic, payload) {
        try {
          // The same JSON round trip as through Redis, so subscribers never see entity instances.
          pubSub.publish(prefix + topic.name, JSON.parse(JSON.stringify(payload)));
          stats.published += 1;
        } catch (error) {
          failed(error);
          log(`events: could not publish ${topic.name}: ${describeError(error)}`);
        }
      },
      subscribe: (topic) => pubSub.subscribe(prefix + topic.name) as never,
      listeners: (topic) => listeners(prefix + topic.name),
      health: () => ({ transport: 'memory', redis: null, ...stats }),
      close: async () => undefined,
    };
  }

  const where = redactedUrl(options.redisUrl);
  const common = {
    lazyConnect: true,
    connectTimeout: 2000,
    // ioredis arms this timer on disconnect even for a closed socket, holding the process (default 2 s).
    disconnectTimeout: 200,
  };
  // Publishing fails at once while disconnected (no offline queue): a write never waits for Redis.
  const publisher = new Redis(options.redisUrl, {
    ...common,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
  });
  // The subscribing connection queues SUBSCRIBE while disconnected and resubscribes on reconnect.
  const subscriber = new Redis(options.redisUrl, {
    ...common,
    maxRetriesPerRequest: null,
    autoResubscribe: true,
  });

  let outage = false;
  const reportOutage = (error: unknown) => {
    if (outage) return;
    outage = true;
    log(
      `events: Redis at ${where} is unavailable (${describeError(error)}); writes go on, ` +
        'but their events reach no subscriber until it is back',
    );
  };
  const reportRecovery = () => {
    if (!outage || publisher.status !== 'ready' || subscriber.status !== 'ready') return;
    outage = false;
    log(`events: Redis at ${where} is back; events are delivered again`);
  };
  for (const client of [publisher, subscriber]) {
    // ioredis emits an error per failed reconnect; without a listener it prints each one.
    client.on('error', reportOutage);
    client.on('ready', reportRecovery);
  }
  // Connected before serving: SUBSCRIBE sent between connect and ready breaks ioredis's ready
  // check (STACK.md pitfall 15). If Redis is down now, ioredis keeps trying in the background.
  await Promise.all(
    [publisher, subscriber].map((client) => client.connect().catch((error: unknown) => reportOutage(error))),
  );

  const safePublish = (channel: string, message: string): Promise<number> =>
    publisher.publish(channel, message).then(
      (receivers) => {
        stats.published += 1;
        reportRecovery();
        return receivers;
      },
      (error: unknown) => {
        failed(error);
        reportOutage(error);
        return 0;
      },
    );
  // The library's event target sends these without handling a rejection; these wrappers never reject.
  const eventTarget = createRedisEventTarget({
    publishClient: { publish: safePublish } as unknown as Redis,
    subscribeClient: {
      on: (event: string, listener: (...args: any[]) => void) => subscriber.on(event, listener),
      subscribe: (channel: string) => subscriber.subscribe(channel).catch(reportOutage),
      unsubscribe: (channel: string) => subscriber.unsubscribe(channel).catch(() => undefined),
    } as unknown as Redis,
  });
  const { target, listeners } = guardedTarget(eventTarget as unknown as ListenerTarget, log);
  const pubSub: PubSub<Record<string, [unknown]>> = createPubSub({ eventTarget: target as never });

  return {
    publish(topic, payload) {
      try {
        pubSub.publish(prefix + topic.name, payload);
      } catch (error) {
        failed(error); // serialisation; never reached for JSON payloads
      }
    },
    subscribe: (topic) => pubSub.subscribe(prefix + topic.name) as never,
    listeners: (topic) => listeners(prefix + topic.name),
    health: () => ({
      transport: 'redis',
      redis: publisher.status === 'ready' && subscriber.status === 'ready' ? 'up' : 'down',
      ...stats,
    }),
    async close() {
      await Promise.all(
        [publisher, subscriber].map(async (client) => {
          if (client.status === 'ready') await client.quit().catch(() => client.disconnect());
          else client.disconnect();
        }),
      );
    },
  };
}
