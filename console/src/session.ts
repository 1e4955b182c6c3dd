import {
  createClient,
  CSRF_HEADER,
  currentSession,
  endSession,
  SdkError,
  startSession,
  type BrowserSession,
  type Client,
} from '../../client-sdk/src';

/**
 * The console's one link to the browser session API (POST/GET/DELETE /session through the SDK).
 * The cookie is HttpOnly: the page never sees it; it keeps the CSRF token in memory only, and a
 * reload asks the server again (`currentSession`).
 */
export type ConsoleSession = BrowserSession;

/** The API on the same server that serves the console. */
export const GRAPHQL_URL = new URL('/graphql', window.location.origin).toString();

export function signIn(username: string, password: string): Promise<ConsoleSession> {
  return startSession(GRAPHQL_URL, username, password);
}

/** The live session this browser has, or null when signed out. */
export function resumeSession(): Promise<ConsoleSession | null> {
  return currentSession(GRAPHQL_URL);
}

export function signOut(session: ConsoleSession): Promise<void> {
  return endSession(GRAPHQL_URL, session.csrfToken);
}

/**
 * The SDK client of a session: no token (fetch sends the same-origin cookie, the socket too), the
 * CSRF token on every request. `onSignedOut` is called when the server answers 401: the session
 * ended (expired, signed out elsewhere, password changed).
 */
export function clientFor(session: ConsoleSession, onSignedOut: () => void): Client {
  return createClient({
    url: GRAPHQL_URL,
    headers: { [CSRF_HEADER]: session.csrfToken },
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      if (response.status === 401) onSignedOut();
      return response;
    },
  });
}

/** Whether an error means the session is gone (sign in again) rather than a refused request. */
export function isSignedOutError(error: unknown): boolean {
  return (
    error instanceof SdkError &&
    (error.code === 'UNAUTHENTICATED' || error.status === 401 || error.extensions.closeCode === 4403)
  );
}
