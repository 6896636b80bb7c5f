/**
 * Quotes in plain text: dash quotes ("– We have to deal …, Peskov said.") and quote-mark quotes
 * ("“…,” said X.", "X said: “…”", „…“, »…«, « … »), also running over several paragraphs.
 * The quoted words go to `text`, the rest of the paragraph to `attribution`.
 */
import { firstWords, isCalendarWord, nameRunAt, namedSpeakers, openingVerb, readAttribution, stopwordsOf, tokenize, type Subject, type Token } from "../attribution.js";
import type { Lexicon } from "../lexicon/index.js";
import type { Unit } from "./units.js";
import { caselessSubject, clauseSubject, hasSpeechVerb } from "../subjects.js";
import { accordingAfter, allComplementisers, allQuotatives, verbFinalVerbs } from "../lexicon/speech.js";
import { countWords } from "../segments.js";

export interface TextQuote {
  text: string;
  attribution: string | null;
  subject: Subject | null;
}

const dashOpener = /^[–—―-]\s*(?=\S)/u;

/** "– Words, X said." → the quote; null when `text` does not open with a dash. */
export function readDashQuote(text: string, lex: Lexicon): TextQuote | null {
  const opener = dashOpener.exec(text);
  // a hyphen opens speech when a space follows it, or when it is glued to the first word of a
  // long paragraph ("-نحن في السودان لا نعرف …" in an interview); never "-5 degrees"
  if (!opener || (text.startsWith("-") && !/^-\s/.test(text) && !(/^-\p{L}/u.test(text) && wordCount(text) >= 8))) return null;
  const body = text.slice(opener[0].length);
  let last: RegExpMatchArray | null = null;
  // the speech ends at a comma, a question or exclamation mark, or a dash after a space (Polish,
  // Russian: "– …  – mówi X"; Spanish, Portuguese, Catalan raya: "—… —dijo X—. …")
  for (const split of body.matchAll(/([,?!…])(?:\s*[–—]\s*|\s+)|\s[–—]\s*(?=\S)/gu)) {
    const at = split.index ?? 0;
    const from = at + split[0].length;
    // an attribution is read from its first words: each comma costs the same in a long paragraph
    const subject = readAttribution(firstWords(body.slice(from, from + 400)), lex);
    if (subject) return speechAround(body, at, split[1], from, subject);
    // a spaced dash then a verb of saying, read by structure ("– … – argumentował jeden z posłów")
    const dashed = split[1] === undefined ? clauseSubject(firstWords(body.slice(from, from + 400), 12), lex) : null;
    if (dashed) return speechAround(body, at, split[1], from, dashed);
    // a verb of saying opening the clause, then a role in its definite form and the clause's end
    // ("…, forsikrer duoen, som …", "…, sier treneren."): the clause read by structure
    const clause = /^[^,.;!?]*/u.exec(body.slice(from, from + 200))?.[0] ?? "";
    const opened = openingVerb(clause, lex) > 0 && wordCount(clause) <= 5 ? clauseSubject(clause, lex) : null;
    if (opened && opened.kind !== "pronoun") return speechAround(body, at, split[1], from, opened);
    last = split;
  }
  const commaless = commalessAttribution(body, lex);
  if (commaless) return commaless;
  // no listed reading: the last clause, when it is a short attribution read by structure (“…, сказав прем'єр-міністр.”)
  if (last) {
    const from = (last.index ?? 0) + last[0].length;
    const clause = body.slice(from);
    const subject = wordCount(clause) <= 12 ? clauseSubject(clause, lex) : null;
    if (subject) return { text: body.slice(0, last.index ?? 0) + (last[1] === "," ? "" : (last[1] ?? "")), attribution: clause, subject };
  }
  return { text: body, attribution: null, subject: null };
}

/**
 * A dash quote whose attribution ends it with no comma before it, as copy sometimes prints it
 * (`– … på så kort tid forteller duoen.`): a verb of saying and its subject are the paragraph's
 * last two to four words, the subject running to the end (not `… det han sier han skal.`).
 */
function commalessAttribution(body: string, lex: Lexicon): TextQuote | null {
  const end = body.trimEnd();
  if (!/[\p{L}\p{N}][.!]?$/u.test(end)) return null;
  // the last words with where they start (only the paragraph's end is read: a long one costs the same)
  const from = Math.max(0, end.length - 160);
  const words = [...end.slice(from).matchAll(/\S+/gu)].map((m) => ({ word: m[0], at: from + (m.index ?? 0) }));
  if (words.length < 5) return null;
  for (let k = Math.max(3, words.length - 4); k <= words.length - 2; k++) {
    const tail = end.slice(words[k]?.at ?? 0);
    const verb = openingVerb(tail, lex);
    if (verb === 0) continue;
    const subject = readAttribution(tail, lex) ?? clauseSubject(tail, lex);
    // the subject is every word after the verb ("forteller duoen", not "sier i Trøndelag")
    const rest = words.slice(k + verb).map((w) => w.word).join(" ").replace(/[.!]$/u, "");
    if (!subject || subject.implicit || subject.text !== rest) continue;
    return { text: end.slice(0, words[k]?.at ?? 0).trimEnd().replace(/,$/u, ""), attribution: tail, subject };
  }
  return null;
}

/**
 * The end of an attribution set into speech: a dash glued to its last word ("—dijo X—. Más",
 * "—va dir X—, però …"), or a sentence's end and a new speech dash ("…, sier Hansen. – Vi …",
 * "…, — сказал он. — Ещё …", "…, — сказал он, — и …"). The speech goes on after it.
 */
const incisoEnd = /(?<=[^\s–—])[–—](?=[.,;:…]|\s+[¿¡]|$)|(?<=[.!?…,])\s+[–—―]\s+(?=\S)/u;

/**
 * A dash quote split at `at` (the speech before it, the mark `mark` kept unless a comma), the
 * attribution from `from`: where the attribution is an inciso that the speech resumes after,
 * the speech goes on after it and the attribution is the inciso alone (the paragraph stays
 * printed as written).
 */
function speechAround(body: string, at: number, mark: string | undefined, from: number, subject: Subject): TextQuote {
  const kept = mark === "," ? "" : (mark ?? "");
  const before = body.slice(0, at) + kept;
  const rest = body.slice(from);
  const end = incisoEnd.exec(rest);
  if (end && wordCount(rest.slice(0, end.index)) <= 16) {
    const after = rest.slice(end.index + end[0].length);
    // the punctuation after a closing dash belongs to the speech ("—dijo X—. Ahora" → "…. Ahora")
    const punct = /^[.,;:]/u.exec(after)?.[0] ?? (/^\s/u.test(end[0]) ? (rest.charAt(end.index - 1) === "," ? "," : ".") : "");
    const resumed = after.slice(/^[.,;:]/u.test(after) ? 1 : 0).trim();
    if (resumed !== "" && /[\p{L}\p{N}]/u.test(resumed)) {
      const joint = /[.!?…,;:]$/u.test(before) ? "" : punct;
      return { text: `${before}${joint} ${resumed}`, attribution: rest.slice(0, end.index).replace(/[.,\s]+$/u, "").trim(), subject };
    }
  }
  return { text: before, attribution: rest, subject };
}

const closers: Record<string, string[]> = {
  // copy mixes straight and curly marks ("…” and “…"): either closes
  "“": ["”", "“", '"'], "„": ["“", "”"], "»": ["«", "»"], "«": ["»"], '"': ['"', "”"], "‘": ["’"], "‚": ["‘", "’"], "‹": ["›"], "›": ["‹"],
  "”": ["”"], "「": ["」"], "『": ["』"],
  // Hebrew prints speech between gershayim or straight marks: ״…״
  "״": ["״", '"'],
  // a straight single mark opens speech at the start of a paragraph ('…', zegt X)
  "'": ["'"],
};
/** Corner brackets (Japanese, Chinese) close a quote even when a word follows at once: 「…」と述べた. */
const brackets = new Set(["「", "『"]);
/** A letter of a script with case: a closing mark is not followed by one ("don’t" is not a close). */
const casedLetter = /[\p{Lu}\p{Ll}\p{Lt}]/u;
const openers = Object.keys(closers);
/** The opening marks as a set, for the scan of a paragraph character by character. */
const openerSet = new Set(openers);

/** Index of the mark that closes a quote opened with `opener`, searching from `from`; -1 if none. */
function findClose(text: string, opener: string, from: number): number {
  const marks = closers[opener] ?? [];
  for (let i = from; i < text.length; i++) {
    const c = text.charAt(i);
    if (!marks.includes(c)) continue;
    const next = text.charAt(i + 1);
    // a closing mark follows a word, except French guillemets, which stand apart: « … »
    // (and single guillemets the same way, ‹ … ›, as Swiss and French copy prints a quote within one)
    const spaced = ((c === "»" || c === "«") && opener === "«") || ((c === "›" || c === "‹") && opener === "‹");
    if (i > from && (text.charAt(i - 1) !== " " || spaced) && (brackets.has(opener) || !casedLetter.test(next))) return i;
  }
  return -1;
}

interface Segments {
  quoted: string[];
  other: string[];
  /** The last quote opened in the text was not closed: it runs on into the next paragraph. */
  open: boolean;
  /** The text ends inside or right after a quote (nothing but punctuation after the last close). */
  endsQuoted: boolean;
}

/** Splits text that starts with a quote mark into quoted and other parts. */
function segments(text: string): Segments {
  const result: Segments = { quoted: [], other: [], open: false, endsQuoted: false };
  let pos = 0;
  while (pos < text.length) {
    const opener = text.charAt(pos);
    const close = findClose(text, opener, pos + 1);
    if (close < 0) {
      result.quoted.push(text.slice(pos + 1).trim());
      result.open = true;
      result.endsQuoted = true;
      return result;
    }
    result.quoted.push(text.slice(pos + 1, close).trim());
    const nextOpen = findNextOpener(text, close + 1);
    const between = text.slice(close + 1, nextOpen < 0 ? text.length : nextOpen).trim();
    if (between) result.other.push(between);
    if (nextOpen < 0) {
      result.endsQuoted = !/[\p{L}\p{N}]/u.test(between);
      return result;
    }
    pos = nextOpen;
  }
  return result;
}

function findNextOpener(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === "'" && i !== 0) continue;
    if (openerSet.has(c) && (i === 0 || brackets.has(c) || /[\s(:;,—–\-：，、]/u.test(text.charAt(i - 1)) || gluedPrefix(text, i)) && (/\S/.test(text.charAt(i + 1)) || c === "«" || c === "‹")) return i;
  }
  return -1;
}

/**
 * Hebrew glues a one-letter word to the quote it introduces (אמרה ש"…", ו"…"): a mark after such
 * a letter standing alone opens speech when a word of two letters or more follows (not ש"ח, an acronym).
 */
function gluedPrefix(text: string, i: number): boolean {
  return /[שוהבלכמ]/u.test(text.charAt(i - 1)) && (i === 1 || /\s/u.test(text.charAt(i - 2))) && /^\p{Script=Hebrew}{2}/u.test(text.slice(i + 1, i + 3));
}

/** Direction marks (U+200E, U+200F, embeddings, isolates) set around quotes in right-to-left copy: read past them (the block keeps `printed`). */
const bidiMark = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
const withoutBidi = (text: string) => (bidiMark.test(text) ? text.replace(new RegExp(bidiMark.source, "gu"), "") : text);

const trimPunctuation = (s: string) => s.replace(/^[\s,;:–—،؛-]+/u, "").trim();

/**
 * A paragraph that opens with quoted speech is a quote: `“Words,” said X.`, `«No lo sé», manifestó
 * Castro, …`, a whole quoted paragraph. Not a quoted title (`“Parasite,” the satire, …`): speech
 * is punctuated and runs to three words or more, or is attributed.
 */
export function readMarkQuote(printed: string, lex: Lexicon): (TextQuote & { open: boolean }) | null {
  const text = withoutBidi(printed);
  if (!openers.includes(text.charAt(0))) return null;
  const parts = segments(text);
  const first = parts.quoted[0] ?? "";
  // (a full stop after the closing mark is no attribution: «…».)
  const other = parts.other.map(trimPunctuation).filter((o) => /[\p{L}\p{N}]/u.test(o));
  const join = (xs: string[]) => xs.join(" ").replace(/\s+/g, " ").trim();
  if (other.length === 0) {
    // the whole paragraph is quoted; an attribution set into it between speech dashes, as Russian
    // and Ukrainian print it («Мы готовы, — сказал Песков. — Но …»), is read as in a dash quote
    const whole = join(parts.quoted);
    // (a few words in straight single marks with no end punctuation are a heading or a title, not speech: "'We've been here before'")
    if (text.charAt(0) === "'" && !/[\p{P}]$/u.test(whole) && wordCount(whole) <= 8) return null;
    const inciso = /[,?!…]\s+[–—]\s+\S/u.test(whole) ? readDashQuote(`— ${whole}`, lex) : null;
    if (inciso?.subject && inciso.attribution) return { ...inciso, open: parts.open };
    return { text: whole, attribution: null, subject: null, open: parts.open };
  }
  // the source in brackets after the quote, as Japanese papers print it: 「…」（関係者）
  // (a few words may close the sentence after it: 「…」（広告代理店幹部）との声もある。; a bracket with a comma is a time or place: （5日、都内で）)
  const bracketed = other.length === 1 ? /^[（(]([^（()）、，,]{1,30})[）)]\s*(?:[との][^「」『』（()）、，。.]{0,10})?[。.]?$/u.exec(other[0] ?? "") : null;
  const said = bracketed ? { text: (bracketed[1] ?? "").trim(), kind: "name" as const } : (readAttribution(firstWords(other[0] ?? ""), lex) ?? tailSubject(other[0] ?? "", lex));
  // the quoted words end in punctuation: inside the marks (“…,” said) or right after them („…“, sagte),
  // or a speech dash follows them („…” – powiedział, «…» — сказал): the dash is the comma there
  const firstClose = findClose(text, text.charAt(0), 1);
  const punctuated = /[,.?!…、。，！？،؟]$/u.test(first) || /^(?:[,.，。،]|\s[–—]\s)/u.test(text.slice(firstClose + 1));
  const words = wordCount(first);
  // scripts without case often print no comma between a quote and its attribution (“…” นายกรัฐมนตรีกล่าว)
  const caselessSpeech = said !== null && words >= 3 && !casedLetter.test(first);
  // a straight single mark is also an apostrophe or a title's mark: speech only when attributed
  if (text.charAt(0) === "'" && !said) return null;
  // where no comma parts a quote from the verb that names its speaker (Turkish `"…" diyen X`), three words make speech
  // (or a verb of saying and a role in lower case: `"…" diyor bakkal.`)
  const verbNext = said !== null && words >= 3 && (readAttribution(firstWords(other[0] ?? "", 8), lex) !== null || openingVerb(other[0] ?? "", lex) > 0) && /^\s+\p{Ll}/u.test(text.slice(firstClose + 1));
  // a quotative glued to the close that goes on to more speech and the verb at the paragraph's end
  // (“…”이라며 “…”고 그는 주장했다, 「…」と語り、「…」と述べた): the verb's clause names the speaker
  const last = other.at(-1) ?? "";
  const chained = !said && other.length > 1 && particleScript.test(other[0] ?? "") && leadingQuotative.test(text.slice(firstClose + 1)) && hasSpeechVerb(last, lex);
  const saidLast = chained ? tailSubject(last, lex) : null;
  // the quoted words run on into the sentence, its attribution closing it after a comma
  // (`"We don't want those people" working in prisons, she said. "…"`): speech of three words or more
  const closing = !said && !chained && words >= 3 ? closingAttribution(other[0] ?? "", lex) : null;
  const speech = bracketed ? words >= 2 : said ? punctuated || caselessSpeech || verbNext : chained || closing !== null || (punctuated && words >= 3) || words >= 6;
  if (!speech) return null;
  const subject = said ?? saidLast ?? closing ?? namedNear(other[0] ?? "", lex);
  return { text: join(parts.quoted).replace(/,$/, ""), attribution: join(other), subject, open: parts.open };
}

/**
 * An attribution that closes the sentence after a quote, set off by a comma: `… in prisons, she
 * said.` (a pronoun or a name and the verb, five words at most, then the sentence ends); null when none.
 */
function closingAttribution(clause: string, lex: Lexicon): Subject | null {
  const comma = clause.lastIndexOf(", ");
  if (comma < 0) return null;
  const rest = clause.slice(comma + 2).trim();
  if (!/[.!?…]$/u.test(rest) || wordCount(rest) > 5) return null;
  const subject = readAttribution(rest, lex);
  return subject && !subject.implicit && subject.kind !== "role" ? subject : null;
}

/** A quotative particle glued after a closing mark: 」と, "라고, "고, " diye (the quote's, not the speaker's). */
const leadingQuotative = /^(?:などと|とし|と|って|이라고|라고|이라면서|라면서|면서|이라며|라며|며|고|diye)(?=[\s\p{L}\p{P}]|$)\s*/u;
/** Korean "the words of X": the speaker's name (an age in brackets, 씨) before 의 and a noun of speech, ending the sentence. */
const wordsOfSpeaker = /(?:^|\s)([^\s"“”]{2,}(?:\s*[（(]\d{1,3}[）)])?\s*(?:씨)?)\s*의\s*(?:말|설명|주장|얘기|이야기|전언|지적)(?:이)?다[.。]?$/u;
/** Scripts whose subjects a particle marks (Japanese は/が, Korean 은/는/이/가). */
const particleScript = /[\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Kana: a verb of saying is glued to the words around it, which a word splitter cuts apart. */
const kana = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * The speaker in the clause after a quote, read by structure. In a script without case the
 * verb comes last and the speaker stands before it, marked by a particle (」と山田市長は述べた,
 * "…"라고 김 시장은 말했다); a clause of the verb alone (」と述べた。, "…"고 강조했다.) names nobody.
 */
function tailSubject(clause: string, lex: Lexicon): Subject | null {
  // Korean: "these are the words of X" after the quote ("…" 마포구에 사는 이순자(72)씨의 말이다.)
  const words = /\p{Script=Hangul}/u.test(clause) ? wordsOfSpeaker.exec(clause.trim()) : null;
  if (words) return { text: (words[1] ?? "").replace(/\s*[（(][^（()）]*[）)]\s*/gu, "").replace(/\s*씨$/u, ""), kind: "name" };
  // Chinese: the subject opens the clause after the quote, then where and the verb (”市长王建国在会上说。)
  if (/^[\s\p{P}]*\p{Script=Han}/u.test(clause) && !particleScript.test(clause) && hasSpeechVerb(clause, lex)) {
    const subject = caselessSubject(clause.replace(/^[\s\p{P}]+/u, ""), lex);
    if (subject) return subject;
  }
  // Hindi, Nepali: the subject stands right before its marker (…," मालवीय नगर की निवासी सुनीता देवी ने कहा।), not at the clause's start
  if (/\p{Script=Devanagari}/u.test(clause) && hasSpeechVerb(clause, lex)) {
    const subject = caselessSubject(clause.replace(/^[\s\p{P}]+/u, ""), lex);
    if (subject) return subject;
  }
  // Arabic: the verb first, then a role and the name at its end («…»، قالت الساكنة في حي النور فاطمة الزهراني.)
  if (/^[\s\p{P}]*\p{Script=Arabic}/u.test(clause) && hasSpeechVerb(clause, lex)) {
    const subject = caselessSubject(clause.replace(/^[\s\p{P}]+/u, ""), lex);
    if (subject && subject.text.includes(" ")) return subject;
  }
  if (!particleScript.test(clause) || !hasSpeechVerb(clause, lex)) return clauseSubject(clause, lex);
  const bare = clause.replace(/^[\s\p{P}]+/u, "").replace(leadingQuotative, "");
  return caselessSubject(bare, lex) ?? (kana.test(bare) ? null : clauseSubject(clause, lex));
}

/** A weekday's or a month's name, or one with a case ending of up to three letters (Kazakh "Желтоқсанда", "in December"). */
function calendarForm(word: string, lex: Lexicon): boolean {
  if (isCalendarWord(word, lex)) return true;
  for (let cut = 1; cut <= 3 && word.length - cut >= 4; cut++) if (isCalendarWord(word.slice(0, -cut), lex)) return true;
  return false;
}

/** Words by Unicode's rules (a text without spaces is not one word). */
export const wordCount = (text: string): number => countWords(text);

/**
 * Who a clause after a quote names, when no verb of saying is known: the person said to speak
 * in it, else a name among its first words (`manifestó Castro, que …`). Null when none.
 */
function namedNear(clause: string, lex: Lexicon): Subject | null {
  const head = firstWords(clause, 10);
  const spoken = namedSpeakers(head, lex)[0];
  if (spoken) return { text: spoken, kind: "name" };
  const tokens = tokenize(head);
  for (let i = 0; i < Math.min(tokens.length, 6); i++) {
    const n = nameRunAt(tokens, i);
    // a weekday or a month, in any case of it, is when, not who ("Cümə günü Həsənova qeyd edib", "Желтоқсанда министр …")
    if (n === 1 && calendarForm(tokens[i]?.word ?? "", lex)) continue;
    // a small word of the language capitalised as a sentence opens is no name ("” Ez állt a táblán", "This was …")
    if (n === 1 && stopwordsOf(lex).has(tokens[i]?.lower ?? "")) continue;
    if (n > 0) return { text: tokens.slice(i, i + n).map((t) => t.word).join(" "), kind: "name" };
    if (tokens[i]?.after && /[.!?;]/u.test(tokens[i]?.after ?? "")) break;
  }
  return null;
}

/**
 * A paragraph of one lead-in and a quote that runs to its end: `X said: “Words.”`, `Speaking
 * through an interpreter he added; “It is true …”`; or, where the verb comes after the quote,
 * a lead-in, the quote and that verb: `岸田首相は「…」と述べた。`, `윤 대통령은 "…"라고 말했다.`,
 * `Erdoğan, "…" dedi.` A paragraph that opens with narrative and quotes someone later is not
 * one: the lead-in is one short clause, and after the quote comes nothing but that verb.
 */
export function readIntroducedQuote(printed: string, lex: Lexicon): (TextQuote & { open: boolean }) | null {
  const text = withoutBidi(printed);
  const start = findNextOpener(text, 1);
  if (start < 2 || start > 200) return null;
  const lead = text.slice(0, start);
  const intro = lead.trim();
  // a colon, or a verb of saying that ends the lead-in (นายสมชาย กล่าวว่า “…”, דוד כהן אמר "…")
  const colon = /[:;,：，،]\s*$/u.test(lead) || endsInSpeechVerb(intro, lex) || endsInComplementiser(intro, lex);
  // where the verb comes after the quote, the lead-in is one clause (no sentence ends in it)
  if (!colon && (wordCount(intro) > 30 || /[!?。！？]|\p{Ll}{2}\.\s/u.test(intro))) return null;
  // a lead-in is one attribution: a sentence before it ("Boats will move. Fisher Ana Lee said: “…”",
  // "어선들은 … 한다. 어민 이순자 씨는 \"…\"고 했다") makes the paragraph narrative that quotes later
  if (sentenceBefore(intro)) return null;
  const parts = segments(text.slice(start));
  const tail = parts.endsQuoted ? "" : (parts.other.at(-1) ?? "");
  const between = parts.endsQuoted ? parts.other : parts.other.slice(0, -1);
  // (between two quotes, nothing but a quotative that chains them: “…”며 “…”이라고 강조했다, or a short clause of saying)
  if (between.some((o) => /[\p{L}\p{N}]/u.test(o) && !joinsQuotes(o, lex))) return null;
  // after the quote: nothing, or the verb of saying that closes it ("と述べた。", "dedi.", "he said.")
  // (in Korean the quotative particle glued to the close says it was said, whatever clause ends the
  // sentence: 이 관계자는 "…"며 말을 아꼈다, 검찰은 "…"며 징역 5년을 구형했다)
  // (speech of three words or more: "규제 완화"라며 … is a term in marks)
  const quotative = /\p{Script=Hangul}/u.test(tail) && leadingQuotative.test(tail) && !/[.!?。]\s*\S/u.test(tail.trim()) && wordCount(parts.quoted.join(" ")) >= 3;
  const tailVerb = tail !== "" && wordCount(tail) <= 8 && (hasSpeechVerb(tail, lex) || quotative);
  if (tail !== "" && !tailVerb) return null;
  if (!colon && !tailVerb) return null;
  const quoted = parts.quoted.join(" ").trim();
  // without a comma or colon before the quote, only a subject marked by a particle leads in
  // (は, 은/는, ने): `Le conflit a pris un «caractère mondial», affirme Poutine` is narrative
  // (a short quote too when the verb of saying closes it: 그는 "규제를 완화하겠다"고 덧붙였다)
  // (a script without case, or a tail that is the verb alone: `Ayşe Demir açıklamada "…" dedi.`)
  if (!colon && ((casedLetter.test(intro) && !(tailVerb && verbOnly(tail, lex))) || (wordCount(quoted) < 3 && !tailVerb))) return null;
  const verbInLead = hasSpeechVerb(intro, lex);
  const subject =
    attributionWithin(intro, lex) ??
    // (the verb alone after the quote, "dedi.", leaves the speaker to the lead-in: not read as a pronoun)
    (tailVerb ? explicit(readAttribution(firstWords(trimPunctuation(tail)), lex)) : null) ??
    (verbInLead || tailVerb ? (caselessSubject(intro, lex) ?? clauseSubject(tailVerb ? tail : intro, lex) ?? pronounIn(intro, lex)) : null) ??
    // (a script without case, the verb alone after the quote: the lead-in and the verb are one
    // clause, its subject the phrase that opens it: `ከንቲባዋ በሥነ ሥርዓቱ ላይ “…” ብለዋል።`)
    (tailVerb && !casedLetter.test(intro) && verbOnly(tail, lex) ? clauseSubject(`${intro} ${tail.trim()}`, lex) : null) ??
    // (or a verb of saying and a comma: "Hawk Sawyer issued a statement, saying, “…”")
    (((/[:：]\s*$/u.test(lead) || (verbInLead && /,\s*$/u.test(lead))) && wordCount(quoted) >= 6) || tailVerb ? firstName(intro, tailVerb ? 1 : 2) : null);
  // a lead-in of the verb alone ("وأضاف:", "Er fügte hinzu:"): the speaker is the person just named
  // (or "according to him": לדבריו, "…")
  const verbAlone = verbInLead && /[:：,，]\s*$/u.test(lead) && wordCount(intro) <= 2;
  if (!subject && !tailVerb && !verbAlone) return null;
  return { text: quoted, attribution: tailVerb ? `${intro} ${tail.trim()}` : intro, subject: subject && caseOff(apposedName(intro, subject) ?? subject, intro), open: parts.open };
}

/**
 * A name before "according to" written after it takes a case ending after an apostrophe (Turkish
 * `Murat Aksoy'a göre`, `Ayşe Kaya'ya göre`): the person is the name without it.
 */
function caseOff(subject: Subject, intro: string): Subject {
  const last = (intro.split(/\s+/u).at(-1) ?? "").replace(/[\p{P}]+$/u, "");
  return subject.kind === "name" && accordingAfter.has(last) ? { ...subject, text: subject.text.replace(/['’]\p{Ll}{1,3}$/u, "") } : subject;
}

/**
 * The person's name set off by commas right after the subject a lead-in names by a role
 * ("Menurut Kepala Dinas Pertamanan, Budi Hartono, “…”", "Según el jefe de bomberos, Luis Vega,
 * «…»"): the name, when two capitalised words or more stand alone between the commas.
 */
function apposedName(intro: string, subject: Subject): Subject | null {
  if (subject.kind === "pronoun") return null;
  const at = intro.indexOf(subject.text);
  if (at < 0) return null;
  const rest = intro.slice(at + subject.text.length);
  if (!/^\s*[,،]\s/u.test(rest)) return null;
  const tokens = tokenize(rest.replace(/^\s*[,،]\s*/u, ""));
  const n = nameRunAt(tokens, 0, 4);
  return n >= 2 && (n === tokens.length || /^[,،:]/u.test(tokens[n - 1]?.after ?? "")) ? { text: tokens.slice(0, n).map((t) => t.word).join(" "), kind: "name" } : null;
}

/**
 * What may stand between two quotes of one speaker where the verb comes last: the quotative
 * particle that chains them (`"…"며 "…"고 강조했다`, `「…」とし、「…」と述べた`) or a short clause of saying.
 */
const joinsQuotes = (between: string, lex: Lexicon) =>
  (particleScript.test(between) && between.replace(leadingQuotative, "").replace(/[\s\p{P}]+/gu, "") === "") ||
  (wordCount(between) <= 3 && !/[.!?。！？]/u.test(between) && hasSpeechVerb(between, lex));

/** Whether a lead-in holds a whole sentence before its last clause, in any script (4 words or more, then a stop). */
function sentenceBefore(intro: string): boolean {
  const stops = [...intro.matchAll(/[。！？]|[.!?।؟۔](?=\s)/gu)];
  const last = stops.at(-1);
  if (last?.index === undefined) return false;
  return wordCount(intro.slice(0, last.index)) >= 4 && wordCount(intro.slice(last.index + 1)) >= 1;
}

/** Whether the last word of a lead-in (after a quotative: "กล่าวว่า", "said that") is a verb of saying. */
function endsInSpeechVerb(intro: string, lex: Lexicon): boolean {
  const words = intro.split(/\s+/u);
  // ("according to" after the speaker: `Murat Aksoy'a göre "…"`, in a cased script too)
  if (accordingAfter.has((words.at(-1) ?? "").replace(/[\p{P}]+$/u, ""))) return true;
  if (casedLetter.test(intro)) return false;
  return hasSpeechVerb(words.at(-1) ?? "", lex) || (allQuotatives.includes(words.at(-1) ?? "") && hasSpeechVerb(words.at(-2) ?? "", lex));
}

/**
 * Whether a lead-in ends in a verb of saying and the word that joins it to what was said
 * ("Ο Παπαδόπουλος δήλωσε ότι «…»", "وأكد الوزير أن \"…\"", "X said that “…”"): the verb stands
 * among the last words before it.
 */
function endsInComplementiser(intro: string, lex: Lexicon): boolean {
  const words = intro.split(/\s+/u);
  const last = (words.at(-1) ?? "").toLocaleLowerCase().replace(/[\p{P}]+$/u, "");
  // (the verb right before it, or with one word between: "δήλωσε ότι", "said today that"; where the
  // subject follows the verb, as in Arabic, the name between them: "وأكد وزير المالية محمد علي أن")
  const reach = casedLetter.test(intro) ? 2 : 6;
  return allComplementisers.has(last) && words.length >= 2 && hasSpeechVerb(words.slice(-1 - reach, -1).join(" "), lex);
}

/**
 * A clause after a quote that is its verb of saying and nothing else (" dedi.", " diye konuştu.",
 * "」と述べた。"): the speaker stood before the quote, as where the verb comes last (SOV).
 */
function verbOnly(tail: string, lex: Lexicon): boolean {
  const bare = tail.replace(/^[\s\p{P}]+/u, "").replace(leadingQuotative, "");
  // (a verb of a language that puts it last: "dedi", not "said")
  const words = bare.replace(/[\p{P}]+$/u, "").split(/\s+/u);
  const final = words.some((_, k) => verbFinalVerbs.has(words.slice(k).join(" ")));
  return final && wordCount(bare) <= 3 && !/\p{Lu}/u.test(bare) && clauseSubject(bare, lex) === null;
}

/** A subject that some word names (not the verb alone), else null. */
const explicit = (subject: Subject | null): Subject | null => (subject?.implicit ? null : subject);

/** "He also said": a pronoun in a lead-in that holds a verb of saying. */
function pronounIn(clause: string, lex: Lexicon): Subject | null {
  const pronouns = new Set(lex.pronouns.map((p) => p.toLocaleLowerCase()));
  const found = tokenize(clause).slice(0, 4).find((t) => pronouns.has(t.lower));
  return found ? { text: found.word, kind: "pronoun" } : null;
}

/** An attribution anywhere in a short clause ("Speaking through an interpreter he added"). */
function attributionWithin(clause: string, lex: Lexicon): Subject | null {
  const tokens = tokenize(clause);
  if (tokens.length > 40) return null;
  const spoken = namedSpeakers(clause, lex).at(-1);
  if (spoken) return { text: spoken, kind: "name" };
  const raw = clause.split(/\s+/).filter(Boolean);
  for (let start = 0; start < raw.length; start++) {
    // (the verb alone at the lead-in's end, "رئیس سازمان … گفت:", leaves the subject to the words before it)
    const subject = explicit(readAttribution(raw.slice(start).join(" "), lex));
    if (subject) return subject;
  }
  return null;
}

/**
 * "El economista Jordi Ferrando, profesor …, lo resume así" → the first name in it (of `least`
 * words or more). A capitalised word that opens the clause before words in lower case is a
 * common noun at a sentence's start when a full name follows them: the person is that name
 * ("Mahalle sakinlerinden Ayşe Demir, …", "Emekli öğretmen Fatma Yıldız, …").
 */
function firstName(clause: string, least = 2): Subject | null {
  const tokens = tokenize(clause);
  for (let i = 0; i < tokens.length; i++) {
    // (the whole run: a body and a title before the name, "Liman İşletmesi Genel Müdürü Ayşe Kaya", are taken off later)
    const n = nameRunAt(tokens, i, 8);
    if (n === 1 && i === 0 && tokens[0]?.after === "" && /^\p{Ll}/u.test(tokens[1]?.word ?? "")) {
      const later = fullNameAfter(tokens, 1);
      if (later) return later;
    }
    if (n >= least) return { text: tokens.slice(i, i + n).map((t) => t.word).join(" "), kind: "name" };
  }
  return null;
}

/** The first run of two capitalised words or more from `from` on, after words in lower case only; null when none. */
function fullNameAfter(tokens: readonly Token[], from: number): Subject | null {
  for (let i = from; i < tokens.length && i < from + 4; i++) {
    const n = nameRunAt(tokens, i, 8);
    if (n >= 2) return { text: tokens.slice(i, i + n).map((t) => t.word).join(" "), kind: "name" };
    if (n > 0 || tokens[i]?.after !== "") return null;
  }
  return null;
}

/** `— Tottenham Hotspur (@SpursOfficial) November 20, 2019`: the signature under an embedded post. */
const signature = /^[—–―-]\s*(\S.{0,80}?)\s*\(@[\p{L}\p{N}_.]{1,30}\)(?:\s|$)/u;

/**
 * An embedded post (a tweet) over its signature line: a quote of the account holder, the
 * signature its attribution (spec, "Embedded posts"). Null when `next` is no signature.
 */
export function readEmbeddedPost(post: { text: string }, next: { text: string } | undefined): TextQuote | null {
  // (a signature holds "(@": other lines are not tried against the expression)
  const signed = next && next.text.includes("(@") ? signature.exec(next.text) : null;
  if (!signed || !next || signature.test(post.text)) return null;
  const text = post.text.replace(/^[“"«„]|[”"»“]$/gu, "");
  return { text, attribution: next.text.replace(/^[—–―-]\s*/u, ""), subject: { text: signed[1] ?? "", kind: "name" } };
}

/** Continuation of an open quote in the next paragraph: it opens with a quote mark again. */
export function continuesQuote(text: string): boolean {
  return openers.includes(text.charAt(0));
}

/** The part of a continued quote paragraph: quoted words and, after the close, an attribution. */
export function readContinuation(text: string, lex: Lexicon): TextQuote & { open: boolean } {
  const parts = segments(text);
  const other = parts.other.map(trimPunctuation).filter(Boolean);
  const attribution = other.length ? other.join(" ") : null;
  return { text: parts.quoted.join(" ").trim(), attribution, subject: attribution ? readAttribution(attribution, lex) : null, open: parts.open };
}

/**
 * A quote that opens at `units[at]` and, left open, runs on into the next paragraphs that open
 * with a mark again: one part per paragraph. The first part takes the first attribution found
 * among them (“We will …  / “And …,” Smith said.); a later part without one is the same speaker's.
 */
export function continuedQuote(first: TextQuote & { open: boolean }, units: readonly Unit[], at: number, lex: Lexicon): TextQuote[] {
  const parts: (TextQuote & { open: boolean })[] = [first];
  for (let j = at + 1; (parts.at(-1) as { open: boolean }).open && j < units.length && continuesQuote((units[j] as Unit).text); j++) {
    parts.push(readContinuation((units[j] as Unit).text, lex));
  }
  const subject = parts.find((p) => p.subject)?.subject ?? null;
  return parts.map((p, k) => ({ text: p.text, attribution: p.attribution, subject: k === 0 ? subject : p.subject }));
}
