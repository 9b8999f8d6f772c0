// ESG commitments: packaging, logistics emissions, returns and unsold goods, supplier labour, warehouse energy.
// Measured items hold a value with its unit and target; the act is the law or the method the figure follows.
import { requirementsOf, type Framework } from './schema';

const r = requirementsOf('esg', { act: 'Company ESG policy', regions: ['SEA', 'MENA', 'EU', 'NA', 'LATAM', 'EA'], group: 'Packaging' });

r.add('recyclable-share', 'Share of packaging that is recyclable', null, 'quarterly',
  'Measure the share by weight of shipping packaging designed for recycling; the EU requires all packaging to be recyclable by 2030.',
  ['Packaging bill of materials', 'Supplier recyclability declarations'],
  { act: 'Regulation (EU) 2025/40 (Packaging and Packaging Waste Regulation)', measure: { unit: '%', target: 85, better: 'higher' } });
r.add('empty-space', 'Empty space in e-commerce parcels', null, 'quarterly',
  'Measure the average void ratio of grouped and e-commerce packaging; the PPWR caps it at 50%.',
  ['Packing station sample audit'],
  { act: 'Regulation (EU) 2025/40 (Packaging and Packaging Waste Regulation)', regions: ['EU'], measure: { unit: '%', target: 40, better: 'lower' } });
r.add('lucid', 'Germany: registered in LUCID before selling packaged goods', '§ 9', 'yearly',
  'Every producer placing packaging on the German market registers with the Zentrale Stelle Verpackungsregister (LUCID) and marketplaces check their sellers’ registration.',
  ['LUCID registration number', 'Seller registration check'], { act: 'Verpackungsgesetz (VerpackG, Germany)', regions: ['EU'], weight: 3 });
r.add('system-participation', 'Germany: packaging licensed with a dual system', '§ 7', 'yearly',
  'Sales packaging that ends up with private final consumers is licensed with a dual system and reported quantities match LUCID.',
  ['System participation contract', 'Quantity reports'], { act: 'Verpackungsgesetz (VerpackG, Germany)', regions: ['EU'] });
r.add('epr-france', 'France: EPR unique identifier for packaging', null, 'yearly',
  'Producers of household packaging in France join an eco-organisation and show their unique identifier (IDU).',
  ['IDU per product category'], { act: 'Code de l’environnement (France), extended producer responsibility', regions: ['EU'] });
r.add('plastic-free-filler', 'Plastic void fill replaced', null, 'quarterly',
  'Share of parcels packed without plastic void fill (air pillows, foam).',
  ['Packing material purchases'], { measure: { unit: '%', target: 90, better: 'higher' }, weight: 1 });

r.group('Logistics emissions');
r.add('co2e-per-parcel', 'Logistics emissions per parcel', null, 'quarterly',
  'Well-to-wheel emissions per parcel from first mile to delivery, computed by the GLEC Framework and ISO 14083 with carriers’ primary data where available.',
  ['Emissions calculation workbook', 'Carrier emission factors'],
  { act: 'GLEC Framework v3 and ISO 14083:2023', measure: { unit: 'kg CO2e/parcel', target: 1.2, better: 'lower' }, weight: 3 });
r.add('air-share', 'Share of parcels shipped by air', null, 'quarterly',
  'Air freight dominates emissions per parcel: track its share and move volume to sea and rail where delivery promises allow.',
  ['Mode split report'], { act: 'GLEC Framework v3 and ISO 14083:2023', measure: { unit: '%', target: 30, better: 'lower' } });
r.add('last-mile-ev', 'Last-mile deliveries by zero-emission vehicles', null, 'quarterly',
  'Share of last-mile deliveries made by electric vans, bikes or on foot.',
  ['Carrier fleet reports'], { measure: { unit: '%', target: 25, better: 'higher' }, weight: 1 });
r.add('scope3-reporting', 'Scope 3 transport emissions reported', null, 'yearly',
  'Upstream and downstream transport (GHG Protocol Scope 3 categories 4 and 9) are reported each year with their method.',
  ['Annual emissions report'], { act: 'GHG Protocol Corporate Value Chain (Scope 3) Standard' });

r.group('Returns and unsold goods');
r.add('returns-rate', 'Return rate', null, 'quarterly',
  'Share of delivered orders returned; a falling rate cuts transport and waste.',
  ['Returns report'], { measure: { unit: '%', target: 12, better: 'lower' } });
r.add('returns-resold', 'Returned goods resold or refurbished', null, 'quarterly',
  'Share of returned units resold, refurbished or donated rather than discarded.',
  ['Returns disposition report'], { measure: { unit: '%', target: 80, better: 'higher' } });
r.add('no-destruction-eu', 'No destruction of unsold apparel and footwear', 'Art. 25', 'yearly',
  'Large enterprises may not destroy unsold apparel, clothing accessories and footwear from 19 July 2026; unsold consumer products discarded are disclosed each year (Art. 24).',
  ['Disposal records', 'Annual disclosure'], { act: 'Regulation (EU) 2024/1781 (Ecodesign for Sustainable Products Regulation)', regions: ['EU'], weight: 3, measure: { unit: 'units', target: 0, better: 'lower' } });
r.add('no-destruction-fr', 'France: unsold non-food goods reused or recycled, not destroyed', null, 'yearly',
  'Unsold new non-food products are donated, reused or recycled; landfill and incineration are banned.',
  ['Donation and recycling records'], { act: 'Loi n° 2020-105 (AGEC, France)', regions: ['EU'] });

r.group('Suppliers and labour');
r.add('supplier-audits', 'Supplier labour audits', null, 'yearly',
  'Tier-1 suppliers of own-brand goods are audited for forced and child labour, wages and working hours by an independent auditor.',
  ['Audit reports', 'Corrective action plans'], { measure: { unit: '% audited', target: 100, better: 'higher' }, weight: 3 });
r.add('uflpa', 'US: no goods made wholly or in part in Xinjiang or by listed entities', null, 'quarterly',
  'Supply-chain tracing shows goods imported into the US are not from Xinjiang or UFLPA Entity List suppliers, to rebut the presumption of forced labour.',
  ['Supply-chain tracing documents', 'Entity List screening'], { act: 'Uyghur Forced Labor Prevention Act (Pub. L. 117-78) and 19 U.S.C. § 1307', regions: ['NA'], weight: 3 });
r.add('eu-forced-labour', 'EU: ready for the forced labour product ban', null, 'yearly',
  'Due diligence on forced labour in the supply chain, ahead of the ban on products made with forced labour applying from December 2027.',
  ['Forced-labour risk assessment'], { act: 'Regulation (EU) 2024/3015 (Forced Labour Regulation)', regions: ['EU'] });
r.add('lksg', 'Germany: supply chain due diligence', null, 'yearly',
  'Companies in scope run risk management, a complaints procedure and preventive measures for human rights and environmental risks in the supply chain.',
  ['Risk analysis', 'Complaints procedure'], { act: 'Lieferkettensorgfaltspflichtengesetz (LkSG, Germany)', regions: ['EU'] });

r.group('Warehouse energy');
r.add('warehouse-energy', 'Warehouse energy use per square metre', null, 'quarterly',
  'Electricity and heat used by warehouses, per square metre of floor per quarter.',
  ['Utility bills', 'Floor area register'], { measure: { unit: 'kWh/m²', target: 25, better: 'lower' } });
r.add('renewable-share', 'Renewable share of warehouse electricity', null, 'quarterly',
  'Share of warehouse electricity from renewable sources, by certificates or on-site generation.',
  ['Energy attribute certificates'], { measure: { unit: '%', target: 60, better: 'higher' } });
r.add('energy-audit', 'Energy audit or energy management system', 'Art. 11', 'yearly',
  'Large energy users run an energy management system or an energy audit at least every four years, as the recast Energy Efficiency Directive sets.',
  ['Energy audit report or ISO 50001 certificate'], { act: 'Directive (EU) 2023/1791 (Energy Efficiency Directive)', regions: ['EU'] });

export const ESG_FRAMEWORK: Framework = {
  id: 'esg',
  version: '2026.1',
  name: 'ESG: packaging, emissions, returns, suppliers, energy',
  kind: 'esg',
  regions: ['SEA', 'MENA', 'EU', 'NA', 'LATAM', 'EA'],
  requirements: r.list,
};
