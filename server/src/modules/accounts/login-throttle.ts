import { createHash } from 'node:crypto';
import { isIPv6 } from 'node:net';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { HeaderMap } from '@apollo/server';
import { SYSTEM_ACTOR, type Actor } from '../../core/actor';
import { AuditAction, recordAudit } from '../../core/audit';
import type { Config } from '../../core/config';
import type { LoginThrottle } from '../../core/context';
import { AppError, ErrorCode } from '../../core/errors';
import { connectSideStore, type SideStore } from '../../core/redis-logging';

/**
 * How long a successful sign-in keeps an address "known" to a username (exempt from its lock).
 * Under 24.8 days: the in-memory store expires keys with setTimeout, which fires at once beyond 2³¹ ms.
 */
const KNOWN_ADDRESS_SECONDS = 20 * 86_400;
const DEFAULT_KEY_PREFIX = 'login';

/** Who the lock events are recorded as: nobody is signed in while failing to sign in. */
const THROTTLE_ACTOR: Actor = Object.freeze({ ...SYSTEM_ACTOR, name: 'login throttle' });

/** Refused sign-in: HTTP 429 with Retry-After, whether or not the password would have matched. */
export class LoginThrottledError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super(ErrorCode.LOGIN_THROTTLED, `too many failed sign-ins: try again in ${retryAfterSeconds} s`, {
      retryAfterSeconds,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
    });
  }
}

/**
 * The key of a client address: IPv4 as is (also when IPv4-mapped), IPv6 by its /64, because one
 * client is routinely given a whole /64 and could otherwise take a fresh budget per address.
 */
export function addressKey(address: string | null | undefined): string {
  const value = (address ?? '').trim();
  if (!value) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(value);
  if (mapped) return mapped[1]!;
  if (!isIPv6(value)) return value;
  const [head = '', tail = ''] = value.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = value.includes('::')
    ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/** The throttle of the running server: the request context's LoginThrottle, plus its store. */
export interface ServerLoginThrottle extends LoginThrottle {
  readonly store: 'memory' | 'redis';
  close(): Promise<void>;
}

export interface LoginThrottleOptions {
  settings: Config['login'];
  /** Share counts across instances through this Redis; per process (in memory) when null. */
  redisUrl: string | null;
  dataSource: DataSource;
  keyPrefix?: string;
  log?: (message: string) => void;
}

/**
 * Failed sign-ins are limited twice over time:
 * - per username (any address): `maxFailuresPerUsername` failures within `lockSeconds` lock the
 *   username for `lockSeconds`, for every address that has not signed in to it successfully in the
 *   last 20 days. Many addresses guessing one password get that many tries per period, while the
 *   account's own user, signing in from where they usually do, is never locked out by them;
 * - per address (any username): `maxFailuresPerAddress` failures lock the address for `lockSeconds`,
 *   which bounds password spraying and bounds a guesser sitting at a known address too.
 * A lock ends by itself, so at worst a user at a new address waits `lockSeconds` after an attack stops.
 * A success clears its username's count (not the address's, or one valid account would reset a
 * sprayer's budget). Usernames that cannot exist are counted per address only; well-formed unknown
 * usernames are counted and locked exactly like real ones, so a lock tells nothing about existence.
 *
 * With REDIS_URL every instance shares the counts. If Redis fails, each instance falls back to its
 * own memory (never to no limit at all), logged once per outage.
 */
export async function createLoginThrottle(options: LoginThrottleOptions): Promise<ServerLoginThrottle> {
  const { settings, dataSource } = options;
  const log = options.log ?? ((message: string) => console.warn(message));
  const prefix = options.keyPrefix ?? DEFAULT_KEY_PREFIX;
  const scopes = {
    username: { points: settings.maxFailuresPerUsername, keyPrefix: `${prefix}:fail:user` },
    address: { points: settings.maxFailuresPerAddress, keyPrefix: `${prefix}:fail:addr` },
    known: { points: 1, keyPrefix: `${prefix}:known`, duration: KNOWN_ADDRESS_SECONDS },
  };
  const memory = (scope: { points: number; keyPrefix: string; duration?: number }) =>
    new RateLimiterMemory({ duration: settings.lockSeconds, ...scope });

  let store: SideStore | null = null;
  let make: (scope: { points: number; keyPrefix: string; duration?: number }) => RateLimiterAbstract = memory;
  if (options.redisUrl) {
    const side = await connectSideStore(options.redisUrl, log, {
      subject: 'login throttling',
      whileDown: 'failed sign-ins are counted per instance until it is back',
      whenBack: 'failed sign-ins are counted across instances again',
    });
    side.client.on('ready', () => side.back());
    store = side;
    make = (scope) =>
      new RateLimiterRedis({
        duration: settings.lockSeconds,
        ...scope,
        storeClient: side.client,
        rejectIfRedisNotReady: true,
        insuranceLimiter: memory(scope),
      });
  }
  const byUsername = make(scopes.username);
  const byAddress = make(scopes.address);
  const known = make(scopes.known);

  const userKey = (username: string) => (ACCOUNT_NAME.test(username) ? username : null);
  const knownKey = (username: string, address: string) =>
    createHash('sha256').update(`${username}\n${address}`).digest('hex').slice(0, 32);

  /** Seconds left of the key's lock, or 0. */
  async function lockedFor(limiter: RateLimiterAbstract, key: string, limit: number): Promise<number> {
    const state = await limiter.get(key);
    if (!state || state.consumedPoints < limit) return 0;
    return Math.max(1, Math.ceil(state.msBeforeNext / 1000));
  }

  async function countFailure(
    limiter: RateLimiterAbstract,
    key: string,
    limit: number,
    entity: { type: string; id: string },
    address: string,
  ): Promise<void> {
    let consumed: number;
    try {
      consumed = (await limiter.consume(key)).consumedPoints;
    } catch (rejection) {
      if (rejection instanceof Error) throw rejection;
      return; // already over the limit: the lock is running and was recorded when it started
    }
    // Counters are atomic, so exactly one failure sees the limit reached, on whichever instance.
    if (consumed !== limit) return;
    await limiter.block(key, settings.lockSeconds);
    await recordAudit(dataSource.manager, THROTTLE_ACTOR, {
      action: AuditAction.LOGIN_THROTTLED,
      entityType: entity.type,
      entityId: entity.id,
      after: {
        failures: limit,
        lockedForSeconds: settings.lockSeconds,
        lockedUntil: new Date(Date.now() + settings.lockSeconds * 1000).toISOString(),
        address,
      },
    });
  }

  return {
    store: store ? 'redis' : 'memory',
    async check({ username, address }) {
      const addr = addressKey(address);
      let wait = await lockedFor(byAddress, addr, settings.maxFailuresPerAddress);
      const user = userKey(username);
      if (user && !(await known.get(knownKey(user, addr)))) {
        wait = Math.max(wait, await lockedFor(byUsername, user, settings.maxFailuresPerUsername));
      }
      if (wait > 0) throw new LoginThrottledError(wait);
    },
    async failed({ username, address }) {
      const addr = addressKey(address);
      const user = userKey(username);
      await countFailure(
        byAddress,
        addr,
        settings.maxFailuresPerAddress,
        { type: 'LoginAddress', id: addr },
        addr,
      );
      if (user) {
        await countFailure(
          byUsername,
          user,
          settings.maxFailuresPerUsername,
          { type: 'LoginUsername', id: user },
          addr,
        );
      }
    },
    async succeeded({ username, address }) {
      const user = userKey(username);
      if (!user) return;
      const addr = addressKey(address);
      await byUsername.delete(user);
      await known.set(knownKey(user, addr), 1, KNOWN_ADDRESS_SECONDS);
    },
    close: async () => store?.close(),
  };
}

/** The shape of every account's username (account.service.ts normaliseUsername). */
const ACCOUNT_NAME = /^[a-z0-9._-]{3,50}$/;
