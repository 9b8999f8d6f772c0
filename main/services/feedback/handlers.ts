// The feedback queue's calls, bound to its services.
import type { feedbackCalls } from '../../../shared/feedback-calls';
import type { HandlersFor } from '../kit';
import { announceEdit } from './edit-events';
import { feedbackDetail } from './detail-service';
import { mergeFeedback, unmergeFeedback } from './merge-service';
import { queuePage } from './queue-service';
import { updateFeedback } from './update-service';

export const feedbackHandlers: HandlersFor<typeof feedbackCalls> = {
  'feedback.page': (input, { db, person, now }) => queuePage(db, input, person, now()),
  'feedback.detail': (input, { db, person, now }) => feedbackDetail(db, input.id, person, now()),
  // Each edit tells every window of this console, so another window's queue and detail pane follow.
  'feedback.update': (input, { db, person, now, events }) =>
    announceEdit(events, updateFeedback(db, input, person, now()), 'ids' in input.target ? input.target.ids : undefined),
  'feedback.merge': (input, { db, person, now, events }) =>
    announceEdit(events, mergeFeedback(db, input.primaryId, input.duplicateIds, person, now()), [input.primaryId, ...input.duplicateIds]),
  'feedback.unmerge': (input, { db, person, now, events }) => announceEdit(events, unmergeFeedback(db, input.mergeId, person, now())),
};
