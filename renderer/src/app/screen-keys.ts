// Ctrl+1, Ctrl+2… (Cmd on a Mac) go to the screens in header order. Matched on the physical key, so
// layouts whose digits need Shift (AZERTY) work too.
type KeyPress = Pick<KeyboardEvent, 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/** The zero-based screen position a key press asks for, or null when it is not a screen key. */
export function screenIndexForKey(event: KeyPress): number | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return null;
  const digit = /^(?:Digit|Numpad)([1-9])$/.exec(event.code)?.[1];
  return digit === undefined ? null : Number(digit) - 1;
}
