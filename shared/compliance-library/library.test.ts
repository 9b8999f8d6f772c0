import { describe, expect, it } from 'vitest';
import { diffVersions, FRAMEWORK_VERSIONS, FRAMEWORKS, frameworkVersion, requirementOf } from './library';
import { NOTIFICATION_RULES } from './notification-rules';
import { frameworkSchema } from './schema';

describe('the compliance library', () => {
  it.each(FRAMEWORK_VERSIONS.map((framework) => [`${framework.id} ${framework.version}`, framework] as const))('%s passes the schema', (_name, framework) => {
    const parsed = frameworkSchema.safeParse(framework);
    expect(parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([]);
  });

  it('holds at least 8 frameworks and 150 requirements, each framework once in its newest version', () => {
    expect(FRAMEWORKS.length).toBeGreaterThanOrEqual(8);
    expect(new Set(FRAMEWORKS.map((framework) => framework.id)).size).toBe(FRAMEWORKS.length);
    expect(FRAMEWORKS.reduce((sum, framework) => sum + framework.requirements.length, 0)).toBeGreaterThanOrEqual(150);
  });

  it('keeps each version once and gives ESG measures a unit and target', () => {
    const keys = FRAMEWORK_VERSIONS.map((framework) => `${framework.id}@${framework.version}`);
    expect(new Set(keys).size).toBe(keys.length);
    const measured = FRAMEWORKS.flatMap((framework) => framework.requirements).filter((requirement) => requirement.measure);
    expect(measured.length).toBeGreaterThanOrEqual(8);
    expect(measured.every((requirement) => requirement.id.startsWith('esg.'))).toBe(true);
  });

  it('never cites an article without its act', () => {
    for (const requirement of FRAMEWORKS.flatMap((framework) => framework.requirements)) {
      expect(requirement.reference.act.length, requirement.id).toBeGreaterThan(5);
      if (requirement.reference.article) expect(requirement.reference.article, requirement.id).toMatch(/^(Art\.|§|s\.|\d+ CFR)/);
    }
  });

  it('tells what moving GDPR from 2025.1 to 2026.1 changes', () => {
    const from = frameworkVersion('gdpr', '2025.1');
    const to = frameworkVersion('gdpr', '2026.1');
    if (!from || !to) throw new Error('both GDPR versions are in the library');
    expect(diffVersions(from, to)).toEqual({ added: ['gdpr.tia-china'], removed: [], changed: ['gdpr.security'] });
  });

  it('points every notification rule at a requirement of its region', () => {
    for (const rule of NOTIFICATION_RULES) {
      const framework = FRAMEWORKS.find((candidate) => rule.requirementId.startsWith(`${candidate.id}.`));
      const requirement = framework && requirementOf(framework, rule.requirementId);
      expect(requirement?.regions, rule.id).toContain(rule.region);
    }
  });
});
