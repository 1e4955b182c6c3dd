import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { errorFromResponse, networkError, SdkError } from './errors';
import type { TypedDocument } from './transport';

/**
 * Subscriptions over graphql-ws on the same URL as HTTP (ws:// or wss://), signed in with the same
 * token. One socket per client, opened on the first subscription and closed by `close()`.
 */
export class Subscriptions {
  private socket: WsClient | null = null;

  constructor(
    private readonly httpUrl: string,
    private readonly token: string | null,
  ) {}

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
      const url = new URL(this.httpUrl);
      url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
      this.socket = createWsClient({
        url: url.toString(),
        webSocketImpl: WebSocket,
        connectionParams: this.token ? { authorization: `Bearer ${this.token}` } : {},
        retryAttempts: 5,
        // A refused token (4403) will be refused again: do not retry it.
        shouldRetry: (event) => !(isCloseEvent(event) && event.code === 4403),
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
