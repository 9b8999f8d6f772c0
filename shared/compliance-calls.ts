// The calls of the compliance domain: assessments and their checklist, results, findings and actions, evidence,
// review and sign-off, the roll-up grid and incidents. The library itself is shared data the renderer reads directly.
import { z } from 'zod';
import { ACTION_STATUSES, FINDING_SEVERITIES, FINDING_STATUSES, periodSchema, RESULT_VALUES } from './compliance';
import type { AssessmentSummary, Checklist, EvidenceItem, IncidentView, RollupCell, StoredRevision, VersionMove } from './compliance-types';
import { INCIDENT_KINDS } from './compliance-library/notification-rules';
import { call, type CallSpec } from './contract-kit';
import { REGION_CODES } from './domain';
import { plainText } from './plain-text';

const textId = z.string().min(1).max(120);
const personId = z.number().int().positive();
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day is YYYY-MM-DD');
const region = z.enum(REGION_CODES);

/** Bytes of one upload chunk, base64: well under the browser host's 1 MB request limit. */
export const UPLOAD_CHUNK_BYTES = 512 * 1024;

export const complianceCalls = {
  'compliance.rollup': call<RollupCell[]>()(z.object({ periods: z.array(periodSchema).min(1).max(8) }).strict()),
  'compliance.assessments': call<AssessmentSummary[]>()(z.object({ region: region.optional(), framework: z.string().max(40).optional() }).strict()),
  'compliance.checklist': call<Checklist>()(z.object({ assessmentId: textId }).strict()),
  'compliance.createAssessment': call<AssessmentSummary>({ writes: true })(
    z.object({ region, framework: z.string().min(1).max(40), period: periodSchema, ownerId: personId.nullable().default(null), dueDay: day.nullable().default(null) }).strict(),
  ),
  'compliance.setStatus': call<AssessmentSummary>({ writes: true })(
    z.object({ assessmentId: textId, status: z.enum(['in_progress', 'in_review']) }).strict(),
  ),
  'compliance.moveVersion': call<VersionMove>({ writes: true })(z.object({ assessmentId: textId, version: z.string().regex(/^\d{4}\.\d+$/) }).strict()),
  'compliance.setResult': call<{ updated: true }>({ writes: true })(
    z
      .object({
        resultId: textId,
        result: z.enum(RESULT_VALUES),
        reason: plainText().trim().max(2000).nullable().default(null),
        observation: plainText().trim().max(4000).nullable().default(null),
        ownerId: personId.nullable().default(null),
        dueDay: day.nullable().default(null),
        measuredValue: z.number().finite().nullable().default(null),
      })
      .strict(),
  ),
  'compliance.addFinding': call<{ findingId: string }>({ writes: true })(
    z.object({ resultId: textId, title: plainText().trim().min(3).max(300), severity: z.enum(FINDING_SEVERITIES) }).strict(),
  ),
  'compliance.setFinding': call<{ updated: true }>({ writes: true })(z.object({ findingId: textId, status: z.enum(FINDING_STATUSES) }).strict()),
  'compliance.addAction': call<{ actionId: string }>({ writes: true })(
    z.object({ findingId: textId, title: plainText().trim().min(3).max(300), ownerId: personId.nullable().default(null), dueDay: day.nullable().default(null) }).strict(),
  ),
  'compliance.setAction': call<{ updated: true }>({ writes: true })(z.object({ actionId: textId, status: z.enum(ACTION_STATUSES) }).strict()),
  'compliance.signOff': call<AssessmentSummary>({ writes: true })(z.object({ assessmentId: textId }).strict()),
  'compliance.reopen': call<AssessmentSummary>({ writes: true })(z.object({ assessmentId: textId, reason: plainText().trim().min(10).max(2000) }).strict()),
  'compliance.uploadChunk': call<{ received: number }>({ writes: true })(
    z
      .object({
        uploadId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'an upload id is 8 to 64 letters, digits, - or _'),
        offset: z.number().int().min(0),
        base64: z.string().max(Math.ceil(UPLOAD_CHUNK_BYTES / 3) * 4),
      })
      .strict(),
  ),
  'compliance.attachEvidence': call<StoredRevision>({ writes: true })(
    z
      .object({
        uploadId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
        fileName: plainText().trim().min(1).max(255),
        region,
        /** A new revision of this evidence; without it, new evidence titled `title`. */
        evidenceId: textId.nullable().default(null),
        title: plainText().trim().min(1).max(200).nullable().default(null),
        validUntil: day.nullable().default(null),
        /** The requirement result the evidence proves, if any. */
        resultId: textId.nullable().default(null),
      })
      .strict(),
  ),
  'compliance.link': call<{ linked: boolean }>({ writes: true })(z.object({ resultId: textId, evidenceId: textId }).strict()),
  'compliance.unlink': call<{ unlinked: boolean }>({ writes: true })(z.object({ resultId: textId, evidenceId: textId }).strict()),
  /** Writes the assessment's pack beside the database (compliance-packs/<assessment>/); answers the folder. */
  'compliance.exportPack': call<{ folder: string; files: number }>({ writes: true })(z.object({ assessmentId: textId, withEvidence: z.boolean().default(false) }).strict()),
  /** Downloads the evidence's files to this console at the next sync round (they are not here yet). */
  'compliance.download': call<{ asked: number }>({ writes: true })(z.object({ evidenceId: textId }).strict()),
  'compliance.evidence': call<EvidenceItem[]>()(z.object({ region: region.optional(), expiringWithinDays: z.number().int().min(0).max(3650).optional() }).strict()),
  'compliance.incidents': call<IncidentView[]>()(z.object({ region: region.optional() }).strict()),
  'compliance.createIncident': call<IncidentView>({ writes: true })(
    z
      .object({
        region,
        kind: z.enum(INCIDENT_KINDS),
        title: plainText().trim().min(3).max(300),
        detectedAt: z.number().int().positive(),
        affected: z.number().int().min(0).nullable().default(null),
      })
      .strict(),
  ),
  'compliance.markNotified': call<IncidentView>({ writes: true })(
    z.object({ notificationId: textId, note: plainText().trim().max(500).nullable().default(null) }).strict(),
  ),
} satisfies Record<string, CallSpec<z.ZodType, unknown>>;
