import { describe, expect, it } from 'vitest';
import { UI_LOCALES } from '../i18n/locales';
import { createWords } from '../i18n/words';
import { conflictValueText, keepButtonName } from './conflict-words';

const people = [{ id: 7, name: 'Maria Santos' }];
const [english, spanish] = UI_LOCALES.map((locale) => createWords(locale, locale.tag)) as [
  ReturnType<typeof createWords>,
  ReturnType<typeof createWords>,
];

describe('conflict wording', () => {
  it('shows values in the queue’s words', () => {
    expect(conflictValueText('status', 'waiting_on_carrier', people, english)).toBe('Waiting on carrier');
    expect(conflictValueText('category', 'customs_duties', people, english)).toBe('Customs & duties');
    expect(conflictValueText('priority', 'P2', people, english)).toBe('P2');
    expect(conflictValueText('status', null, people, english)).toBe('—');
    expect(conflictValueText('status', 'waiting_on_carrier', people, spanish)).toBe('Esperando al transportista');
  });

  it('names assignees, or says who is unknown here', () => {
    expect(conflictValueText('assigneeId', 7, people, english)).toBe('Maria Santos');
    expect(conflictValueText('assigneeId', null, people, english)).toBe('Unassigned');
    expect(conflictValueText('assigneeId', 99, people, english)).toBe('Person #99');
  });

  it('names each row’s buttons apart', () => {
    expect(keepButtonName('local', { feedbackId: 12, field: 'status' }, english)).toBe('Keep mine for feedback #12 status');
    expect(keepButtonName('hub', { feedbackId: 12, field: 'assigneeId' }, english)).toBe('Keep hub’s for feedback #12 assignee');
  });
});
