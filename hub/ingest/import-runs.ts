// The hub's record of its imports (hub migration `import_runs`), written by the CLI and the ingest endpoint alike: a run is
// recorded before anything is read, and finished with its counts and every record it kept aside.
import type { SourceMapping } from '../../main/ingest/mapping';
import type { Pool } from '../db/pool';
import { importIntoHub, type HubImportOptions, type HubImportResult } from './hub-import';

export interface RunReject {
  file: string;
  line: number;
  column: string;
  value: string;
  reason: string;
}

export interface RunOutcome {
  state: 'done' | 'refused' | 'failed';
  message: string | null;
  records: number;
  rejects: RunReject[];
  written: Record<'customers' | 'orders' | 'feedback', number>;
  changes: number;
}

const REJECTS_PER_STATEMENT = 5_000;

export async function startHubRun(pool: Pool, source: string, origin: string, now: number): Promise<number> {
  const { rows } = await pool.query<{ id: number }>(
    "INSERT INTO import_runs (source, origin, started_at, state) VALUES ($1, $2, $3, 'running') RETURNING id",
    [source, origin, now],
  );
  return rows[0]?.id as number;
}

export async function finishHubRun(pool: Pool, runId: number, outcome: RunOutcome, now: number): Promise<void> {
  for (let at = 0; at < outcome.rejects.length; at += REJECTS_PER_STATEMENT) {
    await pool.query(
      `INSERT INTO import_rejects (run_id, file, line, column_name, value, reason)
       SELECT $1, r.file, r.line, r."column", r.value, r.reason FROM json_to_recordset($2) AS r(file text, line integer, "column" text, value text, reason text)
       ON CONFLICT DO NOTHING`,
      [runId, JSON.stringify(outcome.rejects.slice(at, at + REJECTS_PER_STATEMENT))],
    );
  }
  await pool.query(
    `UPDATE import_runs SET state = $2, message = $3, finished_at = $4, records = $5, rejected = $6, written_customers = $7,
       written_orders = $8, written_feedback = $9, changes = $10 WHERE id = $1`,
    [runId, outcome.state, outcome.message, now, outcome.records, outcome.rejects.length, outcome.written.customers, outcome.written.orders, outcome.written.feedback, outcome.changes],
  );
}

/** A run that ended before its counts: refused (nothing was written) or failed (see its message). */
export async function endHubRun(pool: Pool, runId: number, state: 'refused' | 'failed', message: string, now: number): Promise<void> {
  await pool.query('UPDATE import_runs SET state = $2, message = $3, finished_at = $4 WHERE id = $1', [runId, state, message, now]);
}

/** `npm run hub:import`'s run of a folder, recorded (a dry run is not, as on a console). */
export async function importFolderIntoHub(pool: Pool, mapping: SourceMapping, options: HubImportOptions): Promise<HubImportResult & { runId: number | null }> {
  if (options.dryRun) return { ...(await importIntoHub(pool, mapping, options)), runId: null };
  const runId = await startHubRun(pool, mapping.source, options.dir, Date.now());
  try {
    const result = await importIntoHub(pool, mapping, options);
    const { summary } = result;
    if (summary.state === 'refused') await endHubRun(pool, runId, 'refused', summary.message ?? '', Date.now());
    else await finishHubRun(pool, runId, { state: 'done', message: null, records: summary.records, rejects: result.rejects, written: result.written, changes: result.transactions }, Date.now());
    return { ...result, runId };
  } catch (error) {
    await endHubRun(pool, runId, 'failed', error instanceof Error ? error.message : String(error), Date.now()).catch(() => undefined);
    throw error;
  }
}
