// The rosters' calls, bound to their services.
import type { rostersCalls } from '../../../shared/rosters-calls';
import type { HandlersFor } from '../kit';
import { communityRetention } from './community-retention';
import { createKol, updateKols } from './kol-edit-service';
import { rosterPerformance } from './performance-service';

export const rostersHandlers: HandlersFor<typeof rostersCalls> = {
  'rosters.createKol': (input, { db, person, now }) => createKol(db, input, person, now()),
  'rosters.updateKols': (input, { db, person, now }) => updateKols(db, input.ids, input.change, person, now()),
  'rosters.performance': (input, { db, person }) => rosterPerformance(db, input.kind, input.id, person),
  'rosters.communityRetention': (input, { db, person }) => communityRetention(db, input.communityId, person),
};
