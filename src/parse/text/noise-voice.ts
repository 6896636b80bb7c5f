/**
 * The page's furniture written in sentences: the newsletter's pitch between the header and the
 * lede ("Get the day's top stories in your inbox every morning."), the paywall's count ("You have
 * 3 free articles left this month."), the app's and the podcast's promos among the paragraphs, and
 * after the story the notes the page adds to every article: where it was first published, the
 * opinion disclaimer, the comment and corrections policies, the author's bio with an address. Real
 * furniture is long and reads like prose, so no one feature tells it; the evidence, which holds in
 * any language, is the page's own things named (an article, a subscription, an inbox, an app,
 * comments: `pageWordCount`) together with the page's voice (the reader addressed, "you", "Sie",
 * "당신"; the article named as itself, "this article", "この記事"; a call to act, "Subscribe",
 * "Hazte suscriptor"), and the line's place: before the story's first sentence or after its last.
 * Among the story's paragraphs a line needs more: a call to act, or the page's "our" with two of
 * its things, in a paragraph of its own. Never a quote (marks, a speech dash), a sentence
 * reported by someone (", the council says."), or a desk's endnote ("X contributed to this report").
 */
import { addressesReader, callVerbAt, pageWordCount, refersToItself, speaksAsPage } from "../lexicon/interface-words.js";
import { endsAsSentence, wordsOf, type LineLike } from "../lines/features.js";
import { isEndnote } from "./endnote.js";
import { reportedAtEnd } from "./noise-proof.js";

/** The most words of a line of the page's furniture: a note of a few sentences, not a paragraph of the story. */
const VOICE_WORDS = 60;
/** The most words of a pitch among the story's paragraphs. */
const PITCH_WORDS = 40;
/** The fewest words of a line read here: a shorter line is a label or a button, read by other rules. */
const VOICE_MIN_WORDS = 5;
const quoteMarks = /["“”„«»「」『』‹›]/u;
/** A speech dash opening the line: a quote, as Nordic and many European papers print them. */
const speechDash = /^\s*[–—-]\s/u;
/** A sentence's end, where the line is cut into sentences to find a call opening one. */
const sentenceCut = /(?<=[.!?。！？।؟])\s*/u;

export interface PageVoice {
  /** How many of the page's own things the line names. */
  page: number;
  /** The line addresses the reader. */
  reader: boolean;
  /** The line speaks as the page, of its own things ("our", "unserer"). */
  ours: boolean;
  /** The line names the article itself. */
  itself: boolean;
  /** A sentence of the line opens with a verb of the call, or the line closes with one. */
  call: boolean;
}

/** What of the page's voice a line has, or null for a line that cannot be the page's note (too short or long, a quote, a report, an endnote, naming none of the page's things). */
export function pageVoice(text: string): PageVoice | null {
  const line = text.trim();
  const words = wordsOf(line);
  if (words.length < VOICE_MIN_WORDS || words.length > VOICE_WORDS || quoteMarks.test(line) || speechDash.test(line)) return null;
  const page = pageWordCount(line, words);
  if (page === 0 || reportedAtEnd(line) || isEndnote(line)) return null;
  const sentences = line.split(sentenceCut).filter((s) => s !== "");
  const call = sentences.length <= 4 && sentences.some((s) => callVerbAt(s.replace(/[.!?。！？।؟]+$/u, "")) !== null);
  return { page, reader: addressesReader(line, words), ours: speaksAsPage(line, words), itself: refersToItself(line), call };
}

/** A line whose voice is the page's wherever it stands in its header or tail: the page's things named in its own voice. */
const pagesOwn = (v: PageVoice): boolean => v.reader || v.itself || v.call;
/**
 * Among the story's paragraphs: a call to act on the page's thing, the page speaking of two of its
 * own things ("our … podcast … your podcasts", "Artikel auf unserer Seite"), or the article named
 * to the reader (a column's "our council … an app" names one). A
 * story's advice to its reader about an app ("If you have a smartphone, download the council's app")
 * says "you" of someone else's things, and stays.
 */
const pitch = (v: PageVoice): boolean => v.call || (v.ours && v.page >= 2) || (v.itself && v.reader);

/**
 * For each line, why it is the page's furniture in sentences, or null. `noise` tells a line
 * already read as noise, `prose` a line of the story's length, `isMeta` a byline or a date line.
 * `spaced`: the copy sets its paragraphs apart with blank lines (else every line is a paragraph).
 */
export function pageVoiceLines(lines: readonly LineLike[], prose: (k: number) => boolean, noise: (k: number) => boolean, isMeta: (text: string) => boolean, spaced: boolean): (string | null)[] {
  const out = new Array<string | null>(lines.length).fill(null);
  const voices = lines.map((l) => pageVoice(l.text));
  const own = (k: number) => {
    const v = voices[k];
    return v !== null && v !== undefined && pagesOwn(v);
  };
  const names = headerNames(lines, prose, isMeta);
  const bios = lines.map((l) => bioOf(l, names));
  // the story's sentences: a line of the story's length, or a sentence of six words or more, that is not the page's
  const story = (k: number) => {
    if (noise(k) || own(k) || bios[k] || (voices[k]?.page ?? 0) >= 2) return false;
    const text = (lines[k] as LineLike).text.trim();
    return prose(k) || (endsAsSentence(text) && wordsOf(text).length >= 6 && !isMeta(text));
  };
  let start = 0;
  while (start < lines.length && !(prose(start) && story(start))) start++;
  if (start >= lines.length) return out;
  let end = lines.length - 1;
  while (end > start && !story(end)) end--;
  const alone = (k: number) => !spaced || ((k === 0 || (lines[k] as LineLike).afterBlank) && (k + 1 >= lines.length || (lines[k + 1] as LineLike).afterBlank));
  for (let k = 0; k < lines.length; k++) {
    const v = voices[k];
    if (noise(k)) continue;
    // (right under the story's last sentence or the page's furniture: a short line between them may be the story's, and the bio under it too)
    if (k > end && bios[k] && (k - 1 === end || noise(k - 1) || out[k - 1] !== null)) out[k] = "the author's bio after the story (it opens with the byline's name)";
    if (v === null || v === undefined) continue;
    if (k < start && pagesOwn(v)) out[k] = "the page's note between its header and the story (it names the page's things in the page's voice)";
    else if (k > end && (pagesOwn(v) || v.page >= 2)) out[k] = "the page's note after the story (it names the page's things)";
    else if (k > start && k < end && alone(k) && pitch(v) && wordsOf((lines[k] as LineLike).text).length <= PITCH_WORDS) out[k] = "the page's pitch among the story's paragraphs (a call to act on the page's things, or the reader addressed about them)";
  }
  return out;
}

/** The first two words of each byline or date line of the header (over the story's first sentence): the name a bio opens with. */
function headerNames(lines: readonly LineLike[], prose: (k: number) => boolean, isMeta: (text: string) => boolean): Set<string> {
  const names = new Set<string>();
  const meta = (k: number) => k >= 0 && k < lines.length && isMeta((lines[k] as LineLike).text);
  for (let k = 0; k < lines.length && !prose(k); k++) {
    const text = (lines[k] as LineLike).text;
    const words = wordsOf(text);
    if (words.length < 2 || words.length > 8) continue;
    // (a byline, or in a script without capitals a few words without figures beside the date line: "राकेश तिवारी, लखनऊ" over "अपडेटेड: 05 दिसंबर 2026")
    const byline = meta(k) || (words.length <= 4 && !/\p{Nd}/u.test(text) && !/\p{Lu}/u.test(text) && (meta(k - 1) || meta(k + 1)));
    if (!byline) continue;
    for (let w = 0; w + 1 < words.length; w++) names.add(`${words[w]} ${words[w + 1]}`);
  }
  return names;
}

/**
 * An author's bio after the story, without its box's title: a line of one to three sentences that
 * opens with two words of the header's byline ("Maya Okafor is a former librarian …", "राकेश तिवारी
 * … लिखते हैं।"), no quote and no endnote ("Maya Okafor contributed to this report.").
 */
function bioOf(line: LineLike, names: ReadonlySet<string>): boolean {
  if (names.size === 0) return false;
  const text = line.text.trim();
  const words = wordsOf(text);
  if (words.length < VOICE_MIN_WORDS || words.length > VOICE_WORDS || !endsAsSentence(text) || quoteMarks.test(text)) return false;
  return names.has(`${words[0]} ${words[1]}`) && !isEndnote(text);
}
