import type { Handlers } from './dispatcher';
import { feedbackDetail } from '../services/feedback/detail-service';
import { announceEdit } from '../services/feedback/edit-events';
import { mergeFeedback, unmergeFeedback } from '../services/feedback/merge-service';
import { queuePage } from '../services/feedback/queue-service';
import { updateFeedback } from '../services/feedback/update-service';
import { getSession } from '../services/session/session-service';
import { deleteView, listViews, saveView } from '../services/views/saved-views-service';
import { reportsHandlers } from '../services/review-pack/reports-handlers';
import { syncHandlers } from './sync-handlers';

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
  'views.save': (input, { db, person }) => saveView(db, person, input.name, input.state),
  'views.delete': (input, { db, person }) => deleteView(db, person, input.id),
  ...syncHandlers,
  ...reportsHandlers,
};
