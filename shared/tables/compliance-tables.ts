// Compliance and ESG: assessments of a framework for a region and quarter, their results, findings and remediation
// actions, evidence with its revisions and links, sign-offs and incidents with their notification clocks. Every row
// carries its region, so pulls scope it like the growth data. Ids are text made where the row is made (a console
// offline, or the demo seed), so two consoles never hand out the same id and nothing is renumbered on push.
import {
  ACTION_STATUSES, ASSESSMENT_STATUSES, FINDING_SEVERITIES, FINDING_SOURCES, FINDING_STATUSES, INCIDENT_STATUSES, RESULT_VALUES, SIGNOFF_KINDS,
} from '../compliance';
import { INCIDENT_KINDS } from '../compliance-library/notification-rules';
import { REGION_CODES } from '../domain';
import { int, oneOf, real, text, type ColumnSpec, type LocalTable, type TableSpec } from './table-spec';

const id = (name = 'id'): ColumnSpec => text(name, 120);
const region = oneOf('region', REGION_CODES);
const dayOrNull = (name: string): ColumnSpec => text(name, 10, true);
const person = (name: string): ColumnSpec => int(name, true);

export const COMPLIANCE_TABLES = [
  {
    name: 'compliance_assessments',
    scope: 'region',
    key: ['id'],
    demo: true,
    checksum: 'count',
    columns: [
      id(), region, text('framework', 40), text('framework_version', 10), text('period', 7), person('owner_id'), dayOrNull('due_day'),
      oneOf('status', ASSESSMENT_STATUSES), int('created_at'), int('updated_at'),
    ],
  },
  {
    name: 'compliance_results',
    scope: 'region',
    key: ['id'],
    demo: true,
    checksum: 'count',
    columns: [
      id(), id('assessment_id'), region, text('requirement_id', 80), oneOf('result', RESULT_VALUES), text('reason', 2000, true),
      text('observation', 4000, true), person('owner_id'), dayOrNull('due_day'), { ...real('measured_value'), nullable: true },
      int('updated_at'), person('updated_by'),
    ],
  },
  {
    name: 'compliance_findings',
    scope: 'region',
    key: ['id'],
    demo: true,
    checksum: 'count',
    columns: [
      id(), id('assessment_id'), region, text('requirement_id', 80), text('title', 300), oneOf('severity', FINDING_SEVERITIES),
      oneOf('status', FINDING_STATUSES), oneOf('source', FINDING_SOURCES), int('created_at'), person('created_by'), int('updated_at'),
    ],
  },
  {
    name: 'compliance_actions',
    scope: 'region',
    key: ['id'],
    demo: true,
    checksum: 'count',
    columns: [id(), id('finding_id'), region, text('title', 300), person('owner_id'), dayOrNull('due_day'), oneOf('status', ACTION_STATUSES), int('updated_at')],
  },
  {
    name: 'compliance_evidence',
    scope: 'region',
    key: ['id'],
    demo: true,
    checksum: 'count',
    columns: [id(), region, text('title', 200), dayOrNull('valid_until'), int('created_at'), person('created_by')],
  },
  {
    name: 'compliance_evidence_revisions',
    scope: 'region',
    key: ['id'],
    demo: true,
    checksum: 'count',
    columns: [
      id(), id('evidence_id'), region, { ...int('revision'), range: [1, 100_000] }, text('sha256', 64), text('file_name', 255), text('mime', 100),
      { ...int('size'), range: [0, 25 * 1024 * 1024] }, int('uploaded_at'), person('uploaded_by'),
    ],
  },
  {
    name: 'compliance_evidence_links',
    scope: 'region',
    key: ['result_id', 'evidence_id'],
    demo: true,
    checksum: 'count',
    columns: [id('result_id'), id('evidence_id'), region, int('linked_at')],
  },
  {
    name: 'compliance_signoffs',
    scope: 'region',
    key: ['id'],
    demo: true,
    checksum: 'count',
    columns: [id(), id('assessment_id'), region, oneOf('kind', SIGNOFF_KINDS), int('person_id'), int('at'), text('hash', 64, true), text('reason', 2000, true)],
  },
  {
    name: 'compliance_incidents',
    scope: 'region',
    key: ['id'],
    demo: true,
    checksum: 'count',
    columns: [
      id(), region, oneOf('kind', INCIDENT_KINDS), text('title', 300), int('detected_at'), oneOf('status', INCIDENT_STATUSES), person('created_by'),
      { ...int('affected', true), range: [0, 1_000_000_000] },
    ],
  },
  {
    name: 'compliance_notifications',
    scope: 'region',
    key: ['id'],
    demo: true,
    checksum: 'count',
    columns: [id(), id('incident_id'), region, text('rule_id', 40), int('due_at'), int('notified_at', true), person('notified_by'), text('note', 500, true)],
  },
] as const satisfies readonly TableSpec[];

/** Synced tables a person edits through the compliance.* mutations (hub/compliance-push.ts checks each row). */
export const COMPLIANCE_TABLE_NAMES = COMPLIANCE_TABLES.map((table) => table.name);
export type ComplianceTableName = (typeof COMPLIANCE_TABLES)[number]['name'];

export const COMPLIANCE_LOCAL_TABLES: readonly LocalTable[] = [
  { name: 'compliance_blob_uploads', why: 'evidence files stored on this console that the hub may not have yet' },
  { name: 'compliance_blob_wants', why: 'evidence files a person asked to download to this console' },
];
