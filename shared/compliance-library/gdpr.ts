// GDPR for the EU region, with the UK GDPR where the UK answers to its own copy of the regulation.
import { requirementsOf, type Framework } from './schema';

const GDPR = 'Regulation (EU) 2016/679 (GDPR)';
const r = requirementsOf('gdpr', { act: GDPR, regions: ['EU'], group: 'Lawfulness and transparency' });

r.add('lawful-basis', 'Lawful basis recorded for every processing purpose', 'Art. 6(1)', 'yearly',
  'Each purpose (orders, marketing, fraud checks, analytics) names one lawful basis before processing starts; legitimate interests need a written balancing test.',
  ['Register of purposes with their lawful basis', 'Legitimate interests assessments'], { weight: 3 });
r.add('consent', 'Consent freely given, specific, recorded and as easy to withdraw as to give', 'Art. 7', 'yearly',
  'Marketing e-mails and optional cookies rely on consent: keep who consented to what and when, and test that withdrawing takes one step.',
  ['Consent records sample', 'Screenshots of the consent and withdrawal flows']);
r.add('children', 'Parental consent for children under the national age', 'Art. 8', 'yearly',
  'Where an information society service is offered to a child on consent, the age (13 to 16, set by each Member State) and the parental check are applied.',
  ['Age gate description', 'Member State age table']);
r.add('special-categories', 'No special-category data without an Article 9 condition', 'Art. 9', 'yearly',
  'Health, religion or biometric data (for example from returns notes or ID checks) is not processed unless an Article 9(2) condition applies.',
  ['Data inventory showing special categories', 'Article 9 condition per use']);
r.add('privacy-notice', 'Privacy notice at collection', 'Art. 13', 'yearly',
  'Checkout, sign-up and the app tell people who the controller is, the purposes, bases, recipients, transfers, retention and their rights.',
  ['Current privacy notice', 'Screenshots of notice at each collection point'], { weight: 3 });
r.add('notice-indirect', 'Information when data comes from others', 'Art. 14', 'yearly',
  'Data bought or received from partners (carriers, affiliates) is disclosed to the person within a month at the latest.',
  ['List of indirect sources', 'Notice text used']);

r.group('Rights of data subjects');
r.add('dsr-one-month', 'Data-subject requests answered within one month', 'Art. 12(3)', 'monthly',
  'Access, erasure, rectification and portability requests are logged and answered within one month; an extension of two further months is explained to the person within the first month.',
  ['Request log with received and answered dates', 'Monthly on-time rate'], { weight: 3 });
r.add('access', 'Right of access: a copy of the data', 'Art. 15', 'quarterly',
  'A person gets a copy of their orders, feedback and account data with the purposes and recipients, without a fee for the first copy.',
  ['Sample access response (redacted)']);
r.add('erasure', 'Right to erasure honoured, with legal holds noted', 'Art. 17', 'quarterly',
  'Erasure removes the customer from marketing, feedback and analytics stores; invoices kept for tax law are recorded as the reason for keeping them.',
  ['Erasure runbook', 'Sample erasure ticket with systems covered']);
r.add('portability', 'Data portability in a machine-readable format', 'Art. 20', 'yearly',
  'Data given by the person on consent or contract is exported in a structured, common format (CSV or JSON).',
  ['Sample export file']);
r.add('objection-marketing', 'Objection to direct marketing stops it at once', 'Art. 21(2)', 'quarterly',
  'An objection to direct marketing, including profiling for it, is absolute: the address is suppressed across every channel.',
  ['Suppression list process', 'Test of unsubscribe in each channel']);
r.add('automated-decisions', 'Automated decisions with legal or similar effect reviewed by a person', 'Art. 22', 'yearly',
  'Automatic order cancellations for fraud or account bans can be contested and reviewed by a person.',
  ['List of automated decisions', 'Human review procedure']);

r.group('Accountability');
r.add('records-of-processing', 'Records of processing activities kept current', 'Art. 30', 'yearly',
  'The record lists each processing activity, its purposes, categories of data and people, recipients, transfers, retention and security measures.',
  ['Record of processing activities (export)'], { weight: 3 });
r.add('processor-contracts', 'Contracts with every processor', 'Art. 28(3)', 'yearly',
  'Carriers, cloud hosting, payment and customer-service vendors act only on documented instructions under a contract with the Article 28(3) terms.',
  ['Processor list', 'Signed data processing agreements'], { weight: 3 });
r.add('eu-representative', 'EU representative named where the controller is outside the EU', 'Art. 27', 'once',
  'A seller established outside the Union that targets EU customers names a representative in a Member State in writing.',
  ['Representative mandate']);
r.add('privacy-by-design', 'Data protection by design and by default', 'Art. 25', 'per_campaign',
  'New features and campaigns collect only the data they need, with the most private settings on by default; a checklist is completed before launch.',
  ['Privacy-by-design checklist per launch']);
r.add('dpia', 'DPIA before high-risk processing', 'Art. 35', 'per_campaign',
  'Large-scale profiling, tracking across sites or new fraud scoring gets a data protection impact assessment before it starts.',
  ['DPIA register', 'Completed DPIAs'], { weight: 3 });
r.add('dpo', 'Data protection officer designated and reachable', 'Art. 37', 'once',
  'Where core activities involve large-scale regular monitoring, a DPO is designated, published and notified to the supervisory authority.',
  ['DPO appointment', 'Published contact details']);

r.group('Security and breaches');
r.add('security', 'Security appropriate to the risk', 'Art. 32', 'quarterly',
  'Encryption of personal data at rest and in transit, access reviews, backups restored in tests and a vulnerability process.',
  ['Access review', 'Backup restore test', 'Penetration test summary'], { weight: 3 });
r.add('breach-72h', 'Breaches notified to the supervisory authority within 72 hours', 'Art. 33', 'yearly',
  'A personal-data breach likely to risk people is notified to the lead authority within 72 hours of becoming aware, with reasons for any delay; every breach is documented.',
  ['Breach register', 'Incident response plan', 'Last tabletop exercise'], { weight: 3 });
r.add('breach-subjects', 'People told of a high-risk breach without undue delay', 'Art. 34', 'yearly',
  'When a breach is likely to result in a high risk, the affected customers are told in clear words what happened and what to do.',
  ['Customer notification template']);

r.group('Transfers outside the EU');
r.add('transfers', 'Every transfer outside the EEA has a Chapter V tool', 'Art. 44', 'yearly',
  'Transfers go only to adequate countries (Art. 45) or under appropriate safeguards (Art. 46); the transfer map is current.',
  ['Transfer map by recipient and country'], { weight: 3 });
r.add('sccs', 'Standard contractual clauses signed for transfers without adequacy', 'Art. 46(2)(c)', 'yearly',
  'Suppliers in countries without adequacy sign the 2021 standard contractual clauses (Commission Implementing Decision (EU) 2021/914) in the right module.',
  ['Signed SCCs per supplier']);
r.add('tia-china', 'Transfer assessment for personal data sent to China', 'Art. 46', 'yearly',
  'Transfers to group companies or suppliers in China under SCCs are backed by a transfer impact assessment of local law and access by authorities, with supplementary measures where needed (CJEU C-311/18, Schrems II).',
  ['Transfer impact assessment for China', 'Supplementary measures'], { weight: 3 });
r.add('uk-gdpr', 'UK customers handled under the UK GDPR and the Data Protection Act 2018', null, 'yearly',
  'UK sales follow the UK GDPR: a UK representative where needed, the ICO notified of breaches within 72 hours, and the IDTA or the UK Addendum for transfers.',
  ['UK transfer documents (IDTA or Addendum)', 'ICO registration'], { act: 'UK GDPR and Data Protection Act 2018' });

export const GDPR_FRAMEWORK: Framework = {
  id: 'gdpr',
  version: '2026.1',
  name: 'GDPR and UK GDPR',
  kind: 'privacy',
  regions: ['EU'],
  notes: 'Adds the transfer assessment for China and asks for a backup restore test under security.',
  requirements: r.list,
};
