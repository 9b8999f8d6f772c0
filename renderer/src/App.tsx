// Loads who is signed in, then shows the console for them: the header (screens, sync) over one screen.
// The sync status sits above the session because a sign-in or sign-out changes who that is.
import type { ReactNode } from 'react';
import type { Session } from '../../shared/session-calls';
import { DataChangedProvider } from './app/data-changed';
import { ScreenNav } from './app/ScreenNav';
import { ScreenProvider, useScreen } from './app/ScreenContext';
import { screenById } from './app/screens';
import { LanguagePicker } from './i18n/LanguagePicker';
import { LocaleProvider, useWords } from './i18n/LocaleContext';
import { SessionProvider } from './session/SessionContext';
import { sessionKey, useCurrentSession } from './session/useCurrentSession';
import { SyncIndicator } from './sync/SyncIndicator';
import { SyncStatusProvider } from './sync/SyncStatusContext';
import { failureText } from './ui/failure-text';
import { ToastProvider } from './ui/Toast';
import { NowProvider } from './ui/useNow';

function Header({ session, children }: { session: Session | null; children?: ReactNode }) {
  const { t, label } = useWords();
  return (
    <header className="app-header">
      <h1 className="app-title">{t('app.title')}</h1>
      {children}
      <LanguagePicker />
      {session && (
        <p className="app-person">
          <span className="person-name">{session.person.name}</span>
          <span className="person-role">{label('role', session.person.role)}</span>
        </p>
      )}
    </header>
  );
}

/** Only the screen shown is mounted (see app/screens.ts). */
function ActiveScreen() {
  const { Component } = screenById(useScreen().current);
  return <Component />;
}

export function App() {
  return (
    <LocaleProvider>
      <Console />
    </LocaleProvider>
  );
}

function Console() {
  return (
    <DataChangedProvider>
      <SyncStatusProvider>
        <ConsoleFor />
      </SyncStatusProvider>
    </DataChangedProvider>
  );
}

function ConsoleFor() {
  const words = useWords();
  const { state, retry } = useCurrentSession();

  if (state.status !== 'ready') {
    return (
      <div className="app">
        <Header session={null} />
        <div className="app-message">
          {state.status === 'loading' ? (
            <p>{words.t('app.opening')}</p>
          ) : (
            <>
              <p role="alert">{failureText(state.failure, words)}</p>
              <button type="button" className="button" onClick={retry}>
                {words.t('app.tryAgain')}
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
          <ScreenProvider>
            <div className="app">
              <Header session={state.session}>
                <ScreenNav />
                <SyncIndicator />
              </Header>
              {/* Another person or other regions: the screen starts afresh for them (filters, views, selection). */}
              <ActiveScreen key={sessionKey(state.session)} />
            </div>
          </ScreenProvider>
        </NowProvider>
      </ToastProvider>
    </SessionProvider>
  );
}
