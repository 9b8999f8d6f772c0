// Words for the report's codes that shared/ has no labels for, and the week as people say it.
import type { SignupChannel } from '../../../shared/domain';
import { addDays, isoWeekMonday, type IsoWeek } from '../../../shared/iso-week';
import type { FunnelStage } from '../../../shared/report-types';

export const SIGNUP_CHANNEL_LABELS: Record<SignupChannel, string> = {
  tiktok: 'TikTok',
  search: 'Search',
  social: 'Social',
  kol: 'KOL',
  affiliate: 'Affiliate',
  referral: 'Referral',
  community: 'Community',
};

export const FUNNEL_STAGE_LABELS: Record<FunnelStage, string> = {
  visits: 'Visits',
  product_views: 'Product views',
  add_to_cart: 'Add to cart',
  checkout_started: 'Checkout',
  orders: 'Orders',
};

// Weeks are calendar days, not instants: format them in UTC so the reader's own zone cannot shift a day.
const dayRange = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const weekdayDay = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });

function utc(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

/** Monday to Sunday of an ISO week: "16 – 22 Nov 2026". */
export function weekDaysText(week: IsoWeek): string {
  const monday = isoWeekMonday(week);
  return dayRange.formatRange(utc(monday), utc(addDays(monday, 6)));
}

/** The Monday a week starts on, short enough for a list of weeks: "Mon 16 Nov". */
export function weekStartText(week: IsoWeek): string {
  return weekdayDay.format(utc(isoWeekMonday(week)));
}

/** The week number alone, for crowded axes: "2026-W47" → "W47". */
export function shortWeek(week: IsoWeek): string {
  return week.slice(5);
}

/** A file's name without its folder, whichever separator the core's platform uses. */
export function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
