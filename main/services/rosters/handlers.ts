// The rosters' calls, bound to their services.
import type { rostersCalls } from '../../../shared/rosters-calls';
import { kolViewStateSchema } from '../../../shared/rosters-kols';
import { announced, type EventSink } from '../event-sink';
import type { HandlersFor } from '../kit';
import { communityRetention } from './community-retention';
import { approveContract, createContract, updateContract } from './contract-service';
import { kolDetail } from './kol-detail-service';
import { exportKols } from './kol-export';
import { exportRosterList } from './list-export';
import { createKol, updateKols } from './kol-edit-service';
import { kolPage, kolPipeline } from './kol-query';
import { importRoster } from './import/import-service';
import { communityWeeks, listCampaigns, listCommunities } from './lists-service';
import { rosterPerformance } from './performance-service';
import { rostersReport } from './rosters-report';
import { savedViewsIn } from '../views/saved-views-service';

/** A roster edit tells every window of this console, so another window's grid and pane follow. */
const kolViews = savedViewsIn('kol_saved_views', kolViewStateSchema);
/** Another window of this console shows the person's KOL views too. */
const announceViews = <T>(events: EventSink, result: T): T => announced(events, { tables: ['kol_saved_views'], source: 'edit' }, result);

const announce = <T>(events: EventSink, result: T): T => announced(events, { tables: ['kols'], source: 'edit' }, result);

export const rostersHandlers: HandlersFor<typeof rostersCalls> = {
  'rosters.createKol': (input, { db, person, now, events }) => announce(events, createKol(db, input, person, now())),
  'rosters.updateKols': (input, { db, person, now, events }) => announce(events, updateKols(db, input.target, input.change, person, now())),
  'rosters.kolPage': (input, { db, person }) => kolPage(db, input, person),
  'rosters.pipeline': (input, { db, person }) => kolPipeline(db, input.filter, person),
  'rosters.kolDetail': (input, { db, person }) => kolDetail(db, input.id, person),
  'rosters.campaigns': (_input, { db, person }) => listCampaigns(db, person),
  'rosters.communities': (_input, { db, person }) => listCommunities(db, person),
  'rosters.communityWeeks': (input, { db, person }) => communityWeeks(db, input.communityId, person),
  'rosters.exportKols': (input, { db, person, now, events }) => exportKols(db, input, person, now(), events),
  'rosters.exportList': (input, { db, person, now, events }) => exportRosterList(db, input, person, now(), events),
  'rosters.createContract': (input, { db, person, now, events }) => announce(events, createContract(db, input, person, now())),
  'rosters.updateContract': (input, { db, person, now, events }) => announce(events, updateContract(db, input, person, now())),
  'rosters.views': (_input, { db, person }) => kolViews.list(db, person),
  'rosters.saveView': (input, { db, person, events }) => announceViews(events, kolViews.save(db, person, input.name, input.state)),
  'rosters.deleteView': (input, { db, person, events }) => announceViews(events, kolViews.delete(db, person, input.id)),
  'rosters.approveContract': (input, { db, person, now, events }) => announce(events, approveContract(db, input.id, person, now())),
  'rosters.report': (input, { db, person }) => rostersReport(db, input.region, person),
  'rosters.import': (input, { db, person, now, events }) => {
    const request = { kind: input.kind, fileName: input.fileName, bytes: Buffer.from(input.content, 'base64'), commit: input.commit, via: 'screen' as const };
    const report = importRoster(db, request, person, now());
    return report.committed && report.added > 0 ? announce(events, report) : report;
  },
  'rosters.performance': (input, { db, person }) => rosterPerformance(db, input.kind, input.id, person),
  'rosters.communityRetention': (input, { db, person }) => communityRetention(db, input.communityId, person),
};
