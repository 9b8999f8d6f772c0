// The Imports screen's calls through the dispatcher: region grants, one run at a time, the run's rejects as the
// screen reads them and as the CSV it downloads.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportRun } from '../../../shared/imports';
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
});
