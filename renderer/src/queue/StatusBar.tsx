// The bottom line: which regions, how fresh the rows are, how times read, where the shortcuts are.
import { useWords } from '../i18n/LocaleContext';
import { localFormat } from '../format/region-format';
import { useSession } from '../session/SessionContext';

export function StatusBar({ loadedAt }: { loadedAt: number | null }) {
  const { session } = useSession();
  const { t, intl, locale } = useWords();
  const regions = session.regions.map((region) => region.code).join(', ') || t('statusBar.noRegions');
  return (
    <footer className="status-bar">
      <span>{t('statusBar.regions', { regions })}</span>
      <span>{t('statusBar.zones')}</span>
      <span className="status-spacer" />
      <span>{loadedAt === null ? t('statusBar.loading') : t('statusBar.loaded', { time: localFormat(locale).time(loadedAt) })}</span>
      <span>{intl.formatMessage({ id: 'statusBar.shortcuts' }, { kbd: (chunks) => <kbd>{chunks}</kbd> })}</span>
    </footer>
  );
}
