// A compact multi-choice filter: a button that discloses a group of checkboxes.
import { useEffect, useId, useRef, useState } from 'react';
import { useWords } from '../i18n/LocaleContext';

interface FilterMenuProps<T extends string> {
  label: string;
  options: readonly T[];
  labelOf(option: T): string;
  value: readonly T[] | undefined;
  /** Undefined when nothing is ticked, so the filter drops the term instead of sending an empty list. */
  onChange(next: T[] | undefined): void;
  /** Offer "Clear" (a filter); a choice that must keep one option ticked (the columns) does not. */
  clearable?: boolean;
}

export function FilterMenu<T extends string>({ label, options, labelOf, value, onChange, clearable = true }: FilterMenuProps<T>) {
  const { t } = useWords();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const popoverId = useId();
  const chosen = new Set(value ?? []);
  // Only a filter narrows the view; a choice that is never empty (the columns) is not marked active.
  const narrowing = clearable && chosen.size > 0;

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', closeOutside);
    return () => document.removeEventListener('mousedown', closeOutside);
  }, [open]);

  const toggle = (option: T) => {
    const next = options.filter((candidate) => (candidate === option ? !chosen.has(candidate) : chosen.has(candidate)));
    onChange(next.length > 0 ? next : undefined);
  };

  return (
    <div
      className="filter-menu"
      ref={root}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        className={`filter-button${narrowing ? ' filter-active' : ''}`}
        aria-label={label}
        aria-expanded={open}
        aria-controls={popoverId}
        onClick={() => setOpen((isOpen) => !isOpen)}
      >
        {label}
        {narrowing && <span className="filter-count">{chosen.size}</span>}
        <span className="caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {open && (
        <fieldset id={popoverId} className="filter-popover">
          <legend className="visually-hidden">{label}</legend>
          {options.map((option) => (
            <label key={option} className="check">
              <input type="checkbox" checked={chosen.has(option)} onChange={() => toggle(option)} />
              {labelOf(option)}
            </label>
          ))}
          {clearable && (
            <button
              type="button"
              className="link-button"
              aria-label={t('filter.clearNamed', { filter: label })}
              disabled={chosen.size === 0}
              onClick={() => onChange(undefined)}
            >
              {t('filter.clear')}
            </button>
          )}
        </fieldset>
      )}
    </div>
  );
}
