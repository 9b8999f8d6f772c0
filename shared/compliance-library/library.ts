// The library: every framework in every version the repo has ever shipped. An assessment names the version of its
// day, so a new version never changes a past one; `diffVersions` tells a person what moving to a newer one changes.
import { APPI_FRAMEWORK, LGPD_FRAMEWORK, PDPA_SG_FRAMEWORK, PDPA_TH_FRAMEWORK, PDPL_AE_FRAMEWORK, PDPL_SA_FRAMEWORK, PDP_ID_FRAMEWORK, PIPA_FRAMEWORK } from './privacy-asia-rest';
import { DSA_FRAMEWORK } from './dsa';
import { ESG_FRAMEWORK } from './esg';
import { GDPR_FRAMEWORK } from './gdpr';
import { GPSR_FRAMEWORK } from './gpsr';
import { LOW_VALUE_VAT_FRAMEWORK } from './low-value-vat';
import type { Framework, Requirement } from './schema';
import { CCPA_FRAMEWORK, CPSIA_FRAMEWORK, FTC_FRAMEWORK } from './us-consumer';

/** GDPR as shipped in 2025: before the transfer assessment for China and the restore test under security. */
const GDPR_2025: Framework = {
  ...GDPR_FRAMEWORK,
  version: '2025.1',
  notes: undefined,
  requirements: GDPR_FRAMEWORK.requirements
    .filter((requirement) => requirement.id !== 'gdpr.tia-china')
    .map((requirement) =>
      requirement.id === 'gdpr.security' ? { ...requirement, evidence: ['Access review', 'Penetration test summary'] } : requirement,
    ),
};

/** The newest version of each framework, in the order screens list them. */
export const FRAMEWORKS: readonly Framework[] = [
  GDPR_FRAMEWORK, DSA_FRAMEWORK, GPSR_FRAMEWORK, LOW_VALUE_VAT_FRAMEWORK, CCPA_FRAMEWORK, CPSIA_FRAMEWORK, FTC_FRAMEWORK,
  PDPA_SG_FRAMEWORK, PDPA_TH_FRAMEWORK, PDP_ID_FRAMEWORK, APPI_FRAMEWORK, PIPA_FRAMEWORK, LGPD_FRAMEWORK, PDPL_SA_FRAMEWORK,
  PDPL_AE_FRAMEWORK, ESG_FRAMEWORK,
];

/** Every version of every framework. */
export const FRAMEWORK_VERSIONS: readonly Framework[] = [GDPR_2025, ...FRAMEWORKS];

export function frameworkVersion(id: string, version: string): Framework | undefined {
  return FRAMEWORK_VERSIONS.find((framework) => framework.id === id && framework.version === version);
}

export function latestFramework(id: string): Framework | undefined {
  return FRAMEWORKS.find((framework) => framework.id === id);
}

export function requirementOf(framework: Framework, requirementId: string): Requirement | undefined {
  return framework.requirements.find((requirement) => requirement.id === requirementId);
}

export interface VersionDiff {
  added: string[];
  removed: string[];
  /** Same id, other wording, reference, evidence, cadence, weight or target. */
  changed: string[];
}

export function diffVersions(from: Framework, to: Framework): VersionDiff {
  const before = new Map(from.requirements.map((requirement) => [requirement.id, JSON.stringify(requirement)]));
  const after = new Map(to.requirements.map((requirement) => [requirement.id, JSON.stringify(requirement)]));
  return {
    added: [...after.keys()].filter((id) => !before.has(id)),
    removed: [...before.keys()].filter((id) => !after.has(id)),
    changed: [...after.keys()].filter((id) => before.has(id) && before.get(id) !== after.get(id)),
  };
}
