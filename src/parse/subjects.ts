/**
 * Speakers in scripts without capital letters, where a name cannot be told by its case: the
 * subject before a speech verb or the particle that marks it (Japanese `岸田首相は「…」と述べた`,
 * Korean `윤 대통령은 "…"라고 말했다`, Hindi `मोदी ने कहा`, Arabic `قال البشير:`, Chinese
 * `梁振英在…说：`). Also: whether a clause holds a verb of saying at all, in any language listed.
 */
import type { Subject } from "./attribution.js";
import { perLexicon, type Lexicon } from "./lexicon/index.js";
import { allComplementisers, allQuotatives, bodyPrepositions, impersonalVerbs, allSpeechDeterminers, allSpeechPronouns, allSpeechStops, allSpeechVerbs, conjunctions, genitives, speechWords, verbFinalVerbs } from "./lexicon/speech.js";
import { segmentsOf, unspacedScript } from "./segments.js";


interface VerbTable {
  /** Verbs of one word, in lower case. */
  single: Set<string>;
  /** Verbs of several words, as words. */
  multi: string[][];
  /** Verbs in scripts written without spaces, found inside the text. */
  inside: string[];
}

const verbTable = perLexicon((lex): VerbTable => {
  const table: VerbTable = { single: new Set(), multi: [], inside: [] };
  for (const verb of new Set([...lex.speechVerbs, ...allSpeechVerbs])) {
    const lower = verb.toLocaleLowerCase();
    if (unspacedScript.test(verb)) table.inside.push(verb);
    else if (lower.includes(" ")) table.multi.push(lower.split(" "));
    else table.single.add(lower);
  }
  return table;
});

/** Words of a clause, lower case, without the punctuation around them. */
const wordsOf = (clause: string) =>
  clause
    .toLocaleLowerCase()
    .split(/\s+/u)
    .map((w) => w.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ""))
    .filter(Boolean);

/** Arabic glues "and" or "so" to the verb (وقال, فقال), Hebrew "and" (ואמר, והוסיפה). */
const arabicPrefix = /^(?:[وف](?=\p{Script=Arabic}{3})|ו(?=\p{Script=Hebrew}{3}))/u;
/** Scripts that space phrases, not words (Thai, Lao, Khmer, Burmese). */
const phraseSpaced = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/** Subject markers glued to the phrase they close in those scripts (Burmese က), from the speech data. */
const gluedMarkers = Object.values(speechWords).flatMap((w) => (w.subjectMarkers ?? []).filter((m) => phraseSpaced.test(m)));

/** Whether `clause` holds a verb of saying of any listed language. */
export function hasSpeechVerb(clause: string, lex: Lexicon): boolean {
  return speechVerbAt(wordsOf(clause), lex) >= 0 || verbTable(lex).inside.some((v) => clause.includes(v));
}

/** Index of the first word that is (or starts) a verb of saying, or -1. */
function speechVerbAt(words: string[], lex: Lexicon): number {
  const table = verbTable(lex);
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? "";
    if (table.single.has(w) || table.single.has(w.replace(arabicPrefix, ""))) return i;
    if (table.multi.some((m) => m.every((part, k) => words[i + k] === part))) return i;
  }
  return -1;
}

const koreanParticle = /^(.+?)(?:은|는|이|가)$/u;
const koreanAlso = /^(.{2,}?)(?:도|께서)$/u;
/** Urdu and Hindi "according to" closing a lead-in, its postposition before it (کے مطابق, के मुताबिक, के अनुसार). */
const accordingTo = /^(.*\S)\s+(?:کے|کی|के|की)\s+(?:مطابق|मुताबिक|अनुसार)$/u;
const japaneseSubject = /^([^、。，「」『』\s]{1,20}?)(?:は|が)(?:[、,]|$)?/u;
const chineseSubject = /^([\p{Script=Han}·]{2,12}?)(?=在|说|說|表示|称|稱|指出|强调|強調|对|對|向|于|於|则|則|也|还|還|认为|認為|回应|回應|接受|告诉|告訴|补充|補充|介绍|介紹|坦言|直言|解释|解釋|[，：,:])/u;
/** A title and a name opening a sentence before a time word (市长王建国周一召开…). */
const chineseOpening = /^([\p{Script=Han}·]{2,6}?)(?=周[一二三四五六日]|星期|今天|昨天|今日|昨日|日前|近日|上午|下午|早前|[，,])/u;

/** The subject opening a sentence in Chinese that holds no verb of saying (市长王建国周一召开记者会。). */
export function hanOpening(sentence: string, lex: Lexicon): Subject | null {
  if (!/^\p{Script=Han}/u.test(sentence) || /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(sentence) || hasSpeechVerb(sentence, lex)) return null;
  const m = chineseOpening.exec(sentence);
  return m && !caselessPronouns.has(m[1] ?? "") ? name(m[1] ?? "") : null;
}
/** Subject markers in Devanagari that stand alone (Hindi ने) and that are glued to the word (Nepali ले), from the speech data. */
const devanagariMarkers = new Set(speechWords.hi?.subjectMarkers ?? []);
const gluedDevanagari = speechWords.ne?.subjectMarkers ?? [];
const arabicStops = new Set(["إن", "ان", "أن", "إنه", "انه", "أنه", "في", "خلال", "إلى", "الى", "على", "لـ", "ل"]);

/**
 * The speaker named in a lead-in written in a script without case, or null. Read only where the
 * lead-in or the clause after the quote holds a verb of saying (the caller checks).
 */
export function caselessSubject(lead: string, lex: Lexicon): Subject | null {
  const text = lead.trim().replace(/[:：,，;]\s*$/u, "");
  // "according to" after its postposition (ترجمان کے مطابق, प्रवक्ता के मुताबिक): the words before them, from the clause's start
  const according = accordingTo.exec(text);
  if (according) {
    const words = (according[1] ?? "").split(/\s+/u).filter(Boolean);
    let from = words.length;
    while (from > 0 && words.length - from < 5 && !/[,،।۔]$/u.test(words[from - 1] ?? "")) from--;
    // (a phrase of a body and a role, "واٹر بورڈ کے ترجمان", kept whole: no name's last two words)
    if (from < words.length) return { text: words.slice(from).join(" "), kind: "role" };
  }
  if (/\p{Script=Hangul}/u.test(text)) {
    const words = text.split(/\s+/u).slice(0, 5);
    for (let i = 0; i < words.length; i++) {
      const m = koreanParticle.exec(words[i] ?? "");
      // (the honorific marker before it is no part of the name: "대통령께서는")
      if (m && (words[i] ?? "").length >= 2) return name([...words.slice(0, i), (m[1] ?? "").replace(/께서$/u, "")].join(" "));
    }
    // "관계자도", "이 교수께서": "also" or the honorific marker, on the lead-in's last word only ("제주도" is a place)
    const last = words.length === text.split(/\s+/u).length ? koreanAlso.exec(words.at(-1) ?? "") : null;
    return last ? name([...words.slice(0, -1), last[1] ?? ""].join(" ")) : null;
  }
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) {
    // the subject opens the lead-in, or follows a role set off before it ("地元の町内会長、佐藤和子さんは取材に")
    for (const part of text.split("、").slice(0, 3)) {
      const m = japaneseSubject.exec(part);
      if (m && /[\p{Script=Han}\p{Script=Katakana}]/u.test(m[1] ?? "")) return name(m[1] ?? "");
    }
    return null;
  }
  if (/\p{Script=Han}/u.test(text)) {
    const m = chineseSubject.exec(text);
    return m ? name(m[1] ?? "") : null;
  }
  if (/\p{Script=Devanagari}/u.test(text)) {
    const words = text.split(/\s+/u);
    const at = words.findIndex((w) => devanagariMarkers.has(w));
    // Nepali glues its marker to the subject's last word (शिक्षा मन्त्री सीता गुरुङले): the words to it, the marker off
    if (at < 0) {
      const glued = words.findIndex((w) => gluedDevanagari.some((m) => w.endsWith(m) && w.length > m.length + 1));
      if (glued < 0) return null;
      const word = words[glued] ?? "";
      if (caselessPronouns.has(word)) return name(word);
      const marker = gluedDevanagari.find((m) => word.endsWith(m)) ?? "";
      let from = glued;
      while (from > 0 && glued - from < 4 && !/[,،।]$/u.test(words[from - 1] ?? "")) from--;
      return name([...words.slice(from, glued), word.slice(0, -marker.length)].join(" "));
    }
    if (at <= 0) return null;
    let from = at - 1;
    while (from > 0 && at - from < 3 && !/[,،।]$/u.test(words[from - 1] ?? "")) from--;
    return name(words.slice(from, at).join(" "));
  }
  if (/\p{Script=Arabic}/u.test(text)) {
    const raw = text.split(/\s+/u);
    const verb = speechVerbAt(wordsOf(text), lex);
    if (verb < 0) return null;
    // Persian, Urdu put the verb last: the subject opens the clause (or stands before نے)
    if (verb > 0 && verbFinalVerbs.has(wordsOf(raw[verb] ?? "")[0] ?? "")) return subjectOpening(raw.slice(0, verb));
    if (verb === 0 || /[.،,:؛]$/u.test(raw[verb - 1] ?? "")) {
      const person = arabicPerson(raw.slice(verb + 1));
      if (person) return name(person);
      const after: string[] = [];
      for (const w of raw.slice(verb + 1, verb + 6)) {
        const bare = w.replace(/[\p{P}]+$/u, "");
        if (arabicStops.has(bare) || !bare) break;
        after.push(bare);
        if (bare !== w) break;
      }
      return after.length ? name(after.join(" ")) : null;
    }
    return name(raw.slice(Math.max(0, verb - 4), verb).join(" ").replace(/^.*[.،,:؛]\s*/u, ""));
  }
  return null;
}

/** The Arabic article, with a preposition or "and" glued before it (ال, وال, بال, لل): a word of a role, rarely a given name. */
export const arabicDefinite = /^(?:[وفبك]?ال|لل)\p{Script=Arabic}{2,}/u;
/** Words that join a role to its complement or end the phrase: prepositions, "in the name of" (المتحدث باسم الوزارة). */
const arabicLinks = new Set([...arabicStops, "باسم", "من", "عن", "مع", "لدى", "عند", "بعد", "قبل", "أمس", "اليوم"]);

/**
 * The person at the end of the subject after an Arabic verb of saying, where a role glued before
 * the name ends in a word with the article and the name opens without it (قال المتحدث باسم وزارة
 * المياه أحمد الخطيب, قالت الساكنة في حي النور فاطمة الزهراني, قال وزير النقل خالد الحسن): the
 * two or three words from there to the end of the phrase. Also the name set off by commas after
 * the role (يقول صاحب مخبز في الحي، سامي العلي، إنه …). Null when the phrase holds no such name
 * (قال المتحدث باسم الحكومة, قال الأمين العام للأمم المتحدة, قالت وزارة الصحة).
 */
function arabicPerson(words: readonly string[]): string | null {
  const phrase: string[] = [];
  let ended = false;
  let next = 0;
  for (const w of words.slice(0, 9)) {
    next++;
    const bare = w.replace(/[\p{P}]+$/u, "");
    // (a complementiser ends the subject: "… أحمد الخطيب إن فرق الصيانة …")
    if (!bare || allComplementisers.has(bare)) {
      ended = true;
      break;
    }
    phrase.push(bare);
    if (bare !== w) {
      ended = true;
      break;
    }
  }
  if (!ended && next < words.length) return null;
  const split = arabicNameAt(phrase);
  if (split) return split;
  // the role, then the name between commas
  if (!/[،,]$/u.test(words[next - 1] ?? "")) return null;
  const apposed: string[] = [];
  for (const w of words.slice(next, next + 4)) {
    const bare = w.replace(/[\p{P}]+$/u, "");
    if (!bare || arabicLinks.has(bare)) return null;
    apposed.push(bare);
    if (bare !== w) return apposed.length >= 2 && !arabicDefinite.test(apposed[0] ?? "") ? apposed.join(" ") : null;
  }
  return null;
}

/** The name of two or three words that ends `phrase`, after a word with the article; null when none. */
export function arabicNameAt(phrase: readonly string[]): string | null {
  for (let k = Math.max(1, phrase.length - 3); k <= phrase.length - 2; k++) {
    const first = phrase[k] ?? "";
    const name = phrase.slice(k);
    // (a preposition glued to the first word opens a complement, not a name: "المدير العام لشركة النفط")
    if (arabicDefinite.test(first) || /^[لب]/u.test(first) || !arabicDefinite.test(phrase[k - 1] ?? "")) continue;
    if (name.some((w) => arabicLinks.has(w))) continue;
    return name.join(" ");
  }
  return null;
}

const arabicScriptStops = new Set([...(speechWords.fa?.stops ?? []), ...(speechWords.ur?.stops ?? [])]);
const arabicScriptMarkers = new Set([...(speechWords.ur?.subjectMarkers ?? [])]);

/**
 * The subject of a verb-last clause in Arabic script (`سخنگوی دولت روز سه‌شنبه گفت`, `علی رضایی،
 * وزیر اقتصاد، در شبکه اجتماعی ایکس نوشت`, `وزیر خزانہ احمد علی نے کہا`): the words before a
 * subject marker, else the noun phrase that opens the clause, up to a comma or a small word
 * (a preposition, a time word), never a noun in the adverbial before the verb.
 */
function subjectOpening(before: readonly string[]): Subject | null {
  let from = 0;
  for (let i = 0; i < before.length; i++) if (/[.:؛!؟]$/u.test(before[i] ?? "")) from = i + 1;
  const words = before.slice(from);
  const marker = words.findIndex((w) => arabicScriptMarkers.has(w));
  if (marker > 0) {
    let start = marker - 1;
    while (start > 0 && marker - start < 4 && !/[,،]$/u.test(words[start - 1] ?? "") && !arabicScriptStops.has(words[start - 1] ?? "")) start--;
    return name(words.slice(start, marker).join(" "));
  }
  const taken: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? "";
    const bare = w.replace(/[\p{P}]+$/u, "");
    // "و" joins the words of one subject that runs to the verb (رئیس کمیسیون برنامه و بودجه گفت)
    const rest = words.slice(i + 1);
    if (taken.length > 0 && conjunctions.has(bare) && bare === w && rest.length >= 1 && rest.length <= 3 && rest.every((r) => !arabicScriptStops.has(r) && !/[\p{P}]$/u.test(r))) {
      taken.push(bare, ...rest);
      break;
    }
    if (!bare || arabicScriptStops.has(bare) || taken.length >= 5) break;
    taken.push(bare);
    if (bare !== w) break;
  }
  return name(taken.join(" "));
}

/** Letters of Persian and Urdu that Arabic lacks (گ, پ, چ, ژ, ک, ی, ہ, ے): the verb comes last there. */
const persoArabic = /[گپچژکیہے]/u;

/**
 * The subject of a sentence in Persian or Urdu that holds no verb of saying (`علی رضایی، وزیر
 * اقتصاد، روز دوشنبه … سخنرانی کرد.`): the noun phrase that opens it; null in other scripts.
 */
export function openingSubject(sentence: string, lex: Lexicon): Subject | null {
  // (a sentence with a verb of saying is read by caselessSubject)
  if (!persoArabic.test(sentence) || /[\p{Lu}\p{Ll}]/u.test(sentence) || hasSpeechVerb(sentence, lex)) return null;
  return subjectOpening(sentence.trim().replace(/[\s\p{P}]+$/u, "").split(/\s+/u));
}

const caselessPronouns = new Set(allSpeechPronouns);
/** A subject read in a script without case: a pronoun (그는, उन्होंने) stands for the person before. */
const name = (text: string): Subject | null => (text.trim() ? { text: text.trim(), kind: caselessPronouns.has(text.trim()) ? "pronoun" : "name" } : null);

/** A word of the clause as the segmenter found it, with where it stands in the clause. */
interface ClauseWord {
  word: string;
  lower: string;
  start: number;
  end: number;
}

const clauseSegmenter = new Intl.Segmenter("und", { granularity: "word" });

/** Stops and determiners of every language listed, with the small linking words of the lexicon's own languages. */
const stopTable = perLexicon((lex: Lexicon) => ({
  stops: new Set([...allSpeechStops, ...linkingWords].map((w) => w.toLocaleLowerCase())),
  determiners: new Set([...allSpeechDeterminers, ...leadingWords].map((w) => w.toLocaleLowerCase())),
  pronouns: new Set([...lex.pronouns, ...allSpeechPronouns].map((w) => w.toLocaleLowerCase())),
}));
const quotatives = new Set(allQuotatives);
/** Linking words of the languages with a lexicon file (en, sv, no, da, fi, de, fr, es). */
const linkingWords = ["on", "in", "at", "to", "of", "for", "from", "with", "by", "about", "after", "before", "during", "and", "or", "am", "im", "um", "an", "auf", "mit", "vor", "nach", "på", "i", "vid", "till", "om", "och", "efter", "för", "med", "ved", "til", "og", "à", "au", "aux", "dans", "sur", "et", "avec", "pour", "y", "con", "por", "para", "ja", "fra", "från", "hos", "aus", "bei", "chez", "desde", "del", "du", "des", "de", "av", "af", "von", "who", "which", "que", "qui", "der", "som", "die", "som", "while", "when", "as", "in", "under"];
const leadingWords = ["the", "a", "an", "his", "her", "their", "its", "le", "la", "les", "l", "el", "los", "las", "der", "die", "das", "den", "det"];

/** The words of a clause (letters or digits), in any script, up to the first end of a sentence. */
function clauseWords(clause: string): ClauseWord[] {
  const words: ClauseWord[] = [];
  for (const s of segmentsOf(clauseSegmenter, clause.slice(0, 240))) {
    if (s.isWordLike) words.push({ word: s.segment, lower: s.segment.toLocaleLowerCase(), start: s.index, end: s.index + s.segment.length });
    else if (/[.!?;。！？؟]/u.test(s.segment) && words.length > 0) {
      // a full stop after a short capitalised word is an initial or an abbreviation ("Dr.", "J.")
      const last = words.at(-1) as ClauseWord;
      if (/^\.\s*$/u.test(s.segment) && last.word.length <= 2 && /^\p{Lu}/u.test(last.word)) continue;
      // so is one after a short word of a script without case, before another word ("எஸ். பாலசந்திரன்", "एस. के. सिंह")
      if (/^\.\s*$/u.test(s.segment) && !/[\p{Lu}\p{Ll}]/u.test(last.word) && [...last.word].length <= 3 && /^\s+\p{L}/u.test(clause.slice(s.index + 1, s.index + 4))) continue;
      // a title abbreviated in lower case before a name ("ο κ. Παπαδόπουλος", "p. Kowalski")
      if (/^\.\s*$/u.test(s.segment) && /^\p{Ll}{1,2}$/u.test(last.word) && /^\s*\p{Lu}/u.test(clause.slice(s.index + 1, s.index + 4))) continue;
      break;
    }
  }
  return words;
}

/** Index of the first word that is (or starts) a verb of saying among `words`, and how many words it takes. */
function verbIn(words: readonly ClauseWord[], clause: string, lex: Lexicon): { at: number; length: number } | null {
  const table = verbTable(lex);
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as ClauseWord;
    if (table.single.has(w.lower) || table.single.has(w.lower.replace(arabicPrefix, ""))) return { at: i, length: 1 };
    for (const m of table.multi) if (m.every((part, k) => words[i + k]?.lower === part)) return { at: i, length: m.length };
    // scripts without spaces: the verb may be glued to the words around it (对记者说, กล่าวกับ)
    for (const v of table.inside) if (w.word.includes(v) || clause.slice(w.start, w.start + v.length) === v) return { at: i, length: 1 };
  }
  return null;
}

/** The case endings that mark a speaker, longest first, with their nominatives (speech data). */
const subjectCases = Object.values(speechWords).flatMap((w) => w.subjectCase ?? []).sort((a, b) => b[0].length - a[0].length);
/** The case ending of a speaker that `word` ends in (on a stem of three letters or more), or null. */
function caseEnding(word: string): [string, string] | null {
  for (const entry of subjectCases) if (word.endsWith(entry[0]) && word.length >= entry[0].length + 3) return entry;
  return null;
}

/** Whether a piece of the clause between two words holds punctuation that ends a phrase. */
const breaks = (clause: string, from: number, to: number) => /[,;:()«»"“”„、，：；،]/u.test(clause.slice(from, to));

/**
 * The speaker named in the clause that follows (or holds) a quote, read by structure in any
 * language and script: find the verb of saying; where words stand before it ("Bộ trưởng … nói",
 * "市长王明对记者说", "سخنگوی دولت در نشست خبری گفت"), the speaker is the noun phrase that opens
 * the clause; where the verb comes first ("δήλωσε ο πρωθυπουργός σε …", "сказав прем'єр-міністр
 * на …"), it is the noun phrase after the verb, or the name set off after it by a comma. A noun
 * phrase runs to the first small linking word (a preposition, a conjunction), punctuation or
 * the fifth word. Null when the clause has no verb of saying or no phrase where one should be.
 */
export function clauseSubject(clause: string, lex: Lexicon): Subject | null {
  const text = clause.replace(/^[\s\p{P}\p{Pd}]+/u, "");
  // (Japanese marks its subject with a particle, which caselessSubject reads; here the words of
  // "と語った。" would be pieces of the verb: "った")
  if (/[\p{sc=Hiragana}\p{sc=Katakana}]/u.test(text)) return null;
  const all = clauseWords(text);
  // a quotative particle glued after the closing mark belongs to the quote ("…"이라고 그는 말했다, "…" diye)
  const words = quotatives.has(all[0]?.lower ?? "") ? all.slice(1) : all;
  if (words.length === 0) return null;
  const verb = verbIn(words, text, lex);
  if (!verb) return null;
  const { stops, determiners, pronouns } = stopTable(lex);
  const plain = (w: ClauseWord) => !stops.has(w.lower) && !/^\p{N}+$/u.test(w.word);
  const phrase = (from: number, to: number, toVerb = false): Subject | null => {
    // from `from` (inclusive) to `to` (exclusive): the first word may be a determiner
    const taken: ClauseWord[] = [];
    for (let i = from; i < to && taken.length < (toVerb ? 8 : 5); i++) {
      const w = words[i] as ClauseWord;
      if (taken.length > 0 && breaks(text, (taken.at(-1) as ClauseWord).end, w.start)) break;
      // "and" inside a subject that runs to the verb joins it, not ends it ("Bộ trưởng Tài nguyên
      // và Môi trường nói", "Fredrik og Vetle sier"): one to four plain words after it, then the verb
      const joined = toVerb && taken.length > 0 && conjunctions.has(w.lower) && to - i >= 2 && to - i <= 5 && words.slice(i + 1, to).every(plain) && !breaks(text, w.end, (words[to] as ClauseWord).start);
      if (joined) {
        taken.push(...words.slice(i, to));
        break;
      }
      const isStop = stops.has(w.lower) && !(taken.length === 0 && determiners.has(w.lower));
      // one complement after "of" stays with the role ("el jefe de bomberos"), then the phrase ends
      const next = words[i + 1];
      if (isStop && genitives.has(w.lower) && taken.length > 0 && i + 1 < to && next && plain(next) && !determiners.has(next.lower) && !pronouns.has(next.lower) && !breaks(text, w.end, next.start)) {
        taken.push(w, next);
        break;
      }
      if (isStop) break;
      if (/^\p{N}+$/u.test(w.word)) break;
      taken.push(w);
    }
    if (taken.length === 0) return null;
    const first = taken[0] as ClauseWord;
    // "he also said", "sagte er weiter": the pronoun is the subject, the words after it adverbs
    if (pronouns.has(first.lower)) return { text: first.word, kind: "pronoun" };
    if (taken.every((w) => determiners.has(w.lower))) return null;
    // "judge Inaba said", "director Bong Joon Ho said": role words in lower case, then the name
    const firstCap = taken.findIndex((w) => /^\p{Lu}/u.test(w.word));
    // (not the complement after "of": "una camarera de Lavapiés" is someone described)
    if (/^\p{Ll}/u.test(first.word) && firstCap > 0 && !genitives.has((taken[firstCap - 1] as ClauseWord).lower) && taken.slice(firstCap).every((w) => /^\p{Lu}/u.test(w.word))) {
      return { text: text.slice((taken[firstCap] as ClauseWord).start, (taken.at(-1) as ClauseWord).end), kind: "name" };
    }
    // a speaker in the case that marks one (Georgian ergative "დედაქალაქის მერმა გახსნის …",
    // "მინისტრმა ლაშა ხუციშვილმა"): the phrase ends at the last word in that case, each such
    // word in the form a reader names the person by (დედაქალაქის მერი, მინისტრი ლაშა ხუციშვილი)
    const inCase = taken.findLastIndex((w) => caseEnding(w.word) !== null);
    if (inCase >= 0) {
      let named = "";
      let at = first.start;
      for (const w of taken.slice(0, inCase + 1)) {
        const ending = caseEnding(w.word);
        named += text.slice(at, w.start) + (ending ? w.word.slice(0, -ending[0].length) + ending[1] : w.word);
        at = w.end;
      }
      return { text: named, kind: "role" };
    }
    const said = text.slice(first.start, (taken.at(-1) as ClauseWord).end);
    const cased = /[\p{Lu}\p{Ll}]/u.test(said);
    const named = cased && taken.every((w) => /^\p{Lu}/u.test(w.word));
    // without case a phrase cannot be told a name or a role: it is kept as the copy has it
    return { text: said, kind: named ? "name" : "role" };
  };
  const verbEnd = verb.at + verb.length;
  if (verb.at === 0) {
    // verb first: a name set off by a comma after a role wins ("le porte-parole du président, Berik Uali")
    const after = phrase(verbEnd, words.length);
    if (after?.kind === "pronoun") return after;
    for (let i = verbEnd + 1; i < Math.min(words.length, verbEnd + 9); i++) {
      const w = words[i] as ClauseWord;
      const prev = words[i - 1] as ClauseWord;
      if (/,/u.test(text.slice(prev.end, w.start)) && /^\p{Lu}/u.test(w.word)) {
        const name = phrase(i, words.length);
        if (name?.kind === "name" && /[\p{Lu}\p{Ll}]/u.test(name.text)) return name;
        break;
      }
    }
    // a verb of saying with no subject, in the plural, then where ("отметили в пресс-службе Кремля",
    // "explicaron desde el ministerio"): the body named there said it
    const verbWords = words.slice(verb.at, verbEnd).map((w) => w.lower).join(" ");
    if (!after && impersonalVerbs.has(verbWords) && bodyPrepositions.has(words[verbEnd]?.lower ?? "")) {
      // (the words to the first small word or punctuation, as printed: "пресс-службе Кремля", "Укренерго")
      let end = verbEnd + 1;
      while (end < words.length && end - verbEnd <= 5 && !stops.has((words[end] as ClauseWord).lower) && (end === verbEnd + 1 || !breaks(text, (words[end - 1] as ClauseWord).end, (words[end] as ClauseWord).start))) end++;
      if (end > verbEnd + 1) return { text: text.slice((words[verbEnd + 1] as ClauseWord).start, (words[end - 1] as ClauseWord).end), kind: "role" };
    }
    // a preposition right after the verb opens an adverbial ("a rapporté sur Facebook le porte-parole"): skip it
    if (!after && stops.has(words[verbEnd]?.lower ?? "")) {
      for (let i = verbEnd + 1; i < Math.min(words.length, verbEnd + 4); i++) {
        if (determiners.has(words[i]?.lower ?? "")) return phrase(i, words.length);
      }
    }
    return after;
  }
  // Thai, Lao, Khmer and Burmese space phrases, not words: the subject is the phrases before the
  // verb (`นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงการคลัง กล่าว`: a name, then the title), up to three
  // of them, without the particle glued to its end that marks it (Burmese `ဒေသခံတစ်ဦးက ပြောသည်`)
  if (phraseSpaced.test(text)) {
    const before = text.slice((words[0] as ClauseWord).start, (words[verb.at] as ClauseWord).start).trim();
    const chunks = before.split(/\s+/u).filter(Boolean);
    if (chunks.length === 0 || breaks(before, 0, before.length)) return null;
    const said = chunks.slice(0, 3).join(" ");
    const marker = gluedMarkers.find((m) => said.endsWith(m) && said.length > m.length + 1);
    return { text: marker ? said.slice(0, -marker.length) : said, kind: "role" };
  }
  // words before the verb: the subject opens the clause, with no punctuation inside it
  if (verb.at > 8 || breaks(text, (words[0] as ClauseWord).start, (words[verb.at] as ClauseWord).start)) return null;
  // "the Bank of Canada's governor Paul Reddy said": a full name right before the verb, after a
  // role word in lower case, is the person
  let run = verb.at;
  while (run > 0 && /^\p{Lu}/u.test((words[run - 1] as ClauseWord).word)) run--;
  if (verb.at - run >= 2 && run > 0 && /^\p{Ll}/u.test((words[run - 1] as ClauseWord).word) && !determiners.has((words[run - 1] as ClauseWord).lower)) {
    return { text: text.slice((words[run] as ClauseWord).start, (words[verb.at - 1] as ClauseWord).end), kind: "name" };
  }
  return phrase(0, verb.at, true);
}
