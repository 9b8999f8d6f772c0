// Shown over the grid when a view has no rows, saying what to do next.
import type { QueueFilter } from '../../../shared/queue';

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
  const filtered = hasNarrowingFilters(filter);
  return (
    <div className="empty-state">
      {filter.search ? (
        <>
          <p className="empty-title">No feedback matches “{filter.search}”.</p>
          <p className="empty-text">
            Check the spelling or try a shorter word; search looks in the feedback text of this view only.
          </p>
        </>
      ) : (
        <p className="empty-title">Nothing here. Try All open, or clear the search.</p>
      )}
      <div className="empty-actions">
        {filter.search && (
          <button type="button" className="button" onClick={onClearSearch}>
            Clear search
          </button>
        )}
        {filtered && (
          <button type="button" className="button" onClick={onClearFilters}>
            Clear filters
          </button>
        )}
        <button type="button" className="button" onClick={onShowAllOpen}>
          Show All open
        </button>
      </div>
    </div>
  );
}
