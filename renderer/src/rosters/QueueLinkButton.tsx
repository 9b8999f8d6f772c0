// Opens the feedback queue on the complaints of the customers a KOL, campaign or community brought.
import { openScreenWith } from '../app/screen-link';
import { useWords } from '../i18n/LocaleContext';

export function QueueLinkButton({ kind, id }: { kind: 'kol' | 'campaign' | 'community'; id: number }) {
  const { t } = useWords();
  return (
    <button
      type="button"
      className="button button-small"
      onClick={() => openScreenWith('queue', { view: 'all', acquiredBy: { kind, id } })}
    >
      {t('rosters.openInQueue')}
    </button>
  );
}
