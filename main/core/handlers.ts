import type { RowsChanged } from '../../shared/rows-events';
import type { Handlers } from './dispatcher';
import { feedbackDetail } from '../services/feedback/detail-service';
import { announced } from '../services/event-sink';
import { announceEdit } from '../services/feedback/edit-events';
import { mergeFeedback, unmergeFeedback } from '../services/feedback/merge-service';
import { queuePage } from '../services/feedback/queue-service';
import { updateFeedback } from '../services/feedback/update-service';
import { getSession } from '../services/session/session-service';
import { deleteView, listViews, saveView } from '../services/views/saved-views-service';
import { reportsHandlers } from '../services/review-pack/reports-handlers';
import { syncHandlers } from './sync-handlers';

/** Another window of this console shows the person's saved views too. */
const SAVED_VIEWS = { tables: ['saved_views'], source: 'edit' } as const satisfies RowsChanged;

/** Each contract call bound to the service that owns it. */
export const handlers: Handlers = {
  'session.get': (_input, { db, person }) => getSession(db, person),
  'feedback.page': (input, { db, person, now }) => queuePage(db, input, person, now()),
  'feedback.detail': (input, { db, person, now }) => feedbackDetail(db, input.id, person, now()),
  'feedback.update': (input, { db, person, now, events }) =>
    announceEdit(events, updateFeedback(db, input, person, now()), 'ids' in input.target ? input.target.ids : undefined),
  'feedback.merge': (input, { db, person, now, events }) =>
    announceEdit(events, mergeFeedback(db, input.primaryId, input.duplicateIds, person, now()), [input.primaryId, ...input.duplicateIds]),
  'feedback.unmerge': (input, { db, person, now, events }) => announceEdit(events, unmergeFeedback(db, input.mergeId, person, now())),
  'views.list': (_input, { db, person }) => listViews(db, person),
  'views.save': (input, { db, person, events }) => announced(events, SAVED_VIEWS, saveView(db, person, input.name, input.state)),
  'views.delete': (input, { db, person, events }) => announced(events, SAVED_VIEWS, deleteView(db, person, input.id)),
  ...syncHandlers,
  ...reportsHandlers,
};
