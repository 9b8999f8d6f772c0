// The people a roster can name (owners, moderators): the person and those sharing a region with them, once each.
import type { Person } from '../../../shared/domain';
import type { Session } from '../../../shared/session-calls';

export function rosterPeople(session: Session): Person[] {
  const byId = new Map([session.person, ...session.people].map((p) => [p.id, p]));
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}
