// Turns a queue filter into SQL over `feedback f`. Literal terms (not parameters) are used where a
// partial index depends on them, so SQLite can pick it.
import { LOGISTICS_CATEGORIES, REGION_CODES, SLA_PAUSING_STATUSES, type Person } from '../../../shared/domain';
import { isUnspacedScript } from '../../db/bigrams';
import type { SqlValue } from '../../db/statement-cache';
import { SLA_AT_RISK_WINDOW_MS, type queueFilterSchema } from '../../../shared/queue';
import type { z } from 'zod';

export type ParsedQueueFilter = z.output<typeof queueFilterSchema>;

export interface SqlFragment {
  where: string;
  params: SqlValue[];
}

/**
 * Terms of three characters or more use the trigram index, two-character Thai and CJK words the bigram
 * index; anything shorter falls back to a scan.
 */
const TRIGRAM_MIN_CHARS = 3;

function placeholders(values: readonly unknown[]): string {
  return values.map(() => '?').join(', ');
}

function quoted(values: readonly string[]): string {
  return values.map((value) => `'${value.replace(/'/g, "''")}'`).join(', ');
}

export function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (match) => `\\${match}`);
}

/** "#1234" finds the feedback item or the order with that number, as operators quote them. */
const NUMBER_SEARCH = /^#(\d{1,15})$/;

export function searchTerm(search: string): SqlFragment {
  const number = NUMBER_SEARCH.exec(search);
  if (number) return { where: '(f.id = ? OR f.order_id = ?)', params: [Number(number[1]), Number(number[1])] };
  if ([...search].length >= TRIGRAM_MIN_CHARS) {
    return {
      where: 'f.id IN (SELECT rowid FROM feedback_fts WHERE feedback_fts MATCH ?)',
      params: [`"${search.replace(/"/g, '""')}"`],
    };
  }
  if ([...search].length === 2 && isUnspacedScript(search)) {
    return { where: 'f.id IN (SELECT rowid FROM feedback_bigrams WHERE feedback_bigrams MATCH ?)', params: [`"${search}"`] };
  }
  return { where: "f.text LIKE ? ESCAPE '\\'", params: [`%${escapeLike(search)}%`] };
}

export function filterSql(filter: ParsedQueueFilter, person: Person, now: number): SqlFragment {
  const terms: string[] = [];
  const params: SqlValue[] = [];

  const regions = (filter.regions ?? REGION_CODES).filter((region) => person.regions.includes(region));
  if (regions.length === 0) return { where: '0', params: [] };
  // Every region granted and none narrowed: no term, so the sort index serves alone.
  if (regions.length < REGION_CODES.length) terms.push(`f.region IN (${quoted(regions)})`);

  // With both hidden (the default), the two terms match the open-feedback partial indexes.
  if (!filter.includeResolved) terms.push(`f.status <> 'resolved'`);
  if (!filter.includeMerged) terms.push('f.duplicate_of IS NULL');

  switch (filter.view) {
    case 'unassigned':
      terms.push('f.assignee_id IS NULL');
      break;
    case 'mine':
      terms.push('f.assignee_id = ?');
      params.push(person.id);
      break;
    case 'sla_at_risk':
      terms.push(
        `f.status NOT IN (${quoted(['resolved', ...SLA_PAUSING_STATUSES])})`,
        'f.sla_paused_at IS NULL',
        'f.sla_due_at <= ?',
      );
      params.push(now + SLA_AT_RISK_WINDOW_MS);
      break;
    case 'logistics':
      terms.push(`f.category IN (${quoted(LOGISTICS_CATEGORIES)})`);
      break;
    case 'all':
      break;
  }

  const lists: [string, readonly string[] | undefined][] = [
    ['f.status', filter.statuses],
    ['f.priority', filter.priorities],
    ['f.category', filter.categories],
    ['f.language', filter.languages],
  ];
  for (const [column, values] of lists) {
    if (values && values.length > 0) {
      terms.push(`${column} IN (${placeholders(values)})`);
      params.push(...values);
    }
  }
  if (filter.tags && filter.tags.length > 0) {
    terms.push(`f.id IN (SELECT feedback_id FROM feedback_tags WHERE tag IN (${placeholders(filter.tags)}))`);
    params.push(...filter.tags);
  }
  if (filter.acquiredBy) {
    const column = { kol: 'kol_id', campaign: 'campaign_id', community: 'community_id' }[filter.acquiredBy.kind];
    terms.push(`f.customer_id IN (SELECT customer_id FROM customer_acquisitions WHERE ${column} = ?)`);
    params.push(filter.acquiredBy.id);
  }
  if (filter.search) {
    const search = searchTerm(filter.search);
    terms.push(search.where);
    params.push(...search.params);
  }
  return { where: terms.length > 0 ? terms.join(' AND ') : '1', params };
}
