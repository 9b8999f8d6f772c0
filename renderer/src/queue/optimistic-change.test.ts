import { describe, expect, it } from 'vitest';
import type { Person } from '../../../shared/domain';
import type { QueueRow } from '../../../shared/queue';
import { withChange } from './optimistic-change';

const row: QueueRow = {
  id: 7,
  createdAt: 1,
  slaDueAt: 2,
  slaPausedAt: null,
  priority: 'P3',
  category: 'late_delivery',
  region: 'SEA',
  country: 'TH',
  language: 'th',
  customerId: 3,
  customerName: 'Somchai',
  customerHighValue: false,
  orderId: 4,
  orderStatus: 'shipped',
  carrier: 'Kerry',
  daysLate: 2,
  assigneeId: null,
  assigneeName: null,
  status: 'new',
  tags: ['carrier', 'vip'],
  firstLine: 'Where is my parcel',
  mergedCount: 0,
};
const people: Person[] = [{ id: 12, name: 'Ana Reyes', email: 'ana@example.com', role: 'support_lead', regions: ['SEA'] }];

describe('withChange', () => {
  it('sets what the change names and leaves the rest, without touching the row it was given', () => {
    const next = withChange(row, { priority: 'P1', status: 'in_progress', category: 'damaged' }, people);
    expect(next).toEqual({ ...row, priority: 'P1', status: 'in_progress', category: 'damaged' });
    expect(row.priority).toBe('P3');
  });

  it('names the assignee from the session, and blanks both on unassign', () => {
    const assigned = withChange(row, { assigneeId: 12 }, people);
    expect([assigned.assigneeId, assigned.assigneeName]).toEqual([12, 'Ana Reyes']);
    expect(withChange(assigned, { assigneeId: null }, people)).toMatchObject({ assigneeId: null, assigneeName: null });
    expect(withChange(row, { assigneeId: 99 }, people)).toMatchObject({ assigneeId: 99, assigneeName: null });
  });

  it('adds tags once and removes them as the core does, adding first', () => {
    expect(withChange(row, { addTags: ['vip', 'customs'], removeTags: ['carrier'] }, people).tags).toEqual(['vip', 'customs']);
    expect(withChange(row, { addTags: ['x'], removeTags: ['x'] }, people).tags).toEqual(['carrier', 'vip']);
  });

  it('keeps the detail pane\'s extra fields', () => {
    const detailed = { ...row, text: 'Where is my parcel?', rating: 2 };
    expect(withChange(detailed, { priority: 'P2' }, people)).toEqual({ ...detailed, priority: 'P2' });
  });
});
