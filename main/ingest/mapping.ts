// What a source's mapping file says (sources/*.ts): where its data goes, region and zone and currency, which
// column feeds which field of each entity (entities.ts), how its codes translate, and what becomes feedback.
import type { Language, RegionCode } from '../../shared/domain';
import type { EntityName, FieldName } from './entities';

/** A field read from a column; a 'code' field also says what each of the source's codes becomes. */
export type ColumnRule = string | { column: string; codes: Record<string, string> };

export type EntityMapping<E extends EntityName> = {
  /** The file in the import folder. */
  file: string;
  columns: { [F in FieldName<E>]?: ColumnRule };
};

export interface SourceMapping {
  source: string;
  /** Who publishes the data, and under what licence: shown with each run. */
  provenance: string;
  region: RegionCode;
  /** ISO 3166 country of every customer and order. */
  country: string;
  /** Where timestamps written without a zone were taken. */
  timeZone: string;
  /** The currency of every amount. */
  currency: string;
  /** The rates that convert amounts to US dollars: a file of the `rates` entity and where its numbers come from. */
  rates: { file: string; origin: string };
  entities: { [E in EntityName]?: EntityMapping<E> };
  customers: {
    /** The source gives no names: how a customer is called, `{person}` standing for the first 8 characters of its id. */
    name: string;
    /** The source gives no signup: it is taken as the first order. */
    signupChannel: string;
    fulfilment: 'overseas_warehouse' | 'cross_border';
    /** The source names no carrier: what the orders' carrier reads (never empty, which is the whole region's part). */
    carrier: string;
  };
  feedback: {
    language: Language;
    channel: 'app' | 'email' | 'chat' | 'social' | 'marketplace';
    /** A review becomes a feedback item when it has a comment or a title, or a score at most this. */
    maxScoreWithoutText: number;
    /** The text of a review with neither comment nor title, `{score}` standing for its score. */
    textWithoutComment: string;
  };
}
