// npm run hub [-- --database-url URL] [--port N] [--host H]
// Without a database URL the hub runs on its own embedded PostgreSQL (local-database.ts).
import { parseFlags, parsePort } from '../main/cli/flags';
import { isLoopbackHost } from '../shared/loopback';
import { createPool } from './db/pool';
import { migrateHub } from './db/migrate';
import { hubDatabase } from './local-database';
import { startHub } from './server';

async function main(argv: string[]): Promise<void> {
  const { values } = parseFlags(argv, { values: ['database-url', 'port', 'host', 'page-rows'], switches: [] });
  const named = values['database-url'] ?? process.env.HUB_DATABASE_URL;
  const { url: databaseUrl, stop: stopDatabase } = await hubDatabase(named, (line) => console.log(line));
  const pool = createPool(databaseUrl, 1);
  try {
    const applied = await migrateHub(pool);
    if (applied.length > 0) console.log(`Hub database migrated: ${applied.join(', ')}`);
  } finally {
    await pool.end();
  }
  const hub = await startHub({
    databaseUrl,
    port: parsePort(values.port, 8787),
    host: values.host ?? '127.0.0.1',
    log: (line) => console.error(line),
    ...(values['page-rows'] ? { pageRows: Math.max(1, Number.parseInt(values['page-rows'], 10) || 5_000) } : {}),
  });
  console.log(`Regional hub: ${hub.url}`);
  if (!isLoopbackHost(values.host ?? '127.0.0.1')) {
    console.log('Reachable from other machines: demo tokens are refused (issue real ones with npm run hub:admin), and over plain http tokens and data cross the network readable: put the hub behind TLS.');
  }
  const stop = () => {
    void hub.close().finally(() => stopDatabase().finally(() => process.exit(0)));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`hub: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
