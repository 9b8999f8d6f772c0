// tsc already refuses a catalogue with a missing or extra key (messages/es.ts is a Catalogue); this checks what
// types cannot: every message parses as ICU, takes the same arguments as the English one, and counts use plurals.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { CATEGORY_LABELS, LANGUAGE_LABELS, ORDER_STATUS_LABELS, STATUS_LABELS } from '../../../shared/domain';
import { KPI_INFO, REPORT_KPIS } from '../../../shared/kpi-definitions';
import { QUEUE_VIEW_LABELS } from '../../../shared/queue';
import { en } from './messages/en';
import { UI_LOCALES, localeFromLanguages, formatLocaleFor, RTL_TEST_LOCALE } from './locales';
import { createWords } from './words';

/** Argument names with their kind ("count:plural", "name:argument"), tags as "<strong>". */
function argumentsOf(elements: readonly MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument) into.add(`${element.value}:argument`);
    if (element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) into.add(`${element.value}:argument`);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      into.add(`${element.value}:${element.type === TYPE.plural ? 'plural' : 'select'}`);
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
    if (element.type === TYPE.tag) {
      into.add(`<${element.value}>`);
      argumentsOf(element.children, into);
    }
  }
  return into;
}

const ids = Object.keys(en) as (keyof typeof en)[];

describe('the message catalogues', () => {
  for (const locale of UI_LOCALES) {
    it(`${locale.tag} has every English message, with the same arguments`, () => {
      expect(Object.keys(locale.messages).sort()).toEqual([...ids].sort());
      for (const id of ids) {
        const english = [...argumentsOf(parse(en[id]))].map((arg) => arg.replace(/:argument$/, '')).sort();
        const translated = [...argumentsOf(parse(locale.messages[id]))].map((arg) => arg.replace(/:argument$/, '')).sort();
        expect({ id, args: translated }).toEqual({ id, args: english });
      }
    });
  }

  it('Spanish is a translation, not a copy: most messages differ from the English', () => {
    const spanish = UI_LOCALES.find((locale) => locale.tag === 'es')!;
    const same = ids.filter((id) => spanish.messages[id] === en[id]);
    expect(same.length / ids.length).toBeLessThan(0.1);
  });

  it('says counts with plural rules in each language', () => {
    const spanish = createWords(UI_LOCALES[1]!, 'es');
    expect(spanish.t('toolbar.count', { count: 1 })).toBe('1 comentario');
    expect(spanish.t('toolbar.count', { count: 1204 })).toBe('1204 comentarios');
    expect(spanish.t('toolbar.count', { count: 12045 })).toBe('12.045 comentarios');
    const english = createWords(UI_LOCALES[0]!, 'en-US');
    expect(english.t('toolbar.count', { count: 12045 })).toBe('12,045 feedback');
    expect(english.t('sync.conflictCount', { count: 1 })).toBe('1 conflict');
    expect(english.t('sync.conflictCount', { count: 3 })).toBe('3 conflicts');
    // A number sign outside the plural stays a number sign, inside it is the count.
    expect(english.t('actions.merged', { count: 2, id: 12 })).toBe('Merged 2 into #12');
    expect(spanish.t('actions.merged', { count: 1, id: 12 })).toBe('1 comentario fusionado en #12');
  });

  it('gives codes their words, and an unknown code itself rather than a key', () => {
    const spanish = createWords(UI_LOCALES[1]!, 'es');
    expect(spanish.label('status', 'waiting_on_carrier')).toBe('Esperando al transportista');
    expect(spanish.label('region', 'LATAM')).toBe('Latinoamérica');
    expect(spanish.label('status', 'archived')).toBe('archived');
    expect(spanish.label('status', null)).toBe('—');
  });
});

describe('the English catalogue and the shared English words', () => {
  // The core keeps English labels for the packs it writes; the console's English must read the same.
  it('agree on every code and KPI', () => {
    const families = { status: STATUS_LABELS, category: CATEGORY_LABELS, orderStatus: ORDER_STATUS_LABELS, language: LANGUAGE_LABELS, queueView: QUEUE_VIEW_LABELS };
    for (const [family, labels] of Object.entries(families)) {
      for (const [code, label] of Object.entries(labels)) expect(en[`${family}.${code}` as keyof typeof en]).toBe(label);
    }
    for (const kpi of REPORT_KPIS) {
      expect(en[`kpi.${kpi}`]).toBe(KPI_INFO[kpi].label);
      expect(en[`kpiDef.${kpi}`]).toBe(KPI_INFO[kpi].definition);
    }
  });
});

describe('choosing the UI language', () => {
  it('follows the first browser language the console speaks, else English', () => {
    expect(localeFromLanguages(['es-MX', 'en']).tag).toBe('es');
    expect(localeFromLanguages(['id-ID', 'es']).tag).toBe('es');
    expect(localeFromLanguages(['ja-JP']).tag).toBe('en');
    expect(localeFromLanguages([]).tag).toBe('en');
  });

  it('writes numbers and dates in the browser’s own variant of that language', () => {
    expect(formatLocaleFor(UI_LOCALES[1]!, ['es-MX', 'en-US'])).toBe('es-MX');
    expect(formatLocaleFor(UI_LOCALES[1]!, ['en-US'])).toBe('es');
    expect(formatLocaleFor(RTL_TEST_LOCALE, ['ar-SA'])).toBe('en');
  });
});
