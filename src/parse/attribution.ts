/**
 * Attribution: who said a quote, read from the clause around it ("…, Peskov said on Tuesday",
 * "said Amira Jadoon, researcher", "the president said", "he added", "säger hon", "dit-il").
 * Works on plain text and is shared by the text and Markdown parsers.
 */
import { stopwordList } from "./stopword-lists.js";
import type { Lexicon } from "./lexicon/index.js";
import { bodyPrepositions, compoundRoleEnds, impersonalVerbs, allSpeechPronouns, allSpeechStops, allSpeechVerbs, allSubjectCarriers, conjunctions, genitives } from "./lexicon/speech.js";
import { localeNames } from "./dates/names.js";
import { arabicDefinite, arabicNameAt } from "./subjects.js";

export type SubjectKind = "name" | "role" | "pronoun";

export interface Subject {
  /** The words naming the speaker as the copy has them ("Peskov", "the president", "he"). */
  text: string;
  kind: SubjectKind;
  /** No word names the speaker: the verb alone ("«…», dijo.", "—aseguró—"), its subject left out. */
  implicit?: boolean;
  /**
   * Of a role, the one capitalised word in it ("ο υπουργός Οικονομικών", "ministrul Finanțelor",
   * "spokesman Peskov"): the person when the article gives a full name ending in it, else a
   * complement of the role (a ministry), and the speaker is the role as printed.
   */
  named?: string;
}

export interface Token {
  /** The word without surrounding punctuation. */
  word: string;
  /** The word in lower case (made once, when the text is split). */
  lower: string;
  /** Punctuation after the word (",", "."), which ends a name. */
  after: string;
  /** An elided article printed glued to the next word ("l'" of "l'assessore"): no space between them. */
  glued?: true;
}

/** Words that open an indefinite role ("a spokesperson", "one of the reviewers"): someone the article describes but does not name. */
export const indefinites = new Set(["a", "an", "one", "some", "several", "two", "three", "many", "en", "ett", "ein", "eine", "un", "une", "uno", "una"]);
const determiners = new Set([
  "one", "some", "several", "two", "three", "many",
  "the", "a", "an", "his", "her", "their", "its", "our", "den", "det", "denne", "la", "le", "les", "l", "der", "die", "das",
  "el", "los", "las", "hans", "hennes", "deras", "dess", "o", "os", "ο", "η", "οι", "il", "lo", "gli",
  // indefinite articles open a description too ("dit un conducteur de la ligne 13", "sagte eine Sprecherin")
  // (not "en": also "in" in French and Spanish)
  "un", "une", "una", "uno", "ein", "eine", "einer", "ett",
  // an article elided before a vowel, a token of its own ("l'assessore", "l’adjoint", "un'infermiera")
  "l'", "l’", "un'", "un’",
]);
/** An elided article glued to the word in lower case after it ("l'assessore"; never "L'Aquila", "d'Alembert"). */
const elidedArticle = /^([lL]|[uU]n)(['’])(?=\p{Ll})/u;
/** A surname joined to its particle: "al-Hijri", "el-Sisi", "ibn-Saud", "d'Alembert". */
const joinedParticle = /^(?:al|el|ad|ar|as|at|az|an|ash|ibn|bin|abu|ben|d)[-'’]\p{Lu}[\p{L}\p{M}'’-]*$/u;
const particles = new Set(["de", "van", "von", "der", "den", "bin", "al", "da", "di", "du", "la", "le", "ter", "dos", "del", "af", "zu"]);
/** Small words between a name and what follows that never belong to a role ("said Müller am Montag"). */
const linking = new Set([
  "on", "in", "at", "to", "of", "for", "from", "with", "by", "about", "after", "before", "during", "and", "or", "am", "im", "um",
  "an", "auf", "zu", "mit", "vor", "nach", "på", "i", "vid", "till", "om", "och", "efter", "under", "för", "med", "ved", "til", "og",
  "à", "au", "aux", "en", "dans", "sur", "et", "avec", "pour", "el", "y", "con", "por", "para", "ja", "kun",
  "vom", "zum", "zur", "beim", "ins", "du", "des", "fra", "från", "frå", "hos", "aus", "bei", "chez", "desde", "del", "de", "av", "af", "von",
]);
/** Words that end a role phrase after a verb ("δήλωσε ο πρωθυπουργός σε …", "the head of …"). */
const stopsRole = new Set([...linking, ...allSpeechStops].filter((w) => !determiners.has(w)));
const nameWord = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
/** Capitalised at the start of a sentence, but never a name. */
const notNames = new Set([
  ...determiners, "this", "that", "these", "those", "he", "she", "it", "they", "we", "i", "you", "in", "on", "at", "but",
  "and", "or", "as", "if", "when", "while", "after", "before", "for", "with", "so", "then", "there", "here", "now", "yet",
  "han", "hon", "hun", "de", "det", "och", "men", "er", "sie", "es", "il", "elle", "et", "mais", "y", "pero",
]);

/**
 * Paragraphs are read more than once (for the quote in them, the names in them, the pronoun of
 * the quote after them): their tokens are kept for a while, keyed on the paragraph's own text,
 * so each paragraph of an article is split once (the tokens are never changed by readers).
 */
const recentTokens = new Map<string, readonly Token[]>();

/** Words with the punctuation after them; a line break counts as punctuation (it ends a name). */
export function tokenize(text: string): readonly Token[] {
  const known = recentTokens.get(text);
  if (known) return known;
  const tokens = split(text);
  if (recentTokens.size >= 4096) recentTokens.delete(recentTokens.keys().next().value as string);
  recentTokens.set(text, tokens);
  return tokens;
}

/** The first `count` words of `text` with what stands between them (an attribution is read from a few words). */
export function firstWords(text: string, count = 24): string {
  const gap = /\s+/gu;
  for (let n = 0; n < count; n++) if (!gap.exec(text)) return text;
  return text.slice(0, gap.lastIndex).trimEnd();
}

/** A piece that starts with a letter or digit and does not end in punctuation. */
const bareWord = /^[\p{L}\p{N}](?:.*\P{P})?$/u;

function split(text: string): Token[] {
  const tokens: Token[] = [];
  for (const piece of text.split(/(\s+)/)) {
    if (piece === "") continue;
    if (/^\s+$/.test(piece)) {
      const last = tokens.at(-1);
      if (last && piece.includes("\n") && last.after === "") last.after = "\n";
      continue;
    }
    // most pieces are a bare word (no mark before, no punctuation after): no need to take them apart
    const match = bareWord.test(piece) ? null : /^([\p{Ps}\p{Pi}\p{Pf}"'«»„“”‘’(]*)(.*?)([\p{P}]*)$/u.exec(piece);
    const last = tokens.at(-1);
    // "(" or a quote mark before a word ends the name before it: "Loudéac (Côtes-d’Armor)"
    if (last && last.after === "" && match?.[1]) last.after = match[1];
    const word = match?.[2] ?? piece;
    // "l'assessore": the article and the role word are two words, printed without a space
    const elided = word.length > 3 ? elidedArticle.exec(word) : null;
    if (elided) {
      const article = elided[0];
      tokens.push({ word: article, lower: article.toLocaleLowerCase(), after: "", glued: true });
      const rest = word.slice(article.length);
      tokens.push({ word: rest, lower: rest.toLocaleLowerCase(), after: match?.[3] ?? "" });
    } else if (word !== "") tokens.push({ word, lower: word.toLocaleLowerCase(), after: match?.[3] ?? "" });
    // punctuation standing alone ends the name before it: a dateline's dash ("Praha - Poslanecká sněmovna")
    else if (last && last.after === "") last.after = piece;
  }
  return tokens;
}

/** The stopwords of the article's language (the multilingual `stopwords-iso` lists), read once per lexicon. */
const stopwordSets = new WeakMap<Lexicon, Set<string>>();
export function stopwordsOf(lex: Lexicon): Set<string> {
  let set = stopwordSets.get(lex);
  if (!set) {
    set = new Set((stopwordList(lex.lang ?? "en") ?? []).map((w) => w.toLocaleLowerCase()));
    // pronouns are read as subjects, not skipped
    for (const p of pronounSet(lex)) set.delete(p);
    stopwordSets.set(lex, set);
  }
  return set;
}

const pronounSets = new WeakMap<Lexicon, Set<string>>();
function pronounSet(lex: Lexicon): Set<string> {
  let set = pronounSets.get(lex);
  if (!set) pronounSets.set(lex, (set = new Set([...lex.pronouns, ...allSpeechPronouns].map((p) => p.toLocaleLowerCase()))));
  return set;
}

/**
 * Weekday and month names (CLDR's, of the article's language, through Intl, and the lexicon's
 * months), lower case: a date, never a speaker ("ujarnya di Jakarta, Selasa").
 */
const calendarSets = new WeakMap<Lexicon, Set<string>>();
export function isCalendarWord(word: string, lex: Lexicon): boolean {
  let set = calendarSets.get(lex);
  if (!set) {
    const names = localeNames(lex.lang ?? "en");
    set = new Set([...names.weekdays, ...names.months.keys(), ...names.relativeWords, ...lex.months.flat().map((m) => m.toLocaleLowerCase())]);
    calendarSets.set(lex, set);
  }
  return set.has(word.toLocaleLowerCase());
}

/** The speech verbs of a lexicon by their first word, longest first (built once per lexicon). */
const verbIndexes = new WeakMap<Lexicon, Map<string, string[][]>>();
function verbIndex(lex: Lexicon): Map<string, string[][]> {
  let index = verbIndexes.get(lex);
  if (!index) {
    index = new Map();
    for (const verb of new Set([...lex.speechVerbs, ...allSpeechVerbs])) {
      const parts = verb.split(" ");
      const list = index.get(parts[0] ?? "") ?? [];
      list.push(parts);
      index.set(parts[0] ?? "", list);
    }
    for (const list of index.values()) list.sort((a, b) => b.length - a.length);
    verbIndexes.set(lex, index);
  }
  return index;
}

/**
 * Whether lower-cased text may hold a speech verb of the lexicon: the first word of one as a
 * whole token (between spaces, with the marks `split` takes off before and after it), or a
 * French inversion ("-t-il", "-elle", "-on"). Never false where `verbAt` could find a verb.
 * Answers as `(?<!\S)[\p{Ps}\p{Pi}\p{Pf}"'«»„“”‘’(]*(?:WORD|…)\p{P}*(?!\S)|-(?:il|elle|on)` would,
 * by a set of the words looked up once per token: that alternation of every language's verbs
 * (8 kB) took 10–20 ms for V8 to compile in every `galley parse`.
 */
interface VerbCheck {
  words: Set<string>;
  /** (a first word with a space inside, none so far: asked as the expression was) */
  spaced: RegExp | null;
}
const verbChecks = new WeakMap<Lexicon, VerbCheck>();
const openingMark = /[\p{Ps}\p{Pi}\p{Pf}"'«»„“”‘’(]/u;
const punctuationMark = /\p{P}/u;
const startsWithOpening = /^[\p{Ps}\p{Pi}\p{Pf}"'«»„“”‘’(]/u;
const endsWithPunctuation = /\p{P}$/u;
const spaces = /\s+/u;
function mayHoldVerb(lex: Lexicon): { test(text: string): boolean } {
  let check = verbChecks.get(lex);
  if (!check) {
    const firsts = [...verbIndex(lex).keys()].filter((w) => w !== "").flatMap((w) => [w, w.toLocaleLowerCase()]);
    const spaced = [...new Set(firsts)].filter((w) => /\s/u.test(w)).sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    check = {
      words: new Set(firsts),
      spaced: spaced.length > 0 ? new RegExp(`(?<!\\S)[\\p{Ps}\\p{Pi}\\p{Pf}"'«»„“”‘’(]*(?:${spaced.join("|")})\\p{P}*(?!\\S)`, "u") : null,
    };
    verbChecks.set(lex, check);
  }
  const { words, spaced } = check;
  return { test: (text) => text.includes("-il") || text.includes("-elle") || text.includes("-on") || text.split(spaces).some((token) => holdsWord(token, words)) || (spaced?.test(text) ?? false) };
}

/** An ASCII letter or digit: neither an opening mark nor punctuation. */
const asciiAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Whether `token` is one of `words` with opening marks before it and punctuation after it, each taken off or kept. */
function holdsWord(token: string, words: Set<string>): boolean {
  if (words.has(token)) return true;
  // (most tokens have no mark at either end: nothing more to try; an ASCII letter or digit at both ends is told without a pattern)
  if (token.length === 0 || (asciiAlnum(token.charCodeAt(0)) && asciiAlnum(token.charCodeAt(token.length - 1)))) return false;
  if (!startsWithOpening.test(token) && !endsWithPunctuation.test(token)) return false;
  const chars = Array.from(token);
  let opening = 0;
  while (opening < chars.length && openingMark.test(chars[opening] as string)) opening++;
  let closing = 0;
  while (closing < chars.length && punctuationMark.test(chars[chars.length - 1 - closing] as string)) closing++;
  for (let from = 0; from <= opening; from++) {
    for (let cut = 0; cut <= closing && from + cut < chars.length; cut++) {
      if (words.has(chars.slice(from, chars.length - cut).join(""))) return true;
    }
  }
  return false;
}

/** How many words the speech verb that opens `text` takes, 0 when none opens it. */
export const openingVerb = (text: string, lex: Lexicon): number => verbAt(tokenize(text), 0, lex);

/** How many tokens from `start` a speech verb of the lexicon takes (0 when none starts there). */
export function verbAt(tokens: readonly Token[], start: number, lex: Lexicon): number {
  const first = tokens[start];
  if (!first) return 0;
  const word = first.lower;
  const candidates = verbIndex(lex).get(word);
  if (candidates) {
    for (const parts of candidates) {
      const fits = parts.every((p, i) => {
        const t = tokens[start + i];
        return t !== undefined && t.lower === p && (i === parts.length - 1 || t.after === "");
      });
      if (fits) return parts.length;
    }
  }
  // French inversion: "estime-t-elle", "a-t-il" + participle is listed as a whole
  const inverted = /-(?:t-)?(?:il|elle|ils|elles|on)$/u.test(word) ? /^(.+?)-(?:t-)?(?:il|elle|ils|elles|on)$/u.exec(word) : null;
  return inverted && verbIndex(lex).has(inverted[1] ?? "") ? 1 : 0;
}

/** Length of the name run at `start` (capitalised words, with particles inside), 0 when none. */
export function nameRunAt(tokens: readonly Token[], start: number, max = 5): number {
  let n = 0;
  while (n < max) {
    const t = tokens[start + n];
    if (!t) break;
    // inside a run a capitalised small word is part of the name (Vietnamese "Nguyễn Văn An", "Lê La")
    // (in mixed case only: "A YEAR AWAY" is a heading)
    const isName = nameWord.test(t.word) && (!notNames.has(t.lower) || (n > 0 && /\p{Ll}/u.test(t.word)));
    const isParticle = n > 0 && ((particles.has(t.word) && nameWord.test(tokens[start + n + 1]?.word ?? "")) || joinedParticle.test(t.word));
    if (!isName && !isParticle) break;
    n++;
    if (t.after !== "" && !/^\.$/.test(t.after)) break;
    if (t.after === "." && t.word.length > 2) break;
  }
  return n;
}

export const joinWords = (tokens: readonly Token[], start: number, count: number) =>
  tokens
    .slice(start, start + count)
    .map((t, i) => (i < count - 1 ? t.word + (t.after === "." ? "." : "") + (t.glued ? "" : " ") : t.word))
    .join("");

/** A role phrase at `start`: a determiner and up to four more words, ending where `end` says. */
function rolePhrase(tokens: readonly Token[], start: number, until: number): number {
  const first = tokens[start];
  if (!first || !determiners.has(first.lower)) return 0;
  const length = until - start;
  if (length < 2 || length > 7) return 0;
  const inner = tokens.slice(start + 1, until);
  if (inner.some((t) => notNames.has(t.lower) && !determiners.has(t.lower))) return 0;
  return tokens.slice(start, until - 1).every((t) => t.after === "") ? length : 0;
}

/**
 * Reads an attribution clause that starts `text` ("Peskov said on Tuesday …", "said X, role",
 * "the president said …", "he added"). Returns the subject, or null when `text` does not open
 * with an attribution.
 */
export function readAttribution(text: string, lex: Lexicon): Subject | null {
  const tokens = tokenize(text);
  if (tokens.length === 0) return null;
  const pronouns = pronounSet(lex);
  // verb first: "said Amira Jadoon", "says the mayor", "säger hon", "dit-il", "a déclaré jeudi le ministre"
  const verb = verbAt(tokens, 0, lex);
  if (verb > 0) {
    // French inversion puts the pronoun in the verb: "dit-il", "a-t-elle dit"
    const inverted = tokens.slice(0, verb).map((t) => t.lower).find((w) => /-(t-)?(il|elle|ils|elles|on)$/.test(w));
    if (inverted) return { text: inverted.replace(/^.*-/, ""), kind: "pronoun" };
    // a pronoun listed as part of the verb: "sagte sie", "zegt hij"
    const pronoun = tokens.slice(1, verb).find((t) => pronouns.has(t.lower));
    if (pronoun) return { text: pronoun.word, kind: "pronoun" };
    // a verb that carries its subject as an ending ("ujarnya", "katanya": "he said"): a pronoun
    if (verb === 1 && allSubjectCarriers.has(tokens[0]?.lower ?? "")) return { text: tokens[0]?.word ?? "", kind: "pronoun" };
    // the verb alone, then the sentence or the inciso ends ("«…», dijo.", "—aseguró—. Se rompe …",
    // "— сказал. —"): where the language drops the subject, the speaker is the person just quoted or named
    const verbEnd = tokens[verb - 1]?.after ?? "";
    if (/^[–—―.!?…]/u.test(verbEnd) || verb === tokens.length) return implicit(tokens[verb - 1]?.word ?? "");
    if (verbEnd.startsWith(";")) return null;
    // a plural verb with no subject, then where: the body named there ("отметили в пресс-службе Кремля")
    const verbWords = tokens.slice(0, verb).map((t) => t.lower).join(" ");
    if (impersonalVerbs.has(verbWords) && bodyPrepositions.has(tokens[verb]?.lower ?? "") && tokens[verb]?.after === "") {
      let end = verb + 1;
      while (end < tokens.length && end - verb <= 5 && !stopsRole.has(tokens[end]?.lower ?? "") && (end === verb + 1 || tokens[end - 1]?.after === "")) end++;
      if (end > verb + 1) return { text: joinWords(tokens, verb + 1, end - verb - 1), kind: "role" };
    }
    for (let skip = 0; skip <= 3; skip++) {
      const at = verb + skip;
      // "ha indicado a Efe la delegada": a small word, a name, then a determiner: the name is the
      // object ("a" is Spanish "to" as well as Portuguese "the"), the speaker the phrase after it
      const object = determiners.has(tokens[at]?.lower ?? "") && tokens[at]?.word === tokens[at]?.lower && tokens[at]?.after === "" ? nameRunAt(tokens, at + 1, 3) : 0;
      if (object > 0 && tokens[at + object]?.after === "" && determiners.has(tokens[at + object + 1]?.word ?? "")) {
        const subject = subjectAt(tokens, at + object + 1, pronouns, true, lex);
        if (subject) return subject;
      }
      // the object of a preposition is not the speaker: "a rapporté sur Facebook le porte-parole"
      if (at > verb && stopsRole.has(tokens[at - 1]?.lower ?? "") && tokens[at - 1]?.after === "" && nameRunAt(tokens, at, 1) === 1) continue;
      // a title in quote marks is not the speaker: "mówi „Rzeczpospolitej” Jochen Stadt"
      if (/[„“«"‘‚]$/u.test(tokens[at - 1]?.after ?? "") && /^[”“»"’‘]/u.test(tokens[at]?.after ?? "")) continue;
      const subject = subjectAt(tokens, at, pronouns, true, lex);
      // a role with its complement, then the person's name set off by a comma ("warnte der Präsident
      // der Handelskammer, Ulrich Dammann", "a spus președintele Consiliului …, Florin Jianu")
      // (a capitalised role is a role too when it names a body by its initials: "ungkap Kepala BPBD Jawa Tengah, Agus Riyanto")
      const rolled = at > verb || determiners.has(tokens[at]?.word ?? "") || (subject?.kind === "name" && acronym.test(subject.text) && acronymIn(tokens, at, subject.text));
      const apposed = subject && subject.kind !== "pronoun" && rolled ? apposedName(tokens, at) : null;
      if (apposed) return apposed;
      // role words in lower case after the verb, then one capitalised word and no name after it:
      // a role with its complement ("a declarat ministrul Finanțelor după …") or before a surname
      if (subject?.kind === "name" && subject.text === tokens[at]?.word && at > verb && tokens.slice(verb, at).every((x) => roleWord(x, lex))) {
        return { text: joinWords(tokens, verb, at - verb + 1), kind: "role", named: subject.text };
      }
      if (subject) return subject;
      const t = tokens[at];
      if (!t || t.after !== "" || nameWord.test(t.word) || determiners.has(t.lower)) break;
    }
    return null;
  }
  // subject first: "Peskov said", "the president said", "he added"
  for (let end = 1; end <= 6 && end < tokens.length; end++) {
    if (verbAt(tokens, end, lex) === 0) continue;
    // a small word of the language, capitalised at the start of a sentence, is no name ("Как отметил …")
    if (end === 1 && stopwordsOf(lex).has(tokens[0]?.lower ?? "")) continue;
    const subject = subjectEndingAt(tokens, end, pronouns, lex);
    if (subject) return subject;
  }
  return null;
}

/**
 * The full name set off by a comma after a role phrase that starts at `at` ("der Präsident der
 * Handelskammer, Ulrich Dammann."): two capitalised words or more that end the clause; null when none.
 */
function apposedName(tokens: readonly Token[], at: number): Subject | null {
  for (let k = at; k < Math.min(tokens.length, at + 8); k++) {
    const after = tokens[k]?.after ?? "";
    if (after === "") continue;
    if (after !== ",") return null;
    const n = nameRunAt(tokens, k + 1);
    const last = tokens[k + n];
    const next = tokens[k + n + 1];
    // (the name ends the clause: punctuation, the end, or a small word in lower case after it)
    const ends = next === undefined || last?.after !== "" || /^\p{Ll}/u.test(next.word);
    if (n >= 2 && ends && !/['’]s$/u.test(last?.word ?? "")) return { text: joinWords(tokens, k + 1, n), kind: "name" };
    return null;
  }
  return null;
}

const acronym = /\p{Lu}\p{Lu}/u;
/** The name run read at `at` holds a body's initials (a word of two capitals or more, "BPBD", "NHS"): it is a role, not a person. */
function acronymIn(tokens: readonly Token[], at: number, text: string): boolean {
  const n = text.split(" ").length;
  return tokens.slice(at, at + n).some((t) => t.word.length >= 2 && /^\p{Lu}+$/u.test(t.word));
}

/** A word in lower case that may name a role: no small word of the language, no date word. */
const roleWord = (t: Token, lex: Lexicon) =>
  t.after === "" && /^\p{Ll}/u.test(t.word) && !stopsRole.has(t.lower) && !determiners.has(t.lower) && !stopwordsOf(lex).has(t.lower) && !isCalendarWord(t.word, lex);

/** The subject a verb of saying carries where none is printed ("dijo.", "—aseguró—"): read as a pronoun. */
const implicit = (verb: string): Subject => ({ text: verb, kind: "pronoun", implicit: true });

/** Words that say "of" after an indefinite ("one of the sellers", "en av de ansatte", "uno de los vecinos"). */
const partitives = new Set(["of", "av", "af", "de", "des", "del", "di", "dei", "degli", "delle", "von", "der", "van", "z", "ze", "из", "із", "з"]);

/** A subject that starts at `at` (after a verb): a pronoun, a name run or a role phrase. */
function subjectAt(tokens: readonly Token[], at: number, pronouns: Set<string>, verbFirst: boolean, lex: Lexicon): Subject | null {
  const t = tokens[at];
  if (!t) return null;
  // "one of the sellers", "en av de ansatte", "uno de los vecinos": someone the article describes, not names
  if (indefinites.has(t.lower) && t.after === "" && partitives.has(tokens[at + 1]?.lower ?? "") && tokens[at + 1]?.after === "") {
    let end = at + 2;
    while (end < tokens.length && end - at < 6 && tokens[end - 1]?.after === "") end++;
    if (end - at >= 3) return { text: joinWords(tokens, at, end - at), kind: "role" };
  }
  // (a pronoun of one language is an article of another before a word: "ha detto il ministro", not French "il")
  const article = determiners.has(t.lower) && t.after === "" && tokens[at + 1] !== undefined;
  if (pronouns.has(t.lower) && (verbFirst || t.word === t.lower) && !article) return { text: t.word, kind: "pronoun" };
  const name = nameRunAt(tokens, at);
  // a weekday or a month is when, not who ("dijo el martes", "ujarnya di Jakarta, Selasa")
  if (name === 1 && isCalendarWord(t.word, lex)) return null;
  if (name > 0) {
    const pair = pairAt(tokens, at);
    if (pair > 0) return { text: joinWords(tokens, at, pair), kind: "name" };
    // "said Rovers manager Gordon Dunmore": the person is the name after the role words
    if (verbFirst && tokens[at + name - 1]?.after === "") {
      for (let gap = 1; gap <= 3; gap++) {
        const between = tokens.slice(at + name, at + name + gap);
        // (a small word of the language is no role: "sagt Experte Daniel Gerlach gegenüber SRF")
        if (between.some((b) => nameWord.test(b.word) || linking.has(b.lower) || stopwordsOf(lex).has(b.lower) || (b !== between.at(-1) && b.after !== ""))) break;
        if (between.at(-1)?.after) break;
        const later = nameRunAt(tokens, at + name + gap);
        if (later > 0) return { text: joinWords(tokens, at + name + gap, later), kind: "name" };
      }
    }
    return { text: joinWords(tokens, at, name), kind: "name" };
  }
  if (determiners.has(t.lower)) {
    // "είπε η Μαρία Ιωάννου", "disse o João Silva": an article right before a full name (Greek, Portuguese)
    const direct = t.word === t.lower ? nameRunAt(tokens, at + 1) : 0;
    if (direct >= 2) return { text: joinWords(tokens, at + 1, direct), kind: "name" };
    let end = at + 1;
    // (a second article starts another phrase: "mondta a főpolgármester a szavazás után")
    while (end < tokens.length && end - at < 5 && (tokens[end - 1]?.after === "" || abbreviatedTitle(tokens, end - 1)) && !stopsRole.has(tokens[end]?.lower ?? "") && !determiners.has(tokens[end]?.word ?? "")) end++;
    // "a vereadora Maria Costa", "the mayor Ingrid Solberg": role words in lower case, then the person's name
    for (let k = at + 2; k < end; k++) {
      if (nameWord.test(tokens[k - 1]?.word ?? "")) break;
      const person = nameRunAt(tokens, k);
      // one capitalised word after the role words: a complement ("ο υπουργός Οικονομικών") or a
      // surname; the role is kept whole with it (not after a title, "ο κ. Παπαδόπουλος")
      if (person === 1 && tokens[k - 1]?.after !== "." && !isCalendarWord(tokens[k]?.word ?? "", lex)) return { text: joinWords(tokens, at, k + 1 - at), kind: "role", named: tokens[k]?.word ?? "" };
      if (person > 0) return { text: joinWords(tokens, k, person), kind: "name" };
    }
    // the role's complement after "of": "el jefe de bomberos", "the head of communications",
    // "el ministro de Hacienda" (a name right after it is the person: "el alcalde de Níjar José Garrido")
    const of = tokens[end];
    const complement = tokens[end + 1];
    const role = end - at >= 2 && tokens[end - 1]?.after === "" && of && genitives.has(of.word) && of.after === "" && complement && !stopsRole.has(complement.lower) && !determiners.has(complement.word) && !pronouns.has(complement.lower) ? end + 2 : end;
    if (role > end && complement?.after === "") {
      const person = nameRunAt(tokens, role);
      if (person >= 2) return { text: joinWords(tokens, role, person), kind: "name" };
    }
    // a complement after a small word, then the full name: "l'assessore al Commercio Sara Rinaldi"
    if (role === end && end - at >= 2 && tokens[end - 1]?.after === "" && tokens[end]?.after === "") {
      const run = nameRunAt(tokens, end + 1);
      const cut = complementOff(tokens, end + 1, run);
      if (cut > 0) return { text: joinWords(tokens, end + 1 + cut, run - cut), kind: "name" };
    }
    // "le porte-parole de la mairie, Jeanne Morel": the name set off after the role is the person
    if (verbFirst && end - at >= 2) {
      for (let k = role - 1; k < Math.min(tokens.length, at + 9); k++) {
        const after = tokens[k]?.after ?? "";
        if (after === ",") {
          const apposed = nameRunAt(tokens, k + 1);
          if (apposed > 0) return { text: joinWords(tokens, k + 1, apposed), kind: "name" };
          // a second role, then the name: "il direttore dei lavori, l'ingegnere Paolo Neri"
          const titled = determiners.has(tokens[k + 1]?.lower ?? "") ? subjectAt(tokens, k + 1, pronouns, true, lex) : null;
          if (titled?.kind === "name") return titled;
        }
        if (after !== "") break;
      }
    }
    if (end - at >= 2) return { text: joinWords(tokens, at, role - at), kind: "role" };
  }
  return null;
}

/** A title abbreviated in lower case before a name: "ο κ. Παπαδόπουλος", "p. Kowalski". */
const abbreviatedTitle = (tokens: readonly Token[], at: number) =>
  tokens[at]?.after === "." && /^\p{Ll}{1,2}$/u.test(tokens[at]?.word ?? "") && nameWord.test(tokens[at + 1]?.word ?? "");

/** A subject whose last word is just before `end` (where a verb stands). */
function subjectEndingAt(tokens: readonly Token[], end: number, pronouns: Set<string>, lex: Lexicon): Subject | null {
  if (tokens[end - 1]?.after) return null;
  if (end === 1 && pronouns.has(tokens[0]?.lower ?? "")) return { text: tokens[0]?.word ?? "", kind: "pronoun" };
  if (nameRunAt(tokens, 0, end) === end) return { text: joinWords(tokens, 0, end), kind: "name" };
  // two people as one subject: "Fredrik og Vetle sier", "Smith and Jones said"
  if (pairAt(tokens, 0) === end) return { text: joinWords(tokens, 0, end), kind: "name" };
  const role = rolePhrase(tokens, 0, end);
  if (role) return { text: joinWords(tokens, 0, end), kind: "role" };
  // people described, not named, with no article: "officials said", "police say", "residents told"
  if (end <= 2 && tokens.slice(0, end).every((t) => roleWord(t, lex) && !pronouns.has(t.lower))) return { text: joinWords(tokens, 0, end), kind: "role" };
  return null;
}

/** Length of two name runs joined by "and" at `start` ("Fredrik og Vetle"), 0 when none. */
function pairAt(tokens: readonly Token[], start: number): number {
  const first = nameRunAt(tokens, start, 3);
  const and = tokens[start + first];
  if (first === 0 || tokens[start + first - 1]?.after !== "" || !and || and.after !== "" || !conjunctions.has(and.word)) return 0;
  const second = nameRunAt(tokens, start + first + 1, 3);
  return second > 0 ? first + 1 + second : 0;
}

/**
 * People named as the subject of a speech verb anywhere in `text` ("director Bong Joon Ho said
 * backstage …"), in order: they are who a later "he said" refers to.
 */
export function namedSpeakers(text: string, lex: Lexicon): string[] {
  // a paragraph with no speech verb names no speaker: told by one look at its lower-cased text
  // before it is split into words (most paragraphs have none)
  if (!mayHoldVerb(lex).test(text.toLocaleLowerCase())) return [];
  const tokens = tokenize(text);
  const found: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const verb = verbAt(tokens, i, lex);
    if (verb === 0) continue;
    const before = i === 0 ? null : tokens[i - 1]?.after === "," ? (nameBetweenCommas(tokens, i) ?? appositiveSubject(tokens, i)) : nameBefore(tokens, i, stopwordsOf(lex));
    // verb first: "sier Mæland", "said Amira Jadoon"
    const after = before ?? (tokens[i + verb - 1]?.after === "" ? nameAfterVerb(tokens, i + verb, lex) : null);
    if (after) found.push(personName(after, lex));
  }
  return found;
}

/**
 * The person named right after a verb of saying: a name ("said Amira Jadoon"), or a role with its
 * name set off by a comma ("said the leader of the group, Tom Ashby", "ha spiegato l'assessore ai
 * Lavori pubblici, Sergio Gambino"); null when a role names no one.
 */
function nameAfterVerb(tokens: readonly Token[], at: number, lex: Lexicon): string | null {
  const n = nameRunAt(tokens, at);
  if (n > 0) return joinWords(tokens, at, n);
  if (!determiners.has(tokens[at]?.lower ?? "")) return null;
  const subject = subjectAt(tokens, at, pronounSet(lex), true, lex);
  return subject?.kind === "name" ? subject.text : null;
}

/** The name run that ends right before `verb` ("director Bong Joon Ho said"). */
function nameBefore(tokens: readonly Token[], verb: number, stopwords: Set<string>): string | null {
  if (tokens[verb - 1]?.after) return null;
  // "Как отметил": a small word of the language, capitalised at a sentence start, is no name
  if (stopwords.has(tokens[verb - 1]?.lower ?? "") && (verb === 1 || /[.!?:;\n]/u.test(tokens[verb - 2]?.after ?? ""))) return null;
  for (let start = Math.max(0, verb - 5); start < verb; start++) {
    if (nameRunAt(tokens, start, verb - start) === verb - start) return joinWords(tokens, start, verb - start);
  }
  return null;
}

/** "Its operations director, Gareth Pellow, said": a name set off by commas right before the verb. */
function nameBetweenCommas(tokens: readonly Token[], verb: number): string | null {
  for (let start = Math.max(0, verb - 4); start < verb; start++) {
    const n = nameRunAt(tokens, start);
    if (start + n !== verb || n === 0) continue;
    const before = tokens[start - 1];
    if (!before || before.after === "," || /[.!?;:\n]$/.test(before.after)) return joinWords(tokens, start, n);
  }
  return null;
}

/**
 * "Dr Anita Sorensen, a consultant at UKHSA, said" / "Janet Morley, 71, who has lived there
 * since 1968, said": a name that opens a clause, then an aside between commas, then the verb.
 */
function appositiveSubject(tokens: readonly Token[], verb: number): string | null {
  for (let start = verb - 2; start >= Math.max(0, verb - 25); start--) {
    const before = tokens[start - 1];
    if (start > 0 && before && !/[.!?;:\n]$/.test(before.after)) continue;
    const n = nameRunAt(tokens, start);
    if (n > 0 && tokens[start + n - 1]?.after === ",") return joinWords(tokens, start, n);
  }
  return null;
}

/** A name as a person: titles off; of a long run (an organisation before a name), the last two words. */
export function personName(name: string, lex: Lexicon): string {
  let memo = persons.get(lex);
  if (!memo) persons.set(lex, (memo = new Map()));
  let person = memo.get(name);
  if (person === undefined) {
    // a small word of the language capitalised at a sentence's start is no part of the name
    // ("Volgens Matt Garman, …", "Según Ana López, …")
    const titled = compoundTitleOff(stripTitles(name, lex.titles), lex);
    const opener = titled.split(" ")[0] ?? "";
    const bare = titled.includes(" ") && stopwordsOf(lex).has(opener.toLocaleLowerCase()) && titled.split(" ").length >= 3 ? titled.slice(opener.length + 1) : titled;
    const parts = bare.split(" ");
    // (a small word after two names starts a place, not a surname: "Budi Santoso di Jakarta")
    const small = parts.findIndex((p, k) => k >= 2 && /^\p{Ll}/u.test(p));
    // (Korean, Japanese, Chinese, Thai put the title after the name, 도널드 트럼프 미국 대통령: the whole phrase is the person)
    // (a cut after "and" is no name: "رئیس سازمان برنامه و بودجه" is one body's head, kept whole)
    const joined = conjunctions.has(parts.at(-2) ?? "");
    // (in Arabic, where a role's words take the article, the name is the words from the first one
    // without it after one with it, "وزير النقل خالد الحسن"; a phrase without that shape is a role
    // kept whole, "الأمين العام للأمم المتحدة")
    const arabic = parts.length >= 4 && parts.some((p) => arabicDefinite.test(p));
    if (arabic) person = arabicNameAt(parts) ?? bare;
    else person = parts.length >= 4 && !joined && !/[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u.test(bare) ? (small >= 2 ? parts.slice(small - 2, small) : parts.slice(-2)).join(" ") : bare;
    if (memo.size >= 4096) memo.delete(memo.keys().next().value as string);
    memo.set(name, person);
  }
  return person;
}
/** Names recur through an article: each is read once. */
const persons = new WeakMap<Lexicon, Map<string, string>>();

/**
 * Who a pronoun or an unattributed quote refers to, read from the text just before it (`recent`,
 * oldest first: the paragraphs before the quote and its lead-in): in the last sentence that
 * names someone, the person said to speak, else the first full name.
 */
export function referent(recent: readonly string[], lex: Lexicon, skip?: (name: string) => boolean): string | null {
  for (let k = recent.length - 1; k >= 0; k--) {
    const found = referentIn(recent[k] ?? "", lex);
    // (a referent `skip` says no to, an organisation for "she", leaves the paragraph before)
    if (found && !skip?.(found)) return found;
  }
  return null;
}

/** Each paragraph's referent is read once (several quotes can follow the same paragraph). */
const referents = new WeakMap<Lexicon, Map<string, string | null>>();
function referentIn(text: string, lex: Lexicon): string | null {
  if (!text) return null;
  let memo = referents.get(lex);
  if (!memo) referents.set(lex, (memo = new Map()));
  const known = memo.get(text);
  if (known !== undefined) return known;
  const found = readReferent(text, lex);
  if (memo.size >= 4096) memo.delete(memo.keys().next().value as string);
  memo.set(text, found);
  return found;
}

/** The sentences of a paragraph, split where a capital or a quote mark opens the next. */
const sentencesOf = (text: string) => text.split(/(?<=[.!?…»”"])\s+(?=[\p{Lu}«»„“"–—-])|\n+/u).filter(Boolean);

/**
 * The name that opens a paragraph's last sentence when that sentence ends in a colon and leads in
 * to the quote after it ("Morrow put it this way:", "Песков ответил так:"), a surname alone too;
 * null otherwise. The caller checks that the article gives the name as a person's.
 */
export function leadInName(text: string, lex: Lexicon): string | null {
  if (!/:\s*$/u.test(text)) return null;
  const tokens = tokenize(sentencesOf(text).at(-1) ?? "");
  const n = stopwordsOf(lex).has(tokens[0]?.lower ?? "") ? 0 : nameRunAt(tokens, 0);
  return n > 0 && tokens[n - 1]?.after === "" ? personName(joinWords(tokens, 0, n), lex) : null;
}

function readReferent(text: string, lex: Lexicon): string | null {
  const sentences = sentencesOf(text);
  for (const sentence of sentences.reverse()) {
    const spoken = namedSpeakers(sentence, lex);
    if (spoken.length > 0) return spoken.at(-1) ?? null;
    const tokens = tokenize(sentence);
    for (let i = 0; i < tokens.length; i++) {
      const n = nameRunAt(tokens, i);
      // a run in capitals is a heading or an acronym, not a person ("IS CHANNELING")
      const shouted = n >= 2 && tokens.slice(i, i + n).every((t) => t.word.length >= 2 && t.word === t.word.toLocaleUpperCase());
      // (a body set off before a name between commas is the name's complement: "El presidente de la
      // Asociación de Propietarios, Javier Soler, cree …" is about Soler)
      const apposed = n >= 2 && tokens[i + n - 1]?.after === "," ? nameRunAt(tokens, i + n) : 0;
      if (apposed >= 2 && tokens[i + n + apposed - 1]?.after === ",") return personName(joinWords(tokens, i + n, apposed), lex);
      const cut = complementOff(tokens, i, n);
      if (n >= 2 && !shouted) return personName(joinWords(tokens, i + cut, n - cut), lex);
      if (n > 0) i += n - 1;
    }
  }
  return null;
}

/**
 * How many words of the name run at `start` (of `n` words) are the complement of a preposition
 * before it, not the person: one when three capitalised words or more follow a small linking
 * word ("l'assessore al Commercio Sara Rinaldi", "el alcalde de Níjar José Garrido"), else none.
 */
export function complementOff(tokens: readonly Token[], start: number, n: number): number {
  const before = tokens[start - 1];
  return n >= 3 && before !== undefined && before.after === "" && before.word === before.lower && stopsRole.has(before.lower) ? 1 : 0;
}

/** The titles of a lexicon in lower case, four letters or more, for the ends of compound words (made once). */
const titleEnds = new WeakMap<Lexicon, string[]>();

/**
 * "Fraktionschef Jonas Brück" → "Jonas Brück": where nouns are capitalised (German), a compound
 * that ends in a title before a full name of two words or more is the role, not the first name.
 */
function compoundTitleOff(name: string, lex: Lexicon): string {
  const parts = name.split(" ");
  if (parts.length < 3) return name;
  let ends = titleEnds.get(lex);
  if (!ends) titleEnds.set(lex, (ends = [...lex.titles.map((t) => t.toLocaleLowerCase()), ...compoundRoleEnds].filter((t) => t.length >= 4 && !t.includes(" ") && !t.endsWith("."))));
  const first = (parts[0] ?? "").toLocaleLowerCase();
  return ends.some((t) => first.length > t.length + 2 && first.endsWith(t)) ? parts.slice(1).join(" ") : name;
}

/** "Mayor Ingrid Solberg" → "Ingrid Solberg"; a title alone stays as it is. */
export function stripTitles(name: string, titles: readonly string[]): string {
  let rest = name;
  for (let changed = true; changed; ) {
    changed = false;
    for (const title of titles) {
      if (rest.startsWith(`${title} `) && rest.length > title.length + 1) {
        rest = rest.slice(title.length + 1);
        changed = true;
      }
    }
  }
  return rest;
}
