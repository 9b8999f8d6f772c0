// The Reports view's "KOL and community" page for one region: top KOLs by CAC and by complaint rate, the latest
// campaigns' ROAS, and the biggest communities' retention against non-members. Each figure is the one the rosters
// show (performance-service.ts, community-retention.ts): one definition, docs/metrics.md.
import type { Person, RegionCode } from '../../../shared/domain';
import type { RostersReport } from '../../../shared/rosters-kols';
import type { Db } from '../../db/open';
import { column } from '../../db/statement-cache';
import { ServiceError } from '../kit';
import { communityRetention } from './community-retention';
import { rosterPerformance } from './performance-service';

const TOP = 5;
const CAMPAIGNS = 8;
const COMMUNITIES = 3;

export function rostersReport(db: Db, region: RegionCode, person: Person): RostersReport {
  if (!person.regions.includes(region)) throw new ServiceError('forbidden', `You are not granted ${region}`, 'region');
  const kols = column<number>(db, 'SELECT DISTINCT kol_id FROM kol_contracts WHERE region = ? AND status NOT IN (\'draft\', \'cancelled\') ORDER BY kol_id', [region])
    .map((id) => rosterPerformance(db, 'kol', id, person));
  const topByCac = kols
    .filter((k) => k.life.cacUsd !== null)
    .sort((a, b) => (a.life.cacUsd as number) - (b.life.cacUsd as number) || a.id - b.id)
    .slice(0, TOP)
    .map((k) => ({ id: k.id, name: k.name, newCustomers: k.life.newCustomers, cacUsd: k.life.cacUsd as number }));
  const topByComplaints = kols
    .filter((k) => k.life.complaintsPer1kOrders !== null)
    .sort((a, b) => (b.life.complaintsPer1kOrders as number) - (a.life.complaintsPer1kOrders as number) || a.id - b.id)
    .slice(0, TOP)
    .map((k) => ({ id: k.id, name: k.name, orders: k.life.orders, complaintsPer1kOrders: k.life.complaintsPer1kOrders as number }));
  const campaigns = column<number>(db, 'SELECT id FROM campaigns WHERE region = ? ORDER BY starts_on DESC, id DESC LIMIT ?', [region, CAMPAIGNS])
    .map((id) => rosterPerformance(db, 'campaign', id, person))
    .map((c) => ({ id: c.id, name: c.name, spendUsd: c.life.spendUsd, revenueUsd: c.life.revenueUsd, roas: c.life.roas }));
  const communities = column<number>(
    db,
    `SELECT c.id FROM communities c WHERE c.region = ?
     ORDER BY (SELECT count(*) FROM community_members m WHERE m.community_id = c.id AND m.customer_id IS NOT NULL) DESC, c.id LIMIT ?`,
    [region, COMMUNITIES],
  ).map((id) => {
    const r = communityRetention(db, id, person);
    return {
      id, name: r.name, membersD30: r.members.d30Rate, nonMembersD30: r.nonMembers.d30Rate,
      membersRepurchase: r.members.repurchaseRate, nonMembersRepurchase: r.nonMembers.repurchaseRate,
    };
  });
  return { region, topByCac, topByComplaints, campaigns, communities };
}
