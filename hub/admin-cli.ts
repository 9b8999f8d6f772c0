// npm run hub:admin -- person add|grant|revoke | token issue|revoke | list  [--database-url URL]
// Without a URL it works on the hub's embedded database (local-database.ts).
import { parseFlags } from '../main/cli/flags';
import { createPool } from './db/pool';
import { migrateHub } from './db/migrate';
import { runAdmin } from './admin/run-admin';
import { hubDatabase } from './local-database';

/** Takes `--database-url` out of the command line; the rest is the command's. */
function splitDatabaseUrl(argv: string[]): { databaseUrl: string | undefined; rest: string[] } {
  const at = argv.findIndex((arg) => arg === '--database-url' || arg.startsWith('--database-url='));
  if (at < 0) return { databaseUrl: undefined, rest: argv };
  const width = argv[at]?.includes('=') ? 1 : 2;
  const { values } = parseFlags(argv.slice(at, at + width), { values: ['database-url'], switches: [] });
  return { databaseUrl: values['database-url'], rest: [...argv.slice(0, at), ...argv.slice(at + width)] };
}

async function main(argv: string[]): Promise<void> {
  const { databaseUrl: flag, rest } = splitDatabaseUrl(argv);
  const named = flag ?? process.env.HUB_DATABASE_URL;
  // No URL: the embedded database `npm run hub` keeps (the hub must be stopped: one server per data folder).
  const database = await hubDatabase(named, (line) => console.log(line));
  const pool = createPool(database.url, 2);
  try {
    await migrateHub(pool);
    for (const line of await runAdmin(pool, rest, Date.now())) console.log(line);
  } finally {
    await pool.end();
    await database.stop();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`hub:admin: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
