// The console's half of "operators edit their regions' rosters; everyone else reads" (shared/rosters.ts): every
// service that writes a roster row asks it first, before anything is read or written.
import type { Person } from '../../../shared/domain';
import { mayEditRosters, rosterReadOnlyReason } from '../../../shared/rosters';
import { ServiceError } from '../kit';

export function requireRosterEditor(person: Person): void {
  if (!mayEditRosters(person.role)) throw new ServiceError('forbidden', rosterReadOnlyReason(person.role));
}
