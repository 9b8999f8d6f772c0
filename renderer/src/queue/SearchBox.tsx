// Free-text search over feedback text: applies on Enter, or once typing pauses for 300 ms.
import { useEffect, useRef, useState, type Ref } from 'react';
import { useWords } from '../i18n/LocaleContext';

const DEBOUNCE_MS = 300;

interface SearchBoxProps {
  applied: string | undefined;
  onSearch(search: string | undefined): void;
  inputRef: Ref<HTMLInputElement>;
  /** Esc: the person is done typing; the keyboard goes back to the queue. */
  onLeave(): void;
}

function normalised(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}

export function SearchBox({ applied, onSearch, inputRef, onLeave }: SearchBoxProps) {
  const { t } = useWords();
  const [text, setText] = useState(applied ?? '');
  const timer = useRef<number | undefined>(undefined);

  // A saved view or "Clear search" changes the applied search from outside: show it.
  useEffect(() => {
    setText((current) => (normalised(current) === applied ? current : (applied ?? '')));
  }, [applied]);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const apply = (value: string) => {
    window.clearTimeout(timer.current);
    const next = normalised(value);
    if (next !== applied) onSearch(next);
  };

  return (
    <input
      ref={inputRef}
      type="search"
      className="search"
      aria-label={t('toolbar.search')}
      placeholder={t('toolbar.searchPlaceholder')}
      value={text}
      maxLength={200}
      onChange={(event) => {
        const value = event.target.value;
        setText(value);
        window.clearTimeout(timer.current);
        timer.current = window.setTimeout(() => apply(value), DEBOUNCE_MS);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') apply(text);
        if (event.key === 'Escape') {
          // Chromium would empty a search box on Esc; leaving it keeps (and applies) what was typed.
          event.preventDefault();
          apply(text);
          onLeave();
        }
      }}
    />
  );
}
