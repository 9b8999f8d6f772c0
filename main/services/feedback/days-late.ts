import { DAY_MS } from '../../../shared/domain';

const UNDELIVERED = new Set(['placed', 'paid', 'shipped', 'in_customs', 'lost']);

/** Whole days past the estimated delivery: final once delivered, still counting while undelivered. */
export function daysLate(
  order: { status: string; estimatedDeliveryAt: number; deliveredAt: number | null },
  now: number,
): number {
  const end = order.deliveredAt ?? (UNDELIVERED.has(order.status) ? now : order.estimatedDeliveryAt);
  return Math.max(0, Math.floor((end - order.estimatedDeliveryAt) / DAY_MS));
}
