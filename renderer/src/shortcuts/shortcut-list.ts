// The keyboard shortcuts, as the help dialog lists them.
export const SHORTCUTS: readonly { keys: readonly string[]; does: string }[] = [
  { keys: ['j', '↓'], does: 'Next row' },
  { keys: ['k', '↑'], does: 'Previous row' },
  { keys: ['x'], does: 'Select or unselect the focused row' },
  { keys: ['a'], does: 'Assign the selection (or the focused row) to me' },
  { keys: ['1', '2', '3', '4'], does: 'Set priority P1 to P4 on the selection (or the focused row)' },
  { keys: ['r'], does: 'Resolve the selection (or the focused row)' },
  { keys: ['/'], does: 'Search' },
  { keys: ['?'], does: 'Show these shortcuts' },
  { keys: ['Esc'], does: 'Close a dialog or menu' },
  // Not drawn from app/screens.ts: that imports the queue, which imports this list.
  { keys: ['Ctrl 1', 'Ctrl 2'], does: 'Go to the first, second… screen in the header (⌘ on a Mac)' },
];
