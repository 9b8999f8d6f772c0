// Personal-data laws of Asia, Brazil and the Gulf, each its own framework: one law per framework keeps an
// assessment to one regulator. Breach clocks as each law sets them live in notification-rules.ts.
import { requirementsOf, type Framework, type RegionList } from './schema';

function law(id: string, name: string, act: string, regions: RegionList, write: (r: ReturnType<typeof requirementsOf>) => void): Framework {
  const r = requirementsOf(id, { act, regions, group: 'Obligations' });
  write(r);
  return { id, version: '2026.1', name, kind: 'privacy', regions, requirements: r.list };
}

export const PDPA_SG_FRAMEWORK = law('pdpa_sg', 'Singapore PDPA', 'Personal Data Protection Act 2012 (Singapore)', ['SEA'], (r) => {
  r.add('dpo', 'Data protection officer designated and contact published', 's. 11(3)', 'once',
    'At least one person is responsible for compliance, and their business contact is available to the public.', ['DPO appointment', 'Published contact'], { weight: 3 });
  r.add('policies', 'Data protection policies and practices', 's. 12', 'yearly',
    'Written policies, a complaints process and staff training on them.', ['Policy documents', 'Training records']);
  r.add('consent', 'Consent before collection, use or disclosure', 's. 13', 'yearly',
    'Personal data is collected, used or disclosed with consent or under an exception in the First or Second Schedule (deemed consent, legitimate interests).', ['Consent records', 'Legitimate interests assessments']);
  r.add('notification', 'Purposes notified on or before collection', 's. 20', 'yearly',
    'Customers are told the purposes before or when their data is collected.', ['Notice text']);
  r.add('access-correction', 'Access and correction requests answered', 's. 21', 'quarterly',
    'Access requests are answered as soon as reasonably possible (30 days, or the person is told when); corrections are made and sent on to organisations that received the data.', ['Request log'], { weight: 2 });
  r.add('protection', 'Reasonable security arrangements', 's. 24', 'quarterly',
    'Reasonable security arrangements prevent unauthorised access, collection, use, disclosure, copying, modification or disposal, and the loss of storage media.', ['Security controls summary'], { weight: 3 });
  r.add('retention', 'Retention limited to the purpose', 's. 25', 'yearly',
    'Data is deleted or anonymised once it no longer serves the purpose or a legal or business need.', ['Retention schedule']);
  r.add('transfer', 'Transfers abroad with comparable protection', 's. 26', 'yearly',
    'Data sent outside Singapore is protected to a standard comparable to the PDPA, e.g. by contract or binding corporate rules.', ['Transfer clauses']);
  r.add('breach', 'Notifiable breaches reported to the PDPC within 3 calendar days', 's. 26D', 'yearly',
    'A breach is assessed within 30 days of suspicion; a notifiable one (significant harm, or 500 or more people) is reported to the PDPC as soon as practicable and within 3 calendar days of that assessment.', ['Breach register', 'Assessment records'], { weight: 3 });
  r.add('dnc', 'Do Not Call Registry checked before marketing calls and messages', null, 'per_campaign',
    'Singapore numbers are checked against the DNC Registry before marketing calls or text messages.', ['DNC check results'], { act: 'Personal Data Protection Act 2012 (Singapore), Part 9' });
});

export const PDPA_TH_FRAMEWORK = law('pdpa_th', 'Thailand PDPA', 'Personal Data Protection Act B.E. 2562 (2019) (Thailand)', ['SEA'], (r) => {
  r.add('consent', 'Consent requests clear and separate', 's. 19', 'yearly',
    'Consent is asked in writing or electronically, separate from other matters, in plain language, and can be withdrawn as easily.', ['Consent screens']);
  r.add('notice', 'Notice of purposes at or before collection', 's. 23', 'yearly',
    'People are told the purpose, the data collected, retention, recipients, the controller’s contact and their rights.', ['Privacy notice (Thai and English)'], { weight: 3 });
  r.add('lawful-basis', 'Lawful basis for processing without consent', 's. 24', 'yearly',
    'Processing without consent relies on a ground in section 24 (contract, legal obligation, legitimate interests...).', ['Register of bases']);
  r.add('transfer', 'Cross-border transfers to adequate destinations or with safeguards', 's. 28', 'yearly',
    'Transfers abroad go to destinations with adequate standards or under the exceptions and safeguards the Act and its notifications allow.', ['Transfer map', 'Safeguards']);
  r.add('access', 'Access requests answered within 30 days', 's. 30', 'quarterly',
    'A data subject’s request for access and a copy is answered within 30 days of receipt.', ['Request log'], { weight: 2 });
  r.add('breach', 'Breaches notified to the PDPC Office within 72 hours', 's. 37(4)', 'yearly',
    'A breach is notified to the Office without delay and within 72 hours of becoming aware, unless it is unlikely to risk people’s rights; high-risk breaches are also told to the people affected.', ['Breach register'], { weight: 3 });
  r.add('records', 'Records of processing', 's. 39', 'yearly',
    'Records of processing are kept for the Office and data subjects to inspect.', ['Record of processing']);
  r.add('dpo', 'DPO where core activities need one', 's. 41', 'once',
    'A DPO is designated where processing is large-scale or systematic monitoring as the Committee sets out.', ['DPO appointment']);
});

export const PDP_ID_FRAMEWORK = law('pdp_id', 'Indonesia PDP Law', 'Law No. 27 of 2022 on Personal Data Protection (Indonesia)', ['SEA'], (r) => {
  r.add('lawful-basis', 'Lawful basis for each processing', 'Art. 20', 'yearly',
    'Processing rests on explicit consent or another basis in Article 20 (contract, legal obligation, vital interests, public task, legitimate interests).', ['Register of bases'], { weight: 3 });
  r.add('dpia', 'Impact assessment for high-risk processing', 'Art. 34', 'per_campaign',
    'Automated decisions, large-scale processing, profiling or new technology gets a data protection impact assessment first.', ['DPIA register']);
  r.add('breach', 'Breach notice within 3 x 24 hours', 'Art. 46', 'yearly',
    'A failure of protection is notified in writing to the data subjects and the institution within 3 x 24 hours, with what was disclosed, when and how, and the recovery steps.', ['Breach register', 'Notice template'], { weight: 3 });
  r.add('dpo', 'Data protection officer appointed', 'Art. 53', 'once',
    'A DPO is appointed where processing serves public services, involves large-scale systematic monitoring, or large-scale specific data.', ['DPO appointment']);
  r.add('transfer', 'Transfers abroad with equal protection or safeguards', 'Art. 56', 'yearly',
    'Transfers outside Indonesia go to countries with equal or higher protection, or under adequate binding safeguards, or with consent.', ['Transfer map']);
  r.add('rights', 'Data-subject rights honoured', null, 'quarterly',
    'Requests to access, correct, delete, withdraw consent and object to automated decisions are logged and answered.', ['Request log'], { weight: 2 });
});

export const APPI_FRAMEWORK = law('appi', 'Japan APPI', 'Act on the Protection of Personal Information (Japan, Act No. 57 of 2003)', ['EA'], (r) => {
  r.add('purpose', 'Purpose of use specified and notified', 'Art. 21', 'yearly',
    'The purpose of use is specified as far as possible and published or notified to the person when data is acquired.', ['Published purposes']);
  r.add('security', 'Security control measures', 'Art. 23', 'quarterly',
    'Necessary and appropriate measures prevent leakage, loss or damage of personal data, with supervision of employees and contractors (Arts. 24-25).', ['Security controls summary'], { weight: 3 });
  r.add('breach', 'Leakage reported to the PPC: preliminary promptly, final within 30 days', 'Art. 26', 'yearly',
    'A reportable leakage is reported to the Personal Information Protection Commission promptly (a preliminary report) and in full within 30 days (60 days for leaks caused by wrongful acts), and the persons are told.', ['Breach register'], { weight: 3 });
  r.add('third-party', 'Consent before provision to third parties', 'Art. 27', 'yearly',
    'Personal data is not given to third parties without prior consent, except as the Act allows (entrustment, joint use, opt-out notified to the PPC).', ['Third-party register']);
  r.add('foreign-transfer', 'Transfers to third parties in foreign countries', 'Art. 28', 'yearly',
    'Consent for transfers abroad is obtained after telling the person the country, its protection system and the recipient’s measures, unless the recipient has an equivalent system.', ['Foreign transfer information shown']);
  r.add('disclosure', 'Disclosure requests answered', 'Art. 33', 'quarterly',
    'A person’s request to disclose retained personal data is answered without delay, electronically where asked.', ['Request log']);
});

export const PIPA_FRAMEWORK = law('pipa', 'Korea PIPA', 'Personal Information Protection Act (Republic of Korea)', ['EA'], (r) => {
  r.add('collection', 'Collection with consent or another legal ground', 'Art. 15', 'yearly',
    'Consent is obtained after telling the purpose, items, retention and the right to refuse, unless another ground in Article 15 applies.', ['Consent screens'], { weight: 3 });
  r.add('provision', 'Provision to third parties with consent', 'Art. 17', 'yearly',
    'Personal information is provided to third parties only with consent after notice, or within the original purpose as allowed.', ['Third-party register']);
  r.add('overseas', 'Overseas transfers on a ground in Article 28-8', 'Art. 28-8', 'yearly',
    'Transfers abroad rest on separate consent, a contract disclosed in the privacy policy, certification or an adequacy recognition.', ['Transfer disclosures']);
  r.add('safety', 'Safety measures', 'Art. 29', 'quarterly',
    'Technical, managerial and physical measures as the Enforcement Decree sets: access control, encryption, access logs kept.', ['Safety measures checklist'], { weight: 3 });
  r.add('policy', 'Privacy policy published', 'Art. 30', 'yearly',
    'A privacy policy in the statutory form is published and kept current.', ['Published privacy policy']);
  r.add('cpo', 'Chief privacy officer designated', 'Art. 31', 'once',
    'A privacy officer is designated with the qualifications the decree sets.', ['CPO appointment']);
  r.add('breach', 'Breach notice to people and report to the PIPC within 72 hours', 'Art. 34', 'yearly',
    'People are told of a leak without delay, and reportable leaks are reported to the PIPC (or KISA) within 72 hours of becoming aware.', ['Breach register'], { weight: 3 });
});

export const LGPD_FRAMEWORK = law('lgpd', 'Brazil LGPD', 'Lei nº 13.709/2018 (LGPD, Brazil)', ['LATAM'], (r) => {
  r.add('legal-basis', 'Legal basis for each processing', 'Art. 7', 'yearly',
    'Each purpose rests on one of the bases in Article 7 (consent, contract, legal obligation, legitimate interest, credit protection...).', ['Register of bases'], { weight: 3 });
  r.add('rights', 'Data-subject rights', 'Art. 18', 'quarterly',
    'Confirmation, access, correction, anonymisation, portability, deletion and information on sharing are provided on request.', ['Request log']);
  r.add('transfer', 'International transfers under Article 33', 'Art. 33', 'yearly',
    'Transfers abroad rely on adequacy, the ANPD standard contractual clauses (Resolution CD/ANPD nº 19/2024) or another Article 33 ground.', ['Signed ANPD clauses']);
  r.add('records', 'Records of processing operations', 'Art. 37', 'yearly',
    'Controller and processor keep records of their processing operations, especially those based on legitimate interest.', ['Record of processing']);
  r.add('ripd', 'Data protection impact report', 'Art. 38', 'per_campaign',
    'A relatório de impacto (RIPD) describes processing that may risk civil liberties and fundamental rights, with the safeguards.', ['RIPD register']);
  r.add('encarregado', 'Encarregado (DPO) named and published', 'Art. 41', 'once',
    'The controller names an encarregado and publishes their identity and contact clearly, as Resolution CD/ANPD nº 18/2024 details.', ['Appointment', 'Published contact'], { weight: 3 });
  r.add('security', 'Security measures', 'Art. 46', 'quarterly',
    'Technical and administrative measures protect personal data from unauthorised access and accidental or unlawful destruction, loss or alteration.', ['Security controls summary'], { weight: 3 });
  r.add('incident', 'Security incidents communicated to the ANPD within 3 working days', 'Art. 48', 'yearly',
    'An incident that may cause relevant risk or damage is communicated to the ANPD and the data subjects within 3 working days of learning it affected personal data (Resolution CD/ANPD nº 15/2024).', ['Incident register'], { weight: 3 });
});

export const PDPL_SA_FRAMEWORK = law('pdpl_sa', 'Saudi PDPL', 'Personal Data Protection Law (Saudi Arabia, Royal Decree M/19 of 1443H)', ['MENA'], (r) => {
  r.add('privacy-policy', 'Privacy policy available before collection', null, 'yearly',
    'A privacy policy states the purpose, the data collected, how it is processed, stored and destroyed, and the rights of data subjects.', ['Privacy policy (Arabic)'], { weight: 3 });
  r.add('rights', 'Data-subject rights', 'Art. 4', 'quarterly',
    'Rights to be informed, to access, to correction and to destruction are honoured.', ['Request log']);
  r.add('breach', 'Breaches notified to SDAIA within 72 hours', 'Art. 20', 'yearly',
    'A breach that may harm personal data or data subjects is notified to SDAIA within 72 hours of becoming aware (Implementing Regulations, Art. 24), and the people are told when harm is likely.', ['Breach register', 'National Data Governance Platform registration'], { weight: 3 });
  r.add('transfer', 'Transfers outside the Kingdom under the transfer regulation', 'Art. 29', 'yearly',
    'Transfers abroad follow the Regulation on Personal Data Transfer outside the Kingdom: adequacy, safeguards or the listed exceptions, with a risk assessment.', ['Transfer risk assessment'], { weight: 2 });
  r.add('dpo', 'Data protection officer where required', null, 'once',
    'A DPO is appointed where the Implementing Regulations require it (public entities, large-scale sensitive data or regular monitoring).', ['DPO appointment']);
  r.add('records', 'Records of processing kept', null, 'yearly',
    'Records of processing activities are kept for the period the regulations set and available to SDAIA.', ['Record of processing']);
});

export const PDPL_AE_FRAMEWORK = law('pdpl_ae', 'UAE PDPL', 'Federal Decree-Law No. 45 of 2021 on the Protection of Personal Data (UAE)', ['MENA'], (r) => {
  r.add('breach', 'Breaches reported to the UAE Data Office on becoming aware', 'Art. 9', 'yearly',
    'A breach that prejudices privacy, confidentiality or security is reported to the Data Office on becoming aware of it, as the Executive Regulations will set, and the people affected are told.', ['Breach register'], { weight: 3 });
  r.add('dpo', 'Data protection officer appointed where required', 'Art. 10', 'once',
    'A DPO is appointed where processing causes a high risk, involves large-scale sensitive data, or systematic evaluation.', ['DPO appointment']);
  r.add('rights', 'Data-subject rights', null, 'quarterly',
    'Rights to information, portability, correction and erasure, restriction and objection are honoured.', ['Request log']);
  r.add('transfer', 'Cross-border transfers to adequate countries or under exceptions', 'Art. 22', 'yearly',
    'Transfers abroad go to countries with adequate protection, or under the conditions in Article 23.', ['Transfer map']);
  r.add('security', 'Security and confidentiality of processing', null, 'quarterly',
    'Appropriate technical and organisational measures, with encryption and pseudonymisation where suitable.', ['Security controls summary'], { weight: 3 });
});
