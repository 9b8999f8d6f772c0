// The console acts for the person its store names (settings.current_person_id, which signing in at a hub sets): a
// test that needs another role names that person there and reloads, so the window reads its session again.
import type { Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { expect, type ConsoleHandle } from './console-fixture';

/** Wei Ling Tan, an operator of SEA and EA in the demo data: rosters are edited by operators only. */
export const OPERATOR = { id: 2, name: 'Wei Ling Tan', regions: ['SEA', 'EA'] } as const;

export async function actAs(app: ConsoleHandle, person: { id: number; name: string }): Promise<Page> {
  const db = new Database(app.dbPath);
  db.prepare("UPDATE settings SET value = ? WHERE key = 'current_person_id'").run(String(person.id));
  db.close();
  await app.page.reload();
  await expect(app.page.locator('.app-person')).toContainText(person.name);
  return app.page;
}

/** How many KOLs the person's regions hold, read from the store the console shows. */
export function kolsIn(app: ConsoleHandle, regions: readonly string[]): number {
  const db = new Database(app.dbPath, { readonly: true });
  const { n } = db.prepare('SELECT count(*) AS n FROM kols WHERE region IN (SELECT value FROM json_each(?))').get(JSON.stringify(regions)) as { n: number };
  db.close();
  return n;
}
