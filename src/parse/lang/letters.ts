/**
 * Letters (`\p{L}`) found by a look-up instead of a regular expression per character: the
 * language is told from thousands of letters per article, and a match object for each of them
 * was a large part of telling it. Characters below U+0250 (Basic Latin, Latin-1, Latin
 * Extended-A/B) are read from a table; any other character is tested once and remembered.
 */

/** Below this code unit a character is told by the table. */
export const tableEnd = 0x250;

const latinTable = new Uint8Array(tableEnd);
for (let code = 0; code < tableEnd; code++) latinTable[code] = /\p{L}/u.test(String.fromCharCode(code)) ? 1 : 0;

/** Whether the code unit `code` (< `tableEnd`) is a letter. */
export const isTableLetter = (code: number): boolean => latinTable[code] === 1;

/**
 * The length in code units (1 or 2) of the character at `k` of `text`: a surrogate pair is
 * one character, as a `u` expression reads it; a lone surrogate is one unit.
 */
export function charLength(text: string, k: number): 1 | 2 {
  const code = text.charCodeAt(k);
  if (code < 0xd800 || code > 0xdbff || k + 1 >= text.length) return 1;
  const low = text.charCodeAt(k + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}

const letterMemo = new Map<string, boolean>();

/** Whether `char` (one character, any script) is a letter: the same as `/\p{L}/u.test(char)`. */
export function isLetter(char: string): boolean {
  const code = char.charCodeAt(0);
  if (char.length === 1 && code < tableEnd) return latinTable[code] === 1;
  let known = letterMemo.get(char);
  if (known === undefined) {
    known = /\p{L}/u.test(char);
    letterMemo.set(char, known);
  }
  return known;
}

/**
 * The runs of letters of `text` (what `text.match(/\p{L}+/gu)` gives) that are at most `max`
 * code units long, in order: the short words, without making a string of every word.
 */
export function shortLetterRuns(text: string, max: number): string[] {
  const runs: string[] = [];
  let start = -1;
  for (let k = 0; k <= text.length; k++) {
    let letter = false;
    let length = 1;
    if (k < text.length) {
      const code = text.charCodeAt(k);
      if (code < tableEnd) letter = latinTable[code] === 1;
      else {
        length = charLength(text, k);
        letter = isLetter(length === 1 ? (text[k] as string) : text.slice(k, k + 2));
      }
    }
    if (letter) {
      if (start < 0) start = k;
    } else if (start >= 0) {
      if (k - start <= max) runs.push(text.slice(start, k));
      start = -1;
    }
    k += length - 1;
  }
  return runs;
}
