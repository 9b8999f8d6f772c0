// Each console's binding to its person and its last mutation id, read for many long polls at once.
import type { Pool } from './db/pool';
import { Batcher } from './coalesce';

export interface ClientRecord {
  last: number;
  seq: number;
}

/** Bindings remembered; past this many the hub forgets them and reads each again once. */
const KNOWN_BINDINGS = 100_000;

export class ClientRecords {
  /** A console id, once bound, stays its person's: remembered, it costs a long poll no query. */
  private readonly bound = new Map<string, number>();
  private readonly records: Batcher<string, ClientRecord | null>;

  constructor(private readonly pool: Pool) {
    this.records = new Batcher(async (ids) => {
      const { rows } = await pool.query<ClientRecord & { client_id: string }>(
        'SELECT client_id, last_mutation_id AS last, seq FROM hub_clients WHERE client_id = ANY($1::text[])',
        [ids],
      );
      return new Map(rows.map((row) => [row.client_id, { last: row.last, seq: row.seq }]));
    }, null);
  }

  /** Binds a client id to its person on first use; another person's token cannot use it. */
  async claim(clientId: string, personId: number): Promise<boolean> {
    const owner =
      this.bound.get(clientId) ??
      (
        await this.pool.query<{ person_id: number }>(
          `WITH added AS (INSERT INTO hub_clients (client_id, person_id) VALUES ($1, $2) ON CONFLICT (client_id) DO NOTHING RETURNING person_id)
           SELECT person_id FROM added UNION ALL SELECT person_id FROM hub_clients WHERE client_id = $1`,
          [clientId, personId],
        )
      ).rows[0]?.person_id;
    if (owner === undefined) return false;
    if (this.bound.size >= KNOWN_BINDINGS) this.bound.clear();
    this.bound.set(clientId, owner);
    return owner === personId;
  }

  /**
   * The console's last mutation id and the change that recorded it, read after the caller asked (with the other
   * consoles asking in the same turn): a page ending at or past that change confirms it.
   */
  record(clientId: string): Promise<ClientRecord | null> {
    return this.records.get(clientId);
  }
}
