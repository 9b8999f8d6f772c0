// `npm run hub:admin -- <command>`: accounts on the hub. Whoever can run it reaches the hub's database, so it acts
// as an admin; over HTTP only an admin's token may change grants (hub/server.ts).
import { parseFlags, UsageError } from '../../main/cli/flags';
import type { Pool } from '../db/pool';
import { ADMIN_FLAGS } from './arguments';
import { listCommand } from './list-command';
import { addPerson, changeGrants } from './person-commands';
import { issueServiceCommand, revokeServiceCommand } from './service-token-commands';
import { issueCommand, revokeCommand } from './token-commands';


export const ADMIN_USAGE = [
  'npm run hub:admin -- <command> [--database-url URL]',
  '  person add --name NAME --email EMAIL --role operator|support_lead|manager|admin [--regions SEA,EU]',
  '  person grant --person ID|EMAIL --regions SEA,EU',
  '  person revoke --person ID|EMAIL --regions EU',
  '  token issue --person ID|EMAIL [--expires-in 90d|12h|30m] [--label TEXT]',
  '  token revoke --token ID | --person ID|EMAIL',
  '  service-token issue --regions LATAM,EU [--expires-in 90d] [--label TEXT]   (a platform\'s system: may only ingest)',
  '  service-token revoke --token ID',
  '  list',
].join('\n');

/** Runs one command; returns the lines to print. A UsageError names what was wrong. */
export async function runAdmin(pool: Pool, argv: readonly string[], now: number): Promise<string[]> {
  const firstFlag = argv.findIndex((arg) => arg.startsWith('--'));
  const words = firstFlag < 0 ? [...argv] : argv.slice(0, firstFlag);
  const command = words.join(' ');
  const { values } = parseFlags(argv.slice(words.length), { values: ADMIN_FLAGS, switches: [] });
  switch (command) {
    case 'person add':
      return addPerson(pool, values);
    case 'person grant':
      return changeGrants(pool, values, 'grant');
    case 'person revoke':
      return changeGrants(pool, values, 'revoke');
    case 'token issue':
      return issueCommand(pool, values, now);
    case 'token revoke':
      return revokeCommand(pool, values, now);
    case 'service-token issue':
      return issueServiceCommand(pool, values, now);
    case 'service-token revoke':
      return revokeServiceCommand(pool, values, now);
    case 'list':
      return listCommand(pool, now);
    default:
      throw new UsageError(`${command === '' ? 'No command given' : `"${command}" is not a command`}. Usage:\n${ADMIN_USAGE}`);
  }
}
