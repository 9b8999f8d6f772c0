// The Campaigns and Communities tabs: every campaign and community of the person's regions with its headline
// numbers, and a community's weekly snapshots.
import type { Person } from '../../../shared/domain';
import type { CampaignListRow, CommunityListRow, CommunityWeek } from '../../../shared/rosters-kols';
import type { Db } from '../../db/open';
import { all } from '../../db/statement-cache';
import { loadRows } from './row-edits';

const CAMPAIGNS_SQL = `
  SELECT c.id, c.region, c.name, c.objective, c.starts_on AS startsOn, c.ends_on AS endsOn, c.budget_usd AS budgetUsd,
         coalesce((SELECT round(sum(k.fee_usd + k.seeding_usd), 2) FROM kol_contracts k WHERE k.campaign_id = c.id AND k.status NOT IN ('draft', 'cancelled')), 0) AS contractedUsd,
         (SELECT count(*) FROM campaign_members m WHERE m.campaign_id = c.id AND m.kol_id IS NOT NULL) AS kols,
         (SELECT count(*) FROM customer_acquisitions a WHERE a.campaign_id = c.id) AS newCustomers
  FROM campaigns c WHERE c.region IN (SELECT value FROM json_each(?))
  ORDER BY c.starts_on DESC, c.id DESC`;

const COMMUNITIES_SQL = `
  SELECT c.id, c.region, c.platform, c.name, c.language, c.purpose, c.status,
         s.members, s.active_members AS activeMembers,
         (SELECT count(*) FROM community_members m WHERE m.community_id = c.id) AS rosterMembers,
         (SELECT count(*) FROM community_members m WHERE m.community_id = c.id AND m.customer_id IS NOT NULL) AS linkedCustomers,
         (SELECT count(*) FROM customer_acquisitions a WHERE a.community_id = c.id) AS newCustomers
  FROM communities c
  LEFT JOIN community_snapshots s ON s.id = (SELECT id FROM community_snapshots WHERE community_id = c.id ORDER BY week DESC LIMIT 1)
  WHERE c.region IN (SELECT value FROM json_each(?))
  ORDER BY c.region, c.name`;

export function listCampaigns(db: Db, person: Person): CampaignListRow[] {
  return all<CampaignListRow>(db, CAMPAIGNS_SQL, [JSON.stringify(person.regions)]);
}

export function listCommunities(db: Db, person: Person): CommunityListRow[] {
  return all<CommunityListRow>(db, COMMUNITIES_SQL, [JSON.stringify(person.regions)]);
}

export function communityWeeks(db: Db, communityId: number, person: Person): CommunityWeek[] {
  loadRows(db, 'communities', [communityId], person, 'communityId');
  return all<CommunityWeek>(
    db,
    'SELECT week, members, active_members AS activeMembers, messages, events FROM community_snapshots WHERE community_id = ? ORDER BY week',
    [communityId],
  );
}
