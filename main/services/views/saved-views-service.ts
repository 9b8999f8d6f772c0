import { savedViewStateSchema, type SavedView, type SavedViewState } from '../../../shared/views-calls';
import type { Person } from '../../../shared/domain';
import type { Db } from '../../db/open';

interface SavedViewRow {
  id: number;
  name: string;
  state: string;
}

function toSavedView(row: SavedViewRow): SavedView {
  return { id: row.id, name: row.name, state: savedViewStateSchema.parse(JSON.parse(row.state)) };
}

export function listViews(db: Db, person: Person): SavedView[] {
  return (db.prepare('SELECT id, name, state FROM saved_views WHERE person_id = ? ORDER BY name').all(person.id) as SavedViewRow[]).map(
    toSavedView,
  );
}

/** Saving under an existing name replaces that view, as people expect from "Save view". */
export function saveView(db: Db, person: Person, name: string, state: SavedViewState): SavedView {
  const row = db
    .prepare(
      `INSERT INTO saved_views (person_id, name, state) VALUES (?, ?, ?)
       ON CONFLICT (person_id, name) DO UPDATE SET state = excluded.state
       RETURNING id, name, state`,
    )
    .get(person.id, name, JSON.stringify(savedViewStateSchema.parse(state))) as SavedViewRow;
  return toSavedView(row);
}

export function deleteView(db: Db, person: Person, id: number): { deleted: boolean } {
  return { deleted: db.prepare('DELETE FROM saved_views WHERE id = ? AND person_id = ?').run(id, person.id).changes > 0 };
}
