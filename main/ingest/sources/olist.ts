// The mapping of the Brazilian E-Commerce Public Dataset by Olist (orders of 2016-2018 from Brazil's marketplace):
// its nine files are Olist's export; the four below are the ones our tables use (products, sellers, geolocation
// and the category translation describe goods and places the console does not keep).
import type { SourceMapping } from '../mapping';

export const OLIST: SourceMapping = {
  source: 'olist',
  provenance: 'Brazilian E-Commerce Public Dataset by Olist, CC BY-NC-SA 4.0',
  region: 'LATAM',
  country: 'BR',
  timeZone: 'America/Sao_Paulo',
  currency: 'BRL',
  rates: {
    file: 'brl-usd-monthly.csv',
    // One rate a month, applied to every order placed in that month.
    origin:
      'Banco Central do Brasil, SGS series 3698: monthly average of the PTAX selling rate, BRL per US dollar (written from memory of the series, not yet checked against it: verify before relying on cents)',
  },
  entities: {
    customers: {
      file: 'olist_customers_dataset.csv',
      // customer_id is opened afresh for every order; customer_unique_id is the person.
      columns: { key: 'customer_id', person: 'customer_unique_id', city: 'customer_city', state: 'customer_state' },
    },
    orders: {
      file: 'olist_orders_dataset.csv',
      columns: {
        key: 'order_id',
        customer: 'customer_id',
        status: {
          column: 'order_status',
          codes: {
            created: 'placed',
            approved: 'paid',
            invoiced: 'paid',
            processing: 'paid',
            shipped: 'shipped',
            delivered: 'delivered',
            // Olist cancels and refunds an order it cannot fill; ours has no "cancelled" of its own.
            canceled: 'refunded',
            unavailable: 'refunded',
          },
        },
        placed_at: 'order_purchase_timestamp',
        // The day the seller handed the parcel to the carrier: Olist names no carrier.
        shipped_at: 'order_delivered_carrier_date',
        delivered_at: 'order_delivered_customer_date',
        estimated_delivery_at: 'order_estimated_delivery_date',
      },
    },
    order_lines: {
      file: 'olist_order_items_dataset.csv',
      columns: { order: 'order_id', line: 'order_item_id', price: 'price', freight: 'freight_value' },
    },
    payments: {
      file: 'olist_order_payments_dataset.csv',
      columns: { order: 'order_id', seq: 'payment_sequential', method: 'payment_type', amount: 'payment_value' },
    },
    reviews: {
      file: 'olist_order_reviews_dataset.csv',
      columns: {
        key: 'review_id',
        order: 'order_id',
        score: 'review_score',
        title: 'review_comment_title',
        comment: 'review_comment_message',
        // Olist sends its satisfaction survey on this day; the customer writes when answering it.
        created_at: 'review_creation_date',
        answered_at: 'review_answer_timestamp',
      },
    },
  },
  customers: {
    name: 'Cliente {person}',
    signupChannel: 'unknown',
    // Sellers ship from within Brazil: local stock, no customs.
    fulfilment: 'overseas_warehouse',
    carrier: 'unknown',
  },
  feedback: {
    language: 'pt',
    channel: 'marketplace',
    maxScoreWithoutText: 2,
    textWithoutComment: 'Avaliação {score}/5 sem comentário',
  },
};

/** Every source the import knows, by the name `--source` takes. */
export const SOURCES: Record<string, SourceMapping> = { olist: OLIST };

/** The source of that name, if there is one (a name typed by a person or sent by a system: `constructor` is none). */
export function sourceNamed(name: string | undefined): SourceMapping | undefined {
  return name !== undefined && Object.hasOwn(SOURCES, name) ? SOURCES[name] : undefined;
}

/** The header of each file the mapping reads, as Olist exports it: what a generated or hand-made export writes. */
export const OLIST_HEADERS = {
  'olist_customers_dataset.csv': 'customer_id,customer_unique_id,customer_zip_code_prefix,customer_city,customer_state',
  'olist_orders_dataset.csv':
    'order_id,customer_id,order_status,order_purchase_timestamp,order_approved_at,order_delivered_carrier_date,order_delivered_customer_date,order_estimated_delivery_date',
  'olist_order_items_dataset.csv': 'order_id,order_item_id,product_id,seller_id,shipping_limit_date,price,freight_value',
  'olist_order_payments_dataset.csv': 'order_id,payment_sequential,payment_type,payment_installments,payment_value',
  'olist_order_reviews_dataset.csv': 'review_id,order_id,review_score,review_comment_title,review_comment_message,review_creation_date,review_answer_timestamp',
} as const;
