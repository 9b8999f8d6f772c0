// The EU General Product Safety Regulation for a marketplace that also imports and sells.
import { requirementsOf, type Framework } from './schema';

const GPSR = 'Regulation (EU) 2023/988 (General Product Safety Regulation)';
const r = requirementsOf('gpsr', { act: GPSR, regions: ['EU'], group: 'Safe products' });

r.add('general-safety', 'Only safe products placed on the market', 'Art. 5', 'quarterly',
  'Every product sold to consumers is safe under normal or reasonably foreseeable use; high-risk categories (toys, electrical goods, cosmetics) get extra checks.',
  ['Category risk matrix', 'Test reports for high-risk categories'], { weight: 3 });
r.add('risk-analysis', 'Internal risk analysis and technical documentation from manufacturers', 'Art. 9(2)', 'yearly',
  'Own-brand goods have an internal risk analysis and technical documentation kept for ten years.',
  ['Technical files for own-brand goods']);
r.add('importer', 'Importer duties: contact on the product, documents checked', 'Art. 11', 'quarterly',
  'For goods imported under the platform’s name, the importer’s name and contact are on the product or its packaging and the manufacturer’s documents are checked.',
  ['Label photos', 'Checked manufacturer documents']);
r.add('distributor', 'Distributor checks before making products available', 'Art. 12', 'quarterly',
  'Before selling, check that manufacturer and importer details and the product identifier are present, and that warnings are in the customer’s language.',
  ['Listing audit sample']);
r.add('internal-processes', 'Internal processes for product safety', 'Art. 14', 'yearly',
  'A manufacturer or importer has internal processes for product safety that keep it in line with the general safety requirement.',
  ['Product safety procedure']);
r.add('responsible-person', 'Responsible person in the EU for each product', 'Art. 16', 'quarterly',
  'Products are not placed on the market unless an economic operator established in the Union (Article 4 of Regulation (EU) 2019/1020) is responsible for them, named on the product.',
  ['Responsible person per seller', 'Label sample'], { weight: 3 });
r.add('distance-sales-info', 'Product information in online listings', 'Art. 19', 'monthly',
  'Each listing shows the manufacturer’s name and contact, the responsible person in the EU, the product identifier (type, batch or serial), a picture, and warnings in the buyer’s language.',
  ['Listing completeness report'], { weight: 3 });
r.add('accidents', 'Accidents notified through the Safety Business Gateway', 'Art. 20', 'yearly',
  'A serious accident caused by a product is notified without undue delay to the authorities of the Member States where it happened, through the Safety Business Gateway.',
  ['Accident procedure', 'Notification log']);

r.group('Marketplace duties');
r.add('marketplace-contacts', 'Single points of contact and Safety Gate registration', 'Art. 22', 'once',
  'The marketplace registers in the Safety Gate portal with a single point of contact for authorities, and offers one for consumers on product safety.',
  ['Safety Gate registration', 'Consumer contact page']);
r.add('marketplace-orders', 'Authority orders on dangerous offers acted on within two working days', 'Art. 22', 'monthly',
  'An order from a market surveillance authority to remove or disable a dangerous offer is acted on without undue delay and at the latest within two working days.',
  ['Order log with action times'], { weight: 3 });
r.add('marketplace-safety-gate', 'Safety Gate alerts checked against listings', 'Art. 22', 'monthly',
  'Information on dangerous products notified in Safety Gate is taken into account to detect and remove matching offers.',
  ['Safety Gate matching report']);
r.add('marketplace-interface', 'Listing form requires the Article 19 information', 'Art. 22', 'yearly',
  'The online interface lets traders provide the Article 19 information, displayed with the offer.',
  ['Listing form fields']);

r.group('Recalls');
r.add('recall', 'Recalls reach every buyer', 'Art. 35', 'yearly',
  'In a recall, all affected consumers the platform can identify are contacted directly by e-mail or in-app, and the recall is published on the listing.',
  ['Recall procedure', 'Last recall record']);
r.add('recall-notice', 'Recall notice follows the Commission template', 'Art. 36', 'yearly',
  'Recall notices use the template of Commission Implementing Regulation (EU) 2024/1435: a headline that says "Product safety recall", the product and hazard in plain words.',
  ['Recall notice template']);
r.add('remedies', 'Effective remedy offered in a recall', 'Art. 37', 'yearly',
  'Consumers are offered repair, replacement or a refund of at least the price paid, free of charge.',
  ['Remedy policy']);

export const GPSR_FRAMEWORK: Framework = {
  id: 'gpsr',
  version: '2026.1',
  name: 'EU General Product Safety Regulation',
  kind: 'product_safety',
  regions: ['EU'],
  requirements: r.list,
};
