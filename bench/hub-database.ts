// A fresh PostgreSQL database for a bench's hub, on the server the bench runs against.
import pg from 'pg';
import { withDatabase } from '../hub/embedded-postgres';

async function asAdmin(serverUrl: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/** Drops `name` if a previous run left it, creates it empty and answers its URL. */
export async function freshDatabase(serverUrl: string, name: string): Promise<string> {
  await asAdmin(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await asAdmin(serverUrl, `CREATE DATABASE ${name}`);
  return withDatabase(serverUrl, name);
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await asAdmin(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
