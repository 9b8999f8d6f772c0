// The session's call, bound to its service.
import type { sessionCalls } from '../../../shared/session-calls';
import type { HandlersFor } from '../kit';
import { getSession } from './session-service';

export const sessionHandlers: HandlersFor<typeof sessionCalls> = {
  'session.get': (_input, { db, person }) => getSession(db, person),
};
