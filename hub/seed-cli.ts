// npm run hub:seed -- --scale small|large [--database-url URL] [--until YYYY-MM-DD]
// Fills an empty hub database from the demo-data generator and prints each demo person's token.
import { parseFlags } from '../main/cli/flags';
import { createPool } from './db/pool';
import { migrateHub } from './db/migrate';
import { accountLines } from './local-database';
import { seedHub } from './seed';

export const DEFAULT_DATABASE_URL = 'postgres://ops:ops@127.0.0.1:5432/ops_hub';

async function main(argv: string[]): Promise<void> {
  const { values } = parseFlags(argv, { values: ['scale', 'database-url', 'until'], switches: [] });
  const scale = values.scale ?? 'small';
  if (scale !== 'small' && scale !== 'large') throw new Error(`--scale "${scale}" is not one of small, large`);
  // A day ends at midnight after it in each region's zone, as for the console's seed.
  if (values.until !== undefined && Number.isNaN(new Date(`${values.until}T00:00:00Z`).getTime())) {
    throw new Error(`--until "${values.until}" is not a date (YYYY-MM-DD)`);
  }
  const until = values.until ? { day: values.until } : new Date(Math.floor(Date.now() / 60_000) * 60_000);
  const databaseUrl = values['database-url'] ?? process.env.HUB_DATABASE_URL ?? DEFAULT_DATABASE_URL;
  const pool = createPool(databaseUrl, 2);
  try {
    await migrateHub(pool);
    console.log(`Seeding the ${scale} set into the hub database ...`);
    const result = await seedHub(pool, { scale, until });
    console.log(`${result.rows.toLocaleString('en-US')} rows in ${(result.ms / 1000).toFixed(1)} s. Demo accounts (bearer tokens):`);
    for (const line of accountLines(result.tokens)) console.log(line);
  } finally {
    await pool.end();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`hub:seed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
