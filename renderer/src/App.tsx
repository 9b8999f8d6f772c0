// Loads who is signed in, then shows the console for them.
import { useCallback, useEffect, useState } from 'react';
import type { Session } from '../../shared/contract';
import { ApiError, api } from './api';
import { ROLE_LABELS } from './format/labels';
import { QueueScreen } from './queue/QueueScreen';
import { SessionProvider } from './session/SessionContext';
import { ToastProvider } from './ui/Toast';
import { NowProvider } from './ui/useNow';

type SessionState = { status: 'loading' } | { status: 'ready'; session: Session } | { status: 'failed'; message: string };

function Header({ session }: { session: Session | null }) {
  return (
    <header className="app-header">
      <h1 className="app-title">Regional Ops Console</h1>
      {session && (
        <p className="app-person">
          <span className="person-name">{session.person.name}</span>
          <span className="person-role">{ROLE_LABELS[session.person.role]}</span>
        </p>
      )}
    </header>
  );
}

export function App() {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const load = useCallback(() => {
    setState({ status: 'loading' });
    api('session.get', {}).then(
      (session) => setState({ status: 'ready', session }),
      (failure: unknown) =>
        setState({ status: 'failed', message: failure instanceof ApiError ? failure.message : String(failure) }),
    );
  }, []);
  useEffect(load, [load]);

  if (state.status !== 'ready') {
    return (
      <div className="app">
        <Header session={null} />
        <div className="app-message">
          {state.status === 'loading' ? (
            <p>Opening the console…</p>
          ) : (
            <>
              <p role="alert">{state.message}</p>
              <button type="button" className="button" onClick={load}>
                Try again
              </button>
            </>
          )}
        </div>
      </div>
    );
  }

  return (
    <SessionProvider session={state.session}>
      <ToastProvider>
        <NowProvider>
          <div className="app">
            <Header session={state.session} />
            <QueueScreen />
          </div>
        </NowProvider>
      </ToastProvider>
    </SessionProvider>
  );
}
