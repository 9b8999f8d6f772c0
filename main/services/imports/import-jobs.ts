// The Imports screen's side of an import: the runs and their rejects as the screen reads them, and a run started
// from the window, which goes on in the core's worker while the window stays responsive. One run at a time.
import { stringify } from 'csv-stringify/sync';
import type { Person } from '../../../shared/domain';
import type { ImportProgress, ImportReject, ImportRun, ImportSource } from '../../../shared/imports';
import type { SourceMapping } from '../../ingest/mapping';
import type { Db } from '../../db/open';
import { all, get } from '../../db/statement-cache';
import { SOURCES, sourceNamed } from '../../ingest/sources/olist';
import { RATES_DIR } from '../../ingest/sources/rates-dir';
import type { EventSink } from '../event-sink';
import { ServiceError } from '../kit';
import { warmRollups } from '../metrics/warm-rollups';
import { importSource } from './run-import';

const RUN_COLUMNS = `id, source, folder, started_at AS startedAt, finished_at AS finishedAt, state, message, records, inserted, updated,
  unchanged, rejected`;
const RUNS_SHOWN = 50;
const REJECTS_SHOWN = 100;

export function importSources(): ImportSource[] {
  return Object.values(SOURCES).map((m) => ({ name: m.source, provenance: m.provenance, region: m.region }));
}

export function importRuns(db: Db): ImportRun[] {
  return all<ImportRun>(db, `SELECT ${RUN_COLUMNS} FROM import_runs ORDER BY id DESC LIMIT ?`, [RUNS_SHOWN]);
}

function importRun(db: Db, runId: number): ImportRun {
  const found = get<ImportRun>(db, `SELECT ${RUN_COLUMNS} FROM import_runs WHERE id = ?`, [runId]);
  if (!found) throw new ServiceError('not_found', `There is no import run ${runId}`, 'runId');
  return found;
}

export function importRejects(db: Db, runId: number): ImportReject[] {
  importRun(db, runId);
  return all<ImportReject>(
    db,
    'SELECT file, line, column_name AS "column", value, reason FROM import_rejects WHERE run_id = ? ORDER BY file, line LIMIT ?',
    [runId, REJECTS_SHOWN],
  );
}

/** One line per rejected record: where it was, why, then its fields as read (files differ in width; a row is as wide as its own). */
export function rejectsCsv(db: Db, runId: number): { fileName: string; csv: string } {
  const run = importRun(db, runId);
  const rows = all<ImportReject & { record: string }>(
    db,
    'SELECT file, line, column_name AS "column", value, reason, record FROM import_rejects WHERE run_id = ? ORDER BY file, line',
    [runId],
  );
  const lines = [['file', 'line', 'column', 'value', 'reason', 'fields…'], ...rows.map((r) => [r.file, String(r.line), r.column, r.value, r.reason, ...(JSON.parse(r.record) as string[])])];
  return { fileName: `rejected-${run.source}-run-${run.id}.csv`, csv: stringify(lines, { record_delimiter: 'windows' }) };
}

let running: number | null = null;
let stopping: AbortController | null = null;

/** The steps of a run of `mapping`: read the rates and each file, then write rates, customers, orders, feedback. */
const stepsOf = (mapping: SourceMapping) => 1 + Object.keys(mapping.entities).length + 4;

/** The engine's step, as the screen words it: `reading <file>`, `writing <table>` or `building indexes`. */
function progressOf(runId: number, step: string, done: number, total: number): ImportProgress {
  const [phase, ...rest] = step.split(' ');
  const subject = rest.join(' ');
  if (phase === 'reading' || phase === 'writing') return { runId, phase, subject, done, total };
  return { runId, phase: 'indexes', subject: '', done, total };
}

export function startImport(db: Db, person: Person, input: { source: string; folder: string }, events: EventSink): { runId: number } {
  const mapping = sourceNamed(input.source);
  if (!mapping) throw new ServiceError('invalid_input', `"${input.source}" is not a source: use one of ${Object.keys(SOURCES).join(', ')}`, 'source');
  if (!person.regions.includes(mapping.region)) {
    throw new ServiceError('forbidden', `Importing ${mapping.source} writes ${mapping.region}'s data, and you are not granted ${mapping.region}`);
  }
  if (running !== null) throw new ServiceError('conflict', `Import run ${running} is still going: wait for it to end`);
  let runId = 0;
  let steps = 0;
  const total = stepsOf(mapping);
  const controller = new AbortController();
  const done = importSource(db, mapping, {
    dir: input.folder,
    ratesDir: RATES_DIR,
    signal: controller.signal,
    onStarted: (id) => {
      runId = id;
      running = id;
      stopping = controller;
    },
    // Building indexes comes after the last counted step: the bar stays full meanwhile.
    onProgress: (step) => events.emit('imports.progress', progressOf(runId, step, Math.min(steps++, total - 1), total)),
  });
  done
    .then((summary) => {
      if (summary.state === 'done') {
        warmRollups(db);
        events.emit('rows.changed', { tables: ['customers', 'orders', 'feedback'], regions: [mapping.region], source: 'sync' });
      }
    })
    // A failure is recorded on the run itself (state failed, with its message); one before the run was recorded is not.
    .catch(() => undefined)
    .finally(() => {
      running = null;
      stopping = null;
      if (runId !== 0) events.emit('imports.runChanged', importRun(db, runId));
    });
  // The run is recorded before the import's first pause: a run id of 0 here means recording it failed.
  if (runId === 0) throw new ServiceError('internal', 'The import could not be recorded, so it did not start');
  events.emit('imports.runChanged', importRun(db, runId));
  return { runId };
}

/** Asks the running import to stop at its next batch; false when that run is no longer going. */
export function cancelImport(person: Person, runId: number): { cancelled: boolean } {
  if (running !== runId || !stopping) return { cancelled: false };
  stopping.abort(`Cancelled by ${person.name}: the batches written before stay; run the folder again to complete it`);
  return { cancelled: true };
}
