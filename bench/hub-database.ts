// A fresh PostgreSQL database for a bench's hub, on the server the sync tests use.
import pg from 'pg';

const ADMIN_URL = process.env.HUB_TEST_DATABASE_URL ?? 'postgres://ops:ops@127.0.0.1:5432/postgres';

function databaseUrl(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function asAdmin(sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/** Drops `name` if a previous run left it, creates it empty and answers its URL. */
export async function freshDatabase(name: string): Promise<string> {
  await asAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await asAdmin(`CREATE DATABASE ${name}`);
  return databaseUrl(name);
}

export async function dropDatabase(name: string): Promise<void> {
  await asAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
