import { savedViewStateSchema, type SavedView, type SavedViewState } from '../../../shared/views-calls';
import type { Person } from '../../../shared/domain';
import type { Db } from '../../db/open';
import { all, get, run } from '../../db/statement-cache';

interface SavedViewRow {
  id: number;
  name: string;
  state: string;
}

function toSavedView(row: SavedViewRow): SavedView {
  return { id: row.id, name: row.name, state: savedViewStateSchema.parse(JSON.parse(row.state)) };
}

export function listViews(db: Db, person: Person): SavedView[] {
  return all<SavedViewRow>(db, 'SELECT id, name, state FROM saved_views WHERE person_id = ? ORDER BY name', [person.id]).map(toSavedView);
}

/** Saving under an existing name replaces that view, as people expect from "Save view". */
export function saveView(db: Db, person: Person, name: string, state: SavedViewState): SavedView {
  // RETURNING gives the row inserted or updated: there is always one.
  const row = get<SavedViewRow>(
    db,
    `INSERT INTO saved_views (person_id, name, state) VALUES (?, ?, ?)
     ON CONFLICT (person_id, name) DO UPDATE SET state = excluded.state
     RETURNING id, name, state`,
    [person.id, name, JSON.stringify(savedViewStateSchema.parse(state))],
  );
  return toSavedView(row as SavedViewRow);
}

export function deleteView(db: Db, person: Person, id: number): { deleted: boolean } {
  return { deleted: run(db, 'DELETE FROM saved_views WHERE id = ? AND person_id = ?', [id, person.id]).changes > 0 };
}
