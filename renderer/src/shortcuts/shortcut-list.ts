// The keyboard shortcuts, as the help dialog lists them. Keys are what is printed on them; what each does is a
// message of the catalogue.
import type { MessageId } from '../i18n/messages/en';

export const SHORTCUTS: readonly { keys: readonly string[]; does: MessageId }[] = [
  { keys: ['j', '↓'], does: 'shortcuts.next' },
  { keys: ['k', '↑'], does: 'shortcuts.previous' },
  { keys: ['x'], does: 'shortcuts.select' },
  { keys: ['a'], does: 'shortcuts.assign' },
  { keys: ['1', '2', '3', '4'], does: 'shortcuts.priority' },
  { keys: ['r'], does: 'shortcuts.resolve' },
  { keys: ['/'], does: 'shortcuts.search' },
  { keys: ['?'], does: 'shortcuts.help' },
  { keys: ['Esc'], does: 'shortcuts.escape' },
  // Not drawn from app/screens.ts: that imports the queue, which imports this list.
  { keys: ['Ctrl 1', 'Ctrl 2'], does: 'shortcuts.screens' },
];
