// The Imports screen's calls through the dispatcher: region grants, one run at a time, the run's rejects as the
// screen reads them and as the CSV it downloads.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportProgress, ImportRun } from '../../../shared/imports';
import { createDispatcher } from '../../core/dispatcher';
import { handlers } from '../../core/handlers';
import { openDatabase, type Db } from '../../db/open';
import { writeDirectoryIfEmpty } from '../../seed/write-directory';
import type { Person } from '../../../shared/domain';
import { currentPerson } from '../session/session-service';
import { goodFiles, writeOlistFolder } from './test-support/olist-folder';

let temp: string;
let db: Db;
let folder: string;
const emitted: string[] = [];

beforeAll(() => {
  temp = mkdtempSync(path.join(tmpdir(), 'ops-import-calls-'));
  db = openDatabase(path.join(temp, 'console.sqlite'));
  writeDirectoryIfEmpty(db);
  const files = goodFiles();
  files['olist_order_items_dataset.csv'].push('o404,1,x,s,2017-06-06 00:00:00,1.0,0.0');
  folder = writeOlistFolder(path.join(temp, 'export'), files);
});
afterAll(() => {
  db.close();
  rmSync(temp, { recursive: true, force: true });
});

const JONAS: Person = { id: 6, name: 'Jonas Weber', email: 'jonas.weber@ops.example.com', role: 'operator', regions: ['EU'] };

function as(person: () => Person) {
  const dispatcher = createDispatcher(handlers, () => ({ db, person: person(), now: () => Date.now() }), () => {}, { emit: (name) => emitted.push(name) });
  return <T>(name: string, input: unknown): { ok: true; value: T } | { ok: false; error: { code: string; message: string } } =>
    dispatcher.dispatch(name, input) as never;
}

describe('imports calls', () => {
  it('refuses a person not granted the source region', () => {
    // Jonas Weber (6) works EU only; Olist writes LATAM.
    expect(as(() => JONAS)('imports.start', { source: 'olist', folder })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('runs an import, one at a time, and answers its rejects and their CSV', async () => {
    const call = as(() => currentPerson(db));
    const started = call<{ runId: number }>('imports.start', { source: 'olist', folder });
    if (!started.ok) throw new Error(started.error.message);
    expect(call('imports.start', { source: 'olist', folder })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    let run: ImportRun | undefined;
    while (run?.state !== 'done') {
      await new Promise((resolve) => setTimeout(resolve, 10));
      const runs = call<ImportRun[]>('imports.runs', {});
      if (!runs.ok) throw new Error(runs.error.message);
      run = runs.value.find((r) => r.id === started.value.runId);
    }
    expect(run).toMatchObject({ source: 'olist', folder, rejected: 1, message: null });
    expect(emitted).toEqual(expect.arrayContaining(['imports.runChanged', 'rows.changed']));
    expect(call('imports.rejects', { runId: run.id })).toEqual({
      ok: true,
      value: [{ file: 'olist_order_items_dataset.csv', line: 6, column: 'order_id', value: 'o404', reason: 'order_id "o404" is not in olist_orders_dataset.csv nor in an earlier import' }],
    });
    const csv = call<{ fileName: string; csv: string }>('imports.rejectsCsv', { runId: run.id });
    expect(csv).toEqual({
      ok: true,
      value: {
        fileName: `rejected-olist-run-${run.id}.csv`,
        csv: 'file,line,column,value,reason,fields…\r\nolist_order_items_dataset.csv,6,order_id,o404,"order_id ""o404"" is not in olist_orders_dataset.csv nor in an earlier import",o404,1,x,s,2017-06-06 00:00:00,1.0,0.0\r\n',
      },
    });
    expect(call('imports.rejects', { runId: 999 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('says where a run is, and a run cancelled stops at its next batch, recorded as such; run again, it completes', async () => {
    const progress: ImportProgress[] = [];
    let dispatcher: ReturnType<typeof createDispatcher> | undefined;
    // The first run is cancelled from the window as soon as it starts writing customers: nothing is left to timing.
    dispatcher = createDispatcher(handlers, () => ({ db, person: currentPerson(db), now: () => Date.now() }), () => {}, {
      emit: (name: string, payload: unknown) => {
        if (name !== 'imports.progress') return;
        const step = payload as ImportProgress;
        progress.push(step);
        if (step.phase === 'writing' && step.subject === 'customers' && progress.length < 10) expect(dispatcher?.dispatch('imports.cancel', { runId: step.runId })).toEqual({ ok: true, value: { cancelled: true } });
      },
    });
    const files = goodFiles();
    for (const [name, rows] of Object.entries(files)) files[name as keyof typeof files] = rows.map((row) => row.replace(/\b([ocpr]\d)\b/g, 'k$1'));
    const cancelFolder = writeOlistFolder(path.join(temp, 'cancelled'), files);
    const started = dispatcher.dispatch('imports.start', { source: 'olist', folder: cancelFolder }) as { ok: true; value: { runId: number } };
    const runId = started.value.runId;
    const runOf = () => (dispatcher?.dispatch('imports.runs', {}) as { value: ImportRun[] }).value.find((r) => r.id === runId);
    while (runOf()?.state === 'running') await new Promise((resolve) => setTimeout(resolve, 10));

    // Rates and five files read (steps 0-5), then writing rates (6) and customers (7) of 10 steps.
    expect(progress.map((p) => `${p.phase} ${p.subject} ${p.done}/${p.total}`)).toEqual([
      'reading brl-usd-monthly.csv 0/10', 'reading olist_customers_dataset.csv 1/10', 'reading olist_orders_dataset.csv 2/10',
      'reading olist_order_items_dataset.csv 3/10', 'reading olist_order_payments_dataset.csv 4/10', 'reading olist_order_reviews_dataset.csv 5/10',
      'writing rates 6/10', 'writing customers 7/10',
    ]);
    expect(runOf()).toMatchObject({ state: 'failed', message: expect.stringMatching(/^Cancelled by .+: the batches written before stay/) });
    const orderKeys = "SELECT count(*) AS n FROM import_keys WHERE entity = 'order' AND source_key LIKE 'k%'";
    expect(db.prepare(orderKeys).get()).toEqual({ n: 0 });
    expect(dispatcher.dispatch('imports.cancel', { runId })).toEqual({ ok: true, value: { cancelled: false } });

    const again = dispatcher.dispatch('imports.start', { source: 'olist', folder: cancelFolder }) as { ok: true; value: { runId: number } };
    const rerunOf = () => (dispatcher?.dispatch('imports.runs', {}) as { value: ImportRun[] }).value.find((r) => r.id === again.value.runId);
    while (rerunOf()?.state === 'running') await new Promise((resolve) => setTimeout(resolve, 10));
    expect(rerunOf()).toMatchObject({ state: 'done', rejected: 0 });
    expect(db.prepare(orderKeys).get()).toEqual({ n: 3 });
  });
});
