// The directory alone (regions, people and their grants, SLA policies), for a database that takes its customers
// from elsewhere than the demo generator: an import of a platform's export.
import type { Db } from '../db/open';
import { run, value } from '../db/statement-cache';
import { DEFAULT_PERSON_ID } from './catalog';
import { directoryStreams } from './directory';

/** Writes the directory into a database that has no regions yet; leaves one that has them as it is. */
export function writeDirectoryIfEmpty(db: Db): void {
  if ((value<number>(db, 'SELECT count(*) FROM regions') ?? 0) > 0) return;
  const directory = directoryStreams();
  db.transaction(() => {
    for (const r of directory.regions) run(db, 'INSERT INTO regions (code, name, currency, time_zone, locale) VALUES (?, ?, ?, ?, ?)', [r.code, r.name, r.currency, r.time_zone, r.locale]);
    for (const p of directory.people) run(db, 'INSERT INTO people (id, name, email, role) VALUES (?, ?, ?, ?)', [p.id, p.name, p.email, p.role]);
    for (const g of directory.people_regions) run(db, 'INSERT INTO people_regions (person_id, region) VALUES (?, ?)', [g.person_id, g.region]);
    for (const s of directory.sla_policies) run(db, 'INSERT INTO sla_policies (region, priority, hours) VALUES (?, ?, ?)', [s.region, s.priority, s.hours]);
    run(db, "INSERT INTO settings (key, value) VALUES ('current_person_id', ?) ON CONFLICT (key) DO NOTHING", [String(DEFAULT_PERSON_ID)]);
  })();
}
