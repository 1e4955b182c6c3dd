import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { Topic } from '../../server/src/core/pubsub';
import type { RunningServer } from '../../server/src/app';
import type { TypedDocumentString } from '../graphql/graphql';
import type { AccessWorld } from './access-world';

/** ws://… for an http://… GraphQL URL: subscriptions share the HTTP server's port and path. */
export function wsUrl(httpUrl: string): string {
  return httpUrl.replace(/^http/, 'ws');
}

export interface ReceivedResult<T> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/**
 * One subscription's results, in order, awaited with a timeout (never sleep-then-assert). A typed
 * document (`graphql(`subscription …`)`) gives the results' type; a plain string leaves it to `T`.
 */
export class SubscriptionProbe<T = Record<string, any>> {
  readonly received: ReceivedResult<T>[] = [];
  completed = false;
  error: unknown = null;
  private waiters: (() => void)[] = [];
  private readonly unsubscribe: () => void;

  constructor(
    client: Client,
    query: string | TypedDocumentString<T, never>,
    variables?: Record<string, unknown>,
  ) {
    this.unsubscribe = client.subscribe<T>(
      { query: query.toString(), variables },
      {
        next: (result) => this.push(() => this.received.push(result as ReceivedResult<T>)),
        error: (error) => this.push(() => (this.error = error)),
        complete: () => this.push(() => (this.completed = true)),
      },
    );
  }

  /** The `n`th result (1-based), waiting up to `timeoutMs` for it. */
  async nth(n: number, timeoutMs = 15000): Promise<ReceivedResult<T>> {
    await this.until(() => this.received.length >= n, `result ${n}`, timeoutMs);
    return this.received[n - 1]!;
  }

  /** Resolves once the subscription ended (error or complete). */
  async ended(timeoutMs = 15000): Promise<void> {
    await this.until(() => this.completed || this.error !== null, 'the end of the subscription', timeoutMs);
  }

  close(): void {
    this.unsubscribe();
  }

  private push(change: () => void): void {
    change();
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  private until(done: () => boolean, what: string, timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (done()) {
          clearTimeout(timer);
          resolve();
        } else this.waiters.push(check);
      };
      const timer = setTimeout(
        () =>
          reject(
            new Error(`timed out after ${timeoutMs} ms waiting for ${what} (got ${this.received.length})`),
          ),
        timeoutMs,
      );
      check();
    });
  }
}

/** A connected graphql-ws client signed in with `token`; rejects with the close event if refused. */
export async function connect(
  httpUrl: string,
  token: string | null,
  /** Headers of the upgrade request, as a browser sends them (Cookie, Origin). */
  headers?: Record<string, string>,
): Promise<{ client: Client; closed: Promise<{ code: number; reason: string }> }> {
  let resolveClosed!: (event: { code: number; reason: string }) => void;
  const closed = new Promise<{ code: number; reason: string }>((resolve) => (resolveClosed = resolve));
  const client = createClient({
    url: wsUrl(httpUrl),
    webSocketImpl: headers
      ? class extends WebSocket {
          constructor(address: string, protocols?: string | string[]) {
            super(address, protocols, { headers });
          }
        }
      : WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    lazy: false,
    retryAttempts: 0,
    // The close is reported through `closed` above; graphql-ws would also print it.
    onNonLazyError: () => undefined,
    on: {
      closed: (event) => {
        const { code, reason } = event as { code: number; reason: string };
        resolveClosed({ code, reason: String(reason) });
      },
    },
  });
  await new Promise<void>((resolve, reject) => {
    const offConnected = client.on('connected', () => {
      offConnected();
      offClosed();
      resolve();
    });
    const offClosed = client.on('closed', (event) => {
      offConnected();
      offClosed();
      const { code, reason } = event as { code: number; reason: string };
      reject(Object.assign(new Error(`the socket was closed: ${code} ${reason}`), { code, reason }));
    });
  });
  return { client, closed };
}

/**
 * Waits until this process's event bus has at least `count` subscriptions on the topic: graphql-ws
 * sends no acknowledgement of a subscribe (STACK.md pitfall 4), so a test waits for the server side.
 */
export async function listening(
  server: RunningServer,
  topic: Topic<unknown>,
  count: number,
  timeoutMs = 15000,
): Promise<void> {
  await waitFor(
    () => server.events.listeners(topic) >= count,
    `${count} subscriptions on ${topic.name}`,
    timeoutMs,
  );
}

/** Polls `condition` every 20 ms until it holds, or fails after `timeoutMs`. */
export async function waitFor(
  condition: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 15000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Posts a one-hour TUTORING need at the access world's Jinan site through the API at `url` (any
 * instance), signed in with `token`; returns the need's id. The caller picks a title no other need
 * has, since subscribers tell events apart by it.
 */
export async function postWorldNeed(
  url: string,
  token: string,
  world: AccessWorld,
  title: string,
  startsAt: Date,
): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: 'mutation($input: PostServiceNeedInput!) { postServiceNeed(input: $input) { id } }',
      variables: {
        input: {
          siteId: String(world.units.in.siteId),
          campaignId: String(world.campaignId),
          title,
          category: 'TUTORING',
          headcount: 2,
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
        },
      },
    }),
  });
  const body = (await response.json()) as { errors?: unknown; data?: { postServiceNeed: { id: string } } };
  expect(response.status).toBe(200);
  expect(body.errors).toBeUndefined();
  return body.data!.postServiceNeed.id;
}
