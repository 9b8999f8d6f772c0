// The Olist mapping against Olist's own files: every mapped column is in the raw format's headers, every record of
// the raw heads (CRLF, BOM, quoted line breaks) converts, and the field conversions refuse what is not a value.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENTITIES, type EntityName } from './entities';
import { convert, wallTime } from './fields';
import { localClock } from './local-time';
import type { EntityMapping } from './mapping';
import { readEntity, type EntityItem, type Reject } from './read-entity';
import { OLIST } from './sources/olist';
import { REALDATA_PRESENT, realdata } from '../test-support/realdata';

const clock = localClock(OLIST.timeZone);
const mapped = Object.entries(OLIST.entities) as [EntityName, EntityMapping<EntityName>][];

describe.skipIf(!REALDATA_PRESENT)('the Olist mapping', () => {
  const heads = realdata('olist_original_heads_ibrahimoued');

  it('maps every file it names, and every required field of each entity', () => {
    for (const [entity, mapping] of mapped) {
      expect(readdirSync(heads)).toContain(mapping.file);
      for (const [field, spec] of Object.entries(ENTITIES[entity].fields)) {
        if (spec.required) expect(mapping.columns, `${entity}.${field}`).toHaveProperty(field);
      }
    }
  });

  it.each(mapped.map(([entity, mapping]) => [entity, mapping] as const))('reads every record of the raw %s head', async (entity, mapping) => {
    const read = await readEntity(heads, entity, mapping, clock);
    const items: (EntityItem | Reject)[] = [];
    for await (const chunk of read.items) items.push(...chunk);
    expect(items.length).toBeGreaterThan(900);
    expect(items.filter((item) => 'reason' in item)).toEqual([]);
  });

  it('translates every status of the 15k sample, and times as São Paulo wall time', async () => {
    const read = await readEntity(realdata('olist_sample15k_dhipin1'), 'orders', OLIST.entities.orders as EntityMapping<'orders'>, clock);
    const statuses = new Set<unknown>();
    let first: EntityItem | undefined;
    for await (const chunk of read.items) {
      for (const item of chunk) {
        if ('reason' in item) throw new Error(item.reason);
        statuses.add(item.record.status);
        first ??= item;
      }
    }
    expect([...statuses].sort()).toEqual(['delivered', 'paid', 'refunded', 'shipped']);
    // b9a6c5f5... was placed 2018-06-12 20:07:44 in São Paulo (UTC-3).
    expect(first?.record).toMatchObject({ key: 'b9a6c5f5df52c7226ac85aee7524c27f', placed_at: Date.UTC(2018, 5, 12, 23, 7, 44) });
  });
});

describe('field conversion', () => {
  const time = ENTITIES.orders.fields.placed_at;
  it('refuses dates that are not dates, and years no platform has', () => {
    expect(wallTime('2017-02-30')).toBe('is not a date: no such day or time');
    expect(wallTime('20000-01-01 00:00:00')).toMatch(/^is not a date/);
    expect(wallTime('2999-01-01')).toBe('has the year 2999, outside 1990-2100');
    // February 29th only in leap years (every fourth, but not 2100; 2000 is one); no 13th month, no 31st of April.
    expect(wallTime('2016-02-29 23:59:59')).toBe(Date.UTC(2016, 1, 29, 23, 59, 59));
    expect(wallTime('2000-02-29')).toBe(Date.UTC(2000, 1, 29));
    for (const text of ['2017-02-29', '2100-02-29', '2017-13-01', '2017-00-10', '2017-04-31', '2017-04-00', '2017-04-30 23:60']) {
      expect(wallTime(text), text).toBe('is not a date: no such day or time');
    }
    expect(convert('2017-06-01 25:00:00', time, clock)).toEqual({ problem: 'is not a date: no such day or time' });
  });

  it('reads money, whole numbers written by pandas as "2.0", ids and codes, and says why it will not', () => {
    expect(convert('225.0', ENTITIES.order_lines.fields.price, clock)).toBe(225);
    expect(convert('-3', ENTITIES.order_lines.fields.price, clock)).toEqual({ problem: 'is not an amount between 0 and 1,000,000,000' });
    expect(convert('12,50', ENTITIES.order_lines.fields.price, clock)).toEqual({ problem: 'is not a number such as 12.50' });
    expect(convert('2.0', ENTITIES.order_lines.fields.line, clock)).toBe(2);
    expect(convert('6', ENTITIES.reviews.fields.score, clock)).toEqual({ problem: 'is outside 1-5' });
    expect(convert("o'1", ENTITIES.orders.fields.key, clock)).toMatchObject({ problem: expect.stringMatching(/^is not an id/) });
    expect(convert('', ENTITIES.orders.fields.shipped_at, clock)).toBe(null);
    expect(convert('canceled', ENTITIES.orders.fields.status, clock, { canceled: 'refunded' })).toBe('refunded');
    expect(convert('x\uFFFDy', ENTITIES.reviews.fields.comment, clock)).toEqual({ problem: 'is not valid UTF-8' });
  });
});
