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

/** A recorded run, as `npm run hub:import -- --runs` prints it and `GET /v1/ingest/runs` answers it. */
export interface HubRun {
  id: number;
  source: string;
  origin: string;
  state: 'running' | 'done' | 'refused' | 'failed';
  message: string | null;
  startedAt: number;
  finishedAt: number | null;
  records: number;
  rejected: number;
  written: Record<'customers' | 'orders' | 'feedback', number>;
  changes: number;
}

const REJECTS_PER_STATEMENT = 5_000;

/** The latest runs first, of the sources named (every source when none are), or the one run `id`. */
export async function readHubRuns(pool: Pool, filter: { sources?: string[]; limit?: number; id?: number }): Promise<HubRun[]> {
  const { rows } = await pool.query<Omit<HubRun, 'written'> & Record<'customers' | 'orders' | 'feedback', number>>(
    `SELECT id, source, origin, state, message, started_at AS "startedAt", finished_at AS "finishedAt", records, rejected,
       written_customers AS customers, written_orders AS orders, written_feedback AS feedback, changes
     FROM import_runs WHERE ($1::text[] IS NULL OR source = ANY($1)) AND ($2::bigint IS NULL OR id = $2) ORDER BY id DESC LIMIT $3`,
    [filter.sources ?? null, filter.id ?? null, filter.limit ?? 20],
  );
  return rows.map(({ customers, orders, feedback, ...run }) => ({ ...run, written: { customers, orders, feedback } }));
}

const count = (n: number) => n.toLocaleString('en-US');

/** One run on a line or two, for a person at a terminal: when, how it ended, its counts, and where it came from. */
export function describeRun(run: HubRun): string {
  const started = new Date(run.startedAt).toISOString().slice(0, 19).replace('T', ' ');
  const took = run.finishedAt === null ? '' : ` in ${((run.finishedAt - run.startedAt) / 1000).toFixed(1)} s`;
  const { customers, orders, feedback } = run.written;
  const counts =
    run.state === 'done'
      ? `: ${count(run.records)} records, ${count(run.rejected)} rejected; wrote ${count(customers)} customers, ${count(orders)} orders, ${count(feedback)} feedback items in ${count(run.changes)} changes`
      : run.message
        ? `: ${run.message}`
        : '';
  return `Run ${run.id} ${run.source} ${run.state}, started ${started} UTC${took}${counts}\n  from ${run.origin}`;
}

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
