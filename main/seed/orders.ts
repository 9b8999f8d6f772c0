// Orders and parcels: what a customer buys, when, and what happens to the parcel by `until` (shipping, customs,
// delivery, loss, damage, returns).

import { DAY_MS, HOUR_MS, type OrderStatus } from '../../shared/domain';
import { DEFERRED_PAYMENT_METHODS, USD_RATES, WELCOME_PROMO_CODE, currencyDecimals, type CarrierInfo } from './catalog';
import { regionEnd, type Context } from './context';
import { LAUNCH_DAYS } from './growth-model';
import { hourOf, type Profile } from './profiles';
import { Rng, WeightedTable, mixSeed } from './random';
import { round2, roundTo } from './rounding';
import type { OrderRow } from './rows';

/** When people shop and write, by local hour. */
const LOCAL_HOURS = new WeightedTable(
  [1, 0.6, 0.4, 0.3, 0.3, 0.4, 0.8, 1.5, 2.5, 3, 3.2, 3.4, 3.8, 3.6, 3.4, 3.3, 3.4, 3.8, 4.2, 4.8, 5.2, 5, 3.8, 2.2].map(
    (weight, hour) => [hour, weight] as const,
  ),
);

/** Moves a time to a likely local hour of the same day, if that stays within [lo, hi]. */
function shapeHour(rng: Rng, t: number, utcOffsetHours: number, lo: number, hi: number): number {
  const offset = utcOffsetHours * HOUR_MS;
  const dayStart = Math.floor((t + offset) / DAY_MS) * DAY_MS - offset;
  const shaped = dayStart + LOCAL_HOURS.draw(rng) * HOUR_MS + Math.floor(rng.next() * HOUR_MS);
  return shaped >= lo && shaped <= hi ? shaped : t;
}

/** Fills a carrier's tracking pattern; the last digits are the order id, so numbers never repeat. */
function trackingNumber(rng: Rng, pattern: string, country: string, orderId: number): string {
  const chars = pattern.replace('{cc}', country).split('');
  const idDigits = String(orderId).padStart(7, '0');
  let fromId = idDigits.length - 1;
  for (let i = chars.length - 1; i >= 0; i--) {
    if (chars[i] === '#') chars[i] = fromId >= 0 ? (idDigits[fromId--] as string) : String(rng.int(0, 9));
    else if (chars[i] === '@') chars[i] = rng.letters(1);
  }
  return chars.join('');
}

/** A time in [from, to) drawn with the country's order seasons (rejection sampling, bounded). */
function seasonalTime(ctx: Context, rng: Rng, profile: Profile, from: number, to: number): number {
  const season = ctx.growth.orderSeason.get(profile.country.code) as Float32Array;
  const max = ctx.growth.orderSeasonMax.get(profile.country.code) as number;
  const days = ctx.growth.hourDay[profile.regionIndex] as Int32Array;
  for (let tries = 0; tries < 32; tries++) {
    const at = from + (to - from) * rng.next();
    if (rng.next() * max < (season[days[hourOf(ctx, at)] as number] as number)) return at;
  }
  return from + (to - from) * rng.next();
}

export interface SimOrder {
  row: OrderRow;
  carrier: CarrierInfo;
  damaged: boolean;
  defective: boolean;
  /** Held at customs for days (cleared or not yet). */
  held: boolean;
  /** When the customer sent it back, if they have by `until`. */
  returnedAt: number | null;
}

export function simulateOrders(ctx: Context, profile: Profile, count: number, firstOrderId: number): SimOrder[] {
  if (count === 0) return [];
  const rng = new Rng(mixSeed(ctx.seed, profile.id, 2));
  const until = regionEnd(ctx, profile.regionIndex);
  const region = profile.region.info;
  const offset = region.utcOffsetHours;

  // When: the first order soon after signup, the rest spread over the customer's active window.
  const available = until - profile.signupAt;
  // Accounts from the launch weeks were not all waiting to buy at once.
  const launchCohort = profile.signupAt < ctx.start + LAUNCH_DAYS * DAY_MS;
  let lag = rng.exponential((launchCohort ? 45 : 1.5) * DAY_MS);
  if (lag > available) lag = available * rng.next();
  const firstAt = shapeHour(rng, profile.signupAt + lag, offset, profile.signupAt, until);
  let end = until;
  if (profile.archetype === 'lapsed') {
    end = until - (200 + rng.next() * 250) * DAY_MS;
    if (end <= firstAt) end = firstAt + (until - firstAt) * 0.3;
  }
  const times: number[] = [firstAt];
  for (let j = 1; j < count; j++) {
    times.push(shapeHour(rng, seasonalTime(ctx, rng, profile, firstAt, end), offset, firstAt, end));
  }
  times.sort((a, b) => a - b);

  const payments = profile.region.payments.get(profile.country.code) as WeightedTable<string>;
  const preferredPayment = payments.draw(rng);
  const medianUsd = (profile.archetype === 'big_spender' ? 240 : profile.archetype === 'loyal' ? 42 : 36) * region.spendFactor;
  const sigma = profile.archetype === 'big_spender' ? 0.45 : 0.6;
  const currency = profile.country.currency;
  const rate = USD_RATES[currency] ?? 1;
  const decimals = currencyDecimals(currency);

  const orders: SimOrder[] = [];
  for (let j = 0; j < count; j++) {
    const id = firstOrderId + j;
    const placedAt = Math.floor(times[j] as number);
    const crossBorder = rng.chance(region.crossBorderShare);
    const carrier = (crossBorder ? profile.region.crossBorderCarriers : profile.region.warehouseCarriers).draw(rng);
    const legs = crossBorder ? region.crossBorder : region.warehouse;

    // Money.
    let amountUsd = rng.logNormal(medianUsd, sigma);
    if (rng.chance(0.02)) amountUsd *= 4;
    amountUsd = round2(Math.max(2.5, amountUsd));
    const amountLocal = roundTo(amountUsd * rate, decimals);
    const freeShipping = amountUsd >= (crossBorder ? 60 : 35) && rng.chance(crossBorder ? 0.7 : 1);
    const shippingFee = freeShipping ? 0 : crossBorder ? round2(rng.float(2, 12)) : rng.pick([1.99, 2.99, 3.99, 4.99]);
    const duties = crossBorder && amountUsd > region.duties.deMinimisUsd ? round2(amountUsd * region.duties.rate * rng.float(0.9, 1.1)) : 0;
    const paymentMethod = rng.chance(0.75) ? preferredPayment : payments.draw(rng);
    const promoCode = j === 0 && rng.chance(0.3) ? WELCOME_PROMO_CODE : rng.chance(0.12) ? rng.pick(region.promoCodes) : null;

    // The journey as it would happen, before `until` cuts it off.
    const deferred = DEFERRED_PAYMENT_METHODS.includes(paymentMethod);
    const paidAt = placedAt + (deferred ? rng.float(0.1, 2.5) * DAY_MS : rng.float(1, 15) * 60_000);
    const shippedAt = Math.floor(paidAt + rng.float(legs.handling[0], legs.handling[1]) * DAY_MS);
    const estimatedAt = Math.floor(placedAt + (legs.promise + rng.next()) * DAY_MS);
    const cancelled = rng.chance(0.01);
    const lost = rng.chance(carrier.lossRate * (crossBorder ? 1.3 : 1));
    const lostBeforeCustoms = rng.chance(0.5);
    const late = rng.chance(Math.min(0.9, carrier.lateRate * region.lateFactor));
    const lateDays = late ? 0.5 + rng.exponential(carrier.lateMeanDays * region.lateFactor) : 0;
    let enteredAt = 0;
    let clearedAt = 0;
    let held = false;
    let lastMileFrom = shippedAt;
    if (crossBorder) {
      const international = legs.international ?? [3, 7];
      enteredAt = Math.floor(shippedAt + rng.float(international[0], international[1]) * DAY_MS);
      held = rng.chance(region.customsHoldRate);
      clearedAt = Math.floor(enteredAt + (held ? rng.float(3, 18) : rng.float(0.2, 1.5)) * DAY_MS);
      lastMileFrom = clearedAt;
    }
    const deliveredAt = Math.floor(lastMileFrom + (rng.float(legs.lastMile[0], legs.lastMile[1]) + lateDays) * DAY_MS);
    const damaged = rng.chance(crossBorder ? 0.03 : 0.025);
    const defective = rng.chance(0.03);
    const afterDelivery = rng.next();
    const returnAt = Math.floor(deliveredAt + rng.float(3, 25) * DAY_MS);

    // What has happened by `until`.
    let status: OrderStatus;
    let shipped: number | null = null;
    let entered: number | null = null;
    let cleared: number | null = null;
    let delivered: number | null = null;
    let returnedAt: number | null = null;
    if (paidAt > until) {
      status = 'placed';
    } else if (cancelled) {
      status = placedAt + DAY_MS <= until ? 'refunded' : 'paid';
    } else if (shippedAt > until) {
      status = 'paid';
    } else {
      shipped = shippedAt;
      const customsKnown = crossBorder && !(lost && lostBeforeCustoms);
      if (customsKnown && enteredAt <= until) entered = enteredAt;
      if (customsKnown && clearedAt <= until) cleared = clearedAt;
      if (lost) {
        status = estimatedAt + 10 * DAY_MS <= until ? 'lost' : entered !== null && cleared === null ? 'in_customs' : 'shipped';
      } else if (crossBorder && entered === null) {
        status = 'shipped';
      } else if (crossBorder && cleared === null) {
        status = 'in_customs';
      } else if (deliveredAt > until) {
        status = 'shipped';
      } else {
        delivered = deliveredAt;
        status = 'delivered';
        const returnedShare = damaged ? 0.35 : defective ? 0.4 : 0.035;
        const refundedShare = damaged ? 0.3 : defective ? 0.25 : 0.015;
        if (returnAt <= until && afterDelivery < returnedShare + refundedShare) {
          status = afterDelivery < returnedShare ? 'returned' : 'refunded';
          returnedAt = returnAt;
        }
      }
    }

    orders.push({
      row: {
        id,
        customer_id: profile.id,
        region: region.code,
        country: profile.country.code,
        status,
        carrier: carrier.name,
        tracking_number: trackingNumber(rng, carrier.tracking, profile.country.code, id),
        fulfilment: crossBorder ? 'cross_border' : 'overseas_warehouse',
        currency,
        amount_local: amountLocal,
        amount_usd: amountUsd,
        shipping_fee_usd: shippingFee,
        duties_usd: duties,
        payment_method: paymentMethod,
        promo_code: promoCode,
        placed_at: placedAt,
        shipped_at: shipped,
        customs_entered_at: entered,
        customs_cleared_at: cleared,
        estimated_delivery_at: estimatedAt,
        delivered_at: delivered,
      },
      carrier,
      damaged: damaged && delivered !== null,
      defective: defective && delivered !== null,
      held: held && entered !== null,
      returnedAt,
    });
  }
  return orders;
}

/** How much a customer has to write about: weights the feedback plan (a lost parcel almost always gets a complaint). */
export function problemScore(orders: readonly SimOrder[], until: number): number {
  let score = 0;
  for (const o of orders) {
    const r = o.row;
    const late = r.delivered_at !== null ? r.delivered_at - r.estimated_delivery_at > DAY_MS : r.shipped_at !== null && r.estimated_delivery_at < until;
    if (r.status === 'lost') score += 3;
    else if (o.damaged) score += 2;
    else if (late || o.defective || o.held) score += 1;
    else if (r.status === 'returned' || r.status === 'refunded') score += 0.7;
  }
  return score;
}
