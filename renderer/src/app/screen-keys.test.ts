import { describe, expect, it } from 'vitest';
import { screenIndexForKey } from './screen-keys';

const press = (code: string, modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>>) => ({
  code,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...modifiers,
});

describe('screen keys', () => {
  it('take Ctrl or Cmd with a digit, on the main row or the keypad', () => {
    expect(screenIndexForKey(press('Digit1', { ctrlKey: true }))).toBe(0);
    expect(screenIndexForKey(press('Digit2', { metaKey: true }))).toBe(1);
    expect(screenIndexForKey(press('Numpad3', { ctrlKey: true }))).toBe(2);
  });

  it('leave plain digits to the queue and other chords to the browser', () => {
    expect(screenIndexForKey(press('Digit1', {}))).toBeNull();
    expect(screenIndexForKey(press('Digit1', { ctrlKey: true, shiftKey: true }))).toBeNull();
    expect(screenIndexForKey(press('Digit0', { ctrlKey: true }))).toBeNull();
    expect(screenIndexForKey(press('KeyR', { ctrlKey: true }))).toBeNull();
  });
});
