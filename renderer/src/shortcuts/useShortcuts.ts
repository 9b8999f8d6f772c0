// Single-key shortcuts for working the queue. They stay out of the way while the operator types, while a
// dialog is open, and when a key carries a modifier (those belong to the browser and the OS).
import { useEffect, useRef } from 'react';
import type { Priority } from '../../../shared/domain';

export interface ShortcutHandlers {
  move(delta: 1 | -1): void;
  toggleSelection(): void;
  assignToMe(): void;
  setPriority(priority: Priority): void;
  resolve(): void;
  focusSearch(): void;
  showHelp(): void;
  /** Esc outside a text box, dialog or menu. */
  escape(): void;
}

const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color']);
const PRIORITY_KEYS: Record<string, Priority> = { '1': 'P1', '2': 'P2', '3': 'P3', '4': 'P4' };

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(target.type);
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || target.isContentEditable;
}

/** AG Grid moves its own focused cell with the arrow keys; the grid reports that back as row focus. */
function isInsideGrid(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('.ag-root-wrapper') !== null;
}

export function useShortcuts(handlers: ShortcutHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
      const on = latest.current;
      const priority = PRIORITY_KEYS[event.key];
      const arrow = event.key === 'ArrowDown' || event.key === 'ArrowUp';
      if (arrow && isInsideGrid(event.target)) return;

      if (event.key === 'j' || event.key === 'ArrowDown') on.move(1);
      else if (event.key === 'k' || event.key === 'ArrowUp') on.move(-1);
      else if (event.key === 'x') on.toggleSelection();
      else if (event.key === 'a') on.assignToMe();
      else if (priority) on.setPriority(priority);
      else if (event.key === 'r') on.resolve();
      else if (event.key === '/') on.focusSearch();
      else if (event.key === '?') on.showHelp();
      else if (event.key === 'Escape') on.escape();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
