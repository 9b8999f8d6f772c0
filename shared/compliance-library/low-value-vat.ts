// VAT, GST and duty regimes for low-value parcels sold cross-border, per market.
import { requirementsOf, type Framework } from './schema';

const VAT_DIRECTIVE = 'Council Directive 2006/112/EC (VAT Directive), as amended by Directive (EU) 2017/2455';
const r = requirementsOf('low_value_vat', { act: VAT_DIRECTIVE, regions: ['EU'], group: 'EU Import One-Stop Shop' });

r.add('ioss-registration', 'IOSS registration and number passed to carriers', 'Art. 369l-369x', 'once',
  'Distance sales of imported goods in consignments up to EUR 150 are declared through the Import One-Stop Shop; the IOSS number goes to the carrier in the customs data, never printed on the parcel.',
  ['IOSS registration', 'Carrier data feed sample'], { weight: 3 });
r.add('ioss-deemed-supplier', 'Marketplace treated as deemed supplier for facilitated sales', 'Art. 14a(1)', 'quarterly',
  'Where the marketplace facilitates sales of imported goods up to EUR 150, it is deemed to have bought and sold them and charges VAT at the buyer’s Member State rate at checkout.',
  ['VAT rate table by Member State', 'Checkout tax test']);
r.add('ioss-return', 'Monthly IOSS return filed and paid', 'Art. 369l-369x', 'monthly',
  'The IOSS return for each month is filed and the VAT paid by the end of the following month, even when nothing was sold.',
  ['Filed returns', 'Payment confirmations'], { weight: 3 });
r.add('ioss-records', 'IOSS records kept for ten years', 'Art. 369l-369x', 'yearly',
  'Transaction records under the scheme are kept for ten years and made available electronically on request.',
  ['Record-keeping policy']);
r.add('eu-duty-relief', 'Customs duty relief applied only up to EUR 150', 'Art. 23', 'quarterly',
  'Duty relief for consignments of negligible value stops at EUR 150 intrinsic value; higher consignments are declared with duty. Watch the announced end of this relief.',
  ['Declaration sample above and below EUR 150'], { act: 'Council Regulation (EC) No 1186/2009 (customs reliefs)' });

r.group('United Kingdom');
r.add('uk-135', 'UK VAT charged at checkout on goods up to GBP 135', 's. 5A', 'quarterly',
  'For consignments up to GBP 135 sold through the marketplace to UK consumers, the marketplace accounts for supply VAT at the point of sale; import VAT does not apply.',
  ['UK VAT return', 'Checkout tax test'], { act: 'Value Added Tax Act 1994 (UK)' });

r.group('Southeast Asia');
r.add('sg-lvg', 'Singapore GST on low-value goods up to SGD 400', null, 'quarterly',
  'Since 1 January 2023 a registered electronic marketplace charges GST on low-value goods (up to SGD 400) sold to non-GST-registered customers and files quarterly.',
  ['IRAS GST registration', 'Quarterly GST F5 returns'], { act: 'Goods and Services Tax Act 1993 (Singapore), as amended in 2022', regions: ['SEA'], weight: 3 });
r.add('sg-invoice', 'Singapore customer receipts show GST charged', null, 'yearly',
  'Receipts for low-value goods show the GST charged so customers can claim relief if GST is also collected at import.',
  ['Receipt sample'], { act: 'Goods and Services Tax Act 1993 (Singapore), as amended in 2022', regions: ['SEA'] });
r.add('my-lvg', 'Malaysia low value goods tax on goods up to RM500', null, 'quarterly',
  'Since 1 January 2024 sellers and marketplaces above the RM500,000 threshold register and charge 10% sales tax on low value goods brought into Malaysia by land, sea or air.',
  ['Royal Malaysian Customs registration', 'Quarterly returns'], { act: 'Sales Tax Act 2018 (Malaysia), as amended by the Sales Tax (Amendment) Act 2022', regions: ['SEA'] });

r.group('Latin America');
r.add('br-remessa-conforme', 'Brazil Remessa Conforme certification', null, 'yearly',
  'Certified companies collect import tax and ICMS at checkout and send the import declaration before arrival, for faster clearance.',
  ['Certification from the Receita Federal', 'Declaration feed sample'], { act: 'Instrução Normativa RFB nº 2.146/2023 (Programa Remessa Conforme)', regions: ['LATAM'], weight: 3 });
r.add('br-import-tax', 'Brazil import tax on remittances up to US$ 50', null, 'monthly',
  'Remittances up to US$ 50 bear 20% import tax since August 2024 (above it, 60% with a deduction); ICMS is added at the state rate.',
  ['Checkout tax test', 'Monthly collection reconciliation'], { act: 'Lei nº 14.902/2024 (Brazil)', regions: ['LATAM'] });

r.group('Middle East');
r.add('sa-vat', 'Saudi VAT at 15% on goods sold to Saudi consumers', null, 'monthly',
  'The seller registers with ZATCA where required and charges 15% VAT; returns are filed monthly when annual supplies exceed SAR 40 million, otherwise quarterly.',
  ['ZATCA registration', 'Filed VAT returns'], { act: 'Saudi VAT Law (Royal Decree M/113 of 1438H) and its Implementing Regulations', regions: ['MENA'], weight: 3 });
r.add('sa-einvoice', 'Saudi e-invoices (FATOORA)', null, 'yearly',
  'Invoices are issued electronically in the format ZATCA sets, with the integration phase reached by the company’s wave.',
  ['E-invoice sample', 'ZATCA integration notice'], { act: 'ZATCA E-Invoicing Regulation (Saudi Arabia)', regions: ['MENA'] });
r.add('ae-vat', 'UAE VAT at 5% on goods sold to UAE consumers', null, 'quarterly',
  'Register with the Federal Tax Authority above the mandatory threshold (AED 375,000) and file VAT returns for each tax period.',
  ['FTA registration', 'Filed VAT returns'], { act: 'UAE Federal Decree-Law No. 8 of 2017 on Value Added Tax', regions: ['MENA'] });

r.group('United States');
r.add('us-de-minimis', 'US entries without the de minimis exemption', null, 'quarterly',
  'Duty-free de minimis entry for shipments up to US$ 800 has been suspended since 29 August 2025: low-value parcels are entered with duties paid, and carriers are given the data to do it.',
  ['Entry type by shipment', 'Duty reconciliation'], { act: '19 U.S.C. § 1321, as suspended by executive order in 2025', regions: ['NA'] });

export const LOW_VALUE_VAT_FRAMEWORK: Framework = {
  id: 'low_value_vat',
  version: '2026.1',
  name: 'Low-value imports: VAT, GST and duty',
  kind: 'tax',
  regions: ['EU', 'SEA', 'LATAM', 'MENA', 'NA'],
  requirements: r.list,
};
