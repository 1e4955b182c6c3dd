import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { errorFromResponse, networkError, SdkError } from './errors';
import type { Transport, TypedDocument } from './transport';

/**
 * Subscriptions over graphql-ws on the same URL as HTTP (ws:// or wss://), signed in with the same
 * token. One socket per client, opened on the first subscription and closed by `close()`.
 */
export class Subscriptions {
  private socket: WsClient | null = null;
  /** Connection attempts so far: each goes to the next URL when there are several. */
  private attempts = 0;
  /** Set when the server refused the token: the next connection asks the token source again. */
  private tokenRefused = false;

  constructor(private readonly transport: Transport) {}

  /**
   * The events of a subscription as an async iterator; leave the loop (break/return) to unsubscribe.
   * A refused subscription or a socket closed by the server ends the loop with an SdkError.
   *
   * @example
   * ```ts
   * for await (const need of client.subscribe(ServiceNeedPostedDocument, { filter: { category: 'TUTORING' } })) {
   *   console.log(need.serviceNeedPosted.title);
   * }
   * ```
   */
  async *iterate<TResult, TVariables>(
    document: TypedDocument<TResult, TVariables>,
    variables: TVariables,
  ): AsyncGenerator<TResult, void, undefined> {
    const iterator = this.connection().iterate<TResult>({
      query: document.toString(),
      variables: variables as Record<string, unknown>,
    });
    try {
      for await (const result of iterator) {
        if (result.errors?.length) throw errorFromResponse(result.errors, 200);
        if (result.data) yield result.data as TResult;
      }
    } catch (error) {
      throw asSdkError(error);
    } finally {
      await iterator.return?.();
    }
  }

  /** Closes the socket and ends every open subscription. */
  async close(): Promise<void> {
    await this.socket?.dispose();
    this.socket = null;
  }

  private connection(): WsClient {
    if (!this.socket) {
      const urls = this.transport.urls;
      const refreshable = this.transport.canRefreshToken;
      this.socket = createWsClient({
        // The URL that answered HTTP last first, then the others in turn on each reconnection.
        url: () => {
          const http = new URL(urls[(urls.indexOf(this.transport.url) + this.attempts++) % urls.length]!);
          http.protocol = http.protocol === 'https:' ? 'wss:' : 'ws:';
          return http.toString();
        },
        webSocketImpl: WebSocket,
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
      });
    }
    return this.socket;
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
