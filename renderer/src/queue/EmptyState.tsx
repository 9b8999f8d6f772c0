// Shown over the grid when a view has no rows, saying what to do next.
import type { QueueFilter } from '../../../shared/queue';
import { useWords } from '../i18n/LocaleContext';

interface EmptyStateProps {
  filter: QueueFilter;
  onShowAllOpen(): void;
  onClearSearch(): void;
  onClearFilters(): void;
}

function hasNarrowingFilters(filter: QueueFilter): boolean {
  return [filter.statuses, filter.priorities, filter.categories, filter.languages, filter.tags].some(
    (list) => list !== undefined && list.length > 0,
  );
}

export function EmptyState({ filter, onShowAllOpen, onClearSearch, onClearFilters }: EmptyStateProps) {
  const { t } = useWords();
  const filtered = hasNarrowingFilters(filter);
  return (
    <div className="empty-state">
      {filter.search ? (
        <>
          <p className="empty-title">{t('empty.noMatch', { search: filter.search })}</p>
          <p className="empty-text">{t('empty.noMatchHint')}</p>
        </>
      ) : (
        <p className="empty-title">{t('empty.nothing')}</p>
      )}
      <div className="empty-actions">
        {filter.search && (
          <button type="button" className="button" onClick={onClearSearch}>
            {t('empty.clearSearch')}
          </button>
        )}
        {filtered && (
          <button type="button" className="button" onClick={onClearFilters}>
            {t('empty.clearFilters')}
          </button>
        )}
        <button type="button" className="button" onClick={onShowAllOpen}>
          {t('empty.showAllOpen')}
        </button>
      </div>
    </div>
  );
}
