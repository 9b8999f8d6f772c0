// The EU Digital Services Act as it binds an online marketplace (an online platform letting consumers buy from traders).
import { requirementsOf, type Framework } from './schema';

const r = requirementsOf('dsa', { act: 'Regulation (EU) 2022/2065 (Digital Services Act)', regions: ['EU'], group: 'Contact and terms' });

r.add('authority-contact', 'Single point of contact for authorities', 'Art. 11', 'once',
  'A published electronic contact for Member State authorities, the Commission and the Board, with the languages it answers in.',
  ['Published contact page']);
r.add('recipient-contact', 'Single point of contact for users', 'Art. 12', 'once',
  'Buyers and sellers can reach the platform quickly by a means that is not only an automated tool.',
  ['Contact page', 'Support channel list']);
r.add('legal-representative', 'Legal representative in the Union', 'Art. 13', 'once',
  'A provider without an establishment in the Union designates a legal representative in a Member State where it offers services.',
  ['Representative mandate']);
r.add('terms', 'Terms state content restrictions and how they are enforced', 'Art. 14', 'yearly',
  'Terms and conditions say in clear words what may not be listed, how moderation works (including automated tools) and the complaint route.',
  ['Current terms and conditions']);

r.group('Notices and moderation');
r.add('notice-action', 'Notice and action mechanism', 'Art. 16', 'quarterly',
  'Anyone can report an illegal listing electronically; reports are confirmed, decided diligently and objectively, and the reporter is told the outcome.',
  ['Notice form screenshot', 'Notice log with decision times'], { weight: 3 });
r.add('statement-of-reasons', 'Statement of reasons for each restriction', 'Art. 17', 'quarterly',
  'A seller whose listing is removed or demoted, or whose account is suspended, receives the facts, the ground (law or terms) and the redress open to them.',
  ['Sample statements of reasons']);
r.add('sor-database', 'Statements of reasons sent to the Commission database', 'Art. 24(5)', 'monthly',
  'Decisions and their statements of reasons are submitted without undue delay to the DSA Transparency Database, without personal data.',
  ['Submission log']);
r.add('criminal-offences', 'Suspected serious criminal offences reported', 'Art. 18', 'yearly',
  'Information suggesting a threat to the life or safety of persons is passed promptly to the police or judicial authorities of the Member State concerned.',
  ['Escalation procedure']);
r.add('complaints', 'Internal complaint-handling system', 'Art. 20', 'quarterly',
  'Users may contest moderation decisions for at least six months; complaints are handled free of charge and not decided solely by automated means.',
  ['Complaint log with outcomes'], { weight: 3 });
r.add('out-of-court', 'Out-of-court dispute settlement offered', 'Art. 21', 'yearly',
  'Users are told they may go to a certified out-of-court dispute settlement body, and the platform engages in good faith.',
  ['Information shown to users']);
r.add('trusted-flaggers', 'Trusted flaggers’ notices handled with priority', 'Art. 22', 'quarterly',
  'Notices from trusted flaggers designated by Digital Services Coordinators are processed first and without undue delay.',
  ['Priority queue configuration']);
r.add('misuse', 'Measures against misuse', 'Art. 23', 'yearly',
  'Accounts that often list manifestly illegal goods, or that often file unfounded notices, are suspended for a reasonable time after a warning.',
  ['Misuse policy', 'Suspension log']);

r.group('Marketplace duties');
r.add('dark-patterns', 'No deceptive interface design', 'Art. 25', 'per_campaign',
  'Campaign pages and checkout do not push choices through design (hidden opt-outs, repeated prompts, harder cancellation).',
  ['Design review per campaign']);
r.add('advertising', 'Ads labelled with advertiser and main targeting parameters', 'Art. 26', 'per_campaign',
  'Every ad shows that it is an ad, on whose behalf it is shown, who paid, and the main reasons it is shown to this person.',
  ['Ad label screenshots'], { weight: 3 });
r.add('recommender', 'Recommender systems explained in the terms', 'Art. 27', 'yearly',
  'The main parameters of product ranking and recommendations, and any option to change them, are set out in the terms.',
  ['Terms section on ranking']);
r.add('minors', 'Protection of minors online', 'Art. 28', 'yearly',
  'Appropriate measures for a high level of privacy, safety and security of minors; no ads based on profiling when the user is known to be a minor.',
  ['Minors protection assessment']);
r.add('trader-traceability', 'Traders identified before they sell', 'Art. 30', 'quarterly',
  'Name, address, contact, ID document, payment account, trade register number and a self-certification are collected and checked with reasonable efforts before a trader may list.',
  ['KYC sample of new traders', 'Verification procedure'], { weight: 3 });
r.add('compliance-by-design', 'Interface lets traders give pre-contractual and product safety information', 'Art. 31', 'yearly',
  'The listing form asks for the trader’s identity, product identification, the CE or other marking and labelling required by Union law.',
  ['Listing form fields']);
r.add('right-to-information', 'Buyers of illegal products informed', 'Art. 32', 'yearly',
  'When the platform learns that an illegal product was sold in the last six months, it tells the buyers it has contact details for, with the trader’s identity and means of redress.',
  ['Buyer notification template']);
r.add('transparency-report', 'Transparency reports published', 'Art. 15', 'yearly',
  'At least once a year, a report on orders from authorities, notices, own-initiative moderation, complaints and automated tools, with Article 24 additions for platforms.',
  ['Published transparency report'], { weight: 3 });
r.add('active-recipients', 'Average monthly active recipients published', 'Art. 24(2)', 'yearly',
  'The average monthly active recipients in the Union is published in the online interface at least once every six months.',
  ['Published figure with date']);

export const DSA_FRAMEWORK: Framework = {
  id: 'dsa',
  version: '2026.1',
  name: 'EU Digital Services Act (marketplace)',
  kind: 'platform',
  regions: ['EU'],
  requirements: r.list,
};
