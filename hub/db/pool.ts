import pg from 'pg';

export type Pool = pg.Pool;
export type Client = pg.PoolClient;

const INT8_OID = 20;

/** bigint columns hold epoch milliseconds and ids, all within 2^53: read them as numbers. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export function createPool(databaseUrl: string, max = 10): Pool {
  const pool = new pg.Pool({ connectionString: databaseUrl, max, types });
  // An idle client losing its server (a restart) must not take the process down; the next query reconnects.
  pool.on('error', () => {});
  return pool;
}

export async function inTransaction<T>(pool: Pool, begin: string, run: (client: Client) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(begin);
    const result = await run(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
