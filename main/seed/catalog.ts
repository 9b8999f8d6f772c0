// Fixed reference data for the demo data set: regions, countries, carriers, money, people and SLA policies.
// Plain data with no Node or database imports, so a PostgreSQL hub can reuse it as it is.

import type { FeedbackChannel, Language, Person, Priority, Region, RegionCode, SignupChannel } from '../../shared/domain';

/** A weighted list: each entry is chosen as often as its weight says. */
export type Weights<T> = readonly (readonly [T, number])[];

export type NamePoolKey = 'en_us' | 'en_sea' | 'th' | 'id' | 'ar' | 'fr' | 'de' | 'es' | 'pt' | 'ja' | 'ko' | 'zh' | 'nl';

export interface CountryInfo {
  code: string;
  name: string;
  /** ISO 4217 code of the currency customers pay in. */
  currency: string;
  /** Share of the region's customers. */
  weight: number;
  /** Languages customers write in, with their shares. */
  languages: Weights<Language>;
  /** Names for customers writing in English (other languages use that language's pool). */
  namePool: NamePoolKey;
  emailDomains: readonly string[];
  /** Payment methods when they differ from the region's. */
  paymentMethods?: Weights<string>;
}

export interface CarrierInfo {
  name: string;
  /** '#' a digit, '@' a capital letter, '{cc}' the customer's country; the last 7 digits come from the order id. */
  tracking: string;
  /** How often the carrier takes a parcel from a warehouse in the region, and a cross-border parcel. */
  warehouseWeight: number;
  crossBorderWeight: number;
  /** Share of parcels that run late, and by how many days on average. */
  lateRate: number;
  lateMeanDays: number;
  /** Share of parcels lost in transit. */
  lossRate: number;
}

export interface LegTimes {
  /** Days from order to hand-over to the carrier. */
  handling: readonly [number, number];
  /** Days from the origin hub to customs (cross-border only). */
  international?: readonly [number, number];
  /** Days from the local hub (or customs) to the door. */
  lastMile: readonly [number, number];
  /** Days promised at checkout (the estimate adds up to a day to it). */
  promise: number;
}

export interface RegionInfo extends Region {
  /** Share of all customers. */
  weight: number;
  /** Offset used for the shape of a day (standard time; daylight saving is ignored). */
  utcOffsetHours: number;
  languages: readonly Language[];
  countries: readonly CountryInfo[];
  carriers: readonly CarrierInfo[];
  paymentMethods: Weights<string>;
  signupChannels: Weights<SignupChannel>;
  feedbackChannels: Weights<FeedbackChannel>;
  promoCodes: readonly string[];
  /** Share of orders shipped from abroad rather than from a warehouse in the region. */
  crossBorderShare: number;
  /** Share of cross-border parcels held at customs for days. */
  customsHoldRate: number;
  /** Duties and import taxes on cross-border orders above the de minimis value. */
  duties: { deMinimisUsd: number; rate: number };
  warehouse: LegTimes;
  crossBorder: LegTimes;
  /** Multiplies carriers' late rates and delays: infrastructure differs by region. */
  lateFactor: number;
  /** Multiplies order values. */
  spendFactor: number;
}

/** Local currency units per US dollar (fixed demo rates). */
export const USD_RATES: Readonly<Record<string, number>> = {
  USD: 1,
  SGD: 1.3,
  MYR: 4.25,
  THB: 32.5,
  IDR: 16300,
  PHP: 58,
  AED: 3.6725,
  SAR: 3.75,
  EGP: 48.5,
  MAD: 9.1,
  KWD: 0.307,
  QAR: 3.64,
  EUR: 0.87,
  CAD: 1.39,
  MXN: 18.5,
  BRL: 5.35,
  ARS: 1400,
  CLP: 940,
  COP: 3900,
  PEN: 3.55,
  JPY: 152,
  KRW: 1400,
  HKD: 7.78,
  TWD: 31,
};

/** Decimals local amounts are rounded to (whole units where prices are quoted that way). */
export const CURRENCY_DECIMALS: Readonly<Record<string, number>> = {
  JPY: 0,
  KRW: 0,
  CLP: 0,
  IDR: 0,
  COP: 0,
  ARS: 0,
  KWD: 3,
};

export function currencyDecimals(currency: string): number {
  return CURRENCY_DECIMALS[currency] ?? 2;
}

/** Payment methods that leave an order 'placed' until the customer pays (voucher, transfer). */
export const DEFERRED_PAYMENT_METHODS: readonly string[] = ['boleto', 'konbini', 'bank_transfer', 'cash_voucher'];

export const WELCOME_PROMO_CODE = 'WELCOME10';

const EN_ONLY: Weights<Language> = [['en', 1]];

export const REGIONS: readonly RegionInfo[] = [
  {
    code: 'SEA',
    name: 'Southeast Asia',
    currency: 'SGD',
    timeZone: 'Asia/Singapore',
    locale: 'en-SG',
    weight: 28,
    utcOffsetHours: 8,
    languages: ['en', 'th', 'id'],
    countries: [
      { code: 'SG', name: 'Singapore', currency: 'SGD', weight: 12, languages: EN_ONLY, namePool: 'en_sea', emailDomains: ['gmail.com', 'singnet.com.sg', 'hotmail.com'] },
      { code: 'MY', name: 'Malaysia', currency: 'MYR', weight: 18, languages: EN_ONLY, namePool: 'en_sea', emailDomains: ['gmail.com', 'yahoo.com'] },
      { code: 'TH', name: 'Thailand', currency: 'THB', weight: 25, languages: [['th', 85], ['en', 15]], namePool: 'th', emailDomains: ['gmail.com', 'hotmail.com'] },
      { code: 'ID', name: 'Indonesia', currency: 'IDR', weight: 30, languages: [['id', 90], ['en', 10]], namePool: 'id', emailDomains: ['gmail.com', 'yahoo.co.id'] },
      { code: 'PH', name: 'Philippines', currency: 'PHP', weight: 15, languages: EN_ONLY, namePool: 'en_sea', emailDomains: ['gmail.com', 'yahoo.com'] },
    ],
    carriers: [
      { name: 'Ninja Van', tracking: 'NV{cc}@@@@@##########', warehouseWeight: 30, crossBorderWeight: 15, lateRate: 0.14, lateMeanDays: 2.5, lossRate: 0.012 },
      { name: 'J&T Express', tracking: 'JT##########', warehouseWeight: 30, crossBorderWeight: 20, lateRate: 0.17, lateMeanDays: 3, lossRate: 0.016 },
      { name: 'Flash Express', tracking: 'TH########@@', warehouseWeight: 15, crossBorderWeight: 5, lateRate: 0.15, lateMeanDays: 2.5, lossRate: 0.014 },
      { name: 'SingPost', tracking: '@@#########SG', warehouseWeight: 10, crossBorderWeight: 10, lateRate: 0.12, lateMeanDays: 4, lossRate: 0.01 },
      { name: 'DHL eCommerce', tracking: 'GM################', warehouseWeight: 5, crossBorderWeight: 30, lateRate: 0.08, lateMeanDays: 3, lossRate: 0.006 },
    ],
    paymentMethods: [['card', 30], ['cod', 25], ['e_wallet', 30], ['bank_transfer', 10], ['bnpl', 5]],
    signupChannels: [['tiktok', 30], ['social', 20], ['kol', 15], ['search', 12], ['affiliate', 8], ['referral', 10], ['community', 5]],
    feedbackChannels: [['app', 35], ['chat', 25], ['social', 20], ['marketplace', 15], ['email', 5]],
    promoCodes: ['PAYDAY15', 'MEGA1111', 'SALE1212', 'FREESHIP'],
    crossBorderShare: 0.55,
    customsHoldRate: 0.1,
    duties: { deMinimisUsd: 50, rate: 0.1 },
    warehouse: { handling: [0.3, 1.5], lastMile: [1, 3], promise: 4 },
    crossBorder: { handling: [0.5, 2.5], international: [3, 7], lastMile: [1, 3], promise: 12 },
    lateFactor: 1,
    spendFactor: 0.8,
  },
  {
    code: 'MENA',
    name: 'Middle East & North Africa',
    currency: 'AED',
    timeZone: 'Asia/Dubai',
    locale: 'ar-AE',
    weight: 12,
    utcOffsetHours: 4,
    languages: ['ar', 'en', 'fr'],
    countries: [
      { code: 'AE', name: 'United Arab Emirates', currency: 'AED', weight: 35, languages: [['ar', 45], ['en', 55]], namePool: 'ar', emailDomains: ['gmail.com', 'hotmail.com', 'outlook.com'] },
      { code: 'SA', name: 'Saudi Arabia', currency: 'SAR', weight: 35, languages: [['ar', 80], ['en', 20]], namePool: 'ar', emailDomains: ['gmail.com', 'hotmail.com'] },
      { code: 'EG', name: 'Egypt', currency: 'EGP', weight: 10, languages: [['ar', 85], ['en', 15]], namePool: 'ar', emailDomains: ['gmail.com', 'yahoo.com'] },
      { code: 'MA', name: 'Morocco', currency: 'MAD', weight: 10, languages: [['fr', 50], ['ar', 50]], namePool: 'ar', emailDomains: ['gmail.com', 'menara.ma'] },
      { code: 'KW', name: 'Kuwait', currency: 'KWD', weight: 5, languages: [['ar', 65], ['en', 35]], namePool: 'ar', emailDomains: ['gmail.com', 'hotmail.com'] },
      { code: 'QA', name: 'Qatar', currency: 'QAR', weight: 5, languages: [['ar', 60], ['en', 40]], namePool: 'ar', emailDomains: ['gmail.com', 'outlook.com'] },
    ],
    carriers: [
      { name: 'Aramex', tracking: '###########', warehouseWeight: 30, crossBorderWeight: 35, lateRate: 0.14, lateMeanDays: 3, lossRate: 0.012 },
      { name: 'SMSA Express', tracking: '29#########', warehouseWeight: 30, crossBorderWeight: 10, lateRate: 0.19, lateMeanDays: 3.5, lossRate: 0.018 },
      { name: 'Naqel Express', tracking: 'NQ##########', warehouseWeight: 20, crossBorderWeight: 10, lateRate: 0.17, lateMeanDays: 3, lossRate: 0.015 },
      { name: 'DHL Express', tracking: '##########', warehouseWeight: 5, crossBorderWeight: 35, lateRate: 0.07, lateMeanDays: 2, lossRate: 0.005 },
      { name: 'Emirates Post', tracking: '@@#########AE', warehouseWeight: 15, crossBorderWeight: 10, lateRate: 0.2, lateMeanDays: 4, lossRate: 0.02 },
    ],
    paymentMethods: [['card', 45], ['cod', 30], ['apple_pay', 15], ['bnpl', 10]],
    signupChannels: [['social', 25], ['kol', 20], ['search', 20], ['tiktok', 15], ['referral', 10], ['affiliate', 5], ['community', 5]],
    feedbackChannels: [['app', 35], ['chat', 20], ['email', 20], ['social', 15], ['marketplace', 10]],
    promoCodes: ['RAMADAN20', 'WHITEFRIDAY', 'EID15', 'FREESHIP'],
    crossBorderShare: 0.5,
    customsHoldRate: 0.15,
    duties: { deMinimisUsd: 270, rate: 0.05 },
    warehouse: { handling: [0.3, 1.5], lastMile: [1, 3], promise: 4 },
    crossBorder: { handling: [0.5, 2.5], international: [4, 8], lastMile: [1, 3], promise: 14 },
    lateFactor: 1.3,
    spendFactor: 1.2,
  },
  {
    code: 'EU',
    name: 'Europe',
    currency: 'EUR',
    timeZone: 'Europe/Berlin',
    locale: 'de-DE',
    weight: 15,
    utcOffsetHours: 1,
    languages: ['de', 'fr', 'es', 'en'],
    countries: [
      { code: 'DE', name: 'Germany', currency: 'EUR', weight: 32, languages: [['de', 92], ['en', 8]], namePool: 'de', emailDomains: ['gmx.de', 'web.de', 'gmail.com', 't-online.de'] },
      { code: 'FR', name: 'France', currency: 'EUR', weight: 24, languages: [['fr', 93], ['en', 7]], namePool: 'fr', emailDomains: ['orange.fr', 'free.fr', 'gmail.com'] },
      { code: 'ES', name: 'Spain', currency: 'EUR', weight: 18, languages: [['es', 92], ['en', 8]], namePool: 'es', emailDomains: ['gmail.com', 'hotmail.es'] },
      { code: 'NL', name: 'Netherlands', currency: 'EUR', weight: 8, languages: EN_ONLY, namePool: 'nl', emailDomains: ['gmail.com', 'ziggo.nl'] },
      { code: 'AT', name: 'Austria', currency: 'EUR', weight: 8, languages: [['de', 95], ['en', 5]], namePool: 'de', emailDomains: ['gmx.at', 'gmail.com'] },
      { code: 'BE', name: 'Belgium', currency: 'EUR', weight: 10, languages: [['fr', 65], ['en', 35]], namePool: 'nl', emailDomains: ['skynet.be', 'gmail.com'] },
    ],
    carriers: [
      { name: 'DHL', tracking: '00340434##########', warehouseWeight: 30, crossBorderWeight: 25, lateRate: 0.08, lateMeanDays: 2, lossRate: 0.006 },
      { name: 'DPD', tracking: '0#############', warehouseWeight: 25, crossBorderWeight: 10, lateRate: 0.09, lateMeanDays: 2, lossRate: 0.008 },
      { name: 'GLS', tracking: '###########', warehouseWeight: 15, crossBorderWeight: 10, lateRate: 0.11, lateMeanDays: 2.5, lossRate: 0.01 },
      { name: 'PostNL', tracking: '3S@@@@#########', warehouseWeight: 10, crossBorderWeight: 15, lateRate: 0.09, lateMeanDays: 2, lossRate: 0.008 },
      { name: 'Colissimo', tracking: '6A###########', warehouseWeight: 15, crossBorderWeight: 5, lateRate: 0.12, lateMeanDays: 2.5, lossRate: 0.01 },
      { name: 'UPS', tracking: '1Z@@@###########', warehouseWeight: 5, crossBorderWeight: 35, lateRate: 0.07, lateMeanDays: 2, lossRate: 0.005 },
    ],
    paymentMethods: [['card', 40], ['paypal', 30], ['klarna', 15], ['apple_pay', 10], ['bank_transfer', 5]],
    signupChannels: [['search', 35], ['social', 15], ['affiliate', 15], ['referral', 12], ['tiktok', 10], ['kol', 5], ['community', 8]],
    feedbackChannels: [['email', 35], ['app', 25], ['chat', 20], ['marketplace', 15], ['social', 5]],
    promoCodes: ['BLACKFRIDAY', 'SPRING10', 'SUMMERSALE', 'FREESHIP'],
    crossBorderShare: 0.35,
    customsHoldRate: 0.08,
    duties: { deMinimisUsd: 0, rate: 0.2 },
    warehouse: { handling: [0.3, 1.2], lastMile: [1, 2], promise: 3 },
    crossBorder: { handling: [0.5, 2.5], international: [3, 7], lastMile: [1, 2], promise: 11 },
    lateFactor: 0.7,
    spendFactor: 1.1,
  },
  {
    code: 'NA',
    name: 'North America',
    currency: 'USD',
    timeZone: 'America/New_York',
    locale: 'en-US',
    weight: 17,
    utcOffsetHours: -5,
    languages: ['en', 'es', 'fr'],
    countries: [
      { code: 'US', name: 'United States', currency: 'USD', weight: 75, languages: [['en', 86], ['es', 14]], namePool: 'en_us', emailDomains: ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com'] },
      { code: 'CA', name: 'Canada', currency: 'CAD', weight: 18, languages: [['en', 76], ['fr', 24]], namePool: 'en_us', emailDomains: ['gmail.com', 'videotron.ca', 'outlook.com'] },
      { code: 'MX', name: 'Mexico', currency: 'MXN', weight: 7, languages: [['es', 96], ['en', 4]], namePool: 'es', emailDomains: ['gmail.com', 'hotmail.com'] },
    ],
    carriers: [
      { name: 'UPS', tracking: '1Z@@@###########', warehouseWeight: 30, crossBorderWeight: 20, lateRate: 0.07, lateMeanDays: 2, lossRate: 0.006 },
      { name: 'USPS', tracking: '9400###################', warehouseWeight: 30, crossBorderWeight: 25, lateRate: 0.1, lateMeanDays: 2.5, lossRate: 0.01 },
      { name: 'FedEx', tracking: '############', warehouseWeight: 25, crossBorderWeight: 20, lateRate: 0.07, lateMeanDays: 2, lossRate: 0.006 },
      { name: 'Canada Post', tracking: '################', warehouseWeight: 10, crossBorderWeight: 5, lateRate: 0.12, lateMeanDays: 3, lossRate: 0.01 },
      { name: 'DHL Express', tracking: '##########', warehouseWeight: 5, crossBorderWeight: 30, lateRate: 0.07, lateMeanDays: 2, lossRate: 0.005 },
    ],
    paymentMethods: [['card', 55], ['paypal', 20], ['apple_pay', 15], ['afterpay', 10]],
    signupChannels: [['search', 30], ['tiktok', 20], ['social', 15], ['affiliate', 15], ['referral', 10], ['kol', 5], ['community', 5]],
    feedbackChannels: [['email', 30], ['app', 30], ['chat', 25], ['social', 10], ['marketplace', 5]],
    promoCodes: ['BLACKFRIDAY', 'CYBER25', 'BACK2SCHOOL', 'FREESHIP'],
    crossBorderShare: 0.4,
    customsHoldRate: 0.06,
    duties: { deMinimisUsd: 800, rate: 0.1 },
    warehouse: { handling: [0.3, 1.2], lastMile: [1, 3], promise: 4 },
    crossBorder: { handling: [0.5, 2.5], international: [4, 8], lastMile: [1, 3], promise: 12 },
    lateFactor: 0.8,
    spendFactor: 1.25,
  },
  {
    code: 'LATAM',
    name: 'Latin America',
    currency: 'BRL',
    timeZone: 'America/Sao_Paulo',
    locale: 'pt-BR',
    weight: 18,
    utcOffsetHours: -3,
    languages: ['es', 'pt'],
    countries: [
      {
        code: 'BR', name: 'Brazil', currency: 'BRL', weight: 55, languages: [['pt', 1]], namePool: 'pt', emailDomains: ['gmail.com', 'uol.com.br', 'hotmail.com'],
        paymentMethods: [['pix', 45], ['card', 35], ['boleto', 20]],
      },
      { code: 'AR', name: 'Argentina', currency: 'ARS', weight: 12, languages: [['es', 1]], namePool: 'es', emailDomains: ['gmail.com', 'hotmail.com'] },
      { code: 'CL', name: 'Chile', currency: 'CLP', weight: 10, languages: [['es', 1]], namePool: 'es', emailDomains: ['gmail.com', 'hotmail.com'] },
      { code: 'CO', name: 'Colombia', currency: 'COP', weight: 13, languages: [['es', 1]], namePool: 'es', emailDomains: ['gmail.com', 'hotmail.com'] },
      { code: 'PE', name: 'Peru', currency: 'PEN', weight: 10, languages: [['es', 1]], namePool: 'es', emailDomains: ['gmail.com', 'hotmail.com'] },
    ],
    carriers: [
      { name: 'Correios', tracking: '@@#########BR', warehouseWeight: 30, crossBorderWeight: 45, lateRate: 0.28, lateMeanDays: 5, lossRate: 0.022 },
      { name: 'Mercado Envios', tracking: '4##########', warehouseWeight: 40, crossBorderWeight: 10, lateRate: 0.11, lateMeanDays: 2.5, lossRate: 0.009 },
      { name: 'Loggi', tracking: 'LG##########', warehouseWeight: 15, crossBorderWeight: 5, lateRate: 0.14, lateMeanDays: 3, lossRate: 0.012 },
      { name: 'Servientrega', tracking: '##########', warehouseWeight: 10, crossBorderWeight: 10, lateRate: 0.18, lateMeanDays: 4, lossRate: 0.015 },
      { name: 'DHL Express', tracking: '##########', warehouseWeight: 5, crossBorderWeight: 30, lateRate: 0.08, lateMeanDays: 2.5, lossRate: 0.006 },
    ],
    paymentMethods: [['card', 45], ['mercado_pago', 30], ['bank_transfer', 15], ['cash_voucher', 10]],
    signupChannels: [['social', 25], ['tiktok', 20], ['kol', 15], ['referral', 15], ['search', 15], ['affiliate', 5], ['community', 5]],
    feedbackChannels: [['app', 30], ['social', 25], ['chat', 25], ['marketplace', 10], ['email', 10]],
    promoCodes: ['BLACKFRIDAY', 'HOTSALE', 'FRETEGRATIS', 'CYBERMONDAY'],
    crossBorderShare: 0.65,
    customsHoldRate: 0.25,
    duties: { deMinimisUsd: 0, rate: 0.45 },
    warehouse: { handling: [0.5, 2], lastMile: [2, 5], promise: 7 },
    crossBorder: { handling: [0.5, 3], international: [6, 14], lastMile: [2, 5], promise: 24 },
    lateFactor: 1.8,
    spendFactor: 0.9,
  },
  {
    code: 'EA',
    name: 'East Asia',
    currency: 'JPY',
    timeZone: 'Asia/Tokyo',
    locale: 'ja-JP',
    weight: 10,
    utcOffsetHours: 9,
    languages: ['ja', 'en'],
    countries: [
      {
        code: 'JP', name: 'Japan', currency: 'JPY', weight: 60, languages: [['ja', 95], ['en', 5]], namePool: 'ja', emailDomains: ['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp'],
        paymentMethods: [['card', 50], ['paypay', 20], ['konbini', 15], ['cod', 15]],
      },
      { code: 'KR', name: 'South Korea', currency: 'KRW', weight: 15, languages: EN_ONLY, namePool: 'ko', emailDomains: ['naver.com', 'gmail.com'] },
      { code: 'HK', name: 'Hong Kong', currency: 'HKD', weight: 12, languages: EN_ONLY, namePool: 'zh', emailDomains: ['gmail.com', 'yahoo.com.hk'] },
      { code: 'TW', name: 'Taiwan', currency: 'TWD', weight: 13, languages: EN_ONLY, namePool: 'zh', emailDomains: ['gmail.com', 'yahoo.com.tw'] },
    ],
    carriers: [
      { name: 'Yamato Transport', tracking: '####-####-####', warehouseWeight: 35, crossBorderWeight: 15, lateRate: 0.04, lateMeanDays: 1.5, lossRate: 0.002 },
      { name: 'Sagawa Express', tracking: '############', warehouseWeight: 30, crossBorderWeight: 10, lateRate: 0.06, lateMeanDays: 1.5, lossRate: 0.003 },
      { name: 'Japan Post', tracking: '@@#########JP', warehouseWeight: 20, crossBorderWeight: 35, lateRate: 0.08, lateMeanDays: 2, lossRate: 0.004 },
      { name: 'CJ Logistics', tracking: '############', warehouseWeight: 10, crossBorderWeight: 10, lateRate: 0.07, lateMeanDays: 2, lossRate: 0.005 },
      { name: 'SF Express', tracking: 'SF#############', warehouseWeight: 5, crossBorderWeight: 30, lateRate: 0.09, lateMeanDays: 2.5, lossRate: 0.006 },
    ],
    paymentMethods: [['card', 65], ['apple_pay', 15], ['paypal', 10], ['e_wallet', 10]],
    signupChannels: [['search', 30], ['social', 15], ['community', 15], ['affiliate', 15], ['referral', 10], ['kol', 10], ['tiktok', 5]],
    feedbackChannels: [['app', 40], ['email', 25], ['marketplace', 20], ['chat', 10], ['social', 5]],
    promoCodes: ['SUMMER10', 'NEWYEAR', 'SINGLES11', 'FREESHIP'],
    crossBorderShare: 0.3,
    customsHoldRate: 0.05,
    duties: { deMinimisUsd: 90, rate: 0.1 },
    warehouse: { handling: [0.2, 1], lastMile: [0.5, 1.5], promise: 2 },
    crossBorder: { handling: [0.5, 2], international: [2, 5], lastMile: [0.5, 1.5], promise: 8 },
    lateFactor: 0.5,
    spendFactor: 1.15,
  },
];

export const REGION_BY_CODE: Readonly<Record<RegionCode, RegionInfo>> = Object.fromEntries(
  REGIONS.map((region) => [region.code, region]),
) as Record<RegionCode, RegionInfo>;

/** The languages customers write in, per region. */
export const REGION_LANGUAGES: Readonly<Record<RegionCode, readonly Language[]>> = Object.fromEntries(
  REGIONS.map((region) => [region.code, region.languages]),
) as Record<RegionCode, readonly Language[]>;

const ALL_REGIONS: RegionCode[] = ['SEA', 'MENA', 'EU', 'NA', 'LATAM', 'EA'];

/** The person the console opens as until someone picks another. */
export const DEFAULT_PERSON_ID = 1;

export const PEOPLE: readonly Person[] = [
  { id: 1, name: 'Ana Reyes', email: 'ana.reyes@ops.example.com', role: 'support_lead', regions: ALL_REGIONS },
  { id: 2, name: 'Wei Ling Tan', email: 'weiling.tan@ops.example.com', role: 'operator', regions: ['SEA', 'EA'] },
  { id: 3, name: 'Putri Wulandari', email: 'putri.wulandari@ops.example.com', role: 'operator', regions: ['SEA'] },
  { id: 4, name: 'Omar Haddad', email: 'omar.haddad@ops.example.com', role: 'operator', regions: ['MENA'] },
  { id: 5, name: 'Layla Al-Mansouri', email: 'layla.almansouri@ops.example.com', role: 'support_lead', regions: ['MENA', 'EU'] },
  { id: 6, name: 'Jonas Weber', email: 'jonas.weber@ops.example.com', role: 'operator', regions: ['EU'] },
  { id: 7, name: 'Claire Dubois', email: 'claire.dubois@ops.example.com', role: 'operator', regions: ['EU', 'MENA'] },
  { id: 8, name: 'Marcus Johnson', email: 'marcus.johnson@ops.example.com', role: 'operator', regions: ['NA'] },
  { id: 9, name: 'Sofía Martínez', email: 'sofia.martinez@ops.example.com', role: 'operator', regions: ['NA', 'LATAM'] },
  { id: 10, name: 'Lucas Oliveira', email: 'lucas.oliveira@ops.example.com', role: 'operator', regions: ['LATAM'] },
  { id: 11, name: 'Yuki Tanaka', email: 'yuki.tanaka@ops.example.com', role: 'operator', regions: ['EA'] },
  { id: 12, name: 'Daniel Okafor', email: 'daniel.okafor@ops.example.com', role: 'manager', regions: ALL_REGIONS },
  { id: 13, name: 'Priya Nair', email: 'priya.nair@ops.example.com', role: 'admin', regions: ALL_REGIONS },
];

export interface SlaPolicy {
  /** A region code, or '*' for the default. */
  region: RegionCode | '*';
  priority: Priority;
  hours: number;
}

export const SLA_POLICIES: readonly SlaPolicy[] = [
  { region: '*', priority: 'P1', hours: 4 },
  { region: '*', priority: 'P2', hours: 24 },
  { region: '*', priority: 'P3', hours: 72 },
  { region: '*', priority: 'P4', hours: 168 },
  // Regional overrides: MENA's weekend and carrier hand-offs make 4 h unrealistic; Japan expects faster P2 answers.
  { region: 'MENA', priority: 'P1', hours: 6 },
  { region: 'EA', priority: 'P2', hours: 12 },
  { region: 'LATAM', priority: 'P3', hours: 96 },
];

/** The hours a region has to resolve feedback of a priority: its own policy, else the default. */
export function slaHours(region: RegionCode, priority: Priority): number {
  const own = SLA_POLICIES.find((p) => p.region === region && p.priority === priority);
  const fallback = SLA_POLICIES.find((p) => p.region === '*' && p.priority === priority);
  const policy = own ?? fallback;
  if (!policy) throw new Error(`No SLA policy for ${region} ${priority}`);
  return policy.hours;
}

export interface NamePool {
  /** Given and family names in Latin letters (used for e-mail addresses). */
  given: readonly string[];
  family: readonly string[];
  /** The same names in their own script, index for index, where customers often write them so. */
  nativeGiven?: readonly string[];
  nativeFamily?: readonly string[];
  /** Share of customers writing their name in its own script. */
  nativeShare?: number;
  /** Family name first when written in its own script (Japanese). */
  nativeFamilyFirst?: boolean;
}

export const NAME_POOLS: Readonly<Record<NamePoolKey, NamePool>> = {
  en_us: {
    given: ['James', 'Mary', 'Michael', 'Jennifer', 'David', 'Jessica', 'Chris', 'Ashley', 'Daniel', 'Emily', 'Tyler', 'Olivia', 'Ethan', 'Madison', 'Kevin', 'Sarah'],
    family: ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Taylor', 'Thomas', 'Moore', 'Martin', 'Clark', 'Lewis', 'Walker'],
  },
  en_sea: {
    given: ['Wei Jie', 'Hui Min', 'Jun Hao', 'Mei Ling', 'Siti', 'Nurul', 'Ahmad', 'Farah', 'Maria', 'Jose', 'Angelica', 'Mark', 'Kristine', 'Rajesh', 'Priya', 'Darren'],
    family: ['Tan', 'Lim', 'Lee', 'Ng', 'Wong', 'Goh', 'Abdullah', 'Ismail', 'Rahman', 'Santos', 'Reyes', 'Cruz', 'Bautista', 'Garcia', 'Kumar', 'Pillai'],
  },
  th: {
    given: ['Somchai', 'Somsak', 'Nattapong', 'Kittisak', 'Anong', 'Malee', 'Siriporn', 'Pimchanok', 'Thanawat', 'Chayanin', 'Warunee', 'Supaporn'],
    family: ['Saelim', 'Wongsawat', 'Chaiyaporn', 'Srisuk', 'Rattanakorn', 'Boonmee', 'Suksawat', 'Thongdee', 'Kaewkla', 'Phromma'],
    nativeGiven: ['สมชาย', 'สมศักดิ์', 'ณัฐพงษ์', 'กิตติศักดิ์', 'อนงค์', 'มาลี', 'ศิริพร', 'พิมพ์ชนก', 'ธนวัฒน์', 'ชญานิน', 'วารุณี', 'สุภาพร'],
    nativeFamily: ['แซ่ลิ้ม', 'วงศ์สวัสดิ์', 'ชัยพร', 'ศรีสุข', 'รัตนากร', 'บุญมี', 'สุขสวัสดิ์', 'ทองดี', 'แก้วกล้า', 'พรหมมา'],
    nativeShare: 0.5,
  },
  id: {
    given: ['Budi', 'Siti', 'Agus', 'Dewi', 'Rizky', 'Putri', 'Andi', 'Ayu', 'Fajar', 'Indah', 'Dimas', 'Rina', 'Yusuf', 'Nabila'],
    family: ['Santoso', 'Wijaya', 'Saputra', 'Hidayat', 'Kusuma', 'Pratama', 'Lestari', 'Nugroho', 'Setiawan', 'Wibowo', 'Siregar', 'Halim'],
  },
  ar: {
    given: ['Mohammed', 'Ahmed', 'Fatima', 'Aisha', 'Omar', 'Khalid', 'Noura', 'Layla', 'Yousef', 'Mariam', 'Abdullah', 'Sara', 'Hassan', 'Reem'],
    family: ['Al-Mansouri', 'Al-Harbi', 'Al-Qahtani', 'Haddad', 'El-Sayed', 'Al-Otaibi', 'Nasser', 'Khoury', 'Al-Zahrani', 'Hamdan', 'Saleh', 'Ibrahim'],
    nativeGiven: ['محمد', 'أحمد', 'فاطمة', 'عائشة', 'عمر', 'خالد', 'نورة', 'ليلى', 'يوسف', 'مريم', 'عبدالله', 'سارة', 'حسن', 'ريم'],
    nativeFamily: ['المنصوري', 'الحربي', 'القحطاني', 'حداد', 'السيد', 'العتيبي', 'ناصر', 'خوري', 'الزهراني', 'حمدان', 'صالح', 'إبراهيم'],
    nativeShare: 0.35,
  },
  fr: {
    given: ['Camille', 'Léa', 'Manon', 'Chloé', 'Lucas', 'Hugo', 'Louis', 'Jules', 'Inès', 'Thomas', 'Nicolas', 'Julie', 'Yasmine', 'Mehdi'],
    family: ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Lefebvre', 'Fontaine', 'Benali', 'Mercier'],
  },
  de: {
    given: ['Lukas', 'Leon', 'Finn', 'Paul', 'Jonas', 'Anna', 'Lena', 'Laura', 'Sophie', 'Marie', 'Julia', 'Felix', 'Max', 'Katharina'],
    family: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Koch', 'Richter', 'Wolf', 'Schröder'],
  },
  es: {
    given: ['Sofía', 'Lucía', 'Valentina', 'Camila', 'Mateo', 'Santiago', 'Diego', 'Javier', 'Carmen', 'Alejandro', 'Daniela', 'Gabriel', 'Martina', 'Andrés'],
    family: ['García', 'Rodríguez', 'Martínez', 'López', 'González', 'Hernández', 'Pérez', 'Sánchez', 'Ramírez', 'Torres', 'Flores', 'Rivera', 'Gómez', 'Díaz'],
  },
  pt: {
    given: ['João', 'Maria', 'Ana', 'Pedro', 'Gabriel', 'Lucas', 'Juliana', 'Beatriz', 'Rafael', 'Fernanda', 'Mariana', 'Thiago', 'Larissa', 'Bruno'],
    family: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Pereira', 'Lima', 'Carvalho', 'Ferreira', 'Rodrigues', 'Almeida', 'Costa', 'Gomes', 'Ribeiro', 'Martins'],
  },
  ja: {
    given: ['Haruto', 'Yuto', 'Sota', 'Yui', 'Hina', 'Sakura', 'Ren', 'Aoi', 'Takumi', 'Misaki', 'Kenta', 'Yuki'],
    family: ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Kato', 'Yoshida', 'Yamada'],
    nativeGiven: ['陽翔', '悠斗', '颯太', '結衣', '陽菜', 'さくら', '蓮', '葵', '拓海', '美咲', '健太', '由紀'],
    nativeFamily: ['佐藤', '鈴木', '高橋', '田中', '渡辺', '伊藤', '山本', '中村', '小林', '加藤', '吉田', '山田'],
    nativeShare: 0.85,
    nativeFamilyFirst: true,
  },
  ko: {
    given: ['Min-jun', 'Seo-yeon', 'Ji-hoon', 'Ji-woo', 'Ha-eun', 'Do-yun', 'Su-bin', 'Ye-jin', 'Hyun-woo', 'Eun-ji'],
    family: ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim'],
  },
  zh: {
    given: ['Ka Wai', 'Wing Yan', 'Chun Kit', 'Hoi Ying', 'Yu-Ting', 'Chia-Hao', 'Shu-Fen', 'Po-Han', 'Mei-Hua', 'Tsz Ching'],
    family: ['Chan', 'Wong', 'Cheung', 'Lau', 'Chen', 'Lin', 'Huang', 'Chang', 'Wu', 'Tsai'],
  },
  nl: {
    given: ['Daan', 'Sem', 'Emma', 'Julia', 'Lotte', 'Bram', 'Sanne', 'Thijs', 'Fleur', 'Ruben'],
    family: ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder'],
  },
};

/** The name pool for customers writing in a language other than English. */
export const LANGUAGE_NAME_POOLS: Readonly<Partial<Record<Language, NamePoolKey>>> = {
  es: 'es',
  pt: 'pt',
  ar: 'ar',
  th: 'th',
  id: 'id',
  de: 'de',
  fr: 'fr',
  ja: 'ja',
};

// ---------------------------------------------------------------------------------------------------------
// Growth: shopping seasons, what customers cost, how visits convert, and the weekly plan

/** Shopping events that lift signups and orders. */
export type SeasonEvent = 'ramadan' | 'singles_day' | 'black_friday';

/** The first day of Ramadan (Gregorian, as observed in the Gulf); it lasts 30 days and Eid follows. */
export const RAMADAN_FIRST_DAYS: readonly string[] = [
  '2022-04-02', '2023-03-23', '2024-03-11', '2025-03-01', '2026-02-18', '2027-02-08', '2028-01-28', '2029-01-16', '2030-01-06',
  '2030-12-26', '2031-12-15', '2032-12-04', '2033-11-23', '2034-11-12', '2035-11-01',
];

export interface GrowthProfile {
  /** Events the region shops for; `countries` keeps one to some countries (Ramadan in Indonesia only, in SEA). */
  events: readonly { event: SeasonEvent; countries?: readonly string[] }[];
  /** What a new customer costs per signup channel, in USD. */
  cacUsd: Readonly<Record<SignupChannel, number>>;
  /** Late-delivery rate the region plans for; regions without weekly targets have none. */
  targets: { lateDeliveryRate: number } | null;
}

export const GROWTH_PROFILES: Readonly<Record<RegionCode, GrowthProfile>> = {
  SEA: {
    events: [{ event: 'singles_day' }, { event: 'ramadan', countries: ['ID'] }],
    cacUsd: { tiktok: 6, search: 11, social: 8, kol: 14, affiliate: 9, referral: 4, community: 3 },
    targets: { lateDeliveryRate: 0.12 },
  },
  MENA: {
    events: [{ event: 'ramadan' }],
    cacUsd: { tiktok: 12, search: 20, social: 14, kol: 26, affiliate: 16, referral: 7, community: 5 },
    targets: { lateDeliveryRate: 0.1 },
  },
  EU: {
    events: [{ event: 'black_friday' }],
    cacUsd: { tiktok: 18, search: 30, social: 22, kol: 38, affiliate: 24, referral: 10, community: 7 },
    targets: { lateDeliveryRate: 0.07 },
  },
  NA: {
    events: [{ event: 'black_friday' }],
    cacUsd: { tiktok: 22, search: 36, social: 26, kol: 45, affiliate: 28, referral: 12, community: 8 },
    targets: { lateDeliveryRate: 0.08 },
  },
  LATAM: {
    events: [{ event: 'black_friday' }],
    cacUsd: { tiktok: 7, search: 12, social: 9, kol: 15, affiliate: 10, referral: 4, community: 3 },
    targets: null,
  },
  EA: {
    events: [{ event: 'singles_day' }],
    cacUsd: { tiktok: 20, search: 32, social: 24, kol: 40, affiliate: 26, referral: 11, community: 8 },
    targets: { lateDeliveryRate: 0.06 },
  },
};

/** Share of visits that end in an order, by the channel the visitor came through. */
export const FUNNEL_CONVERSION: Readonly<Record<SignupChannel, number>> = {
  tiktok: 0.011,
  search: 0.026,
  social: 0.014,
  kol: 0.017,
  affiliate: 0.02,
  referral: 0.032,
  community: 0.024,
};

/** Step rates of the funnel before checkout: product views per visit, add-to-cart per view, checkout per cart. */
export const FUNNEL_STEPS = { viewsPerVisit: 0.62, cartsPerView: 0.14, checkoutsPerCart: 0.45 } as const;

/** A KOL campaign runs this many days from its start; its fee is this multiple of the kol channel's planned spend over it. */
export const KOL_CAMPAIGN_DAYS = 14;
export const KOL_CAMPAIGN_FEE_SHARE = 0.6;
/** How much more often new customers name kol as their channel during a campaign. */
export const KOL_CAMPAIGN_LIFT = 2.5;

/**
 * The planted anomaly the pack should flag: in the last ISO week that ends (in the region's time zone) before the
 * data ends, this region's signups fall to this share of what they would have been. Spend carries on as planned.
 */
export const PLANTED_SIGNUP_DROP: { region: RegionCode; factor: number } = { region: 'EU', factor: 2 / 3 };
