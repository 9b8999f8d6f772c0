// The rosters' calls, bound to their services.
import type { rostersCalls } from '../../../shared/rosters-calls';
import type { HandlersFor } from '../kit';
import { createKol, updateKols } from './kol-edit-service';

export const rostersHandlers: HandlersFor<typeof rostersCalls> = {
  'rosters.createKol': (input, { db, person, now }) => createKol(db, input, person, now()),
  'rosters.updateKols': (input, { db, person, now }) => updateKols(db, input.ids, input.change, person, now()),
};
