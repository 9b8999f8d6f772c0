// The words of the compliance domain, shared by the console, the hub and the renderer.
import { z } from 'zod';

export const ASSESSMENT_STATUSES = ['planned', 'in_progress', 'in_review', 'signed_off', 'reopened'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export const RESULT_VALUES = ['to_do', 'in_progress', 'compliant', 'partially_compliant', 'non_compliant', 'not_applicable'] as const;
export type ResultValue = (typeof RESULT_VALUES)[number];

/** What a result counts for in the weighted share compliant: not applicable items leave the share. */
export const RESULT_CREDIT: Record<ResultValue, number | null> = {
  to_do: 0,
  in_progress: 0,
  compliant: 1,
  partially_compliant: 0.5,
  non_compliant: 0,
  not_applicable: null,
};

export const FINDING_SEVERITIES = ['low', 'medium', 'high'] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];
export const FINDING_STATUSES = ['open', 'closed'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];
/** Where a finding came from: a person, or a post the KOL check found without an ad disclosure. */
export const FINDING_SOURCES = ['manual', 'kol_post'] as const;
export const ACTION_STATUSES = ['open', 'in_progress', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const SIGNOFF_KINDS = ['sign_off', 'reopen'] as const;
export const INCIDENT_STATUSES = ['open', 'closed'] as const;

/** A quarter, `2026-Q4`. */
export const periodSchema = z.string().regex(/^\d{4}-Q[1-4]$/, 'a period is a quarter like 2026-Q4');

/** The first and the last day of a quarter, as `YYYY-MM-DD`. */
export function periodDays(period: string): { first: string; last: string } {
  const year = Number(period.slice(0, 4));
  const quarter = Number(period.slice(6));
  const first = new Date(Date.UTC(year, (quarter - 1) * 3, 1));
  const last = new Date(Date.UTC(year, quarter * 3, 0));
  return { first: first.toISOString().slice(0, 10), last: last.toISOString().slice(0, 10) };
}

/** The quarter `steps` quarters before (negative) or after `period`. */
export function shiftPeriod(period: string, steps: number): string {
  const index = Number(period.slice(0, 4)) * 4 + Number(period.slice(6)) - 1 + steps;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/** The quarter holding a UTC day. */
export function periodOf(at: number): string {
  const date = new Date(at);
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

/** Evidence a person may attach: 25 MB at most. */
export const MAX_EVIDENCE_BYTES = 25 * 1024 * 1024;
