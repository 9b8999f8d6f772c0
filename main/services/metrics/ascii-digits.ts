const DECIMAL_DIGIT = /\p{Nd}/u;

/**
 * The digit a decimal digit of any script stands for. Unicode gives every such script its digits as a run of ten
 * code points from 0 to 9 (some runs sit back to back), so the digit is the distance from the run's start, mod 10.
 */
function digitValue(codePoint: number): number {
  let start = codePoint;
  while (DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start -= 1;
  return (codePoint - start) % 10;
}

/**
 * The text with every decimal digit written as an ASCII one, and for each of its positions (and its end) the
 * position in the text it came from, so a match found in the copy can be cut from the text as written.
 */
export function asciiDigits(text: string): { ascii: string; origin: number[] } {
  let ascii = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    const converted = codePoint > 0x7f && DECIMAL_DIGIT.test(char) ? String(digitValue(codePoint)) : char;
    for (let unit = 0; unit < converted.length; unit += 1) origin.push(index);
    ascii += converted;
    index += char.length;
  }
  origin.push(index);
  return { ascii, origin };
}
