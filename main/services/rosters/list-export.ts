// The Campaigns and Communities tables as files, column for column as the tables show them (with each row's id, as
// the KOLs' export has), through the KOLs' export path. Neither table holds contact details.
import type { Person } from '../../../shared/domain';
import type { RosterList } from '../../../shared/rosters-calls';
import type { Db } from '../../db/open';
import type { EventSink } from '../event-sink';
import type { PackColumn, PackTable } from '../review-pack/pack-tables';
import { listCampaigns, listCommunities } from './lists-service';
import { writeRosterExport, type ExportFormat } from './roster-export';

const text = (header: string, width = 14): PackColumn => ({ header, format: 'text', width });
const count = (header: string): PackColumn => ({ header, format: 'count', width: 14 });
const usd = (header: string): PackColumn => ({ header, format: 'usd', width: 14 });

function campaignsTable(db: Db, person: Person): PackTable {
  return {
    file: 'campaigns',
    sheet: 'Campaigns',
    columns: [text('id', 16), text('name', 32), text('region', 8), text('starts_on', 12), text('ends_on', 12), usd('budget_usd'), usd('contracted_usd'), count('kols'), count('new_customers')],
    rows: listCampaigns(db, person).map((c) => [String(c.id), c.name, c.region, c.startsOn, c.endsOn, c.budgetUsd, c.contractedUsd, c.kols, c.newCustomers]),
  };
}

function communitiesTable(db: Db, person: Person): PackTable {
  return {
    file: 'communities',
    sheet: 'Communities',
    columns: [text('id', 16), text('name', 32), text('region', 8), text('platform'), count('members'), count('linked_customers'), count('new_customers')],
    rows: listCommunities(db, person).map((c) => [String(c.id), c.name, c.region, c.platform, c.members, c.linkedCustomers, c.newCustomers]),
  };
}

export function exportRosterList(db: Db, input: { list: RosterList; format: ExportFormat }, person: Person, now: number, events: EventSink): { file: string; rows: number; written: boolean } {
  const table = input.list === 'campaigns' ? campaignsTable(db, person) : communitiesTable(db, person);
  return writeRosterExport(db, table, input.format, now, events);
}
