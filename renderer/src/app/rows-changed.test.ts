import { describe, expect, it } from 'vitest';
import type { RowsChanged } from '../../../shared/rows-events';
import { EVERYTHING, mergeRowsChanged, touchesItem, touchesQueue, touchesRegions } from './rows-changed';

const edit: RowsChanged = { tables: ['feedback', 'feedback_events'], feedbackIds: [7], source: 'edit' };
const pulled: RowsChanged = { tables: ['feedback'], feedbackIds: [9], regions: ['SEA'], source: 'sync' };
const spend: RowsChanged = { tables: ['marketing_spend'], feedbackIds: [], regions: ['EU'], source: 'sync' };

describe('rows changed', () => {
  it('concerns the queue when a table it shows changed', () => {
    expect(touchesQueue(edit)).toBe(true);
    expect(touchesQueue({ ...spend, tables: ['orders'] })).toBe(true);
    expect(touchesQueue(spend)).toBe(false);
    expect(touchesQueue(EVERYTHING)).toBe(true);
  });

  it('concerns an open item only when it is among the items changed, or they are unknown', () => {
    expect(touchesItem(edit, 7)).toBe(true);
    expect(touchesItem(edit, 8)).toBe(false);
    expect(touchesItem({ tables: ['feedback'], source: 'edit' }, 8)).toBe(true);
    // Its order or customer may have changed: the ids name only feedback items.
    expect(touchesItem({ tables: ['orders'], feedbackIds: [], source: 'sync' }, 8)).toBe(true);
    expect(touchesItem(spend, 8)).toBe(false);
  });

  it('concerns the Reports of a region when that region changed, or the regions are unknown', () => {
    expect(touchesRegions(pulled, ['SEA', 'EU'])).toBe(true);
    expect(touchesRegions(pulled, ['EU'])).toBe(false);
    expect(touchesRegions(edit, ['EU'])).toBe(true);
  });

  it('folds a burst into one change that knows ids and regions only where every part did', () => {
    expect(mergeRowsChanged(pulled, { ...spend, feedbackIds: [3] })).toEqual({
      tables: ['feedback', 'marketing_spend'],
      feedbackIds: [9, 3],
      regions: ['SEA', 'EU'],
      source: 'sync',
    });
    const merged = mergeRowsChanged(pulled, edit);
    expect(merged.feedbackIds).toEqual([9, 7]);
    expect(merged.regions).toBeUndefined();
    expect(merged.tables).toEqual(['feedback', 'feedback_events']);
  });
});
