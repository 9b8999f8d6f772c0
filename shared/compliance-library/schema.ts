// The shape of the compliance library: frameworks, each a versioned list of requirements with the legal reference
// that makes them binding. The data files beside this one are checked against it by library.test.ts, so a typo in a
// region, a cadence or an ESG target fails the tests rather than an assessment.
import { z } from 'zod';
import { REGION_CODES } from '../domain';

export const CADENCES = ['once', 'yearly', 'quarterly', 'monthly', 'per_campaign'] as const;
export type Cadence = (typeof CADENCES)[number];

export const FRAMEWORK_KINDS = ['privacy', 'platform', 'product_safety', 'tax', 'consumer', 'esg'] as const;
export type FrameworkKind = (typeof FRAMEWORK_KINDS)[number];

const regions = z.array(z.enum(REGION_CODES)).min(1);

export const referenceSchema = z
  .object({
    /** The act as it is cited: "Regulation (EU) 2016/679 (GDPR)". */
    act: z.string().min(3).max(200),
    /** Article or section; left out where the act alone is cited. */
    article: z.string().min(1).max(80).optional(),
  })
  .strict();

export const measureSchema = z
  .object({
    unit: z.string().min(1).max(30),
    target: z.number(),
    /** Whether a value above the target is better (a recyclable share) or below it (emissions per parcel). */
    better: z.enum(['higher', 'lower']),
  })
  .strict();

export const requirementSchema = z
  .object({
    /** Stable across versions: `<framework>.<slug>`. */
    id: z.string().regex(/^[a-z0-9_]+\.[a-z0-9-]+$/),
    group: z.string().min(2).max(80),
    title: z.string().min(3).max(140),
    reference: referenceSchema,
    regions,
    guidance: z.string().min(20).max(600),
    evidence: z.array(z.string().min(3).max(140)).min(1).max(6),
    cadence: z.enum(CADENCES),
    /** How much it counts in the weighted share compliant: 3 for what a regulator fines first. */
    weight: z.number().int().min(1).max(3),
    measure: measureSchema.optional(),
  })
  .strict();

export const frameworkSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9_]+$/),
    /** `YYYY.N`: an assessment keeps the version of its day. */
    version: z.string().regex(/^\d{4}\.\d+$/),
    name: z.string().min(3).max(80),
    kind: z.enum(FRAMEWORK_KINDS),
    regions,
    /** What changed from the version before, for a person moving an assessment to this one. */
    notes: z.string().max(600).optional(),
    requirements: z.array(requirementSchema).min(3),
  })
  .strict()
  .superRefine((framework, context) => {
    const seen = new Set<string>();
    framework.requirements.forEach((requirement, index) => {
      if (seen.has(requirement.id)) context.addIssue({ code: 'custom', message: `${requirement.id} appears twice`, path: ['requirements', index, 'id'] });
      seen.add(requirement.id);
      if (!requirement.id.startsWith(`${framework.id}.`)) {
        context.addIssue({ code: 'custom', message: `${requirement.id} is not under ${framework.id}`, path: ['requirements', index, 'id'] });
      }
      const outside = requirement.regions.find((region) => !framework.regions.includes(region));
      if (outside) context.addIssue({ code: 'custom', message: `${requirement.id} names ${outside}, outside the framework`, path: ['requirements', index, 'regions'] });
    });
  });

export type Requirement = z.infer<typeof requirementSchema>;
export type Framework = z.infer<typeof frameworkSchema>;
export type RegionList = z.infer<typeof regions>;

/** Writes one framework's requirements with the act and regions they share, so each line holds only what differs. */
export function requirementsOf(framework: string, defaults: { act: string; regions: RegionList; group: string }) {
  let group = defaults.group;
  const list: Requirement[] = [];
  return {
    group(name: string) {
      group = name;
    },
    add(
      slug: string,
      title: string,
      article: string | null,
      cadence: Cadence,
      guidance: string,
      evidence: string[],
      more: { act?: string; regions?: RegionList; weight?: 1 | 2 | 3; measure?: Requirement['measure'] } = {},
    ) {
      list.push({
        id: `${framework}.${slug}`,
        group,
        title,
        reference: article === null ? { act: more.act ?? defaults.act } : { act: more.act ?? defaults.act, article },
        regions: more.regions ?? defaults.regions,
        guidance,
        evidence,
        cadence,
        weight: more.weight ?? 2,
        ...(more.measure ? { measure: more.measure } : {}),
      });
    },
    list,
  };
}
