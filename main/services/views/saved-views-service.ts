// Saved views: a person's named filters and sort (the queue's also its columns), kept on this console. The queue and
// the KOL grid each keep theirs in a table of their own, with the same rules.
import type { z } from 'zod';
import { savedViewStateSchema } from '../../../shared/views-calls';
import type { Person } from '../../../shared/domain';
import type { Db } from '../../db/open';
import { all, get, run } from '../../db/statement-cache';

interface SavedViewRow {
  id: number;
  name: string;
  state: string;
}

export interface SavedViewsOf<State> {
  list(db: Db, person: Person): { id: number; name: string; state: State }[];
  /** Saving under an existing name replaces that view, as people expect from "Save view". */
  save(db: Db, person: Person, name: string, state: unknown): { id: number; name: string; state: State };
  delete(db: Db, person: Person, id: number): { deleted: boolean };
}

/** The saved views kept in `table`, their state checked by `schema` both ways. */
export function savedViewsIn<S extends z.ZodType>(table: 'saved_views' | 'kol_saved_views', schema: S): SavedViewsOf<z.output<S>> {
  const toView = (row: SavedViewRow) => ({ id: row.id, name: row.name, state: schema.parse(JSON.parse(row.state)) as z.output<S> });
  return {
    list: (db, person) => all<SavedViewRow>(db, `SELECT id, name, state FROM ${table} WHERE person_id = ? ORDER BY name`, [person.id]).map(toView),
    save(db, person, name, state) {
      // RETURNING gives the row inserted or updated: there is always one.
      const row = get<SavedViewRow>(
        db,
        `INSERT INTO ${table} (person_id, name, state) VALUES (?, ?, ?)
         ON CONFLICT (person_id, name) DO UPDATE SET state = excluded.state
         RETURNING id, name, state`,
        [person.id, name, JSON.stringify(schema.parse(state))],
      );
      return toView(row as SavedViewRow);
    },
    delete: (db, person, id) => ({ deleted: run(db, `DELETE FROM ${table} WHERE id = ? AND person_id = ?`, [id, person.id]).changes > 0 }),
  };
}

const queueViews = savedViewsIn('saved_views', savedViewStateSchema);
export const listViews = queueViews.list;
export const saveView = queueViews.save;
export const deleteView = queueViews.delete;
