// Who brought a customer, as the triage pane shows it beside their complaint.
import type { AcquiredBy } from '../../../shared/rosters-kols';
import type { Db } from '../../db/open';
import { get } from '../../db/statement-cache';

const ACQUIRED_BY_SQL = `
  SELECT CASE WHEN a.kol_id IS NOT NULL THEN 'kol' ELSE 'community' END AS kind,
         coalesce(a.kol_id, a.community_id) AS id, coalesce(k.name, c.name) AS name, k.handle AS handle,
         coalesce(k.platform, c.platform) AS platform, p.name AS campaignName, a.promo_code AS promoCode, a.via, a.acquired_at AS acquiredAt
  FROM customer_acquisitions a
  LEFT JOIN kols k ON k.id = a.kol_id
  LEFT JOIN communities c ON c.id = a.community_id
  LEFT JOIN campaigns p ON p.id = a.campaign_id
  WHERE a.customer_id = ? AND coalesce(k.id, c.id) IS NOT NULL`;

export function acquiredBy(db: Db, customerId: number): AcquiredBy | null {
  return get<AcquiredBy>(db, ACQUIRED_BY_SQL, [customerId]) ?? null;
}
