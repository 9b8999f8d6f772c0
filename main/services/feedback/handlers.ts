// The feedback queue's calls, bound to its services.
import type { feedbackCalls } from '../../../shared/feedback-calls';
import type { HandlersFor } from '../kit';
import { feedbackDetail } from './detail-service';
import { mergeFeedback, unmergeFeedback } from './merge-service';
import { queuePage } from './queue-service';
import { updateFeedback } from './update-service';

export const feedbackHandlers: HandlersFor<typeof feedbackCalls> = {
  'feedback.page': (input, { db, person, now }) => queuePage(db, input, person, now()),
  'feedback.detail': (input, { db, person, now }) => feedbackDetail(db, input.id, person, now()),
  'feedback.update': (input, { db, person, now }) => updateFeedback(db, input, person, now()),
  'feedback.merge': (input, { db, person, now }) => mergeFeedback(db, input.primaryId, input.duplicateIds, person, now()),
  'feedback.unmerge': (input, { db, person, now }) => unmergeFeedback(db, input.mergeId, person, now()),
};
