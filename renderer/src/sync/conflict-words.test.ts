import { describe, expect, it } from 'vitest';
import { conflictValueText, keepButtonName } from './conflict-words';

const people = [{ id: 7, name: 'Maria Santos' }];

describe('conflict wording', () => {
  it('shows values in the queue’s words', () => {
    expect(conflictValueText('status', 'waiting_on_carrier', people)).toBe('Waiting on carrier');
    expect(conflictValueText('category', 'customs_duties', people)).toBe('Customs & duties');
    expect(conflictValueText('priority', 'P2', people)).toBe('P2');
    expect(conflictValueText('status', null, people)).toBe('—');
  });

  it('names assignees, or says who is unknown here', () => {
    expect(conflictValueText('assigneeId', 7, people)).toBe('Maria Santos');
    expect(conflictValueText('assigneeId', null, people)).toBe('Unassigned');
    expect(conflictValueText('assigneeId', 99, people)).toBe('Person #99');
  });

  it('names each row’s buttons apart', () => {
    expect(keepButtonName('local', { feedbackId: 12, field: 'status' })).toBe('Keep mine for feedback #12 status');
    expect(keepButtonName('hub', { feedbackId: 12, field: 'assigneeId' })).toBe("Keep hub's for feedback #12 assignee");
  });
});
