import { afterEach, describe, expect, it } from 'vitest';
import type { Person } from '../../../shared/domain';
import { all, run } from '../../db/statement-cache';
import { NOW } from '../../test-support/fixture-db';
import { ServiceError } from '../kit';
import { createAssessment, setAssessmentStatus } from './assessments';
import { checklist } from './checklist';
import { checkKolPosts } from './kol-disclosure';
import { signOff } from './signoff';
import { complianceFixture, type ComplianceFixture } from './test-support/compliance-fixture';

let fixture: ComplianceFixture;
afterEach(() => fixture?.cleanup());

const DAY = 86_400_000;
const Q4 = Date.UTC(2026, 9, 1);

/** Two NA KOLs: Ava's sponsored posts 1 (no disclosure) and 2 (disclosed), her organic post 3 (none needed), Ben's
 * sponsored post 4 (no disclosure) and post 5 (no disclosure, but in Q3, another quarter). */
function withPosts(): Person {
  fixture = complianceFixture();
  run(fixture.db, "INSERT INTO regions VALUES ('NA', 'North America', 'USD', 'America/New_York', 'en-US')");
  run(fixture.db, "INSERT INTO people_regions VALUES (3, 'NA')");
  run(fixture.db, "INSERT INTO sync_state (singleton, hub_url, client_id) VALUES (1, 'http://127.0.0.1:1', 'console-test-1')");
  fixture.db.exec(`
    INSERT INTO kols (id, region, name, platform, handle, followers, engagement_rate, audience_countries, languages, niches, status, tags, notes, updated_at)
      VALUES (1, 'NA', 'Ava Styles', 'instagram', 'avastyles', 90000, 0.04, 'US', 'en', 'fashion', 'active', '', '', 0),
             (2, 'NA', 'Ben Tech', 'youtube', 'bentech', 50000, 0.03, 'US', 'en', 'tech', 'active', '', '', 0);
    INSERT INTO campaigns VALUES (7, 'NA', 'KOL holiday 2026', 'sales', '2026-10-01', '2026-12-20', 5000, 0);
  `);
  const post = (id: number, kol: number, campaign: number | null, at: number, disclosed: number) => run(
    fixture.db, 'INSERT INTO kol_posts VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0, ?)',
    [id, 'NA', kol, campaign, kol === 1 ? 'instagram' : 'youtube', `https://example.test/p/${id}`, at, disclosed],
  );
  post(1, 1, 7, Q4 + 10 * DAY, 0);
  post(2, 1, 7, Q4 + 11 * DAY, 1);
  post(3, 1, null, Q4 + 12 * DAY, 0);
  post(4, 2, 7, Q4 + 40 * DAY, 0);
  post(5, 2, 7, Q4 - DAY, 0);
  return { ...fixture.manager, regions: ['EU', 'NA'] };
}

const kolFindings = (assessmentId: string) =>
  all<{ id: string; status: string; requirement_id: string }>(
    fixture.db, "SELECT id, status, requirement_id FROM compliance_findings WHERE assessment_id = ? AND source = 'kol_post' ORDER BY id", [assessmentId],
  ).map((row) => ({ ...row, post: Number(row.id.split('-').at(-1)) }));

describe('KOL posts without an ad disclosure', () => {
  it('opens one finding per undisclosed sponsored post of the quarter under the FTC requirement, linked to its KOL', () => {
    const manager = withPosts();
    const { id } = createAssessment(fixture.db, manager, { region: 'NA', framework: 'ftc', period: '2026-Q4', ownerId: null, dueDay: null }, NOW);
    expect(checkKolPosts(fixture.db, manager, id, NOW)).toEqual({ opened: 2, closed: 0, open: 2 });
    expect(kolFindings(id)).toEqual([
      { id: `f-kol-${id}-1`, post: 1, status: 'open', requirement_id: 'ftc.kol-disclosure' },
      { id: `f-kol-${id}-4`, post: 4, status: 'open', requirement_id: 'ftc.kol-disclosure' },
    ]);
    const item = checklist(fixture.db, manager, id, NOW).items.find((one) => one.requirement.id === 'ftc.kol-disclosure');
    expect(item?.findings.map((finding) => [finding.kol, finding.source, finding.title])).toEqual([
      [{ id: 1, name: 'Ava Styles' }, 'kol_post', 'Sponsored instagram post by Ava Styles without an ad disclosure: https://example.test/p/1'],
      [{ id: 2, name: 'Ben Tech' }, 'kol_post', 'Sponsored youtube post by Ben Tech without an ad disclosure: https://example.test/p/4'],
    ]);
    // Each finding went to the outbox.
    const queued = all<{ args: string }>(fixture.db, "SELECT args FROM sync_outbox WHERE args LIKE '%compliance_findings%' ORDER BY id").map((row) => JSON.parse(row.args).row[0]);
    expect(queued).toEqual([`f-kol-${id}-1`, `f-kol-${id}-4`]);
  });

  it('writes nothing when run again, closes the finding of a post fixed later and opens it again if the disclosure goes', () => {
    const manager = withPosts();
    const { id } = createAssessment(fixture.db, manager, { region: 'NA', framework: 'ftc', period: '2026-Q4', ownerId: null, dueDay: null }, NOW);
    checkKolPosts(fixture.db, manager, id, NOW);
    const outbox = () => all(fixture.db, 'SELECT id FROM sync_outbox').length;
    const before = outbox();
    expect(checkKolPosts(fixture.db, manager, id, NOW + 1)).toEqual({ opened: 0, closed: 0, open: 2 });
    expect(outbox()).toBe(before);
    expect(kolFindings(id)).toHaveLength(2);

    run(fixture.db, 'UPDATE kol_posts SET disclosed = 1 WHERE id = 1');
    run(fixture.db, 'DELETE FROM kol_posts WHERE id = 4');
    expect(checkKolPosts(fixture.db, manager, id, NOW + 2)).toEqual({ opened: 0, closed: 2, open: 0 });
    expect(kolFindings(id).map((row) => row.status)).toEqual(['closed', 'closed']);

    run(fixture.db, 'UPDATE kol_posts SET disclosed = 0 WHERE id = 1');
    expect(checkKolPosts(fixture.db, manager, id, NOW + 3)).toEqual({ opened: 1, closed: 0, open: 1 });
    expect(kolFindings(id).map((row) => [row.post, row.status])).toEqual([[1, 'open'], [4, 'closed']]);
  });

  it('refuses a framework without the requirement, a region not granted and a signed-off assessment', () => {
    const manager = withPosts();
    const gdpr = createAssessment(fixture.db, manager, { region: 'EU', framework: 'gdpr', period: '2026-Q4', ownerId: null, dueDay: null }, NOW);
    expect(() => checkKolPosts(fixture.db, manager, gdpr.id, NOW)).toThrow(/gdpr framework holds no KOL disclosure requirement for EU/);
    const ftc = createAssessment(fixture.db, manager, { region: 'NA', framework: 'ftc', period: '2026-Q4', ownerId: null, dueDay: null }, NOW);
    expect(() => checkKolPosts(fixture.db, fixture.lead, ftc.id, NOW)).toThrow(ServiceError);
    setAssessmentStatus(fixture.db, manager, ftc.id, 'in_review', NOW);
    signOff(fixture.db, manager, ftc.id, NOW);
    expect(() => checkKolPosts(fixture.db, manager, ftc.id, NOW)).toThrow(/signed off and locked/);
    expect(kolFindings(ftc.id)).toEqual([]);
  });
});
