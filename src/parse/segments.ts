/**
 * Words of any script through `Intl.Segmenter`, in linear time. V8's segment iterator slows
 * down with the length of the string it walks (40,000 words in one string: 90 s; the same words
 * in pieces: 30 ms), so a long text is walked in pieces cut after a space or a sentence mark, where
 * no word can be split.
 */

/** Longest piece handed to the segmenter at once. */
const PIECE = 1024;

/** Scripts written without spaces between words (words come from the segmenter's dictionary). */
export const unspacedScript = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** Thai and Lao part sentences with a space and end them with no stop. */
export const spaceEndsSentences = /[\p{Script=Thai}\p{Script=Lao}]/u;

/** Where a piece of `text` starting at `from` may end: after the last space or mark before the limit. */
function pieceEnd(text: string, from: number): number {
  const limit = from + PIECE;
  if (limit >= text.length) return text.length;
  for (let k = limit; k > from + PIECE / 2; k--) {
    if (/[\s\u3000。！？、，]/u.test(text[k - 1] as string)) return k;
  }
  // a run without any break (a long token): cut anyway, never inside a surrogate pair
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit + 1 : limit;
}

/** The segments of `text`, as `segmenter.segment(text)` gives them, with indexes into the whole `text`. */
export function* segmentsOf(segmenter: Intl.Segmenter, text: string): Generator<Intl.SegmentData> {
  if (text.length <= PIECE) {
    yield* segmenter.segment(text);
    return;
  }
  for (let from = 0; from < text.length; ) {
    const to = pieceEnd(text, from);
    for (const s of segmenter.segment(text.slice(from, to))) yield { ...s, index: s.index + from, input: text };
    from = to;
  }
}

const wordSegmenter = new Intl.Segmenter("und", { granularity: "word" });

/** The words of `text` (letters or digits, by Unicode's rules: text without spaces is split too). */
export function* wordsOf(text: string, segmenter: Intl.Segmenter = wordSegmenter): Generator<string> {
  for (const s of segmentsOf(segmenter, text)) if (s.isWordLike) yield s.segment;
}

/** How many words `text` has, counting no further than `atMost + 1` (enough to say "more than"). */
export function countWords(text: string, atMost = Infinity, keep: (word: string) => boolean = () => true): number {
  if (isPlainAscii(text)) return countRuns(text, atMost, keep);
  let n = 0;
  for (const w of wordsOf(text)) {
    if (keep(w) && ++n > atMost) break;
  }
  return n;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Marks that part words in ASCII copy (Unicode's word rules join letters only across `.` `:` `'` and digits across `,` `.` `;`). */
const parting = new Set([..." ,.!?;:\"'()-"].map((c) => c.charCodeAt(0)));

/**
 * Letters and digits beyond ASCII that the segmenter joins like ASCII letters (Unicode's ALetter,
 * Hebrew_Letter and Numeric): those of the spaced scripts' blocks (Latin, Greek, Cyrillic, Armenian,
 * Hebrew, Arabic, the Indic scripts, Georgian); never a script the segmenter
 * splits by its dictionary. Their combining marks join the letter before them.
 */
const spacedBlocks: readonly (readonly [number, number])[] = [[0xc0, 0x24f], [0x370, 0x3ff], [0x400, 0x52f], [0x531, 0x58f], [0x591, 0x5f4], [0x600, 0x6ff], [0x900, 0xd7f], [0x10a0, 0x10ff], [0x1e00, 0x1fff]];
/** Each code unit's class, read once (0 not yet, 1 letter or digit, 2 combining mark, 3 anything else). */
const classes = new Uint8Array(0x10000);
function classOf(c: number): number {
  let cls = classes[c] as number;
  if (cls === 0) {
    const ch = String.fromCharCode(c);
    const spaced = spacedBlocks.some(([from, to]) => c >= from && c <= to);
    classes[c] = cls = !spaced ? 3 : /[\p{L}\p{Nd}]/u.test(ch) ? 1 : /\p{M}/u.test(ch) ? 2 : 3;
  }
  return cls;
}
/** A letter or digit of a word: ASCII's, or a spaced script's. */
const isWordChar = (c: number) => isAlnum(c) || (c >= 128 && classOf(c) === 1);
/** A letter, digit or mark inside a word (a mark only after a letter, digit or mark). */
const inWord = (c: number) => isAlnum(c) || (c >= 128 && classOf(c) !== 3);

/**
 * Whether `text` is words of letters and digits of spaced scripts (ASCII, or the blocks above)
 * parted by spaces and ASCII marks that no letter or digit follows ("We will, said he.", "Да, сказал он."),
 * or colons after a digit ("08:15"): its words are then its runs of letters, marks and digits, exactly as
 * the segmenter gives them, and counted without it (a segmenter call costs microseconds, and
 * short quotes or lines are counted by the hundred thousand in a long article).
 */
function isPlainAscii(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (isAlnum(c)) continue;
    if (c >= 128) {
      const cls = classOf(c);
      if (cls === 1) continue;
      // (a mark joins the letter before it; at the start or after a space it stands alone)
      if (cls === 2 && k > 0 && inWord(text.charCodeAt(k - 1))) continue;
      return false;
    }
    // (a colon after a digit parts words whatever follows it: "08:15", "1:a")
    if (c === 58 && k > 0 && isDigit(text.charCodeAt(k - 1))) continue;
    if (!parting.has(c) || (c !== 32 && isWordChar(text.charCodeAt(k + 1)))) return false;
  }
  return true;
}

/** `countWords` of plain text (see isPlainAscii): its runs of letters, marks and digits. */
function countRuns(text: string, atMost: number, keep: (word: string) => boolean): number {
  let n = 0;
  for (let k = 0; k < text.length; ) {
    if (!inWord(text.charCodeAt(k))) {
      k++;
      continue;
    }
    const start = k;
    while (k < text.length && inWord(text.charCodeAt(k))) k++;
    if (keep(text.slice(start, k)) && ++n > atMost) break;
  }
  return n;
}
