// New KOLs and changes to KOLs (status, owner, tags), each one transaction with its outbox mutations.
import type { Person, RegionCode } from '../../../shared/domain';
import { normaliseHandle, tagList, tagText } from '../../../shared/rosters';
import type { KolChange } from '../../../shared/rosters-calls';
import type { KolTarget } from '../../../shared/rosters-kols';
import type { z } from 'zod';
import type { newKolSchema } from '../../../shared/rosters-calls';
import type { Db } from '../../db/open';
import { column, get, run, type SqlValue } from '../../db/statement-cache';
import { ServiceError } from '../kit';
import { kolTargetIds } from './kol-query';
import { recordChange } from './roster-events';
import { requireRosterEditor } from './roster-roles';
import { newRowId } from './roster-ids';
import { queueInsert } from './roster-outbox';
import { editRow, loadRows } from './row-edits';

type NewKolInput = z.output<typeof newKolSchema>;

/** The owner must be someone granted every region of the KOLs they take. */
function checkOwner(db: Db, ownerId: number, regions: Iterable<RegionCode>, field: string): void {
  const owner = get<{ name: string }>(db, 'SELECT name FROM people WHERE id = ?', [ownerId]);
  if (!owner) throw new ServiceError('invalid_input', `There is no person #${ownerId} to own these KOLs`, field);
  const granted = new Set(column<string>(db, 'SELECT region FROM people_regions WHERE person_id = ?', [ownerId]));
  for (const region of regions) {
    if (!granted.has(region)) throw new ServiceError('invalid_input', `${owner.name} is not granted ${region}, so cannot own its KOLs`, field);
  }
}

export function createKol(db: Db, input: NewKolInput, person: Person, now: number): { id: number } {
  requireRosterEditor(person);
  if (!person.regions.includes(input.region)) throw new ServiceError('forbidden', `You are not granted ${input.region}`, 'region');
  const handle = normaliseHandle(input.handle);
  if (!handle.ok) throw new ServiceError('invalid_input', `The handle "${input.handle}" ${handle.reason}`, 'handle');
  return db.transaction(() => {
    const taken = get<{ id: number; name: string }>(db, 'SELECT id, name FROM kols WHERE platform = ? AND handle = ?', [input.platform, handle.handle]);
    if (taken) throw new ServiceError('conflict', `@${handle.handle} on ${input.platform} is already KOL #${taken.id} (${taken.name})`, 'handle');
    if (input.ownerId !== null) checkOwner(db, input.ownerId, [input.region], 'ownerId');
    const id = newRowId();
    const row: SqlValue[] = [
      id, input.region, input.name, input.platform, handle.handle, input.profileUrl, input.followers, input.engagementRate,
      input.audienceCountries.join(','), input.languages.join(','), tagText(input.niches), input.contact, input.agency, null,
      input.status, input.ownerId, tagText(input.tags), input.notes, now,
    ];
    run(db, `INSERT INTO kols VALUES (${row.map(() => '?').join(', ')})`, row);
    queueInsert(db, 'kols', [row], now);
    recordChange(db, 'kols', { id, region: input.region }, { created: input.name }, person, now);
    return { id };
  })();
}

export function updateKols(db: Db, target: KolTarget, change: KolChange, person: Person, now: number): { updated: number } {
  requireRosterEditor(person);
  return db.transaction(() => {
    const rows = loadRows(db, 'kols', kolTargetIds(db, target, person), person, 'target.ids');
    if (change.ownerId !== undefined && change.ownerId !== null) checkOwner(db, change.ownerId, new Set([...rows.values()].map((r) => r.region)), 'change.ownerId');
    let updated = 0;
    for (const row of rows.values()) {
      const set: Record<string, string | number | null> = {};
      if (change.status !== undefined) set.status = change.status;
      if (change.ownerId !== undefined) set.owner_id = change.ownerId;
      if (change.addTags || change.removeTags) {
        const removed = new Set(tagList(tagText(change.removeTags ?? [])));
        set.tags = tagText([...tagList(String(row.tags)), ...(change.addTags ?? [])].filter((tag) => !removed.has(tag.toLowerCase())));
      }
      if (editRow(db, 'kols', row, set, person, now)) updated++;
    }
    return { updated };
  })();
}
