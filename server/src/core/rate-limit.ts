import { HeaderMap } from '@apollo/server';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import type { Actor } from './actor';
import { AppError, ErrorCode } from './errors';
import { connectSideStore } from './redis-logging';

/** Window of the per-account budget: `rateLimitPerMinute` points per 60 s. */
export const RATE_LIMIT_WINDOW_SECONDS = 60;
/**
 * Key prefix in Redis (and in memory) when none is given: `rl:graphql:account:12`. The server
 * passes `<REDIS_PREFIX>rl:graphql`, so deployments sharing one Redis keep their own counts.
 */
export const DEFAULT_RATE_LIMIT_KEY_PREFIX = 'rl:graphql';

/** HTTP 429 with `Retry-After`, answered as a GraphQL error body. */
export class RateLimitedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super(
      ErrorCode.RATE_LIMITED,
      `Too many requests: try again in ${retryAfterSeconds} s. ` +
        'Batch reads into fewer queries, or slow down your polling.',
      {
        retryAfterSeconds,
        // Apollo turns this into the response's status and headers (formatError keeps it out of the body).
        http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
      },
    );
  }
}

/** Who a request counts against: the signed-in account, or else the client address. */
export function rateLimitKey(
  actor: Pick<Actor, 'accountId'> | null | undefined,
  address: string | undefined,
): string {
  if (actor?.accountId != null) return `account:${actor.accountId}`;
  return `ip:${address || 'unknown'}`;
}

export interface RequestRateLimiter {
  readonly store: 'memory' | 'redis';
  /** Counts one request against `key`; throws RateLimitedError when the budget is spent. */
  consume(key: string): Promise<void>;
  close(): Promise<void>;
}

export interface RateLimiterOptions {
  pointsPerMinute: number;
  /** Share the budget across instances through this Redis; in memory (per process) when null. */
  redisUrl: string | null;
  keyPrefix?: string;
  log?: (message: string) => void;
}

/**
 * The per-account limiter: rate-limiter-flexible's in-memory limiter, or its Redis limiter when
 * REDIS_URL is set so all instances share one budget per key.
 *
 * Redis failing must not take the API down, so the Redis limiter fails open: a refused,
 * lost or slow (>500 ms) Redis lets the request through, logged once per outage. The client is
 * connected before serving (lazyConnect + connect(), STACK.md pitfall 15); if Redis is down at
 * start the server starts anyway and ioredis keeps reconnecting in the background.
 */
export async function createRateLimiter(options: RateLimiterOptions): Promise<RequestRateLimiter> {
  const log = options.log ?? ((message: string) => console.warn(message));
  const base = {
    points: options.pointsPerMinute,
    duration: RATE_LIMIT_WINDOW_SECONDS,
    keyPrefix: options.keyPrefix ?? DEFAULT_RATE_LIMIT_KEY_PREFIX,
  };
  if (!options.redisUrl) {
    const limiter = new RateLimiterMemory(base);
    return { store: 'memory', consume: (key) => consumeOrThrow(limiter, key), close: async () => undefined };
  }

  const store = await connectSideStore(options.redisUrl, log, {
    subject: 'rate limits',
    whileDown: 'requests are not rate limited until it is back',
    whenBack: 'requests are rate limited again',
  });
  const limiter = new RateLimiterRedis({ ...base, storeClient: store.client, rejectIfRedisNotReady: true });
  return {
    store: 'redis',
    async consume(key) {
      let limited: RateLimitedError | null = null;
      try {
        await consumeOrThrow(limiter, key);
      } catch (error) {
        if (!(error instanceof RateLimitedError)) {
          store.down(error);
          return; // fail open
        }
        limited = error;
      }
      store.back();
      if (limited) throw limited;
    },
    close: () => store.close(),
  };
}

async function consumeOrThrow(limiter: RateLimiterAbstract, key: string): Promise<void> {
  try {
    await limiter.consume(key, 1);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      throw new RateLimitedError(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
    }
    throw rejection; // the store failed
  }
}

/**
 * Wraps Apollo's context function so each HTTP GraphQL request counts once, against the actor
 * the context function resolved (or the client address). A request whose context fails
 * (e.g. a bad token) still counts against its address, so guessing tokens is limited too.
 * The thrown RateLimitedError becomes a 429 response with Retry-After (Apollo reads its `http`).
 */
export function withRateLimit<
  Args extends { req: { ip?: string | undefined; socket?: { remoteAddress?: string | undefined } } },
  Ctx extends { actor?: Pick<Actor, 'accountId'> | null },
>(limiter: RequestRateLimiter, contextFunction: (args: Args) => Promise<Ctx>): (args: Args) => Promise<Ctx> {
  return async (args) => {
    const address = args.req.ip ?? args.req.socket?.remoteAddress;
    let context: Ctx;
    try {
      context = await contextFunction(args);
    } catch (error) {
      await limiter.consume(rateLimitKey(null, address));
      throw error;
    }
    await limiter.consume(rateLimitKey(context.actor, address));
    return context;
  };
}
