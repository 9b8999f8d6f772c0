// One round with the hub: every waiting edit up, then every change down, page by page.
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { PullResponse } from '../../../shared/hub-protocol';
import type { Db } from '../../db/open';
import { run } from '../../db/statement-cache';
import type { EventSink } from '../event-sink';
import { warmRollups } from '../metrics/warm-rollups';
import { applyPage } from './apply-page';
import { HubFailure, type HubClient } from './hub-client';
import { recordAnswers, rejectMalformed, unansweredBatch } from './push-answers';
import { readSyncState } from './sync-state';

export interface CycleOptions {
  now: () => number;
  log: (line: string) => void;
  pushBatch: number;
  stopped?: () => boolean;
  /** Hears the rows each applied page changed. */
  events?: EventSink;
  /** After each push answered and each page applied: the status may have changed. */
  onPage?: () => void;
}

/** The runner is stopping, or the console left the hub: not a failure. */
export class Interrupted extends Error {}

export async function pushAll(db: Db, client: HubClient, options: CycleOptions): Promise<void> {
  for (;;) {
    const state = readSyncState(db);
    const mutations = unansweredBatch(db, options.pushBatch);
    if (!state || mutations.length === 0) return;
    try {
      const response = await client.push({ clientId: state.client_id, sentAt: options.now(), mutations });
      recordAnswers(db, response.results, options.now());
      options.onPage?.();
    } catch (error) {
      const index = error instanceof HubFailure && error.status === 400 ? /^mutations\[(\d+)\]/.exec(error.field ?? '')?.[1] : undefined;
      const culprit = index === undefined ? undefined : mutations[Number(index)];
      if (!culprit) throw error;
      options.log(`sync: the hub refused edit ${culprit.id} as malformed`);
      rejectMalformed(db, culprit.id, `Your edit could not be sent (${(error as HubFailure).plain})`, options.now());
    }
  }
}

/** Pages until caught up; the next page is on its way while this one is applied. */
export async function pullAll(db: Db, client: HubClient, options: CycleOptions & { checksums: boolean; first?: PullResponse }): Promise<void> {
  const state = readSyncState(db);
  if (!state) throw new Interrupted();
  if (state.snapshot_rows_done !== null) {
    // A snapshot resuming: time left is reckoned from the rate of this run.
    run(db, 'UPDATE sync_state SET snapshot_started_at = ?, snapshot_rows_at_start = snapshot_rows_done', [options.now()]);
  }
  const request = (cursor: string | null) => client.pull({ clientId: state.client_id, cursor, checksums: options.checksums });
  let next = options.first ? Promise.resolve(options.first) : request(state.cursor);
  for (;;) {
    const page = await next;
    const following = page.more ? request(page.cursor) : null;
    following?.catch(() => {});
    // fetch writes the request only once the event loop turns: let it go before the apply holds the thread, or the
    // hub would wait for the apply instead of building the next page meanwhile. On a kept-alive connection, one turn.
    if (following) await nextTurn();
    const outcome = applyPage(db, page, options.now());
    if (outcome.quarantined > 0) options.log(`sync: set aside ${outcome.quarantined} row(s) the console could not store`);
    // A snapshot brings weeks of rows the rollup does not hold yet (a reset one empties it): fill it now rather than
    // at the first Reports view of each region.
    if (outcome.snapshotDone) warmRollups(db);
    if (outcome.changed) options.events?.emit('rows.changed', outcome.changed);
    options.onPage?.();
    if (!following) return;
    if (options.stopped?.()) throw new Interrupted();
    next = following;
  }
}
