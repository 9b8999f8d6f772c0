// What a sign-off's hash covers, in one canonical text: every result of the assessment and every evidence revision
// linked to it as of the signing. The console hashes it when a manager signs off and again to check the signature;
// the demo generator hashes the same text for the assessments it signs.
export interface SignedResult {
  requirementId: string;
  result: string;
  reason: string | null;
  observation: string | null;
  measuredValue: number | null;
}

export interface SignedEvidence {
  requirementId: string;
  evidenceId: string;
  revision: number;
  sha256: string;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function signatureText(assessmentId: string, frameworkVersion: string, results: readonly SignedResult[], evidence: readonly SignedEvidence[]): string {
  const sortedResults = [...results].sort((a, b) => byText(a.requirementId, b.requirementId));
  const sortedEvidence = [...evidence].sort(
    (a, b) => byText(a.requirementId, b.requirementId) || byText(a.evidenceId, b.evidenceId) || a.revision - b.revision,
  );
  return JSON.stringify({
    assessmentId,
    frameworkVersion,
    results: sortedResults.map((r) => [r.requirementId, r.result, r.reason, r.observation, r.measuredValue]),
    evidence: sortedEvidence.map((e) => [e.requirementId, e.evidenceId, e.revision, e.sha256]),
  });
}
