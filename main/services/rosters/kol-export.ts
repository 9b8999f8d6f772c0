// The KOLs grid as a file: every KOL the filter matches, in the grid's default order, as CSV or XLSX
// (roster-export.ts). Contacts (personal data) go only when asked for.
import type { Person } from '../../../shared/domain';
import { tagList, tierOf } from '../../../shared/rosters';
import type { KolFilter } from '../../../shared/rosters-kols';
import type { Db } from '../../db/open';
import { all } from '../../db/statement-cache';
import type { EventSink } from '../event-sink';
import type { Cell, PackColumn, PackTable } from '../review-pack/pack-tables';
import { kolWhere } from './kol-query';
import { writeRosterExport, type ExportFormat } from './roster-export';

interface ExportRow {
  id: number;
  region: string;
  name: string;
  platform: string;
  handle: string;
  profile_url: string | null;
  followers: number;
  engagement_rate: number;
  status: string;
  owner: string | null;
  niches: string;
  tags: string;
  agency: string | null;
  contact: string | null;
}

function kolTable(rows: readonly ExportRow[], withContact: boolean): PackTable {
  const text = (header: string, width = 14): PackColumn => ({ header, format: 'text', width });
  const columns: PackColumn[] = [
    text('id', 16), text('region', 8), text('name', 24), text('platform'), text('handle', 22), text('profile_url', 40),
    { header: 'followers', format: 'count', width: 12 }, text('tier', 8), { header: 'engagement_rate', format: 'rate', width: 12 },
    text('status', 12), text('owner', 20), text('niches', 20), text('tags', 20), text('agency', 18), ...(withContact ? [text('contact', 28)] : []),
  ];
  const cells = rows.map((r): Cell[] => [
    String(r.id), r.region, r.name, r.platform, r.handle, r.profile_url, r.followers, tierOf(r.followers), r.engagement_rate, r.status, r.owner,
    tagList(r.niches).join(', '), tagList(r.tags).join(', '), r.agency, ...(withContact ? [r.contact] : []),
  ]);
  return { file: 'kols', sheet: 'KOLs', columns, rows: cells };
}

export function exportKols(
  db: Db,
  input: { filter: KolFilter; format: ExportFormat; withContact: boolean },
  person: Person,
  now: number,
  events: EventSink,
): { file: string; rows: number; written: boolean } {
  const where = kolWhere(input.filter, person);
  const rows = all<ExportRow>(
    db,
    `SELECT k.id, k.region, k.name, k.platform, k.handle, k.profile_url, k.followers, k.engagement_rate, k.status, p.name AS owner, k.niches, k.tags,
            k.agency, k.contact
     FROM kols k LEFT JOIN people p ON p.id = k.owner_id WHERE ${where.sql} ORDER BY k.followers DESC, k.id`,
    where.params,
  );
  return writeRosterExport(db, kolTable(rows, input.withContact), input.format, now, events);
}
