// Which data set a hub serves: the epoch of its database (hub_state, made by migration 001). Every hub process over one
// database answers the same, whatever address reached it, so a console tells hubs apart by this and never by URL.
import type { Client, Pool } from './db/pool';

export async function readDataSet(db: Pool | Client): Promise<string> {
  const { rows } = await db.query<{ epoch: string }>('SELECT epoch FROM hub_state');
  const epoch = rows[0]?.epoch;
  if (!epoch) throw new Error('The hub database has no state row: run its migrations');
  return epoch;
}
