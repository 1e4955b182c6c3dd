import { errorFromResponse, networkError, SdkError } from './errors';

/**
 * A browser's sign-in to the platform (the console): the server keeps the session in an HttpOnly
 * cookie the page cannot read; the page keeps `csrfToken` and sends it as `X-CSRF-Token` with
 * every GraphQL request (`createClient({ url, headers: { 'x-csrf-token': csrfToken } })`). The
 * socket for subscriptions and download links are signed in by the cookie alone.
 */
export interface BrowserSession {
  account: {
    id: string;
    username: string;
    displayName: string;
    role: string;
    unitId: string | null;
    unitName: string | null;
    /**
     * UNIT_COORDINATOR: the units they act for — their own first, then those under it. Empty for
     * other roles.
     */
    units: { id: string; name: string }[];
  };
  /** When the session ends if it is not used; each use moves it on, up to the server's maximum. */
  expiresAt: Date;
  csrfToken: string;
}

/** The header that carries `BrowserSession.csrfToken`. */
export const CSRF_HEADER = 'x-csrf-token';

/** `/session` beside the GraphQL endpoint (absolute, or relative to the page in a browser). */
function sessionUrl(graphqlUrl: string): string {
  const base = (globalThis as { location?: { href: string } }).location?.href;
  return new URL('/session', new URL(graphqlUrl, base)).toString();
}

async function call(url: string, init: RequestInit, fetchImpl: typeof fetch): Promise<Response> {
  try {
    // same-origin: the cookie goes with it, and to no other site.
    return await fetchImpl(url, { credentials: 'same-origin', ...init });
  } catch (error) {
    throw networkError(error);
  }
}

async function sessionFrom(response: Response): Promise<BrowserSession> {
  let body: { errors?: { message?: unknown; extensions?: Record<string, unknown> }[] } & Partial<{
    account: BrowserSession['account'];
    expiresAt: string;
    csrfToken: string;
  }>;
  try {
    body = (await response.json()) as typeof body;
  } catch (error) {
    throw new SdkError(
      `the server answered ${response.status} without a JSON body`,
      'HTTP_ERROR',
      null,
      {},
      response.status,
      {
        cause: error,
      },
    );
  }
  if (!response.ok || body.errors) throw errorFromResponse(body.errors ?? [], response.status);
  if (!body.account || !body.expiresAt || !body.csrfToken) {
    throw new SdkError(
      'the session answer lacks account, expiresAt or csrfToken',
      'INVALID_RESPONSE',
      null,
      {},
      response.status,
    );
  }
  return { account: body.account, expiresAt: new Date(body.expiresAt), csrfToken: body.csrfToken };
}

/**
 * Signs this browser in with a password. A wrong one is UNAUTHENTICATED with field `password`,
 * too many failures LOGIN_THROTTLED (`extensions.retryAfterSeconds`).
 */
export async function startSession(
  url: string,
  username: string,
  password: string,
  fetchImpl: typeof fetch = globalThis.fetch,
): Promise<BrowserSession> {
  const response = await call(
    sessionUrl(url),
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    },
    fetchImpl,
  );
  return sessionFrom(response);
}

/** The session this browser is signed in with (renewed by asking), or null when it is signed out. */
export async function currentSession(
  url: string,
  fetchImpl: typeof fetch = globalThis.fetch,
): Promise<BrowserSession | null> {
  const response = await call(sessionUrl(url), { method: 'GET' }, fetchImpl);
  if (response.status === 401) return null;
  return sessionFrom(response);
}

/** Signs this browser out: the cookie stops working everywhere, and its sockets are closed. */
export async function endSession(
  url: string,
  csrfToken: string,
  fetchImpl: typeof fetch = globalThis.fetch,
): Promise<void> {
  const response = await call(
    sessionUrl(url),
    { method: 'DELETE', headers: { [CSRF_HEADER]: csrfToken } },
    fetchImpl,
  );
  if (response.status === 204) return;
  let body: { errors?: { message?: unknown; extensions?: Record<string, unknown> }[] } = {};
  try {
    body = (await response.json()) as typeof body;
  } catch {
    // no body: the status alone says it
  }
  throw errorFromResponse(
    body.errors ?? [{ message: `the server answered ${response.status}` }],
    response.status,
  );
}
