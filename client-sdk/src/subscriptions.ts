import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { errorFromResponse, networkError, SdkError } from './errors';
import type { Transport, TypedDocument } from './transport';

/** What happened to the subscription socket: an app re-reads what it shows after a reconnection. */
export type ConnectionEvent =
  | { type: 'connected' }
  /** The socket was lost and is back; subscriptions are running again, but events sent while it
   * was away are not delivered (at most once): re-read what you show. */
  | { type: 'reconnected' }
  | { type: 'closed'; code: number; reason: string };

/**
 * The events of one subscription: an async iterator (leave the loop, or call `return()`, to
 * unsubscribe — at once, even while waiting for an event), with `acknowledged`, settled when the
 * server has accepted the subscription and events from then on will be delivered.
 */
export interface EventStream<T> extends AsyncIterableIterator<T> {
  readonly acknowledged: Promise<void>;
  return(): Promise<IteratorResult<T, undefined>>;
}

/**
 * Subscriptions over graphql-ws on the same URL as HTTP (ws:// or wss://), signed in with the same
 * token. One socket per client, opened on the first subscription and closed by `close()`.
 * Delivery is at most once: events sent while the socket is away are lost, and the `reconnected`
 * connection event says so.
 */
export class Subscriptions {
  private socket: WsClient | null = null;
  /** Connection attempts so far: each goes to the next URL when there are several. */
  private attempts = 0;
  /** Set when the server refused the token: the next connection asks the token source again. */
  private tokenRefused = false;
  private nextId = 0;
  /** Our id for each subscription's payload (graphql-ws asks generateID with it). */
  private readonly ids = new WeakMap<object, string>();
  /** Acknowledgements awaited, by subscription id. */
  private readonly awaitingAck = new Map<string, () => void>();
  private readonly listeners = new Set<(event: ConnectionEvent) => void>();

  constructor(
    private readonly transport: Transport,
    private readonly webSocketImpl: unknown,
  ) {}

  /** Calls `listener` on every connection event; returns a function that stops it. */
  onConnection(listener: (event: ConnectionEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * The events of a subscription (see EventStream). A refused subscription or a socket closed by
   * the server ends the loop with an SdkError.
   *
   * @example
   * ```ts
   * for await (const need of client.subscribe(ServiceNeedPostedDocument, { filter: { category: 'TUTORING' } })) {
   *   console.log(need.serviceNeedPosted.title);
   * }
   * ```
   */
  iterate<TResult, TVariables>(
    document: TypedDocument<TResult, TVariables>,
    variables: TVariables,
  ): EventStream<TResult> {
    const payload = { query: document.toString(), variables: variables as Record<string, unknown> };
    const id = `s${++this.nextId}`;
    this.ids.set(payload, id);
    const queue: TResult[] = [];
    let finished = false;
    let failure: SdkError | null = null;
    let wake: (() => void) | null = null;
    let acknowledge!: () => void;
    let refuse!: (error: SdkError) => void;
    const acknowledged = new Promise<void>((resolve, reject) => {
      acknowledge = resolve;
      refuse = reject;
    });
    acknowledged.catch(() => undefined); // the loop reports the same error; nobody need await this
    this.awaitingAck.set(id, acknowledge);
    const end = (error: SdkError | null) => {
      if (finished) return;
      finished = true;
      failure = error;
      this.awaitingAck.delete(id);
      if (error) refuse(error);
      else acknowledge(); // ended before any acknowledgement: nothing more will come
      wake?.();
    };
    const dispose = this.connection().subscribe<TResult>(payload, {
      next: (result) => {
        if (result.errors?.length) return end(errorFromResponse(result.errors, 200));
        if (result.data) queue.push(result.data as TResult);
        wake?.();
      },
      error: (error) => end(asSdkError(error)),
      complete: () => end(null),
    });
    const stream: EventStream<TResult> = {
      acknowledged,
      [Symbol.asyncIterator]() {
        return stream;
      },
      async next() {
        for (;;) {
          if (queue.length > 0) return { done: false, value: queue.shift()! };
          if (failure) throw failure;
          if (finished) return { done: true, value: undefined };
          await new Promise<void>((resolve) => (wake = resolve));
          wake = null;
        }
      },
      async return() {
        // Unsubscribes now; a next() waiting for an event ends with done.
        queue.length = 0;
        end(null);
        dispose();
        return { done: true, value: undefined };
      },
    };
    return stream;
  }

  /** Closes the socket and ends every open subscription. */
  async close(): Promise<void> {
    await this.socket?.dispose();
    this.socket = null;
  }

  private connection(): WsClient {
    if (!this.socket) {
      if (!this.webSocketImpl) {
        throw new SdkError(
          'no WebSocket here: on Node 20 use createClient from @union-volunteer/client-sdk/node',
          'UNSUPPORTED',
        );
      }
      const urls = this.transport.urls;
      const refreshable = this.transport.canRefreshToken;
      this.socket = createWsClient({
        // The URL that answered HTTP last first, then the others in turn on each reconnection.
        url: () => {
          // Relative to the page in a browser (e.g. '/graphql'), so the socket goes to the page's own host.
          const base = (globalThis as { location?: { href: string } }).location?.href;
          const http = new URL(
            urls[(urls.indexOf(this.transport.url) + this.attempts++) % urls.length]!,
            base,
          );
          http.protocol = http.protocol === 'https:' ? 'wss:' : 'ws:';
          return http.toString();
        },
        webSocketImpl: this.webSocketImpl,
        // Asked on every connection, so a reconnection signs in with a fresh token.
        connectionParams: async () => {
          const token = await this.transport.token(this.tokenRefused);
          this.tokenRefused = false;
          return token ? { authorization: `Bearer ${token}` } : {};
        },
        retryAttempts: this.transport.reconnectAttempts,
        // A refused token (4403) is refused again, unless the token source can give a new one (once).
        shouldRetry: (event) => {
          if (!(isCloseEvent(event) && event.code === 4403)) return true;
          if (!refreshable || this.tokenRefused) return false;
          this.tokenRefused = true;
          return true;
        },
        lazy: true,
        generateID: (payload) => this.ids.get(payload) ?? `s${++this.nextId}`,
        on: {
          // The server sends a pong naming a subscription once it is in place (our acknowledgement).
          pong: (received, payload) => {
            const subscribed = (payload as { subscribed?: unknown } | undefined)?.subscribed;
            if (received && typeof subscribed === 'string') {
              this.awaitingAck.get(subscribed)?.();
              this.awaitingAck.delete(subscribed);
            }
          },
          connected: (_socket, _payload, wasRetry) =>
            this.emit({ type: wasRetry ? 'reconnected' : 'connected' }),
          closed: (event) => {
            const { code, reason } = isCloseEvent(event) ? event : { code: 1006, reason: '' };
            this.emit({ type: 'closed', code, reason });
          },
        },
      });
    }
    return this.socket;
  }

  private emit(event: ConnectionEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}

function isCloseEvent(value: unknown): value is { code: number; reason: string } {
  return typeof value === 'object' && value !== null && 'code' in value && 'reason' in value;
}

function asSdkError(error: unknown): SdkError {
  if (error instanceof SdkError) return error;
  if (isCloseEvent(error)) {
    const code = error.code === 4403 ? 'FORBIDDEN' : 'NETWORK_ERROR';
    return new SdkError(
      error.reason || `the subscription socket closed (${error.code})`,
      code,
      null,
      { closeCode: error.code },
      null,
      { cause: error },
    );
  }
  if (Array.isArray(error)) return errorFromResponse(error, 200);
  // A socket that could not open reports an event object, not an Error: keep what it says.
  return networkError(error);
}
