// A process that starts an embedded PostgreSQL, prints its URL and waits to be killed: the test of what happens
// to the server when the process that started it dies. Usage: embedded-postgres-child.ts [DATA_DIR]
import { startEmbeddedPostgres } from '../embedded-postgres';

async function main(): Promise<void> {
  const dataDir = process.argv[2];
  const server = await startEmbeddedPostgres({ ...(dataDir ? { dataDir } : {}), durable: false });
  process.stdout.write(`url ${server.url}\n`);
  setInterval(() => {}, 60_000);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
