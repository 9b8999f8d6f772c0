// The saved views' calls, bound to their service.
import type { viewsCalls } from '../../../shared/views-calls';
import type { HandlersFor } from '../kit';
import { deleteView, listViews, saveView } from './saved-views-service';

export const viewsHandlers: HandlersFor<typeof viewsCalls> = {
  'views.list': (_input, { db, person }) => listViews(db, person),
  'views.save': (input, { db, person }) => saveView(db, person, input.name, input.state),
  'views.delete': (input, { db, person }) => deleteView(db, person, input.id),
};
