// Said wherever a hub's address is shown: a hub over plain http on a network address (SyncStatus.insecureHub, decided
// by the core) lets anyone on the way read the token and every row.
import { useWords } from '../i18n/LocaleContext';

export function InsecureHubWarning() {
  const { t } = useWords();
  return (
    <p className="sync-reason insecure-hub" role="note">
      {t('sync.insecureHub')}
    </p>
  );
}
