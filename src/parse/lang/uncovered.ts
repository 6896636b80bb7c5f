/**
 * Languages the n-gram detector cannot name. ELD's 60 languages leave out Indonesian (it answers
 * Malay for it), Swahili, Hausa, Somali, Afrikaans, Zulu and others written in the Latin script.
 * Two kinds of evidence, both data:
 * - stopword density (the multilingual `stopwords-iso` lists, as jusText uses them): where the
 *   detector is unsure or silent, a language whose function words make up a good share of the
 *   words is the text's language;
 * - Indonesian and Malay are one language in two standard spellings: the words that differ
 *   (`pemerintah`/`kerajaan`, `mengatakan`/`berkata`, `karena`/`kerana` …) tell them apart. Where
 *   they do not, Indonesian, by far the larger press, is the answer.
 */
import { stopwordList } from "../stopword-lists.js";

/** Languages of `stopwords-iso` that the detector does not know (its 60 cover the rest). */
const notInDetector = ["id", "sw", "ha", "so", "af", "zu", "st", "yo", "la", "eo", "ga", "br", "gl"];

/** A share of function words this high says the language (news prose: 0.3–0.5 in its own language). */
const minDensity = 0.2;

/** Standard spellings where Indonesian and Malay differ: the Indonesian words, then the Malay ones. */
const indonesianWords = ["pemerintah", "mengatakan", "karena", "uang", "saja", "yaitu", "bisa", "proyek", "polisi", "kantor", "mobil", "kepolisian", "sekarang", "aktivitas", "kualitas", "universitas", "kebijakan", "tapi", "mengungkapkan"];
const malayWords = ["kerajaan", "berkata", "kerana", "wang", "sahaja", "iaitu", "projek", "polis", "pejabat", "baharu", "aktiviti", "kualiti", "universiti", "manakala", "mendedahkan", "hospital"];

/**
 * Nepali, which ELD does not know and reads as Hindi (both in Devanagari): the function words
 * where the two differ, Nepali's (छ, छन्, थियो, "and" र …) then Hindi's (है, हैं, था, "and" और …).
 */
const nepaliWords = ["छ", "छन्", "थियो", "थिए", "भएको", "गरेको", "गरेका", "र", "पनि", "लागि", "हुने", "गर्न", "बताए", "बताउनुभयो", "भने", "यो", "त्यो", "सक्ने"];
const hindiWords = ["है", "हैं", "था", "थी", "थे", "और", "में", "की", "के", "ने", "से", "भी", "लिए", "यह", "वह", "गया", "किया", "कहा"];

/** Hindi, or Nepali where Nepali's function words outnumber Hindi's. */
export function hindiOrNepali(text: string): "hi" | "ne" {
  let ne = 0;
  let hi = 0;
  for (const w of wordsOf(text)) {
    if (nepali.has(w)) ne++;
    else if (hindi.has(w)) hi++;
  }
  return ne >= 2 && ne > hi ? "ne" : "hi";
}
const nepali = new Set(nepaliWords);
const hindi = new Set(hindiWords);

const segmenter = new Intl.Segmenter("und", { granularity: "word" });
const sets = new Map<string, Set<string> | undefined>();
/** `lang`'s stopwords as a set, made when first asked for (a text needs a few of the 120 lists). */
const stopwords = (lang: string): Set<string> | undefined => {
  if (!sets.has(lang)) {
    const words = stopwordList(lang);
    sets.set(lang, words && new Set(words));
  }
  return sets.get(lang);
};

const wordsOf = (text: string) => {
  const lower = text.toLowerCase();
  return (
    latinWords(lower) ??
    Array.from(segmenter.segment(lower))
      .filter((s) => s.isWordLike)
      .map((s) => s.segment)
  );
};

// Kinds of character for `latinWords`: a letter, a digit, a mark that joins two letters (`a.b`,
// `l’homme`, `a:b`), two digits (`1,5`) or both (`.`, `'`), a mark that parts words, and any other.
const LETTER = 1;
const DIGIT = 2;
const JOINS_LETTERS = 4;
const JOINS_DIGITS = 8;
const PARTS = 16;
const partingMarks = new Set([..." \n!\"()-?/%&[]<>{}“”«»–—…„•*#|+=$€£~^§°±"].map((c) => c.charCodeAt(0)));
function kindOf(c: number): number {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return LETTER;
  if (c >= 48 && c <= 57) return DIGIT;
  // Latin-1 and Latin Extended-A/B letters (not × and ÷)
  if (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) return LETTER;
  if (c === 46 || c === 39 || c === 0x2019 || c === 0x2018) return JOINS_LETTERS | JOINS_DIGITS; // . ' ’ ‘
  if (c === 58 || c === 0xb7) return JOINS_LETTERS; // : ·
  if (c === 44 || c === 59) return JOINS_DIGITS; // , ;
  return partingMarks.has(c) ? PARTS : 0;
}

/**
 * The words of Latin-script text of letters, digits and common marks exactly as the word segmenter
 * gives them (Unicode's word rules: letters and digits run together, a mark joins two letters or two
 * digits as above), without it (a segmenter walk of the sample cost a third of reading an article);
 * null for text with any other character, which the segmenter reads.
 */
export function latinWords(text: string): string[] | null {
  const words: string[] = [];
  let start = -1;
  for (let k = 0; k < text.length; k++) {
    const kind = kindOf(text.charCodeAt(k));
    if (kind === LETTER || kind === DIGIT) {
      if (start < 0) start = k;
      continue;
    }
    if (kind === 0) return null;
    if (start >= 0 && kind !== PARTS) {
      const before = kindOf(text.charCodeAt(k - 1));
      const after = k + 1 < text.length ? kindOf(text.charCodeAt(k + 1)) : 0;
      if ((kind & JOINS_LETTERS && before === LETTER && after === LETTER) || (kind & JOINS_DIGITS && before === DIGIT && after === DIGIT)) continue;
    }
    if (start >= 0) words.push(text.slice(start, k));
    start = -1;
  }
  if (start >= 0) words.push(text.slice(start));
  return words;
}

/** Each stopword of the languages the detector does not know → the numbers of those languages in `notInDetector`. */
let uncovered: Map<string, number[]> | undefined;
function uncoveredIndex(): Map<string, number[]> {
  if (!uncovered) {
    uncovered = new Map();
    for (const [i, lang] of notInDetector.entries()) {
      for (const word of stopwords(lang) ?? []) {
        const langs = uncovered.get(word);
        if (langs) langs.push(i);
        else uncovered.set(word, [i]);
      }
    }
  }
  return uncovered;
}

/** The share of `words` that are `lang`'s stopwords. */
function density(words: string[], lang: string): number {
  const set = stopwords(lang);
  if (!set || words.length === 0) return 0;
  let n = 0;
  for (const w of words) if (set.has(w)) n++;
  return n / words.length;
}

/** Indonesian or Malay, by the spellings that differ (ties: Indonesian). */
export function indonesianOrMalay(text: string): "id" | "ms" {
  const words = new Set(wordsOf(text));
  const id = indonesianWords.filter((w) => words.has(w)).length;
  const ms = malayWords.filter((w) => words.has(w)).length;
  return ms > id ? "ms" : "id";
}

/**
 * The detector's answer corrected for the languages it cannot name: `detected` is its language
 * (null when it could not tell or was unsure). Returns the language to use, or null.
 */
export function correctForUncovered(sample: string, detected: string | null): string | null {
  if (detected === "ms" || detected === "id") return indonesianOrMalay(sample);
  if (detected === "hi") return hindiOrNepali(sample);
  const words = wordsOf(sample);
  if (words.length < 5) return detected;
  // each word looked up once for all the languages
  const hits = new Array<number>(notInDetector.length).fill(0);
  const index = uncoveredIndex();
  for (const w of words) {
    const langs = index.get(w);
    if (langs) for (const i of langs) hits[i] = (hits[i] as number) + 1;
  }
  let best: [string, number] = ["", 0];
  for (const [i, lang] of notInDetector.entries()) {
    const d = stopwords(lang) ? (hits[i] as number) / words.length : 0;
    if (d > best[1]) best = [lang, d];
  }
  if (best[1] < minDensity) return detected;
  // a language the detector knows, read with confidence, keeps its answer unless another's
  // function words clearly outnumber its own
  if (detected && density(words, detected) >= best[1] * 0.75) return detected;
  return best[0] === "id" ? indonesianOrMalay(sample) : best[0];
}
