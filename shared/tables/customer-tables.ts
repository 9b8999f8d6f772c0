// Customers and their orders (with each parcel's journey).
import { ORDER_STATUSES, REGION_CODES } from '../domain';
import { int, oneOf, real, text, type TableSpec } from './table-spec';

export const CUSTOMER_TABLES = [
  {
    name: 'customers',
    scope: 'region',
    key: ['id'],
    demo: true,
    checksum: 'count',
    columns: [
      int('id'), oneOf('region', REGION_CODES), text('country', 8), text('name'), text('email'), int('signup_at'),
      text('signup_channel', 40), text('segment', 40), int('first_order_at', true), int('last_order_at', true),
      int('orders_count'), real('lifetime_value_usd'),
    ],
  },
  {
    name: 'orders',
    scope: 'region',
    key: ['id'],
    demo: true,
    checksum: 'count',
    columns: [
      int('id'), int('customer_id'), oneOf('region', REGION_CODES), text('country', 8), oneOf('status', ORDER_STATUSES),
      text('carrier', 80), text('tracking_number', 80), oneOf('fulfilment', ['overseas_warehouse', 'cross_border']),
      text('currency', 8), real('amount_local'), real('amount_usd'), real('shipping_fee_usd'), real('duties_usd'),
      text('payment_method', 40), text('promo_code', 40, true), int('placed_at'), int('shipped_at', true),
      int('customs_entered_at', true), int('customs_cleared_at', true), int('estimated_delivery_at'), int('delivered_at', true),
    ],
  },
] as const satisfies readonly TableSpec[];
