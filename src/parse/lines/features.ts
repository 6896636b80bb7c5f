/**
 * Shallow features of one line of copy in its article, the way boilerplate detectors read
 * lines (Kohlschütter et al. 2010; jusText's stopword density): length in words, end
 * punctuation, capitalisation, stopword density, digit and link shapes, position, repetition
 * and the neighbouring lines. Every feature holds in any language and script: words come from
 * Intl.Segmenter, stopwords from the multilingual `stopwords-iso` lists.
 */
import { segmentsOf, spaceEndsSentences } from "../segments.js";
import { isAnyStopword } from "../stopword-lists.js";
import { isDataLine } from "../text/list.js";

/** What a feature needs of a line: its text and whether a blank line precedes it. */
export interface LineLike {
  text: string;
  afterBlank: boolean;
}

export const FEATURES = [
  "bias",
  "words",
  "short",
  "long",
  "endsSentence",
  "endsColon",
  "capitalised",
  "allCaps",
  "stopwords",
  "digits",
  "timeOrDate",
  "linkLike",
  "kickerTitle",
  "separators",
  "noiseWords",
  "top",
  "tail",
  "repeated",
  "neighboursShort",
  "afterProse",
  "beforeProse",
  "shortRun",
  "proseAfter",
  "repeatedLabel",
  "labelInHeader",
  "labelInTail",
  "headlineShaped",
  "nonProseRun",
  "figureRows",
  "caseless",
  "headlineMarks",
  "teaserRun",
] as const;
export type FeatureName = (typeof FEATURES)[number];

const segmenter = new Intl.Segmenter(undefined, { granularity: "word" });

/** The union of the stopword lists of every language in `stopwords-iso` (src/parse/stopword-lists.ts). */
const stopwords = (): { has(lower: string): boolean } => ({ has: isAnyStopword });

/** Whether a word is a stopword of some language (`stopwords-iso`). */
export const isStopword = (word: string) => stopwords().has(word.toLowerCase());

/** Scripts written without spaces between words: only Intl.Segmenter's dictionaries split them. */
const unspaced = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\p{sc=Tibetan}]/u;
const beyondThai = /[^\u0000-\u0dff]/;
/** A word of a script with spaces: letters, marks and digits, with inner apostrophes and hyphens. */
const spacedWord = /[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * The words of a line, in any script: Intl.Segmenter where words are not separated by spaces
 * (Chinese, Japanese, Thai …); elsewhere the same words by letter classes, several times faster.
 */
export function wordsOf(text: string): readonly string[] {
  // (each line is asked by several readers: its words are split once, kept while the line is recent)
  let words = recentWords.get(text);
  if (words === undefined) {
    if (recentWords.size >= 4096) recentWords.clear();
    recentWords.set(text, (words = Object.freeze(splitWords(text))));
  }
  return words;
}
const recentWords = new Map<string, readonly string[]>();
function splitWords(text: string): string[] {
  // (every unspaced script is at U+0E00 or above: a line below it needs no look at the scripts)
  if (!beyondThai.test(text) || !unspaced.test(text)) return text.match(spacedWord) ?? [];
  const out: string[] = [];
  for (const s of segmentsOf(segmenter, text)) if (s.isWordLike) out.push(s.segment);
  return out;
}

/** Per-line facts computed once per article (so the whole pass stays linear). */
export interface LineFacts {
  /** Counts over the line's words (Intl.Segmenter), segmented once. */
  stats: WordStats;
  words: number;
  prose: boolean;
  /** A few words without end punctuation: a label, link or menu item. */
  short: boolean;
}

/**
 * A line's end as a sentence's, in any script: . ! ? and closing quotes, 。！？, the danda । ॥
 * (Devanagari, Bengali), ۔ ؟ (Urdu, Arabic, Persian), ։ (Armenian), ። (Ethiopic), ။ (Burmese),
 * ། (Tibetan). Thai and Lao end a sentence with a space, not a mark: there a line of 15 words
 * or more is a sentence's length (see `spaceEndsSentences`).
 */
export const endsAsSentence = (text: string): boolean => /[.!?。！？…"”»」』।॥۔؟։።။།]$/u.test(text);
const unmarkedSentences = (text: string, words: number): boolean => words >= 15 && spaceEndsSentences.test(text);

export function lineFacts(line: LineLike): LineFacts {
  // (the facts are the text's alone: a line printed again, a short line of a list or a column, is counted once while it is recent;
  // readers never change them: `lineContext` copies a line's facts to mark it prose)
  let facts = recentFacts.get(line.text);
  if (facts === undefined) {
    if (recentFacts.size >= 4096) recentFacts.clear();
    recentFacts.set(line.text, (facts = factsOf(line.text)));
  }
  return facts;
}
const recentFacts = new Map<string, LineFacts>();
function factsOf(text: string): LineFacts {
  const list = wordsOf(text);
  const words = list.length;
  const ends = endsAsSentence(text);
  const prose = words >= 15 && (ends || unmarkedSentences(text, words));
  return { stats: wordStats(list), words, prose, short: words <= 8 && !ends };
}

/** `lineFacts(line).prose` of a line's text, without counting its words' cases and stopwords. */
export function isProse(text: string): boolean {
  if (!endsAsSentence(text) && !spaceEndsSentences.test(text)) return false;
  const words = wordsOf(text).length;
  return words >= 15 && (endsAsSentence(text) || unmarkedSentences(text, words));
}

/**
 * What the features need of a line's words, counted when the line is first read: kept instead
 * of the words themselves (the word lists of a long article were most of what its parse kept alive).
 */
interface WordStats {
  /** Words whose first letter has case, and of them the capitalised ones. */
  cased: number;
  upper: number;
  /** Words that are stopwords of some language. */
  stop: number;
  /** Digits and other characters (code points) in the words. */
  digits: number;
  letters: number;
}

function wordStats(words: readonly string[]): WordStats {
  const stops = stopwords();
  let cased = 0;
  let upper = 0;
  let stop = 0;
  let digits = 0;
  let letters = 0;
  for (const w of words) {
    // (an ASCII first letter is told by its code, without making its lower and upper case)
    const code = w.charCodeAt(0);
    if (code < 128) {
      if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) cased++;
      if (code >= 65 && code <= 90) upper++;
    } else {
      const first = w.charAt(0);
      const lower = first.toLowerCase();
      if (lower !== first.toUpperCase()) {
        cased++;
        if (first !== lower) upper++;
      }
    }
    if (stops.has(w.toLowerCase())) stop++;
    // digits and other characters, counted by code point
    for (let k = 0; k < w.length; k++) {
      const c = w.charCodeAt(k);
      if (c >= 48 && c <= 57) digits++;
      else if (!(c >= 0xdc00 && c <= 0xdfff && k > 0 && w.charCodeAt(k - 1) >= 0xd800 && w.charCodeAt(k - 1) <= 0xdbff)) letters++;
    }
  }
  return { cased, upper, stop, digits, letters };
}

export interface LineContext {
  lines: readonly LineLike[];
  facts: readonly LineFacts[];
  /** How often each line's text occurs in the article. */
  counts: ReadonlyMap<string, number>;
  /** Index of the first and last prose line (-1 when none). */
  firstProse: number;
  lastProse: number;
  /**
   * Index of the story's last sentence (-1 when none): its last prose line, or a sentence of four
   * words or more under it without the page's noise words ("Season tickets will be extended."): the
   * page's tail starts under it (`tail`), not under the last line of fifteen words.
   */
  lastStory: number;
  /** Length of the run of short lines each line is in (0 for a line that is not short). */
  runs: readonly number[];
  /** Length of the run of lines that are not prose each line is in (0 for a prose line). */
  plainRuns: readonly number[];
  /** Share of the article's prose words that come after each line. */
  after: readonly number[];
  /** Whether a line matches a noise phrase or pattern of the lexicon (evidence, not proof). */
  noiseWords: (text: string) => boolean;
  /** Whether each line is a row of a run of figure rows after the first prose line, or the run's head (`figureRows`). */
  rows: readonly boolean[];
  /** Whether each line is in a teaser list: a run of headline-shaped lines with a headline's marks (`teaserList`). */
  teasers: readonly boolean[];
}

/** The fewest rows of a fact box, a table, a timeline or a programme. */
const FIGURE_ROWS = 3;
/**
 * A row of a fact box, a table, a timeline or a programme, in any script ("Population: 214 000",
 * "1987 – ferry enters service", "Mon–Fri 06:40 – first sailing", "总投资：18.6亿元"): a data line
 * (text/list.ts `isDataLine`) or a line with a number among its first two words, of two words or
 * more, one of them a word of letters, with a figure, and no sentence. A share bar's "Facebook :Facebook" has no figure; a player's "00:00", a counter's
 * "2" no words.
 */
function isFigureRow(text: string, f: LineFacts): boolean {
  return f.words >= 2 && f.words <= 14 && /\p{Nd}/u.test(text) && !endsAsSentence(text) && /\p{L}[\p{L}\p{M}]/u.test(text) && (isDataLine(text) || numberOpens(text));
}
/** A number among a line's first two words: a timeline's or a programme's row ("शुक्रवार 3 बजे – …", "Mon–Fri 06:40 – first sailing"). */
const numberOpens = (text: string) => wordsOf(text).slice(0, 2).some((w) => /^\p{Nd}/u.test(w));

/**
 * The lines that are rows of a run of at least three figure rows (blank lines between them
 * allowed), after the story's first prose line, and the run's head right above it: a few words
 * that end no sentence ("Timeline", "工程概况", "Результаты по партиям:"). The page's own figures
 * (a date stamp, a reading time, a player's counter) stand over the story or alone.
 */
function figureRows(lines: readonly LineLike[], facts: readonly LineFacts[], firstProse: number): boolean[] {
  const out = new Array<boolean>(lines.length).fill(false);
  if (firstProse < 0) return out;
  for (let k = firstProse + 1; k < lines.length; ) {
    let end = k;
    while (end < lines.length && isFigureRow((lines[end] as LineLike).text, facts[end] as LineFacts)) end++;
    if (end - k >= FIGURE_ROWS) {
      for (let j = k; j < end; j++) out[j] = true;
      const head = facts[k - 1] as LineFacts | undefined;
      if (k - 1 > firstProse && head && head.words >= 1 && head.words <= 6 && !endsAsSentence((lines[k - 1] as LineLike).text)) out[k - 1] = true;
    }
    k = Math.max(end, k + 1);
  }
  return out;
}

/**
 * A headline's shape, in any script: three to 24 words, no sentence's or clause's end (a stop, a
 * comma, a colon in any script), not prose. A teaser, a link, a subhead, a list's item.
 */
export function headlineShaped(text: string, f: LineFacts): boolean {
  return !f.prose && f.words >= 3 && f.words <= 24 && !/[.!?:;,…。．！？：；，、।॥؟۔።။]["”’»」』)]*$/u.test(text);
}
/** A tag in brackets opening the line ("[단독]", "【速報】", "[Vídeo]", "(VIDEO)"): a portal's label of another story. */
const bracketTag = /^\s*[[【［〔《(（]\s*\p{L}[\p{L}\p{M}\s·]{0,14}[\]】］〕》)）]/u;
/** Quoted words inside a line (‘…’, "…", “…”, «…», 「…」, '…'): a headline's way to put a speaker's words first. */
const quotedWords = /(?:‘[^’]+’|“[^”]+”|"[^"]+"|«[^»]+»|「[^」]+」|『[^』]+』|„[^“”]+[“”]|(?:^|\s)'[^']+'(?=[\s:…,.]|$))/u;
/** An ellipsis inside the line, words on both sides ("시민당 과반…투표율 61%", "'हम झुकेंगे नहीं'... किसान"): a headline's join of two clauses. */
const innerEllipsis = /[\p{L}\p{N}"'’”»」』)\]]\s*(?:…|\.\.\.)\s*["'‘“«「『\[]?[\p{L}\p{N}]/u;
/** A full-width space between two words of a caseless script (Japanese, Chinese): a headline's clause break. */
const wideSpace = /[\p{L}\p{N}]\u3000+[\p{L}\p{N}]/u;
/**
 * The marks a headline carries and the story's copy rarely does on a line of its own: a bracketed
 * tag opening it, quoted words put first or last, an ellipsis joining two clauses, a full-width
 * space between clauses. They hold where capitals and word counts tell nothing (Hangul, Han, kana,
 * Devanagari, Thai, Arabic) and in cased scripts alike.
 */
export function hasHeadlineMarks(text: string): boolean {
  return headlineMarkOf(text) !== null;
}
/** Which headline mark a line carries first (a tag, quoted words, an ellipsis, a full-width space), or null. */
function headlineMarkOf(text: string): "tag" | "quoted" | "ellipsis" | "space" | null {
  // (each expression asked only of a line with the mark it needs: compiled only for a page that has one)
  if ("[【［〔《(（".includes(text.trimStart().charAt(0)) && bracketTag.test(text)) return "tag";
  if (quotedWords.test(text)) return "quoted";
  if ((text.includes("…") || text.includes("...")) && innerEllipsis.test(text)) return "ellipsis";
  return text.includes("\u3000") && wideSpace.test(text) ? "space" : null;
}
/** A list's item as the story prints it: a bullet or a number and its stop opening the line. */
const listItem = /^\s*(?:[-–—•·▪◦‣*]\s|\p{Nd}{1,2}[.)]\s)/u;

/** The fewest lines of a teaser list, and the fewest of them with a headline's marks. */
const TEASER_LINES = 3;
const TEASER_MARKED = 2;
/** The fewest words of each headline of a list glued under a paragraph (a list's items of the story are often shorter). */
const GLUED_WORDS = 4;
/** Whether blank lines part the copy's paragraphs: four in five of its sentence lines (prose, or six words or more and a sentence's end), at least three, come after one. */
function spacedCopy(lines: readonly LineLike[], facts: readonly LineFacts[]): boolean {
  let prose = 0;
  let after = 0;
  for (let k = 1; k < lines.length; k++) {
    if (!(facts[k]?.prose || ((facts[k]?.words ?? 0) >= 6 && endsAsSentence((lines[k] as LineLike).text)))) continue;
    prose++;
    if ((lines[k] as LineLike).afterBlank) after++;
  }
  return prose >= 3 && after >= prose * 0.8;
}
/**
 * A list of other stories' headlines pasted with the page, in the story or after it: a run of
 * three or more headline-shaped lines (blank lines between allowed, no other line), two or more
 * with a headline's marks (`hasHeadlineMarks`), none a row of a fact box or table (`rows`) nor a
 * signature with an address, and not under a lead-in that ends in a colon (a list the story
 * introduces: "Their demands:"); or one marked line among them where the run is glued under a
 * sentence (no blank line) in copy whose paragraphs blank lines part, every line of four words or
 * more. A list of the story's own points has items without such marks, or with the same mark on
 * every item (a list of works: "‘Salt Roads’ by Tom Haldane"), or bullets.
 */
function teaserList(lines: readonly LineLike[], facts: readonly LineFacts[], rows: readonly boolean[]): boolean[] {
  const out = new Array<boolean>(lines.length).fill(false);
  let isSpaced: boolean | undefined;
  for (let k = 0; k < lines.length; ) {
    let end = k;
    let marked = 0;
    const kinds = new Set<string>();
    // (a line with an address, the reporter's "Name 기자 name@paper.kr", is a sign-off, no headline; a bulleted line is the story's list)
    while (end < lines.length && !rows[end] && headlineShaped((lines[end] as LineLike).text, facts[end] as LineFacts) && !(lines[end] as LineLike).text.includes("@") && !listItem.test((lines[end] as LineLike).text)) {
      const mark = headlineMarkOf((lines[end] as LineLike).text);
      if (mark !== null) {
        marked++;
        kinds.add(mark);
      }
      end++;
    }
    // (every line marked alike, each a quoted title, is a list of works the story names: teasers mix their marks)
    if (marked === end - k && kinds.size === 1) marked = 0;
    const leadIn = k > 0 && /[:：]\s*$/u.test((lines[k - 1] as LineLike).text);
    // (or glued, without a blank line, under a sentence of copy whose paragraphs blank lines part: a widget pasted into a paragraph)
    const glued = marked >= 1 && k > 0 && !(lines[k] as LineLike).afterBlank && endsAsSentence((lines[k - 1] as LineLike).text) && (facts[k - 1] as LineFacts).words >= 6 && facts.slice(k, end).every((f) => f.words >= GLUED_WORDS) && (isSpaced ??= spacedCopy(lines, facts));
    if (end - k >= TEASER_LINES && (marked >= TEASER_MARKED || glued) && !leadIn) for (let j = k; j < end; j++) out[j] = true;
    k = Math.max(end, k + 1);
  }
  return out;
}

/** The fewest words of a sentence of the story under its last prose line (`lastStory`). */
const STORY_SENTENCE_WORDS = 4;
/** A statement's full stop, in any script, a quote's mark after it allowed: not a question's mark nor a closing quote alone, which a teaser's headline ends with ("…如何？", "香港廉署“已就…立案”"). */
const statementEnd = /[.!。！।॥۔։።။།]["”’»」』)]?$/u;
/** A statement of four words or more (`statementEnd`): a sentence the story may end with, however short. */
export const isStatement = (text: string, words: number): boolean => words >= STORY_SENTENCE_WORDS && statementEnd.test(text);
/** Prose's fewest words in a language of words of about five letters (English, French, Spanish …). */
const PROSE_WORDS = 15;
/** The fewest words of prose in a language of long words (Turkish, Finnish, Hungarian, Korean). */
const PROSE_WORDS_MIN = 9;
const SHORT_WORD = 5;
/** A Hangul syllable holds two or three letters of an alphabet: counted as 2.5. */
const hangul = /[\uac00-\ud7a3]/u;
/**
 * The fewest words of a prose line in this article: fifteen words of about five letters, fewer
 * where the words are longer (an agglutinative language says in ten words what English says in
 * fifteen: "Meteoroloji, rüzgarın öğleden sonra hafifleyeceğini bildirdi."), by the article's mean
 * letters per word over its lines of six words or more (a Hangul syllable as 2.5 letters; lines
 * of scripts without spaces, whose words Intl.Segmenter makes, are not counted and keep fifteen).
 */
export function proseWordsOf(lines: readonly LineLike[], facts: readonly LineFacts[]): number {
  let letters = 0;
  let words = 0;
  for (let k = 0; k < facts.length; k++) {
    const f = facts[k] as LineFacts;
    if (f.words < 6) continue;
    const text = (lines[k] as LineLike).text;
    if (beyondThai.test(text) && unspaced.test(text)) continue;
    letters += f.stats.letters * (hangul.test(text) ? 2.5 : 1);
    words += f.words;
  }
  if (words < 60) return PROSE_WORDS;
  return Math.max(PROSE_WORDS_MIN, Math.min(PROSE_WORDS, Math.round((PROSE_WORDS * SHORT_WORD * words) / letters)));
}

export function lineContext(lines: readonly LineLike[], noiseWords: (text: string) => boolean): LineContext {
  const facts = lines.map(lineFacts);
  // (in a language of long words a prose line has fewer of them)
  const least = proseWordsOf(lines, facts);
  if (least < PROSE_WORDS) {
    for (let k = 0; k < facts.length; k++) {
      const f = facts[k] as LineFacts;
      const text = (lines[k] as LineLike).text;
      if (!f.prose && f.words >= least && (endsAsSentence(text) || unmarkedSentences(text, f.words)) && !(beyondThai.test(text) && unspaced.test(text))) facts[k] = { ...f, prose: true };
    }
  }
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(l.text, (counts.get(l.text) ?? 0) + 1);
  const firstProse = facts.findIndex((f) => f.prose);
  let lastProse = -1;
  for (let k = facts.length - 1; k >= 0; k--) if (facts[k]?.prose) {
    lastProse = k;
    break;
  }
  let lastStory = lastProse;
  for (let k = facts.length - 1; k > lastProse && lastProse >= 0; k--) {
    const text = (lines[k] as LineLike).text.trim();
    if (isStatement(text, (facts[k] as LineFacts).words) && !noiseWords(text)) {
      lastStory = k;
      break;
    }
  }
  const runs = new Array<number>(lines.length).fill(0);
  for (let k = 0; k < facts.length; ) {
    let end = k;
    while (facts[end]?.short) end++;
    for (let j = k; j < end; j++) runs[j] = end - k;
    k = Math.max(end, k + 1);
  }
  const plainRuns = new Array<number>(lines.length).fill(0);
  for (let k = 0; k < facts.length; ) {
    let end = k;
    while (end < facts.length && !facts[end]?.prose) end++;
    for (let j = k; j < end; j++) plainRuns[j] = end - k;
    k = Math.max(end, k + 1);
  }
  const proseWords = facts.reduce((a, f) => a + (f.prose ? f.words : 0), 0);
  const after = new Array<number>(lines.length).fill(0);
  for (let k = facts.length - 2, sum = 0; k >= 0; k--) {
    const next = facts[k + 1] as LineFacts;
    sum += next.prose ? next.words : 0;
    after[k] = proseWords ? sum / proseWords : 0;
  }
  const rows = figureRows(lines, facts, firstProse);
  return { lines, facts, counts, firstProse, lastProse, lastStory, runs, plainRuns, after, noiseWords, rows, teasers: teaserList(lines, facts, rows) };
}

/** The feature vector of line `i` (in the order of FEATURES). */
export function lineFeatures(ctx: LineContext, i: number): number[] {
  const line = ctx.lines[i] as LineLike;
  const text = line.text;
  const facts = ctx.facts[i] ?? lineFacts(line);
  const n = facts.words;
  const { cased, upper, stop, digits, letters } = facts.stats;
  const label = ctx.facts[i]?.short === true;
  return [
    1,
    Math.log1p(n) / 4,
    n <= 3 ? 1 : 0,
    n >= 25 ? 1 : 0,
    /[.!?。！？…"”»」』)]$/u.test(text) ? 1 : 0,
    /[:：]$/u.test(text) ? 1 : 0,
    cased ? upper / cased : 0,
    // (a line with a small ASCII letter is not all capitals: no need to make its upper case)
    letters > 3 && /\p{Lu}/u.test(text) && !/[a-z]/.test(text) && text === text.toLocaleUpperCase() ? 1 : 0,
    n ? stop / n : 0,
    digits / Math.max(1, digits + letters),
    /\d{1,2}[:.h]\d{2}\b|\b(19|20)\d{2}\b|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}/u.test(text) ? 1 : 0,
    /https?:\/\/|www\.|@\w|[›»>→]$|^[‹«<←]/u.test(text) ? 1 : 0,
    (text.includes(":") || text.includes("：")) && /^[^:：.!?]{1,40}[:：]\s*\S/u.test(text) && !/[:：]$/u.test(text) ? 1 : 0,
    /\s[|·•]\s|\s\/\s/u.test(text) ? 1 : 0,
    ctx.noiseWords(text) ? 1 : 0,
    ctx.firstProse < 0 || i < ctx.firstProse ? 1 : 0,
    ctx.lastStory >= 0 && i > ctx.lastStory ? 1 : 0,
    (ctx.counts.get(text) ?? 1) > 1 ? 1 : 0,
    (ctx.facts[i - 1]?.words ?? 0) <= 6 && (ctx.facts[i + 1]?.words ?? 0) <= 6 ? 1 : 0,
    ctx.facts[i - 1]?.prose ? 1 : 0,
    ctx.facts[i + 1]?.prose ? 1 : 0,
    Math.log1p(ctx.runs[i] ?? 0) / 2,
    ctx.after[i] ?? 0,
    // a label (a few words, no sentence) that repeats, or stands before or after the prose
    label && (ctx.counts.get(text) ?? 1) > 1 ? 1 : 0,
    label && (ctx.firstProse < 0 || i < ctx.firstProse) ? 1 : 0,
    label && ctx.lastStory >= 0 && i > ctx.lastStory ? 1 : 0,
    // a headline's shape (three to 24 words, no sentence's or clause's end in any script): a teaser, a link
    n >= 3 && n <= 24 && !/[.!?:;,…。．！？：；，、।॥؟۔።။]["”’»」』)]*$/u.test(text) ? 1 : 0,
    Math.log1p(ctx.plainRuns[i] ?? 0) / 3,
    ctx.rows[i] ? 1 : 0,
    // a line of letters none of which has case (Hangul, Han, kana, Devanagari, Thai, Arabic): its capitals tell nothing
    cased === 0 && letters > 0 ? 1 : 0,
    headlineShaped(text, facts) && hasHeadlineMarks(text) ? 1 : 0,
    ctx.teasers[i] ? 1 : 0,
  ];
}
