// What the compliance calls answer.
import type { AssessmentStatus, ResultValue } from './compliance';
import type { Cadence, Requirement } from './compliance-library/schema';
import type { IncidentKind } from './compliance-library/notification-rules';
import type { RegionCode } from './domain';

export interface AssessmentSummary {
  id: string;
  region: RegionCode;
  framework: string;
  frameworkVersion: string;
  period: string;
  ownerId: number | null;
  dueDay: string | null;
  status: AssessmentStatus;
}

export interface EvidenceRef {
  evidenceId: string;
  title: string;
  revision: number;
  sha256: string;
  fileName: string;
  validUntil: string | null;
}

export interface FindingView {
  id: string;
  title: string;
  severity: string;
  status: string;
  source: string;
  actions: { id: string; title: string; ownerId: number | null; dueDay: string | null; status: string }[];
}

export interface ChecklistItem {
  resultId: string;
  requirement: Requirement;
  result: ResultValue;
  reason: string | null;
  observation: string | null;
  ownerId: number | null;
  dueDay: string | null;
  measuredValue: number | null;
  overdue: boolean;
  evidence: EvidenceRef[];
  findings: FindingView[];
  /** A figure from the rest of the console that bears on the requirement (the late-delivery rate beside the Mail Order Rule). */
  figure: RelatedFigure | null;
}

export interface RelatedFigure {
  kpi: 'late_delivery_rate';
  /** The region's last complete week, and its value (null when nothing was delivered). */
  week: string;
  value: number | null;
}

export interface Signature {
  personId: number;
  personName: string;
  at: number;
  hash: string;
  /** The hash of the results and evidence as they are now: differs when anything changed after signing. */
  currentHash: string;
  intact: boolean;
}

export interface Checklist {
  assessment: AssessmentSummary;
  frameworkName: string;
  /** The newest version of the framework, when the assessment is on an older one. */
  newerVersion: string | null;
  locked: boolean;
  signature: Signature | null;
  /** The reason of the last reopening, while the assessment is reopened. */
  reopenReason: string | null;
  items: ChecklistItem[];
  score: Score;
}

export interface Score {
  /** Weighted share compliant, 0 to 1; null when nothing counts. */
  share: number | null;
  counts: Record<ResultValue, number>;
  overdue: number;
}

export interface RollupCell {
  region: RegionCode;
  framework: string;
  /** Oldest period first, one per period asked for; null where no assessment exists. */
  trend: (number | null)[];
  period: string;
  assessmentId: string | null;
  status: AssessmentStatus | null;
  score: Score | null;
  evidenceExpiring: number;
  openIncidents: number;
}

export interface VersionMove {
  from: string;
  to: string;
  added: string[];
  removed: string[];
  changed: string[];
}

export interface StoredRevision {
  evidenceId: string;
  revision: number;
  sha256: string;
  mime: string;
  size: number;
  /** False when the same bytes were already stored: kept once. */
  newFile: boolean;
}

export interface EvidenceItem {
  id: string;
  region: RegionCode;
  title: string;
  validUntil: string | null;
  revisions: { revision: number; sha256: string; fileName: string; mime: string; size: number; uploadedAt: number }[];
  links: number;
  /** Whether the latest revision's bytes are in this console's evidence folder. */
  present: boolean;
}

export interface NotificationView {
  id: string;
  ruleId: string;
  authority: string;
  dueAt: number;
  notifiedAt: number | null;
  notifiedBy: number | null;
}

export interface IncidentView {
  id: string;
  region: RegionCode;
  kind: IncidentKind;
  title: string;
  detectedAt: number;
  status: string;
  affected: number | null;
  notifications: NotificationView[];
}

export type { Cadence };
