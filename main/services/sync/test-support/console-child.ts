// A console process for the fault tests: one sync round (push, then pull) on a database file, so a test
// can SIGKILL it anywhere. Usage: console-child.ts DB HUB_URL TOKEN PUSH_BATCH
import { openDatabase } from '../../../db/open';
import { HubClient } from '../hub-client';
import { pullAll, pushAll } from '../sync-cycle';
import { beginSignIn, confirmHub } from '../sync-state';

async function main(): Promise<void> {
  const [file, hubUrl, token, batch] = process.argv.slice(2);
  if (!file || !hubUrl || !token) throw new Error('usage: console-child.ts DB HUB_URL TOKEN [PUSH_BATCH]');
  const db = openDatabase(file);
  beginSignIn(db, hubUrl);
  const client = new HubClient(hubUrl, token);
  const me = await client.me();
  confirmHub(db, { personId: me.id, dataSet: me.dataSet }, false);
  const options = { now: Date.now, log: () => {}, pushBatch: Number(batch ?? 500) };
  process.stdout.write('started\n');
  await pushAll(db, client, options);
  await pullAll(db, client, { ...options, checksums: true });
  db.close();
  process.stdout.write('synced\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
