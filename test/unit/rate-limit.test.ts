import { GraphQLError } from 'graphql';
import { formatError } from '../../server/src/core/format-error';
import {
  createRateLimiter,
  rateLimitKey,
  RateLimitedError,
  withRateLimit,
  type RequestRateLimiter,
} from '../../server/src/core/rate-limit';

describe('rateLimitKey', () => {
  it('keys a signed-in request by account and any other by address', () => {
    expect(rateLimitKey({ accountId: 12 }, '10.0.0.7')).toBe('account:12');
    expect(rateLimitKey(null, '10.0.0.7')).toBe('ip:10.0.0.7');
    expect(rateLimitKey({ accountId: null }, '::1')).toBe('ip:::1');
    expect(rateLimitKey(undefined, undefined)).toBe('ip:unknown');
  });
});

describe('the in-memory limiter', () => {
  it('allows `pointsPerMinute` requests per key, then throws RATE_LIMITED with a retry delay', async () => {
    const limiter = await createRateLimiter({ pointsPerMinute: 2, redisUrl: null });
    expect(limiter.store).toBe('memory');
    await limiter.consume('ip:a');
    await limiter.consume('ip:a');
    const refused = await limiter.consume('ip:a').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect((refused as RateLimitedError).retryAfterSeconds).toBeGreaterThanOrEqual(59);
    expect((refused as RateLimitedError).retryAfterSeconds).toBeLessThanOrEqual(60);
    await limiter.consume('ip:b'); // another key is unaffected
    await limiter.close();
  });
});

describe('withRateLimit', () => {
  function recorder(): RequestRateLimiter & { keys: string[] } {
    const keys: string[] = [];
    return {
      store: 'memory',
      keys,
      consume: async (key) => void keys.push(key),
      close: async () => undefined,
    };
  }
  const req = { ip: '10.0.0.7' };

  it('counts once per context, against the actor the context function resolved', async () => {
    const limiter = recorder();
    const context = withRateLimit(limiter, async () => ({ actor: { accountId: 3 } }));
    await context({ req });
    await context({ req: { ip: undefined, socket: { remoteAddress: '10.0.0.8' } } });
    expect(limiter.keys).toEqual(['account:3', 'account:3']);
    const anonymous = withRateLimit(limiter, async () => ({ actor: null }));
    await anonymous({ req: { ip: undefined, socket: { remoteAddress: '10.0.0.8' } } });
    expect(limiter.keys.at(-1)).toBe('ip:10.0.0.8');
  });

  it('counts a request whose context fails (a bad token) against its address, and rethrows', async () => {
    const limiter = recorder();
    const failure = new GraphQLError('the access token is invalid');
    const context = withRateLimit(limiter, async () => {
      throw failure;
    });
    await expect(context({ req })).rejects.toBe(failure);
    expect(limiter.keys).toEqual(['ip:10.0.0.7']);
  });
});

describe('RateLimitedError through formatError', () => {
  it('keeps code and retryAfterSeconds, and leaves the HTTP status and headers out of the body', () => {
    const error = new RateLimitedError(42);
    const result = formatError(
      { message: error.message, extensions: { code: 'RATE_LIMITED' } },
      error,
      jest.fn(),
    );
    expect(result).toEqual({
      message:
        'Too many requests: try again in 42 s. Batch reads into fewer queries, or slow down your polling.',
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 42 },
    });
    const http = error.extensions.http as { status: number; headers: Map<string, string> };
    expect(http.status).toBe(429);
    expect(http.headers.get('retry-after')).toBe('42');
  });
});
