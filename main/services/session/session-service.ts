import type { Session } from '../../../shared/session-calls';
import type { Person, Region, RegionCode, Role } from '../../../shared/domain';
import type { Db } from '../../db/open';
import { all, get, value } from '../../db/statement-cache';
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

/** The person this console acts for, as set at seed or sign-in. */
export function currentPerson(db: Db): Person {
  const personId = value<string>(db, `SELECT value FROM settings WHERE key = 'current_person_id'`);
  const row = personId === undefined ? undefined : get<PersonRow>(db, `${PEOPLE_SQL} WHERE p.id = ?`, [Number(personId)]);
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
