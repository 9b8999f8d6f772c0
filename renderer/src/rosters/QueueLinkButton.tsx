// Opens the feedback queue on the complaints of the customers a KOL, campaign or community brought.
import { queueLinkTo } from '../app/queue-link';
import { useScreen } from '../app/ScreenContext';
import { useWords } from '../i18n/LocaleContext';

export function QueueLinkButton({ kind, id }: { kind: 'kol' | 'campaign' | 'community'; id: number }) {
  const { t } = useWords();
  const { go } = useScreen();
  return (
    <button
      type="button"
      className="button button-small"
      onClick={() => {
        queueLinkTo({ view: 'all', acquiredBy: { kind, id } });
        go('queue');
      }}
    >
      {t('rosters.openInQueue')}
    </button>
  );
}
