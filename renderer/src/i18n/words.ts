// The one way the renderer turns a message id into words and a number into text, in the person's UI language.
// Plain functions over a react-intl IntlShape, so word-making helpers (durations, sync words, KPI formats)
// stay pure and are unit-tested with createWords() in any language.
import { createIntl, createIntlCache, type IntlShape } from 'react-intl';
import type { MessageId } from './messages/en';
import type { UiLocale } from './locales';

export type MessageValues = Record<string, string | number | null | undefined>;

/** Message families keyed by a code: `status.new`, `region.SEA`... */
export type LabelFamily =
  | 'role'
  | 'status'
  | 'category'
  | 'orderStatus'
  | 'language'
  | 'channel'
  | 'fulfilment'
  | 'region'
  | 'queueView'
  | 'signup'
  | 'funnelStage'
  | 'kpi'
  | 'kpiDef'
  | 'kpiGroup'
  | 'conflictField'
  | 'conflictFieldLower'
  | 'sync.state'
  | 'sync.stateLower'
  | 'sync.problem'
  | 'sync.checksum'
  | 'rosterTable'
  | 'rosterField'
  | 'rosterFieldLower'
  | 'kolStatus'
  | 'kolPlatform'
  | 'kolTier'
  | 'compliance.status'
  | 'compliance.result'
  | 'compliance.cadence'
  | 'compliance.findingStatus'
  | 'compliance.actionStatus'
  | 'compliance.incidentKind';

export interface Words {
  /** The UI language's tag ('en', 'es'), as set on <html lang>. */
  lang: string;
  /** The locale numbers and dates are written in (the browser's variant of the UI language, e.g. es-MX). */
  locale: string;
  t(id: MessageId, values?: MessageValues): string;
  /** A code's words (`label('status', 'new')`); a code the catalogue does not know shows as itself, never a key. */
  label(family: LabelFamily, code: string | null): string;
  number(value: number): string;
  /** For the few messages with markup (<kbd>, <strong>): react-intl itself. */
  intl: IntlShape;
}

const cache = createIntlCache();

export function createWords(ui: UiLocale, formatLocale: string): Words {
  const messages: Record<string, string> = ui.messages;
  const intl = createIntl(
    {
      locale: formatLocale,
      messages,
      defaultLocale: 'en',
      onError(error) {
        // A catalogue is checked whole by tsc and catalogue.test.ts; anything left is a bug worth seeing.
        console.error(error);
      },
    },
    cache,
  );
  const t = (id: MessageId, values?: MessageValues) => intl.formatMessage({ id }, values);
  return {
    lang: ui.tag,
    locale: formatLocale,
    t,
    label(family, code) {
      if (code === null) return '—';
      const id = `${family}.${code}`;
      return Object.hasOwn(messages, id) ? t(id as MessageId) : code;
    },
    number: (value) => intl.formatNumber(value),
    intl,
  };
}
