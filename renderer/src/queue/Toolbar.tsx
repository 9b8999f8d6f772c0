// Narrows the current view: search, multi-choice filters, resolved items; saves the result as a view.
import type { Ref } from 'react';
import { FEEDBACK_CATEGORIES, FEEDBACK_STATUSES, LANGUAGES, PRIORITIES } from '../../../shared/domain';
import type { QueueFilter } from '../../../shared/queue';
import { useWords } from '../i18n/LocaleContext';
import { FilterMenu } from './FilterMenu';
import { SearchBox } from './SearchBox';

interface ToolbarProps {
  filter: QueueFilter;
  onFilterChange(next: QueueFilter): void;
  count: number | null;
  searchRef: Ref<HTMLInputElement>;
  onSaveView(): void;
  onLeaveSearch(): void;
  columns: ColumnChoice;
}

/** The queue's columns the person may show or hide (all but the selection's), and those shown. */
export interface ColumnChoice {
  options: readonly { id: string; label: string }[];
  shown: readonly string[];
  onChange(shown: readonly string[]): void;
}

export function Toolbar({ filter, onFilterChange, count, searchRef, onSaveView, onLeaveSearch, columns }: ToolbarProps) {
  const { t, label } = useWords();
  const set = (change: Partial<QueueFilter>) => onFilterChange({ ...filter, ...change });
  return (
    <div className="toolbar">
      <SearchBox applied={filter.search} onSearch={(search) => set({ search })} inputRef={searchRef} onLeave={onLeaveSearch} />
      <FilterMenu
        label={t('toolbar.status')}
        options={FEEDBACK_STATUSES}
        labelOf={(status) => label('status', status)}
        value={filter.statuses}
        // Resolved items are hidden unless asked for, so ticking Resolved asks for them too.
        onChange={(statuses) =>
          set(statuses?.includes('resolved') ? { statuses, includeResolved: true } : { statuses })
        }
      />
      <FilterMenu
        label={t('toolbar.priority')}
        options={PRIORITIES}
        labelOf={(priority) => priority}
        value={filter.priorities}
        onChange={(priorities) => set({ priorities })}
      />
      <FilterMenu
        label={t('toolbar.category')}
        options={FEEDBACK_CATEGORIES}
        labelOf={(category) => label('category', category)}
        value={filter.categories}
        onChange={(categories) => set({ categories })}
      />
      <FilterMenu
        label={t('toolbar.language')}
        options={LANGUAGES}
        labelOf={(language) => label('language', language)}
        value={filter.languages}
        onChange={(languages) => set({ languages })}
      />
      <label className="check toolbar-check">
        <input
          type="checkbox"
          checked={filter.includeResolved ?? false}
          onChange={(event) => set({ includeResolved: event.target.checked })}
        />
        {t('toolbar.includeResolved')}
      </label>
      <label className="check toolbar-check">
        <input
          type="checkbox"
          checked={filter.includeMerged ?? false}
          onChange={(event) => set({ includeMerged: event.target.checked })}
        />
        {t('toolbar.includeMerged')}
      </label>
      <FilterMenu
        label={t('toolbar.columns')}
        options={columns.options.map((column) => column.id)}
        labelOf={(id) => columns.options.find((column) => column.id === id)?.label ?? id}
        value={columns.shown}
        // At least one column stays: unticking the last one changes nothing.
        onChange={(shown) => shown && columns.onChange(shown)}
        clearable={false}
      />
      <button type="button" className="button" onClick={onSaveView}>
        {t('toolbar.saveView')}
      </button>
      <span className="count" role="status">
        {count === null ? t('toolbar.counting') : t('toolbar.count', { count })}
      </span>
    </div>
  );
}
