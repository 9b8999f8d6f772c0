// Scripts written without spaces between words, where a word can be two characters long.
const UNSPACED_SCRIPT = /[\u0E00-\u0E7F\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uAC00-\uD7AF]/u;
const UNSPACED_RUN = /[\u0E00-\u0E7F\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uAC00-\uD7AF]{2,}/gu;

export function isUnspacedScript(text: string): boolean {
  return [...text].every((char) => UNSPACED_SCRIPT.test(char));
}

/** Each distinct pair of neighbouring characters in the text's unspaced runs, joined by spaces. */
export function textBigrams(text: string): string {
  const pairs = new Set<string>();
  for (const run of text.match(UNSPACED_RUN) ?? []) {
    const chars = [...run];
    for (let index = 0; index + 1 < chars.length; index += 1) pairs.add(`${chars[index]}${chars[index + 1]}`);
  }
  return [...pairs].join(' ');
}
