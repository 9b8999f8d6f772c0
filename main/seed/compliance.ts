// The compliance demo data: for every region and every framework that applies to it, assessments for the last four
// quarters with realistic progress (older quarters nearly done and signed off, the last one in review, the current one
// in progress), findings with their actions, evidence files (small PDFs and PNGs, some expiring soon) linked to the
// requirements they prove, and a couple of incidents with their notification clocks. Pure and deterministic.
import { periodDays, periodOf, shiftPeriod, type ResultValue } from '../../shared/compliance';
import { FRAMEWORKS } from '../../shared/compliance-library/library';
import { rulesFor, type IncidentKind } from '../../shared/compliance-library/notification-rules';
import type { Requirement } from '../../shared/compliance-library/schema';
import { signatureText } from '../../shared/compliance-signature';
import { DAY_MS, type RegionCode } from '../../shared/domain';
import { deadline } from '../../shared/notification-clock';
import { sha256Hex } from '../../shared/sha256';
import { PEOPLE, REGIONS } from './catalog';
import type { Context } from './context';
import { evidencePdf, evidencePng } from './evidence-documents';
import { mixSeed, Rng } from './random';
import type { ComplianceRows, EvidenceFile } from './compliance-rows';

const QUARTERS = 4;
const dayOf = (at: number) => new Date(at).toISOString().slice(0, 10);
const startOf = (period: string) => Date.parse(`${periodDays(period).first}T00:00:00Z`);

/** How results fall in a quarter `age` quarters back (0: the current one, still in progress). */
function drawResult(rng: Rng, age: number): ResultValue {
  const roll = rng.next();
  if (age === 0) return roll < 0.35 ? 'compliant' : roll < 0.5 ? 'in_progress' : roll < 0.85 ? 'to_do' : roll < 0.93 ? 'partially_compliant' : roll < 0.97 ? 'non_compliant' : 'not_applicable';
  return roll < 0.82 ? 'compliant' : roll < 0.9 ? 'partially_compliant' : roll < 0.94 ? 'non_compliant' : 'not_applicable';
}

const NOT_APPLICABLE_REASONS = [
  'We sell no products in this category in the region',
  'No processing of this kind takes place in the region',
  'Covered by the group entity outside the region, see the group register',
];

function ownerFor(region: RegionCode, rng: Rng): number {
  const granted = PEOPLE.filter((person) => person.regions.includes(region) && (person.role === 'operator' || person.role === 'support_lead'));
  return rng.pick(granted).id;
}

const SIGNER = (region: RegionCode) => PEOPLE.find((person) => person.role === 'manager' && person.regions.includes(region))?.id ?? null;

export function generateCompliance(ctx: Pick<Context, 'seed' | 'until'>): { rows: ComplianceRows; files: EvidenceFile[] } {
  const rows: ComplianceRows = {
    compliance_assessments: [], compliance_results: [], compliance_findings: [], compliance_actions: [], compliance_evidence: [],
    compliance_evidence_revisions: [], compliance_evidence_links: [], compliance_signoffs: [], compliance_incidents: [], compliance_notifications: [],
  };
  const files = new Map<string, Uint8Array>();
  const current = periodOf(ctx.until - 1);
  const periods = Array.from({ length: QUARTERS }, (_v, i) => shiftPeriod(current, i - (QUARTERS - 1)));
  const firstStart = startOf(periods[0] as string);

  REGIONS.forEach((region, regionIndex) => {
    const code = region.code;
    // One evidence record per region for each heavy requirement, made in the first quarter and revised now and then.
    const evidenceFor = new Map<string, { id: string; revisions: { revision: number; sha256: string; at: number }[] }>();
    const makeEvidence = (requirement: Requirement, rng: Rng) => {
      const id = `e-${code}-${requirement.id}`;
      const createdAt = firstStart + rng.int(2, 40) * DAY_MS;
      const expiresSoon = rng.chance(0.2);
      const validUntil = expiresSoon ? dayOf(ctx.until + rng.int(3, 28) * DAY_MS) : rng.chance(0.1) ? dayOf(ctx.until - rng.int(5, 60) * DAY_MS) : dayOf(ctx.until + rng.int(120, 540) * DAY_MS);
      const title = requirement.evidence[0] as string;
      rows.compliance_evidence.push({ id, region: code, title, valid_until: validUntil, created_at: createdAt, created_by: ownerFor(code, rng) });
      const record = { id, revisions: [] as { revision: number; sha256: string; at: number }[] };
      const count = rng.chance(0.3) ? 2 : 1;
      for (let revision = 1; revision <= count; revision++) {
        const at = createdAt + (revision - 1) * rng.int(60, 200) * DAY_MS;
        if (at >= ctx.until) break;
        const image = rng.chance(0.25);
        const bytes = image
          ? evidencePng((regionIndex * 37 + revision * 11 + requirement.id.length) % 97)
          : evidencePdf(title, [`${requirement.title}`, `Region: ${region.name}`, `Reference: ${requirement.reference.act}${requirement.reference.article ? `, ${requirement.reference.article}` : ''}`, `Revision ${revision}, ${dayOf(at)}`]);
        const sha256 = sha256Hex(bytes);
        files.set(sha256, bytes);
        rows.compliance_evidence_revisions.push({
          id: `${id}/r${revision}`, evidence_id: id, region: code, revision, sha256, file_name: `${requirement.id.replace('.', '-')}-r${revision}.${image ? 'png' : 'pdf'}`,
          mime: image ? 'image/png' : 'application/pdf', size: bytes.length, uploaded_at: at, uploaded_by: ownerFor(code, rng),
        });
        record.revisions.push({ revision, sha256, at });
      }
      evidenceFor.set(requirement.id, record);
      return record;
    };

    FRAMEWORKS.filter((framework) => framework.regions.includes(code)).forEach((framework, frameworkIndex) => {
      const requirements = framework.requirements.filter((requirement) => requirement.regions.includes(code));
      periods.forEach((period, periodIndex) => {
        const age = QUARTERS - 1 - periodIndex;
        const rng = new Rng(mixSeed(ctx.seed, 0xc0111, regionIndex, frameworkIndex, periodIndex));
        const id = `${code}-${framework.id}-${period}`;
        const start = startOf(period);
        const dueDay = periodDays(period).last;
        const owner = ownerFor(code, rng);
        const status = age === 0 ? 'in_progress' : age === 1 ? (rng.chance(0.5) ? 'in_review' : 'signed_off') : 'signed_off';
        const updatedAt = Math.min(ctx.until - DAY_MS, start + rng.int(60, 85) * DAY_MS);
        rows.compliance_assessments.push({
          id, region: code, framework: framework.id, framework_version: framework.version, period, owner_id: owner, due_day: dueDay, status,
          created_at: start, updated_at: updatedAt,
        });
        const signed: { requirementId: string; result: string; reason: string | null; observation: string | null; measuredValue: number | null }[] = [];
        const linked: { requirementId: string; evidenceId: string; revision: number; sha256: string }[] = [];
        for (const requirement of requirements) {
          const result = drawResult(rng, age);
          const reason = result === 'not_applicable' ? rng.pick(NOT_APPLICABLE_REASONS) : null;
          const measure = requirement.measure;
          const measuredValue = measure && result !== 'to_do' && result !== 'not_applicable'
            ? Math.round(measure.target * (measure.better === 'higher' ? rng.float(0.8, 1.08) : rng.float(0.9, 1.25)) * 100) / 100
            : null;
          const observation = result === 'partially_compliant' || result === 'non_compliant' ? `Gaps found in the ${period} review; see the finding` : null;
          const resultId = `${id}/${requirement.id}`;
          rows.compliance_results.push({
            id: resultId, assessment_id: id, region: code, requirement_id: requirement.id, result, reason, observation, owner_id: owner,
            due_day: dueDay, measured_value: measuredValue, updated_at: Math.min(updatedAt, start + rng.int(5, 80) * DAY_MS), updated_by: result === 'to_do' ? null : owner,
          });
          signed.push({ requirementId: requirement.id, result, reason, observation, measuredValue });
          if (requirement.weight === 3 && result !== 'to_do' && result !== 'not_applicable') {
            const evidence = evidenceFor.get(requirement.id) ?? makeEvidence(requirement, new Rng(mixSeed(ctx.seed, 0xe71d, regionIndex, frameworkIndex, requirement.id.length)));
            if (evidence.revisions.length > 0) {
              rows.compliance_evidence_links.push({ result_id: resultId, evidence_id: evidence.id, region: code, linked_at: Math.max(start, evidence.revisions[0]?.at ?? start) });
              for (const revision of evidence.revisions) linked.push({ requirementId: requirement.id, evidenceId: evidence.id, revision: revision.revision, sha256: revision.sha256 });
            }
          }
          if (result === 'partially_compliant' || result === 'non_compliant') {
            const findingId = `f-${resultId}`;
            const closed = age >= 2 || (age === 1 && rng.chance(0.6));
            rows.compliance_findings.push({
              id: findingId, assessment_id: id, region: code, requirement_id: requirement.id, title: `${requirement.title}: not fully in place`,
              severity: result === 'non_compliant' ? 'high' : rng.pick(['low', 'medium']), status: closed ? 'closed' : 'open', source: 'manual',
              created_at: start + 20 * DAY_MS, created_by: owner, updated_at: updatedAt,
            });
            rows.compliance_actions.push({
              id: `a-${resultId}`, finding_id: findingId, region: code, title: `Put in place: ${requirement.evidence[0] as string}`,
              owner_id: owner, due_day: dayOf(start + rng.int(95, 150) * DAY_MS), status: closed ? 'done' : rng.pick(['open', 'in_progress']), updated_at: updatedAt,
            });
          }
        }
        if (status === 'signed_off') {
          const at = updatedAt;
          const evidenceAsOf = linked.filter((e) => (evidenceFor.get(e.requirementId)?.revisions.find((r) => r.revision === e.revision)?.at ?? Infinity) <= at);
          rows.compliance_signoffs.push({
            id: `s-${id}`, assessment_id: id, region: code, kind: 'sign_off', person_id: SIGNER(code) ?? owner, at,
            hash: sha256Hex(signatureText(id, framework.version, signed, evidenceAsOf)), reason: null,
          });
        }
      });
    });
  });

  const incident = (region: RegionCode, kind: IncidentKind, title: string, daysAgo: number, affected: number | null, notified: boolean) => {
    const detectedAt = ctx.until - daysAgo * DAY_MS;
    const id = `i-${region}-${dayOf(detectedAt)}`;
    const timeZone = REGIONS.find((r) => r.code === region)?.timeZone ?? 'UTC';
    rows.compliance_incidents.push({ id, region, kind, title, detected_at: detectedAt, status: notified ? 'closed' : 'open', created_by: 1, affected });
    for (const rule of rulesFor(region, kind)) {
      const dueAt = deadline(detectedAt, rule.clock, timeZone);
      rows.compliance_notifications.push({
        id: `${id}/${rule.id}`, incident_id: id, region, rule_id: rule.id, due_at: dueAt,
        notified_at: notified ? dueAt - 20 * 3_600_000 : null, notified_by: notified ? 12 : null, note: notified ? 'Filed on the authority portal' : null,
      });
    }
  };
  incident('EU', 'personal_data_breach', 'Carrier label printer exposed customer addresses', 40, 2300, true);
  incident('LATAM', 'personal_data_breach', 'Support mailbox forwarded to a wrong address', 1, 85, false);
  incident('NA', 'product_safety', 'Reports of a power bank overheating while charging', 0.5, null, false);

  return { rows, files: [...files].map(([sha256, bytes]) => ({ sha256, bytes })) };
}
