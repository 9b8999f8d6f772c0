// The saved views' calls, bound to their service.
import type { viewsCalls } from '../../../shared/views-calls';
import type { RowsChanged } from '../../../shared/rows-events';
import { announced } from '../event-sink';
import type { HandlersFor } from '../kit';
import { deleteView, listViews, saveView } from './saved-views-service';

/** Another window of this console shows the person's saved views too. */
const SAVED_VIEWS = { tables: ['saved_views'], source: 'edit' } as const satisfies RowsChanged;

export const viewsHandlers: HandlersFor<typeof viewsCalls> = {
  'views.list': (_input, { db, person }) => listViews(db, person),
  'views.save': (input, { db, person, events }) => announced(events, SAVED_VIEWS, saveView(db, person, input.name, input.state)),
  'views.delete': (input, { db, person, events }) => announced(events, SAVED_VIEWS, deleteView(db, person, input.id)),
};
