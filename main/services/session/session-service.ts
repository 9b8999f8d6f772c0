import type { Session } from '../../../shared/session-calls';
import type { ActingPerson } from '../../../shared/sync';
import type { Person, Region, RegionCode, Role } from '../../../shared/domain';
import type { Db } from '../../db/open';
import { all, column, get, value } from '../../db/statement-cache';
import { ServiceError } from '../kit';

interface PersonRow {
  id: number;
  name: string;
  email: string;
  role: Role;
  regions: string | null;
}

const PEOPLE_SQL = `
  SELECT p.id, p.name, p.email, p.role,
         (SELECT group_concat(region) FROM people_regions WHERE person_id = p.id) AS regions
  FROM people p`;

function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    regions: row.regions ? (row.regions.split(',').sort() as RegionCode[]) : [],
  };
}

function currentPersonId(db: Db): number | null {
  const setting = value<string>(db, `SELECT value FROM settings WHERE key = 'current_person_id'`);
  return setting === undefined ? null : Number(setting);
}

/** Cheap enough for every status answer: the person, their role and the regions a session for them would list. */
export function actingPerson(db: Db): ActingPerson | null {
  const id = currentPersonId(db);
  const role = id === null ? undefined : value<Role>(db, 'SELECT role FROM people WHERE id = ?', [id]);
  if (id === null || role === undefined) return null;
  const regions = column<RegionCode>(db, 'SELECT g.region FROM people_regions g JOIN regions r ON r.code = g.region WHERE g.person_id = ? ORDER BY g.region', [id]);
  return { id, role, regions };
}

/** The person this console acts for, as set at seed or sign-in. */
export function currentPerson(db: Db): Person {
  const id = currentPersonId(db);
  const row = id === null ? undefined : get<PersonRow>(db, `${PEOPLE_SQL} WHERE p.id = ?`, [id]);
  if (!row) throw new ServiceError('forbidden', 'No one is signed in to this console yet');
  return toPerson(row);
}

export function getSession(db: Db, person: Person): Session {
  const regions = all<Region>(db, 'SELECT code, name, currency, time_zone AS timeZone, locale FROM regions ORDER BY code').filter((region) =>
    person.regions.includes(region.code),
  );
  const people = all<PersonRow>(db, `${PEOPLE_SQL} ORDER BY p.name`)
    .map(toPerson)
    .filter((other) => other.regions.some((region) => person.regions.includes(region)));
  return { person, regions, people };
}
