// Whether the window's person edits rosters (shared/rosters.ts `mayEditRosters`): the screen shows read-only those who
// only read, so nobody meets a refusal they could not avoid. The services and the hub check the same rule.
import { mayEditRosters } from '../../../shared/rosters';
import { useSession } from '../session/SessionContext';

export function useMayEditRosters(): boolean {
  return mayEditRosters(useSession().session.person.role);
}
