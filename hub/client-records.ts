// Each console's binding to its person and its last mutation id, read for many long polls at once.
import type { Pool } from './db/pool';
import { Batcher } from './coalesce';

export interface ClientRecord {
  last: number;
  seq: number;
}

/** Bindings and records remembered; past this many the hub forgets them and reads each again once. */
const KNOWN_BINDINGS = 100_000;
const KNOWN_RECORDS = 100_000;

export class ClientRecords {
  /** A console id, once bound, stays its person's: remembered, it costs a long poll no query. */
  private readonly bound = new Map<string, number>();
  private readonly records: Batcher<string, ClientRecord | null>;
  /**
   * Records read, kept until an announcement names the console (only its own pushes change its record). A read that
   * began before such an announcement is not kept: `forgotten` holds when each console was last forgotten.
   */
  private readonly known = new Map<string, ClientRecord | null>();
  private readonly forgotten = new Map<string, number>();
  private forgets = 0;
  private forgottenAllAt = 0;

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

  /** The consoles an announcement names pushed: their records changed. Null: any may have (announcements were lost). */
  forget(clientIds: readonly string[] | null): void {
    if (clientIds?.length === 0) return;
    this.forgets++;
    if (clientIds === null || this.forgotten.size >= KNOWN_RECORDS) {
      // Reads begun before now are not kept: every console counts as forgotten from here.
      this.forgotten.clear();
      this.known.clear();
      this.forgottenAllAt = this.forgets;
      return;
    }
    for (const id of clientIds) {
      this.known.delete(id);
      this.forgotten.set(id, this.forgets);
    }
  }

  /**
   * The console's last mutation id and the change that recorded it. `remembered`: the caller knows every announcement
   * up to its page's end has been heard (so a remembered record is current as of the page); otherwise it is read,
   * after the caller asked, with the other consoles asking in the same turn.
   */
  async record(clientId: string, remembered: boolean): Promise<ClientRecord | null> {
    if (remembered && this.known.has(clientId)) return this.known.get(clientId) ?? null;
    const began = this.forgets;
    const record = await this.records.get(clientId);
    if (Math.max(this.forgottenAllAt, this.forgotten.get(clientId) ?? 0) <= began) {
      if (this.known.size >= KNOWN_RECORDS) this.known.clear();
      this.known.set(clientId, record);
    }
    return record;
  }
}
