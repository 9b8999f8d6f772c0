// Text that leaves the console (the review pack, the Reports view) carries no names, e-mail addresses or phone
// numbers. Names are those the store knows (the customer's, the staff's); a name the store does not know is
// beyond what a pattern can find reliably.

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// Seven digits or more, maybe with +, spaces, dots, dashes or brackets; not glued to letters or a '#' (order and
// tracking numbers).
const PHONE = /(?<![\p{L}\p{N}#])(?:\+|00)?\(?\d[\d\s().-]{5,}\d(?![\p{L}\p{N}])/gu;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
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

export function scrubPersonalData(text: string, names: readonly string[]): string {
  let scrubbed = text.replace(EMAIL, '[email]');
  scrubbed = scrubbed.replace(PHONE, (match) => {
    const digits = match.replace(/\D/g, '').length;
    return digits >= 7 && !DATE.test(match.trim()) ? '[phone]' : match;
  });
  for (const part of nameParts(names)) {
    const pattern = UNSPACED.test(part) ? escapeRegExp(part) : `(?<![\\p{L}\\p{N}])${escapeRegExp(part)}(?![\\p{L}\\p{N}])`;
    scrubbed = scrubbed.replace(new RegExp(pattern, 'giu'), '[name]');
  }
  return scrubbed;
}
