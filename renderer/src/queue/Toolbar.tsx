// Narrows the current view: search, multi-choice filters, resolved items; saves the result as a view.
import type { Ref } from 'react';
import {
  CATEGORY_LABELS,
  FEEDBACK_CATEGORIES,
  FEEDBACK_STATUSES,
  LANGUAGES,
  LANGUAGE_LABELS,
  PRIORITIES,
  STATUS_LABELS,
  type Priority,
} from '../../../shared/domain';
import type { QueueFilter } from '../../../shared/queue';
import { uiNumber } from '../format/region-format';
import { FilterMenu } from './FilterMenu';
import { SearchBox } from './SearchBox';

const PRIORITY_LABELS: Record<Priority, string> = { P1: 'P1', P2: 'P2', P3: 'P3', P4: 'P4' };

interface ToolbarProps {
  filter: QueueFilter;
  onFilterChange(next: QueueFilter): void;
  count: number | null;
  searchRef: Ref<HTMLInputElement>;
  onSaveView(): void;
}

export function Toolbar({ filter, onFilterChange, count, searchRef, onSaveView }: ToolbarProps) {
  const set = (change: Partial<QueueFilter>) => onFilterChange({ ...filter, ...change });
  return (
    <div className="toolbar">
      <SearchBox applied={filter.search} onSearch={(search) => set({ search })} inputRef={searchRef} />
      <FilterMenu
        label="Status"
        options={FEEDBACK_STATUSES}
        labels={STATUS_LABELS}
        value={filter.statuses}
        // Resolved items are hidden unless asked for, so ticking Resolved asks for them too.
        onChange={(statuses) =>
          set(statuses?.includes('resolved') ? { statuses, includeResolved: true } : { statuses })
        }
      />
      <FilterMenu
        label="Priority"
        options={PRIORITIES}
        labels={PRIORITY_LABELS}
        value={filter.priorities}
        onChange={(priorities) => set({ priorities })}
      />
      <FilterMenu
        label="Category"
        options={FEEDBACK_CATEGORIES}
        labels={CATEGORY_LABELS}
        value={filter.categories}
        onChange={(categories) => set({ categories })}
      />
      <FilterMenu
        label="Language"
        options={LANGUAGES}
        labels={LANGUAGE_LABELS}
        value={filter.languages}
        onChange={(languages) => set({ languages })}
      />
      <label className="check toolbar-check">
        <input
          type="checkbox"
          checked={filter.includeResolved ?? false}
          onChange={(event) => set({ includeResolved: event.target.checked })}
        />
        Include resolved
      </label>
      <button type="button" className="button" onClick={onSaveView}>
        Save view
      </button>
      <span className="count" role="status">
        {count === null ? 'Counting…' : `${uiNumber.format(count)} feedback`}
      </span>
    </div>
  );
}
