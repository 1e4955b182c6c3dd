import { errorFromResponse, networkError, SdkError } from './errors';

/** A typed operation: what codegen emits for each document in src/operations. */
export interface TypedDocument<TResult, TVariables> {
  toString(): string;
  /** Phantom: carries the result and variable types. */
  __apiType?: (variables: TVariables) => TResult;
}

export interface RetryPolicy {
  /** Attempts in all, the first included. Default 4. */
  attempts: number;
  /** Delay before the first retry; doubled each time, with jitter. Default 200 ms. */
  baseDelayMs: number;
  /** Never wait longer than this between attempts. Default 5 s. */
  maxDelayMs: number;
}

/**
 * Where the token comes from: a fixed one, or a function asked before each request and each
 * socket connection — and again, with `{ refused: true }`, when the server refused the token it
 * gave (expired or revoked), so it can refresh or sign in again; the request is then sent once more.
 */
export type TokenSource =
  string | null | ((context: { refused: boolean }) => string | null | Promise<string | null>);

export interface TransportOptions {
  /** The GraphQL endpoint, or several (replicas): the next is tried when one cannot be reached. */
  url: string | readonly string[];
  token?: TokenSource;
  fetch?: typeof fetch;
  retry?: Partial<RetryPolicy>;
  /** Extra headers on every HTTP request (downloads included). */
  headers?: Record<string, string>;
  /** Times the subscription socket reconnects after it was lost or could not open. Default 5. */
  reconnectAttempts?: number;
}

export interface RequestOptions {
  /**
   * May the request be sent again after a network failure? Queries may; a mutation only when the
   * server deduplicates it (an idempotency key, or a natural key the caller checks).
   */
  retry?: boolean;
  signal?: AbortSignal;
}

const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 200, maxDelayMs: 5_000 };

/** Sends GraphQL over HTTP (POST, JSON) and turns every failure into an SdkError. */
export class Transport {
  readonly retry: RetryPolicy;
  readonly urls: readonly string[];
  private readonly fetchImpl: typeof fetch;
  /** The URL that answered last: requests start there. */
  private current = 0;

  constructor(private readonly options: TransportOptions) {
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
    this.fetchImpl = options.fetch ?? globalThis.fetch;
    if (!this.fetchImpl) throw new Error('no fetch available: pass options.fetch');
    this.urls = typeof options.url === 'string' ? [options.url] : [...options.url];
    if (this.urls.length === 0) throw new Error('no server URL given');
  }

  /** The URL requests go to now (the first, until it could not be reached). */
  get url(): string {
    return this.urls[this.current]!;
  }

  /** The token for the next request or connection (see TokenSource). */
  async token(refused = false): Promise<string | null> {
    const source = this.options.token;
    if (typeof source === 'function') return (await source({ refused })) ?? null;
    return source ?? null;
  }

  /** Times the subscription socket reconnects (TransportOptions.reconnectAttempts). */
  get reconnectAttempts(): number {
    return this.options.reconnectAttempts ?? 5;
  }

  /** Whether the token comes from a function that can be asked for a fresh one. */
  get canRefreshToken(): boolean {
    return typeof this.options.token === 'function';
  }

  async request<TResult, TVariables>(
    document: TypedDocument<TResult, TVariables>,
    variables: NoInfer<TVariables>,
    options: RequestOptions = {},
  ): Promise<TResult> {
    const query = document.toString();
    const retry = options.retry ?? /^\s*(query|fragment)\b/.test(query);
    let refreshed = false;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.acrossUrls<TResult>(query, variables, retry, refreshed, options.signal);
      } catch (error) {
        const sdkError = error instanceof SdkError ? error : networkError(error);
        // A refused token is asked for again once, when the token comes from a function.
        if (sdkError.code === 'UNAUTHENTICATED' && !refreshed && typeof this.options.token === 'function') {
          refreshed = true;
          continue;
        }
        if (!retry || !sdkError.transient || attempt >= this.retry.attempts) throw sdkError;
        await sleep(this.delay(attempt, sdkError), options.signal);
      }
    }
  }

  /**
   * One attempt, starting at the URL that answered last and moving to the next when one cannot be
   * reached. A request that may have reached a server (a connection reset after sending) moves on
   * only when it may be sent again (`retry`); a refused connection never reached one.
   */
  private async acrossUrls<TResult>(
    query: string,
    variables: unknown,
    retry: boolean,
    refused: boolean,
    signal?: AbortSignal,
  ): Promise<TResult> {
    const token = await this.token(refused);
    let lastError: unknown;
    for (let tried = 0; tried < this.urls.length; tried++) {
      const index = (this.current + tried) % this.urls.length;
      try {
        const result = await this.once<TResult>(this.urls[index]!, query, variables, token, signal);
        this.current = index;
        return result;
      } catch (error) {
        if (error instanceof SdkError || !(retry || neverConnected(error))) throw error;
        lastError = error;
      }
    }
    throw lastError;
  }

  /** Authenticated GET of a server path (downloads); the caller reads the body as a stream. */
  async get(path: string, signal?: AbortSignal): Promise<Response> {
    const url = new URL(path, this.url);
    let response: Response;
    try {
      response = await this.fetchImpl(url, { headers: this.headers(await this.token()), signal });
    } catch (error) {
      throw networkError(error);
    }
    if (!response.ok) throw await refusal(response, `GET ${url.pathname}`);
    return response;
  }

  private async once<TResult>(
    url: string,
    query: string,
    variables: unknown,
    token: string | null,
    signal?: AbortSignal,
  ): Promise<TResult> {
    const response = await this.fetchImpl(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...this.headers(token) },
      body: JSON.stringify({ query, variables }),
      signal,
    });
    let body: { data?: unknown; errors?: { message?: unknown; extensions?: Record<string, unknown> }[] };
    try {
      body = (await response.json()) as typeof body;
    } catch {
      throw new SdkError(
        `the server answered ${response.status} without a GraphQL body`,
        response.ok ? 'INVALID_RESPONSE' : 'HTTP_ERROR',
        null,
        {},
        response.status,
      );
    }
    if (body.errors?.length) {
      const error = errorFromResponse(body.errors, response.status);
      const retryAfter = Number(response.headers.get('retry-after'));
      if (Number.isFinite(retryAfter) && retryAfter > 0) {
        Object.assign(error.extensions as Record<string, unknown>, { retryAfterSeconds: retryAfter });
      }
      throw error;
    }
    if (!response.ok || body.data === undefined || body.data === null) {
      throw new SdkError(
        `unexpected response (HTTP ${response.status})`,
        'HTTP_ERROR',
        null,
        {},
        response.status,
      );
    }
    return body.data as TResult;
  }

  private headers(token: string | null): Record<string, string> {
    return { ...(token ? { authorization: `Bearer ${token}` } : {}), ...this.options.headers };
  }

  private delay(attempt: number, error: SdkError): number {
    const asked = Number(error.extensions.retryAfterSeconds);
    if (Number.isFinite(asked) && asked > 0) return Math.min(asked * 1000, this.retry.maxDelayMs);
    const exponential = this.retry.baseDelayMs * 2 ** (attempt - 1);
    return Math.min(this.retry.maxDelayMs, exponential / 2 + Math.random() * (exponential / 2));
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });
}

/**
 * A refused download as the server's own error: its routes answer in GraphQL's error shape
 * (`{ errors: [{ message, extensions: { code } }] }`), so the code is NOT_FOUND, FORBIDDEN, …
 * rather than a body to parse; anything else is HTTP_ERROR with the status.
 */
async function refusal(response: Response, what: string): Promise<SdkError> {
  const text = await response.text().catch(() => '');
  try {
    const body = JSON.parse(text) as {
      errors?: { message?: unknown; extensions?: Record<string, unknown> }[];
    };
    if (Array.isArray(body.errors) && body.errors.length > 0)
      return errorFromResponse(body.errors, response.status);
  } catch {
    // not JSON: a proxy's page, say
  }
  const excerpt = text.replace(/\s+/g, ' ').trim().slice(0, 200);
  return new SdkError(
    `${what} failed with HTTP ${response.status}${excerpt ? `: ${excerpt}` : ''}`,
    'HTTP_ERROR',
    null,
    {},
    response.status,
  );
}

/** Whether a fetch failure happened before anything was sent: the connection was never made. */
function neverConnected(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EHOSTUNREACH' || code === 'EAI_AGAIN')
      return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
