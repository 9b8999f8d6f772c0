// The signed-in person, their regions and the people they can assign to, plus per-region formatting in the
// person's UI locale, for any component (grid cells included: AG Grid renders React cells inside this tree).
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Session } from '../../../shared/session-calls';
import type { RegionCode } from '../../../shared/domain';
import { regionFormats, type RegionFormat } from '../format/region-format';
import { useWords } from '../i18n/LocaleContext';

export interface SessionValue {
  session: Session;
  formatFor(code: RegionCode): RegionFormat;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  const { locale } = useWords();
  const value = useMemo(() => ({ session, formatFor: regionFormats(session.regions, locale) }), [session, locale]);
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession needs a SessionProvider above it');
  return value;
}
