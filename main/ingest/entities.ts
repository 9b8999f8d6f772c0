// The platform-neutral shape every source is mapped into: six entities, each field with its type. A mapping file
// (sources/*.ts) only says which column of which file feeds each field; what a field must hold is said here, once.
import { ORDER_STATUSES } from '../../shared/domain';

export type FieldType =
  /** A source's own identifier: letters, digits, '-', '_', '.', at most 64 characters. */
  | 'id'
  | 'text'
  | 'int'
  /** A non-negative amount, in the source's currency. */
  | 'money'
  /** A positive number of currency units per US dollar. */
  | 'rate'
  /** 'YYYY-MM-DD HH:MM:SS' or 'YYYY-MM-DD', wall-clock time in the source's time zone. */
  | 'local_time'
  /** 'YYYY-MM-DD'. */
  | 'day'
  /** A code the mapping translates to one of `values`. */
  | 'code';

export interface FieldSpec {
  type: FieldType;
  required: boolean;
  /** For 'code': the values the mapping may translate to. */
  values?: readonly string[];
  /** For 'text': the longest kept. */
  max?: number;
  /** For 'int': smallest and largest accepted. */
  range?: readonly [number, number];
}

const f = (type: FieldType, required = true, more: Partial<FieldSpec> = {}): FieldSpec => ({ type, required, ...more });

export const ENTITIES = {
  /** An account the platform opened for an order; `person` is who it belongs to, across accounts. */
  customers: { key: ['key'], fields: { key: f('id'), person: f('id'), city: f('text', false, { max: 80 }), state: f('text', false, { max: 8 }) } },
  orders: {
    key: ['key'],
    fields: {
      key: f('id'),
      customer: f('id'),
      status: f('code', true, { values: ORDER_STATUSES }),
      placed_at: f('local_time'),
      shipped_at: f('local_time', false),
      delivered_at: f('local_time', false),
      estimated_delivery_at: f('local_time'),
    },
  },
  order_lines: {
    key: ['order', 'line'],
    fields: { order: f('id'), line: f('int', true, { range: [1, 100_000] }), price: f('money'), freight: f('money') },
  },
  payments: {
    key: ['order', 'seq'],
    fields: { order: f('id'), seq: f('int', true, { range: [1, 100_000] }), method: f('text', true, { max: 40 }), amount: f('money') },
  },
  reviews: {
    key: ['key'],
    fields: {
      key: f('id'),
      order: f('id'),
      score: f('int', true, { range: [1, 5] }),
      title: f('text', false, { max: 200 }),
      comment: f('text', false, { max: 10_000 }),
      created_at: f('local_time'),
      answered_at: f('local_time', false),
    },
  },
  rates: { key: ['day', 'currency'], fields: { day: f('day'), currency: f('id'), rate: f('rate') } },
} as const satisfies Record<string, { key: readonly string[]; fields: Record<string, FieldSpec> }>;

export type EntityName = keyof typeof ENTITIES;
export const ENTITY_NAMES = Object.keys(ENTITIES) as EntityName[];
export type FieldName<E extends EntityName> = keyof (typeof ENTITIES)[E]['fields'] & string;

/** A converted value: text, a number, an instant (UTC epoch ms), or null for an empty optional field. */
export type FieldValue = string | number | null;
export type EntityRecord = Record<string, FieldValue>;
