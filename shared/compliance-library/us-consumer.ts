// United States: California privacy (CCPA as amended by the CPRA), children's product safety (CPSIA) and the FTC's
// rules for endorsements and for shipping on time.
import { requirementsOf, type Framework } from './schema';

const CCPA = 'California Consumer Privacy Act (Cal. Civ. Code § 1798.100 et seq.), as amended by the CPRA';
const CCPA_REGS = 'CCPA Regulations (Cal. Code Regs. tit. 11, § 7000 et seq.)';
const c = requirementsOf('ccpa', { act: CCPA, regions: ['NA'], group: 'Notices' });

c.add('notice-at-collection', 'Notice at collection', '§ 1798.100(a)', 'yearly',
  'At or before collection, tell Californians the categories of personal information, the purposes, whether it is sold or shared, and how long it is kept.',
  ['Notice at collection text', 'Screenshots at sign-up and checkout'], { weight: 3 });
c.add('privacy-policy', 'Privacy policy updated every twelve months', '§ 1798.130(a)(5)', 'yearly',
  'The online privacy policy describes rights and how to use them, and the categories collected, sold or shared in the past twelve months; it is updated at least once a year.',
  ['Privacy policy with date']);
c.add('do-not-sell', '"Do Not Sell or Share My Personal Information" link', '§ 1798.135', 'quarterly',
  'Where data is sold or shared for cross-context behavioural advertising, a clear link lets people opt out, and the choice is honoured for at least twelve months before asking again.',
  ['Link screenshot', 'Opt-out log'], { weight: 3 });
c.add('gpc', 'Global Privacy Control honoured as an opt-out', '§ 7025', 'quarterly',
  'A browser’s opt-out preference signal (Global Privacy Control) is treated as a request to opt out of sale and sharing for that browser and, if known, the consumer.',
  ['Test with GPC enabled'], { act: CCPA_REGS, weight: 3 });
c.add('sensitive', 'Limit the use of sensitive personal information', '§ 1798.121', 'yearly',
  'Sensitive data (precise location, account log-in, government ID) used beyond what is needed gets a "Limit the Use of My Sensitive Personal Information" link.',
  ['Sensitive data inventory']);

c.group('Requests');
c.add('45-days', 'Requests answered within 45 days', '§ 1798.130(a)(2)', 'monthly',
  'Requests to know, delete and correct are confirmed within 10 business days and answered within 45 calendar days; one 45-day extension is allowed with notice.',
  ['Request log with dates', 'On-time rate'], { weight: 3 });
c.add('request-methods', 'Two or more ways to submit requests', '§ 1798.130(a)(1)', 'yearly',
  'At least a toll-free number, or an e-mail address for online-only businesses, plus a web form.',
  ['Request page screenshot']);
c.add('delete', 'Deletion passed to service providers', '§ 1798.105', 'quarterly',
  'A verified deletion request is carried out and passed on to service providers and contractors, and to third parties the data was sold or shared with.',
  ['Deletion ticket sample']);
c.add('correct', 'Inaccurate personal information corrected', '§ 1798.106', 'quarterly',
  'Commercially reasonable efforts correct data a consumer shows to be inaccurate.',
  ['Correction ticket sample']);
c.add('non-discrimination', 'No discrimination for using rights', '§ 1798.125', 'yearly',
  'Prices and service do not worsen for people who use their rights; loyalty programme incentives have a notice of financial incentive.',
  ['Notice of financial incentive']);

c.group('Contracts and records');
c.add('service-providers', 'Service provider contracts with the required terms', '§ 1798.100(d)', 'yearly',
  'Contracts with carriers, cloud and marketing vendors limit their use of personal information to the business purpose and carry the terms the regulations require.',
  ['Contract sample', 'Vendor list'], { weight: 3 });
c.add('records-24-months', 'Request records kept for 24 months', '§ 7101', 'yearly',
  'Records of consumer requests and how they were answered are kept for at least 24 months.',
  ['Retention setting of the request log'], { act: CCPA_REGS });
c.add('security', 'Reasonable security for personal information', '§ 1798.150', 'quarterly',
  'Reasonable security procedures protect non-encrypted personal information against breach; a breach exposes the business to statutory damages.',
  ['Security controls summary']);
c.add('breach-notice', 'Breach notice to California residents', '§ 1798.82', 'yearly',
  'Residents whose unencrypted personal information was acquired are notified in the form the statute sets; the Attorney General gets a copy when more than 500 residents are affected.',
  ['Breach notice template'], { act: 'California Civil Code' });

const CPSIA = 'Consumer Product Safety Improvement Act of 2008 (Pub. L. 110-314)';
const p = requirementsOf('cpsia', { act: CPSIA, regions: ['NA'], group: 'Certificates and testing' });
p.add('cpc', 'Children’s Product Certificate for every children’s product', '16 CFR part 1110', 'quarterly',
  'Each children’s product sold in the US has a Children’s Product Certificate from the importer or manufacturer, based on third-party testing, available to the CPSC and retailers.',
  ['CPC per product', 'CPC completeness report'], { act: 'Consumer Product Safety Act, 15 U.S.C. § 2063, and 16 CFR part 1110', weight: 3 });
p.add('third-party-lab', 'Testing by a CPSC-accepted third-party laboratory', '§ 102', 'quarterly',
  'Tests supporting a CPC come from a laboratory accredited and accepted by the CPSC for the rule in question.',
  ['Test reports', 'CPSC lab acceptance record'], { weight: 3 });
p.add('periodic-testing', 'Periodic testing of children’s products', '16 CFR part 1107', 'yearly',
  'Continued production is retested at least every year (or up to two or three years under a production testing plan or ISO/IEC 17025 lab).',
  ['Periodic testing plan'], { act: 'Consumer Product Safety Act, 15 U.S.C. § 2063, and 16 CFR part 1107' });
p.add('gcc', 'General Certificate of Conformity for other regulated products', null, 'quarterly',
  'Non-children’s products subject to a CPSC rule (e.g. bike helmets, mattresses) carry a General Certificate of Conformity.',
  ['GCC per product'], { act: 'Consumer Product Safety Act, 15 U.S.C. § 2063' });

p.group('Substances and labels');
p.add('lead', 'Lead content within 100 ppm and paint within 90 ppm', '§ 101', 'quarterly',
  'Accessible parts of children’s products hold no more than 100 ppm total lead; paint and surface coatings no more than 90 ppm (16 CFR part 1303).',
  ['Lead test reports'], { weight: 3 });
p.add('phthalates', 'Phthalates in toys and child care articles within limits', '§ 108', 'quarterly',
  'Plasticised parts of toys and child care articles hold no more than 0.1% of each of the eight phthalates in 16 CFR part 1307.',
  ['Phthalate test reports'], { weight: 3 });
p.add('tracking-labels', 'Tracking labels on children’s products and packaging', '§ 103', 'quarterly',
  'Permanent marks show the manufacturer or private labeller, place and date of production and batch, so a recall can find them.',
  ['Label photos per product']);
p.add('toy-standard', 'Toys meet ASTM F963', '§ 106', 'quarterly',
  'Toys for children under 14 meet the ASTM F963 toy safety standard made mandatory as 16 CFR part 1250.',
  ['ASTM F963 test reports']);
p.add('registration-cards', 'Registration cards for durable infant products', '§ 104', 'quarterly',
  'Durable infant and toddler products (cribs, strollers, high chairs) come with a product registration card for recalls.',
  ['Card sample']);
p.add('section-15b', 'Reporting defects to the CPSC within 24 hours', null, 'yearly',
  'Information that a product may contain a defect creating a substantial risk of injury is reported to the CPSC within 24 hours of obtaining it (16 CFR 1115.14).',
  ['Reporting procedure', 'Report log'], { act: 'Consumer Product Safety Act § 15(b), 15 U.S.C. § 2064(b)' });

const f = requirementsOf('ftc', { act: 'FTC Guides Concerning the Use of Endorsements and Testimonials in Advertising (16 CFR part 255)', regions: ['NA'], group: 'Endorsements and reviews' });
f.add('kol-disclosure', 'KOL and influencer posts disclose the material connection', '§ 255.5', 'per_campaign',
  'Every paid or gifted post by a KOL says so clearly and conspicuously in the post itself (for example "#ad" at the start, spoken in videos), not only in a profile or behind "more".',
  ['Campaign brief with disclosure rules', 'Post review log'], { weight: 3 });
f.add('kol-monitoring', 'KOL posts monitored and corrected', '§ 255.1', 'per_campaign',
  'Advertisers monitor what endorsers say, correct misleading claims and stop working with those who repeatedly fail to disclose.',
  ['Monitoring report per campaign']);
f.add('consumer-reviews', 'No fake or suppressed reviews', '§ 465.2', 'quarterly',
  'Reviews are not written by insiders or bought, negative reviews are not suppressed, and incentives are not tied to a positive sentiment.',
  ['Review moderation policy'], { act: 'FTC Rule on the Use of Consumer Reviews and Testimonials (16 CFR part 465)', weight: 3 });

f.group('Shipping and selling');
f.add('mail-order-ship', 'Ship within the stated time, or within 30 days', '§ 435.2(a)', 'monthly',
  'Orders ship within the time the seller states, or within 30 days if none is stated (50 days when applying for credit).',
  ['Shipping-time statements', 'Late-delivery rate'], { act: 'FTC Mail, Internet, or Telephone Order Merchandise Rule (16 CFR part 435)', weight: 3 });
f.add('mail-order-delay', 'Delay notice with the option to cancel', '§ 435.2(b)', 'monthly',
  'When an order cannot ship on time, the customer is told the new date and offered the choice to cancel for a prompt refund.',
  ['Delay notice template', 'Delay notice log'], { act: 'FTC Mail, Internet, or Telephone Order Merchandise Rule (16 CFR part 435)', weight: 3 });
f.add('mail-order-refund', 'Prompt refunds for cancelled orders', '§ 435.2(c)', 'monthly',
  'Refunds are made within seven working days (card payments: within one billing cycle) after cancellation.',
  ['Refund timing report'], { act: 'FTC Mail, Internet, or Telephone Order Merchandise Rule (16 CFR part 435)' });
f.add('inform-act', 'High-volume third-party sellers verified', null, 'quarterly',
  'Sellers with 200 or more sales and US$ 5,000 revenue in a year give bank, contact and tax ID information, verified within 10 days and re-certified yearly.',
  ['Verification report'], { act: 'INFORM Consumers Act, 15 U.S.C. § 45f', weight: 3 });
f.add('can-spam', 'Commercial e-mail identifies itself and honours opt-outs within 10 business days', null, 'per_campaign',
  'Marketing e-mails carry an accurate sender, a non-deceptive subject, a postal address and a working opt-out, honoured within 10 business days.',
  ['Campaign e-mail sample'], { act: 'CAN-SPAM Act, 15 U.S.C. § 7704 and 16 CFR part 316' });
f.add('coppa', 'No personal information from children under 13 without verifiable parental consent', null, 'yearly',
  'Services directed to children, or knowing they collect from children under 13, get verifiable parental consent first.',
  ['Age screen', 'COPPA assessment'], { act: "Children's Online Privacy Protection Rule (16 CFR part 312)" });

export const CCPA_FRAMEWORK: Framework = { id: 'ccpa', version: '2026.1', name: 'California CCPA/CPRA', kind: 'privacy', regions: ['NA'], requirements: c.list };
export const CPSIA_FRAMEWORK: Framework = { id: 'cpsia', version: '2026.1', name: 'US CPSIA (children’s products)', kind: 'product_safety', regions: ['NA'], requirements: p.list };
export const FTC_FRAMEWORK: Framework = { id: 'ftc', version: '2026.1', name: 'US FTC: endorsements and mail order', kind: 'consumer', regions: ['NA'], requirements: f.list };
