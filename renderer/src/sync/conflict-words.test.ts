import { describe, expect, it } from 'vitest';
import type { FeedbackField } from '../../../shared/hub-protocol';
import type { SyncConflict } from '../../../shared/sync';
import { UI_LOCALES } from '../i18n/locales';
import { createWords } from '../i18n/words';
import { conflictSubject, conflictValueText, keepButtonName, keptText } from './conflict-words';

const people = [{ id: 7, name: 'Maria Santos' }];
const [english, spanish] = UI_LOCALES.map((locale) => createWords(locale, locale.tag)) as [
  ReturnType<typeof createWords>,
  ReturnType<typeof createWords>,
];

const values = { id: 1, baseValue: null, localValue: null, hubValue: null, at: 0 };
const feedback = (field: FeedbackField, feedbackId = 12): SyncConflict => ({ ...values, table: 'feedback', feedbackId, field });
const kol = (field: string): SyncConflict => ({ ...values, table: 'kols', rowId: 7, field });

describe('conflict wording', () => {
  it('shows values in the queue’s words', () => {
    expect(conflictValueText(feedback('status'), 'waiting_on_carrier', people, english)).toBe('Waiting on carrier');
    expect(conflictValueText(feedback('category'), 'customs_duties', people, english)).toBe('Customs & duties');
    expect(conflictValueText(feedback('priority'), 'P2', people, english)).toBe('P2');
    expect(conflictValueText(feedback('status'), null, people, english)).toBe('—');
    expect(conflictValueText(feedback('status'), 'waiting_on_carrier', people, spanish)).toBe('Esperando al transportista');
  });

  it('names assignees, or says who is unknown here', () => {
    expect(conflictValueText(feedback('assigneeId'), 7, people, english)).toBe('Maria Santos');
    expect(conflictValueText(feedback('assigneeId'), null, people, english)).toBe('Unassigned');
    expect(conflictValueText(feedback('assigneeId'), 99, people, english)).toBe('Person #99');
  });

  it('names each row’s buttons apart', () => {
    expect(keepButtonName('local', feedback('status'), english)).toBe('Keep mine for feedback #12 status');
    expect(keepButtonName('hub', feedback('assigneeId'), english)).toBe('Keep hub’s for feedback #12 assignee');
  });

  it('words a roster row’s conflict by its table, in each language', () => {
    expect(conflictSubject(kol('status'), english)).toEqual({ subject: 'KOL #7', field: 'Status', fieldLower: 'status' });
    expect(conflictValueText(kol('status'), 'negotiating', people, english)).toBe('Negotiating');
    expect(conflictValueText(kol('status'), 'negotiating', people, spanish)).toBe('En negociación');
    expect(conflictValueText(kol('owner_id'), 7, people, english)).toBe('Maria Santos');
    expect(keepButtonName('local', kol('owner_id'), english)).toBe('Keep mine for KOL #7 owner');
    expect(keptText('hub', kol('tags'), english)).toBe('Kept the hub’s tags for KOL #7');
  });
});
