import { CATEGORY_LABELS, FEEDBACK_CATEGORIES, type FeedbackCategory, type Language } from '../../../shared/domain';
import type { Suggestion } from '../../../shared/feedback-detail';
import { CATEGORY_KEYWORDS, type KeywordCategory, type MatchMode } from './category-keywords';
import type { FeedbackFacts } from './facts';

/** Per distinct keyword in the item's own language. */
const NATIVE_KEYWORD_POINTS = 2;
/** English inside another language is a weaker sign: "tax", "transaction", "login" are French or German too. */
const ENGLISH_KEYWORD_POINTS = 1;
/** A long message repeats itself; past this the text cannot outvote the carrier's own record. */
const MAX_KEYWORD_POINTS = 6;
/** Above any text score plus support: to the customer a lost parcel is merely "late"; the carrier knows. */
const ORDER_LOST_POINTS = 8;
/** Customs words backed by a real hold or real duties on the order. */
const CUSTOMS_CONFIRMED_POINTS = 3;
/** Order facts that fit a category but say nothing on their own (a late parcel may be a payment question). */
const SUPPORT_POINTS = 1;
const MAX_QUOTED_WORDS = 3;

type Order = NonNullable<FeedbackFacts['order']>;

interface Contribution {
  category: FeedbackCategory;
  points: number;
  reason: string;
}

/** Suggests a category from the item's words and its order's facts; keeps the current one if nothing speaks. */
export function suggestCategory(facts: FeedbackFacts): Suggestion<FeedbackCategory> {
  const hits = findKeywordHits(facts.text, facts.language);
  const contributions = [...keywordContributions(hits), ...orderContributions(facts.order, hits)];
  const winner = pickCategory(contributions, facts.category);
  if (winner === null) {
    return {
      value: facts.category,
      reasons: [`no keyword or order signal; keeping ${CATEGORY_LABELS[facts.category]}`],
    };
  }
  const reasons = contributions
    .filter((c) => c.category === winner)
    .sort((a, b) => b.points - a.points)
    .map((c) => c.reason);
  return { value: winner, reasons };
}

function pickCategory(contributions: Contribution[], current: FeedbackCategory): FeedbackCategory | null {
  const totals = new Map<FeedbackCategory, number>();
  for (const c of contributions) totals.set(c.category, (totals.get(c.category) ?? 0) + c.points);
  const best = Math.max(0, ...totals.values());
  if (best === 0) return null;
  // On a tie the operator's current choice stands; otherwise the domain's order (logistics first) decides.
  if (totals.get(current) === best) return current;
  return FEEDBACK_CATEGORIES.find((c) => totals.get(c) === best) ?? null;
}

// ---- keywords ----

interface KeywordHit {
  category: KeywordCategory;
  points: number;
  /** The word as the customer wrote it, and where, so reasons quote in reading order. */
  quoted: string;
  at: number;
}

function keywordContributions(hits: KeywordHit[]): Contribution[] {
  const byCategory = new Map<KeywordCategory, KeywordHit[]>();
  for (const hit of hits) byCategory.set(hit.category, [...(byCategory.get(hit.category) ?? []), hit]);
  return [...byCategory].map(([category, list]) => ({
    category,
    points: Math.min(MAX_KEYWORD_POINTS, list.reduce((sum, h) => sum + h.points, 0)),
    reason: `mentions ${quoteList([...list].sort((a, b) => a.at - b.at).map((h) => h.quoted))}`,
  }));
}

function quoteList(words: string[]): string {
  const distinct = [...new Map(words.map((w) => [w.toLowerCase(), w])).values()].slice(0, MAX_QUOTED_WORDS);
  const quoted = distinct.map((w) => `"${w}"`);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}

interface Candidate {
  category: KeywordCategory;
  language: Language;
  folded: string;
  points: number;
}

const candidatesByLanguage = new Map<Language, Candidate[]>();

/** The item's own language, then English since customers mix; longest keywords first (see findKeywordHits). */
function candidatesFor(language: Language): Candidate[] {
  const cached = candidatesByLanguage.get(language);
  if (cached) return cached;
  const languages: Language[] = language === 'en' ? ['en'] : [language, 'en'];
  const list = languages.flatMap((lang) =>
    Object.entries(CATEGORY_KEYWORDS[lang].keywords).flatMap(([category, keywords]) =>
      keywords.map((keyword) => ({
        category: category as KeywordCategory,
        language: lang,
        folded: fold(keyword, lang).text,
        points: lang === language ? NATIVE_KEYWORD_POINTS : ENGLISH_KEYWORD_POINTS,
      })),
    ),
  );
  // Stable sort: on equal length the native keyword goes first.
  list.sort((a, b) => b.folded.length - a.folded.length);
  candidatesByLanguage.set(language, list);
  return list;
}

/**
 * Every distinct keyword found, at most once each. A stretch of text claimed by a longer keyword is not
 * searched again by a shorter one, so Thai "หาย" (lost) does not fire inside "เสียหาย" (damaged), nor
 * Arabic "تأخر" a second time inside "متأخر".
 */
function findKeywordHits(text: string, language: Language): KeywordHit[] {
  // Only German folds differently (fold()): every other language's keywords search the same folded text. Two
  // variables, not a map: this loop runs a few hundred times a text.
  let german: FoldedText | undefined;
  let other: FoldedText | undefined;
  const claimed: [number, number][] = [];
  const hits: KeywordHit[] = [];
  for (const candidate of candidatesFor(language)) {
    if (candidate.folded.length === 0) continue;
    const folded = candidate.language === 'de' ? (german ??= fold(text, 'de')) : (other ??= fold(text, candidate.language));
    // Most keywords are nowhere in a text: one search says so without walking its occurrences.
    if (!folded.text.includes(candidate.folded)) continue;
    const mode = CATEGORY_KEYWORDS[candidate.language].match;
    let hit: KeywordHit | null = null;
    for (const [start, end] of occurrences(folded, candidate.folded, mode)) {
      if (claimed.some(([s, e]) => start < e && s < end)) continue;
      claimed.push([start, end]);
      hit ??= {
        category: candidate.category,
        points: candidate.points,
        quoted: quote(text, start, end, mode),
        at: start,
      };
    }
    if (hit) hits.push(hit);
  }
  return hits;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const WORD_OR_MARK_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Matches as [start, end) ranges of the original text. */
function* occurrences(folded: FoldedText, keyword: string, mode: MatchMode): Generator<[number, number]> {
  for (let at = folded.text.indexOf(keyword); at !== -1; at = folded.text.indexOf(keyword, at + 1)) {
    const before = folded.text[at - 1];
    if (mode === 'word_start' && before !== undefined && WORD_CHAR.test(before)) continue;
    const start = folded.from[at];
    const end = folded.to[at + keyword.length - 1];
    if (start !== undefined && end !== undefined) yield [start, end];
  }
}

/** Quotes the whole word ("Zollgebühren" for "zoll"), except in Thai and Japanese, which have no word edges. */
function quote(text: string, start: number, end: number, mode: MatchMode): string {
  if (mode === 'unspaced') return text.slice(start, end);
  let from = start;
  let to = end;
  while (from > 0 && WORD_OR_MARK_CHAR.test(text.charAt(from - 1))) from--;
  while (to < text.length && WORD_OR_MARK_CHAR.test(text.charAt(to))) to++;
  return text.slice(from, to);
}

// ---- folding ----

interface FoldedText {
  text: string;
  /** For each UTF-16 unit of `text`, where its original character starts and ends in the source. */
  from: number[];
  to: number[];
}

/**
 * Latin accents, Arabic harakat, tatweel and hamza seats (أ إ آ → ا): customers type without them and
 * keyword lists should not have to spell every variant. Thai marks and Japanese dakuten are letters, kept.
 */
const IGNORED_MARKS = /[\u0300-\u036f\u0640\u064b-\u0655]/g;

/**
 * Lower-case, width- and accent-folded text that remembers where each unit came from, so a match can
 * quote the customer's own word. German also folds ä/ae, ö/oe, ü/ue and ß/ss, written both ways.
 */
function fold(source: string, language: Language): FoldedText {
  const folded: FoldedText = { text: '', from: [], to: [] };
  let at = 0;
  for (const char of source) {
    const next = at + char.length;
    const units = foldChar(char);
    const previous = folded.text.at(-1);
    if (language === 'de' && units === 'e' && previous !== undefined && 'aou'.includes(previous)) {
      folded.to[folded.to.length - 1] = next;
    } else {
      for (const unit of units) {
        folded.text += unit;
        folded.from.push(at);
        folded.to.push(next);
      }
    }
    at = next;
  }
  return folded;
}

/** Each character's folding, once: normalising a character at a time is most of what reading a comment costs. */
const FOLDED_CHARS = new Map<string, string>();
const FOLDED_CHARS_MAX = 20_000;

function foldChar(char: string): string {
  let units = FOLDED_CHARS.get(char);
  if (units === undefined) {
    units = foldCharOnce(char);
    if (FOLDED_CHARS.size < FOLDED_CHARS_MAX) FOLDED_CHARS.set(char, units);
  }
  return units;
}

function foldCharOnce(char: string): string {
  return char
    .toLowerCase()
    .normalize('NFKD')
    .replace(IGNORED_MARKS, '')
    .replace(/ß/g, 'ss')
    .replace(/[\u2018\u2019\u02bc]/g, "'");
}

// ---- order facts ----

function orderContributions(order: Order | null, hits: KeywordHit[]): Contribution[] {
  if (!order) return [];
  const out: Contribution[] = [];
  if (order.status === 'lost') {
    out.push({ category: 'lost_parcel', points: ORDER_LOST_POINTS, reason: 'order marked lost by carrier' });
  }
  if (order.daysLate > 0) {
    const reason = `parcel ${plural(order.daysLate, 'day')} late`;
    out.push({ category: 'late_delivery', points: SUPPORT_POINTS, reason });
  }
  const customs = customsPhrase(order);
  if (customs !== null) {
    // Duties are routine on cross-border orders; only the customer's own words make them the complaint.
    const worded = hits.some((h) => h.category === 'customs_duties');
    if (worded) {
      out.push({ category: 'customs_duties', points: CUSTOMS_CONFIRMED_POINTS, reason: customs });
    } else if (order.customsHeld) {
      out.push({ category: 'customs_duties', points: SUPPORT_POINTS, reason: 'held in customs' });
    }
  }
  if (order.status === 'returned' || order.status === 'refunded') {
    out.push({ category: 'returns', points: SUPPORT_POINTS, reason: `order already ${order.status}` });
  }
  return out;
}

function customsPhrase(order: Order): string | null {
  const duties = order.dutiesUsd > 0 ? `$${order.dutiesUsd.toFixed(2)} in duties` : null;
  if (order.customsHeld) return duties ? `held in customs, ${duties}` : 'held in customs';
  return duties ? `${duties} on the order` : null;
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}
