// The one handler table: each domain's own table, spread. A new domain adds one line here and nothing else.
import { complianceHandlers } from '../services/compliance/handlers';
import { feedbackHandlers } from '../services/feedback/handlers';
import { importsHandlers } from '../services/imports/handlers';
import { reportsHandlers } from '../services/reports/handlers';
import { rostersHandlers } from '../services/rosters/handlers';
import { sessionHandlers } from '../services/session/handlers';
import { syncHandlers } from '../services/sync/handlers';
import { viewsHandlers } from '../services/views/handlers';
import type { Handlers } from './dispatcher';

export const handlers: Handlers = {
  ...sessionHandlers,
  ...feedbackHandlers,
  ...viewsHandlers,
  ...syncHandlers,
  ...reportsHandlers,
  ...rostersHandlers,
  ...complianceHandlers,
  ...importsHandlers,
};
