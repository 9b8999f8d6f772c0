// The link from the rosters to compliance: a sponsored KOL post without an ad disclosure is a finding under the
// requirement it breaks, in the assessment covering the quarter it was posted. The check is run again at will: each
// post has one finding (its id is made from the assessment and the post, so two consoles checking offline write the
// same row), opened while the post lacks a disclosure and closed once it has one or is gone.
import { KOL_DISCLOSURE_REQUIREMENTS, kolPostFindingId, kolPostOfFinding, periodDays } from '../../../shared/compliance';
import { DAY_MS, type Person } from '../../../shared/domain';
import type { Db } from '../../db/open';
import { all } from '../../db/statement-cache';
import { ServiceError } from '../kit';
import { assertUnlocked, loadAssessment } from './access';
import { frameworkOf, requirementsFor } from './assessments';
import type { FindingRow } from './findings';
import { putRow } from './rows';

interface PostRow {
  id: number;
  url: string;
  platform: string;
  disclosed: number;
  kol_name: string;
}

export interface KolCheckOutcome {
  opened: number;
  closed: number;
  open: number;
}

export function checkKolPosts(db: Db, person: Person, assessmentId: string, at: number): KolCheckOutcome {
  return db.transaction(() => {
    const assessment = loadAssessment(db, person, assessmentId);
    assertUnlocked(assessment);
    const requirement = requirementsFor(frameworkOf(assessment), assessment.region).find((one) => KOL_DISCLOSURE_REQUIREMENTS.includes(one.id));
    if (!requirement) {
      throw new ServiceError('conflict', `The ${assessment.framework} framework holds no KOL disclosure requirement for ${assessment.region}`, 'assessmentId');
    }
    const { first, last } = periodDays(assessment.period);
    const posts = all<PostRow>(
      db,
      `SELECT p.id, p.url, p.platform, p.disclosed, k.name AS kol_name FROM kol_posts p JOIN kols k ON k.id = p.kol_id
       WHERE p.region = ? AND p.campaign_id IS NOT NULL AND p.posted_at >= ? AND p.posted_at < ?`,
      [assessment.region, Date.parse(first), Date.parse(last) + DAY_MS],
    );
    const findings = new Map(
      all<FindingRow>(db, "SELECT * FROM compliance_findings WHERE assessment_id = ? AND source = 'kol_post'", [assessment.id])
        .map((row) => [kolPostOfFinding(row.id), row]),
    );
    const outcome: KolCheckOutcome = { opened: 0, closed: 0, open: 0 };
    for (const post of posts) {
      const finding = findings.get(post.id);
      findings.delete(post.id);
      const wanted = post.disclosed === 0 ? 'open' : 'closed';
      if (wanted === 'open') outcome.open += 1;
      if (finding?.status === wanted || (!finding && wanted === 'closed')) continue;
      if (wanted === 'open') outcome.opened += 1;
      else outcome.closed += 1;
      putRow(db, 'compliance_findings', finding ? { ...finding, status: wanted, updated_at: at } : {
        id: kolPostFindingId(assessment.id, post.id), assessment_id: assessment.id, region: assessment.region, requirement_id: requirement.id,
        title: `Sponsored ${post.platform} post by ${post.kol_name} without an ad disclosure: ${post.url}`.slice(0, 300), severity: 'high',
        status: 'open', source: 'kol_post', created_at: at, created_by: person.id, updated_at: at,
      }, at);
    }
    // Findings whose post is gone, or no longer sponsored, have nothing left to find.
    for (const finding of findings.values()) {
      if (finding.status === 'closed') continue;
      outcome.closed += 1;
      putRow(db, 'compliance_findings', { ...finding, status: 'closed', updated_at: at }, at);
    }
    return outcome;
  })();
}
