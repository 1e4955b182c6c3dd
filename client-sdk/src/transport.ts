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

export interface TransportOptions {
  url: string;
  token?: string | null;
  fetch?: typeof fetch;
  retry?: Partial<RetryPolicy>;
  /** Extra headers on every request. */
  headers?: Record<string, string>;
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
  private readonly fetchImpl: typeof fetch;

  constructor(private readonly options: TransportOptions) {
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
    this.fetchImpl = options.fetch ?? globalThis.fetch;
    if (!this.fetchImpl) throw new Error('no fetch available: pass options.fetch');
  }

  get url(): string {
    return this.options.url;
  }

  get token(): string | null {
    return this.options.token ?? null;
  }

  async request<TResult, TVariables>(
    document: TypedDocument<TResult, TVariables>,
    variables: NoInfer<TVariables>,
    options: RequestOptions = {},
  ): Promise<TResult> {
    const query = document.toString();
    const retry = options.retry ?? /^\s*(query|fragment)\b/.test(query);
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.once<TResult>(query, variables, options.signal);
      } catch (error) {
        const sdkError = error instanceof SdkError ? error : networkError(error);
        if (!retry || !sdkError.transient || attempt >= this.retry.attempts) throw sdkError;
        await sleep(this.delay(attempt, sdkError), options.signal);
      }
    }
  }

  /** Authenticated GET of a server path (downloads); the caller reads the body as a stream. */
  async get(path: string, signal?: AbortSignal): Promise<Response> {
    const url = new URL(path, this.options.url);
    let response: Response;
    try {
      response = await this.fetchImpl(url, { headers: this.headers(), signal });
    } catch (error) {
      throw networkError(error);
    }
    if (!response.ok) throw await refusal(response, `GET ${url.pathname}`);
    return response;
  }

  private async once<TResult>(query: string, variables: unknown, signal?: AbortSignal): Promise<TResult> {
    const response = await this.fetchImpl(this.options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...this.headers() },
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

  private headers(): Record<string, string> {
    return {
      ...(this.options.token ? { authorization: `Bearer ${this.options.token}` } : {}),
      ...this.options.headers,
    };
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
