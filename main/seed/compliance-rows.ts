// The compliance tables' demo rows, named as their columns (shared/tables/compliance-tables.ts).
import type { AssessmentStatus, ResultValue } from '../../shared/compliance';
import type { IncidentKind } from '../../shared/compliance-library/notification-rules';
import type { RegionCode } from '../../shared/domain';

export interface ComplianceAssessmentRow {
  id: string; region: RegionCode; framework: string; framework_version: string; period: string; owner_id: number | null; due_day: string | null;
  status: AssessmentStatus; created_at: number; updated_at: number;
}
export interface ComplianceResultRow {
  id: string; assessment_id: string; region: RegionCode; requirement_id: string; result: ResultValue; reason: string | null; observation: string | null;
  owner_id: number | null; due_day: string | null; measured_value: number | null; updated_at: number; updated_by: number | null;
}
export interface ComplianceFindingRow {
  id: string; assessment_id: string; region: RegionCode; requirement_id: string; title: string; severity: string; status: string; source: string;
  created_at: number; created_by: number | null; updated_at: number;
}
export interface ComplianceActionRow {
  id: string; finding_id: string; region: RegionCode; title: string; owner_id: number | null; due_day: string | null; status: string; updated_at: number;
}
export interface ComplianceEvidenceRow {
  id: string; region: RegionCode; title: string; valid_until: string | null; created_at: number; created_by: number | null;
}
export interface ComplianceRevisionRow {
  id: string; evidence_id: string; region: RegionCode; revision: number; sha256: string; file_name: string; mime: string; size: number;
  uploaded_at: number; uploaded_by: number | null;
}
export interface ComplianceLinkRow {
  result_id: string; evidence_id: string; region: RegionCode; linked_at: number;
}
export interface ComplianceSignoffRow {
  id: string; assessment_id: string; region: RegionCode; kind: 'sign_off' | 'reopen'; person_id: number; at: number; hash: string | null; reason: string | null;
}
export interface ComplianceIncidentRow {
  id: string; region: RegionCode; kind: IncidentKind; title: string; detected_at: number; status: string; created_by: number | null; affected: number | null;
}
export interface ComplianceNotificationRow {
  id: string; incident_id: string; region: RegionCode; rule_id: string; due_at: number; notified_at: number | null; notified_by: number | null; note: string | null;
}

export interface ComplianceRows {
  compliance_assessments: ComplianceAssessmentRow[];
  compliance_results: ComplianceResultRow[];
  compliance_findings: ComplianceFindingRow[];
  compliance_actions: ComplianceActionRow[];
  compliance_evidence: ComplianceEvidenceRow[];
  compliance_evidence_revisions: ComplianceRevisionRow[];
  compliance_evidence_links: ComplianceLinkRow[];
  compliance_signoffs: ComplianceSignoffRow[];
  compliance_incidents: ComplianceIncidentRow[];
  compliance_notifications: ComplianceNotificationRow[];
}

/** An evidence file's bytes, for the writer to put in the evidence folder under its sha256. */
export interface EvidenceFile {
  sha256: string;
  bytes: Uint8Array;
}
