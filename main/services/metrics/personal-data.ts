// Text that leaves the console (the review pack, the Reports view) carries no names, e-mail addresses or phone
// numbers. Names are those the store knows (the customer's, the staff's); a name the store does not know is
// beyond what a pattern can find reliably.
import { asciiDigits } from './ascii-digits';

const EMAIL = String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`;
// Dates (2026-11-20, 20.11.2026, 20/11/2026) and times (12:30, 12:30:15) are kept: their digits read like a phone's.
const DATE = String.raw`(?<!\d)(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})(?!\d)`;
const TIME = String.raw`(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)`;
// A number the customer calls an order's, in the data's languages, is kept.
const ORDER_REF = String.raw`(?:order|orden|pedido|encomenda|bestellung|commande|pesanan|注文|คำสั่งซื้อ|طلب)(?:\s*(?:no|nr|n°|nº|number|número|numéro|nummer)\.?)?[\s:#]*\d+`;
// Seven digits or more, maybe with +, spaces, dots, dashes or brackets; not glued to Latin letters or a '#' (order
// and tracking numbers such as JT1234567890). Thai and Arabic text may run letters straight into a number.
const PHONE = String.raw`(?<![\p{Script=Latin}\d#])(?:\+|00)?\(?\d[\d\s().-]{5,}\d(?![\p{Script=Latin}\d])`;
const PIECES = new RegExp(`(${EMAIL})|${DATE}|${TIME}|${ORDER_REF}|(${PHONE})`, 'giu');
// Scripts written without spaces between words: a name there is found anywhere in the text.
const UNSPACED = /[\u0E00-\u0E7F\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF]/u;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The parts of the names worth looking for: two characters or more, longest first. */
function nameParts(names: readonly string[]): string[] {
  const parts = new Set<string>();
  for (const name of names) {
    for (const part of name.split(/[\s,]+/u)) if ([...part].length >= 2) parts.add(part);
  }
  return [...parts].sort((a, b) => b.length - a.length);
}

/**
 * E-mail addresses and phone numbers out, dates, times and order numbers kept. The patterns read a copy in ASCII
 * digits (so a phone in Arabic-Indic or Thai digits is found); what is kept is copied from the text as written.
 */
function scrubContacts(text: string): string {
  const { ascii, origin } = asciiDigits(text);
  let scrubbed = '';
  let done = 0;
  for (const match of ascii.matchAll(PIECES)) {
    const [piece, email, phone] = match;
    const start = origin[match.index]!;
    const end = origin[match.index + piece.length]!;
    const isPhone = phone !== undefined && phone.replace(/\D/g, '').length >= 7;
    scrubbed += text.slice(done, start) + (email !== undefined ? '[email]' : isPhone ? '[phone]' : text.slice(start, end));
    done = end;
  }
  return scrubbed + text.slice(done);
}

export function scrubPersonalData(text: string, names: readonly string[]): string {
  let scrubbed = scrubContacts(text);
  for (const part of nameParts(names)) {
    const pattern = UNSPACED.test(part) ? escapeRegExp(part) : `(?<![\\p{L}\\p{N}])${escapeRegExp(part)}(?![\\p{L}\\p{N}])`;
    scrubbed = scrubbed.replace(new RegExp(pattern, 'giu'), '[name]');
  }
  return scrubbed;
}
