import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { Spin } from 'antd';
import type { Client } from '../../client-sdk/src';
import { clientFor, resumeSession, signIn, signOut, type ConsoleSession } from './session';

type State =
  | { status: 'loading' }
  | { status: 'signedOut'; reason: 'expired' | null }
  | { status: 'signedIn'; session: ConsoleSession; client: Client };

interface SessionContext {
  state: State;
  signIn(username: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  /** The session ended under us (a 401): back to the login page. */
  expired(): void;
}

const Context = createContext<SessionContext | null>(null);

/** Holds the browser session: asked of the server on load, kept in memory, ended by 退出登录 or a 401. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const current = useRef<State>(state);
  current.current = state;

  const end = useCallback((reason: 'expired' | null) => {
    const was = current.current;
    if (was.status === 'signedIn') void was.client.close();
    setState({ status: 'signedOut', reason });
  }, []);
  const expired = useCallback(() => {
    if (current.current.status === 'signedIn') end('expired');
  }, [end]);
  const open = useCallback(
    (session: ConsoleSession) =>
      setState({ status: 'signedIn', session, client: clientFor(session, expired) }),
    [expired],
  );

  useEffect(() => {
    let live = true;
    resumeSession()
      .then((session) => {
        if (!live) return;
        if (session) open(session);
        else setState({ status: 'signedOut', reason: null });
      })
      .catch(() => live && setState({ status: 'signedOut', reason: null }));
    return () => {
      live = false;
    };
  }, [open]);

  const value = useMemo<SessionContext>(
    () => ({
      state,
      expired,
      async signIn(username, password) {
        open(await signIn(username, password));
      },
      async signOut() {
        const was = current.current;
        if (was.status === 'signedIn') {
          try {
            await signOut(was.session);
          } finally {
            end(null);
          }
        }
      },
    }),
    [state, expired, open, end],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useSession(): SessionContext {
  const context = useContext(Context);
  if (!context) throw new Error('useSession outside SessionProvider');
  return context;
}

/** The signed-in session and its client; only under RequireSession. */
export function useSignedIn(): { session: ConsoleSession; client: Client; expired: () => void } {
  const { state, expired } = useSession();
  if (state.status !== 'signedIn') throw new Error('useSignedIn outside a signed-in page');
  return { session: state.session, client: state.client, expired };
}

/** Shows its children to a signed-in person; anyone else goes to the login page, and comes back after. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'loading') return <FullPageSpin />;
  if (state.status === 'signedOut') {
    return (
      <Navigate
        to="/login"
        replace
        state={{ from: `${location.pathname}${location.search}`, expired: state.reason === 'expired' }}
      />
    );
  }
  return <>{children}</>;
}

export function FullPageSpin() {
  return (
    <div style={{ display: 'flex', height: '100vh', alignItems: 'center', justifyContent: 'center' }}>
      <Spin size="large" />
    </div>
  );
}
