// The compliance calls, bound to their services. Every write announces the compliance tables it touched, so a
// screen showing them in another window reads again.
import type { complianceCalls } from '../../../shared/compliance-calls';
import type { RowsChanged } from '../../../shared/rows-events';
import { COMPLIANCE_TABLE_NAMES } from '../../../shared/tables/compliance-tables';
import { announced } from '../event-sink';
import type { HandlersFor } from '../kit';
import { createAssessment, listAssessments, moveToVersion, setAssessmentStatus } from './assessments';
import { checklist } from './checklist';
import { attachEvidence, linkEvidence, listEvidence, unlinkEvidence } from './evidence';
import { receiveChunk } from './evidence-files';
import { wantEvidence } from './evidence-sync';
import { addAction, addFinding, setActionStatus, setFindingStatus } from './findings';
import { createIncident, listIncidents, markNotified } from './incidents';
import { setResult } from './results';
import { exportPackBesideDatabase } from './pack';
import { rollup } from './rollup';
import { reopen, signOff } from './signoff';

const CHANGED = { tables: [...COMPLIANCE_TABLE_NAMES], source: 'edit' } as const satisfies RowsChanged;

export const complianceHandlers: HandlersFor<typeof complianceCalls> = {
  'compliance.rollup': (input, { db, person, now }) => rollup(db, person, input.periods, now()),
  'compliance.assessments': (input, { db, person }) => listAssessments(db, person, input),
  'compliance.checklist': (input, { db, person, now }) => checklist(db, person, input.assessmentId, now()),
  'compliance.createAssessment': (input, { db, person, now, events }) => announced(events, CHANGED, createAssessment(db, person, input, now())),
  'compliance.setStatus': (input, { db, person, now, events }) => announced(events, CHANGED, setAssessmentStatus(db, person, input.assessmentId, input.status, now())),
  'compliance.moveVersion': (input, { db, person, now, events }) => announced(events, CHANGED, moveToVersion(db, person, input.assessmentId, input.version, now())),
  'compliance.setResult': (input, { db, person, now, events }) => announced(events, CHANGED, setResult(db, person, input, now())),
  'compliance.addFinding': (input, { db, person, now, events }) => announced(events, CHANGED, addFinding(db, person, input, now())),
  'compliance.setFinding': (input, { db, person, now, events }) => announced(events, CHANGED, setFindingStatus(db, person, input.findingId, input.status, now())),
  'compliance.addAction': (input, { db, person, now, events }) => announced(events, CHANGED, addAction(db, person, input, now())),
  'compliance.setAction': (input, { db, person, now, events }) => announced(events, CHANGED, setActionStatus(db, person, input.actionId, input.status, now())),
  'compliance.signOff': (input, { db, person, now, events }) => announced(events, CHANGED, signOff(db, person, input.assessmentId, now())),
  'compliance.reopen': (input, { db, person, now, events }) => announced(events, CHANGED, reopen(db, person, input.assessmentId, input.reason, now())),
  'compliance.uploadChunk': (input, { db }) => receiveChunk(db, input.uploadId, input.offset, Buffer.from(input.base64, 'base64')),
  'compliance.attachEvidence': async (input, { db, person, now, events }) => announced(events, CHANGED, await attachEvidence(db, person, input, now)),
  'compliance.link': (input, { db, person, now, events }) => announced(events, CHANGED, linkEvidence(db, person, input.resultId, input.evidenceId, now())),
  'compliance.unlink': (input, { db, person, now, events }) => announced(events, CHANGED, unlinkEvidence(db, person, input.resultId, input.evidenceId, now())),
  'compliance.exportPack': (input, { db, person }) => exportPackBesideDatabase(db, person, input.assessmentId, input.withEvidence),
  'compliance.download': (input, { db, person }) => wantEvidence(db, person, input.evidenceId),
  'compliance.evidence': (input, { db, person, now }) => listEvidence(db, person, input, now()),
  'compliance.incidents': (input, { db, person }) => listIncidents(db, person, input.region),
  'compliance.createIncident': (input, { db, person, now, events }) => announced(events, CHANGED, createIncident(db, person, input, now())),
  'compliance.markNotified': (input, { db, person, now, events }) => announced(events, CHANGED, markNotified(db, person, input.notificationId, input.note, now())),
};
