/**
 * Resolves the subject of an attribution to the person a reader understands: a surname to the
 * full name the article gives, a role ("the president") to the person the article tied it to
 * ("President Putin"), a pronoun to the person the text just before it is about.
 *
 * Names are looked up in indexes built as the article is read (`NameIndex`), one pass over each
 * paragraph, so that resolving a speaker costs the same at the end of a long article as at its
 * start.
 */
import { complementOff, indefinites, leadInName, nameRunAt, personName, referent, stopwordsOf, tokenize, verbAt, type Subject, type Token } from "./attribution.js";
import { baseLanguage, type Lexicon } from "./lexicon/index.js";
import type { Block } from "../model/article.js";
import { backReferences, speechWords } from "./lexicon/speech.js";
import { organisationWords } from "./lexicon/organisation-words.js";
import { caselessSubject, clauseSubject, hanOpening, hasSpeechVerb, openingSubject } from "./subjects.js";

export interface SpeakerContext {
  /** The names of the article text before the quote (roles introduced earlier); made when first needed. */
  before: () => NameIndex;
  /** The names of the whole article text (a full name may be given after a surname is used); made when first needed. */
  all: () => NameIndex;
  /** The text just before the quote, oldest first: the previous paragraph or two and any lead-in. */
  recent: readonly string[];
  /** The speaker of the block just before, when it is a quote. */
  previousQuote: string | null;
  /** The last person named as a speaker before this quote, or null. */
  lastSpeaker: string | null;
  /** The words after the quote in its paragraph (its attribution and what follows), when any. */
  after?: string | null;
  /** The paragraph after the quote's, when any: it may name who said the words just quoted. */
  next?: string | null;
  lex: Lexicon;
}

/** The person `subject` refers to, or null when the article never says who. */
export function resolveSpeaker(subject: Subject | null, context: SpeakerContext): string | null {
  if (!subject) return unattributed(context);
  switch (subject.kind) {
    case "pronoun": {
      // "he", "she": a person, never a company or a ministry named just before ("Harbour Freight
      // Lines said … “…,” she said"); "they" may be either
      if (plurals.has(subject.text.toLocaleLowerCase())) return context.previousQuote ?? fromContext(context) ?? context.lastSpeaker;
      // the person introduced right after the attribution, by name and age ("“…,” he said. Peter
      // Aalto, 61, is a fisherman …")
      const introduced = introducedAfter(context.after ?? "");
      if (introduced) return fullName(personName(introduced, context.lex), context);
      const body = (name: string) => isOrganisation(name) || namesOrganisation(name, context.recent);
      const person = (name: string | null) => (name !== null && !body(name) ? name : null);
      const previous = person(context.previousQuote);
      if (previous) return previous;
      // (read again past the organisation only when the text just before names one)
      const near = fromContext(context);
      return (near !== null && body(near) ? fromContext(context, body) : near) ?? person(context.lastSpeaker);
    }
    case "role":
      // "the president" is the person the article tied to that role; "a spokesperson" or "one of
      // the reviewers" is nobody named: the speaker is the description as printed (the article
      // says who, as far as it says: spec, "speaker is null only when the article never says who")
      if (isIndefinite(subject.text.split(" ")[0]?.toLocaleLowerCase() ?? "", context.lex)) return subject.text;
      // a role with one capitalised word in it: the person when the article gives a full name
      // ending in that word ("spokesman Peskov" → "Dmitry Peskov"), else the role as printed,
      // its complement kept ("ο υπουργός Οικονομικών", "ministrul Finanțelor")
      // (a role over an office's acronym, "глава МИД", names no one: the person the text before is about)
      if (subject.named) return context.all().fullName(subject.named) ?? (acronym.test(subject.named) ? roleReferent(subject.text, context) : null) ?? subject.text;
      return lastNamed(subject.text, context) ?? context.before().personForRole(subject.text) ?? roleReferent(subject.text, context) ?? subject.text;
    case "name":
      return fullName(personName(subject.text, context.lex), context);
  }
}

/**
 * Whether a role's first word makes it nobody in particular ("a spokesperson", "un portavoz");
 * "a" is the definite article in Portuguese and Catalan ("a irmã da vítima"), by the speech data.
 */
function isIndefinite(word: string, lex: Lexicon): boolean {
  return indefinites.has(word) && !(speechWords[baseLanguage(lex.lang ?? "en")]?.determiners ?? []).includes(word);
}

/**
 * A definite role the article tied to no one by its words ("— отметил глава МИД", "sagte der
 * Minister", "сказала прем'єрка") stands for the person the text just before is about ("Сам Путин
 * … говорил о зерне." then "— …, — сказал президент"), a person and not a body; when that text
 * names no one, for the last person who spoke ("…, — сказал он." "Министр добавил, …" "— …, —
 * отметил глава МИД").
 */
function roleReferent(role: string, context: SpeakerContext): string | null {
  // (a role in lower case: a capitalised word read as one is a name, "Thomas allegedly told")
  if (!/^\p{Ll}/u.test(role)) return null;
  const near = referent(context.recent, context.lex);
  const last = near ?? context.previousQuote ?? context.lastSpeaker;
  // (a speaker known only by a role in lower case, "a főpolgármester", is not this role's person)
  if (last === null || isOrganisation(last) || /^\p{Ll}/u.test(last)) return null;
  // a full name read just before is someone else (the role is printed), unless that paragraph
  // names no one else and the copy gives the person no other role (the next function); a role
  // word named as a speaker, "Министр добавил, …", is the person tied to it; a surname alone is its person
  if (near !== null && near.includes(" ")) return onlyPerson(role, context);
  return last.includes(" ") ? last : (context.before().personForRole(last) ?? (near === null ? last : null));
}

const acronym = /^\p{Lu}{2,}$/u;

/**
 * "Gabriele Funk führt seit 20 Jahren die Bäckerei." then "„…“, sagt die Inhaberin": a role the
 * copy ties to no one stands for the one person the paragraph just before names, when the copy
 * gives that person no role, or this one; with two people named there, or another role, it is
 * printed as it is ("says the owner" after three members of a family).
 */
function onlyPerson(role: string, context: SpeakerContext): string | null {
  // (a body is no one's role: "teilte die Stadt mit", "a fait savoir la métropole"; a role of
  // several words relates to someone else: "a irmã da vítima")
  const words = role.split(/\s+/u);
  if (isOrganisation(role) || words.length > 2 || (words.length === 2 && !determinerOf(words[0] ?? "", context.lex))) return null;
  const text = context.recent.findLast((t) => t !== "") ?? "";
  const people = peopleIn(text, context.lex);
  // (the person is the paragraph's subject: the name opens a sentence, after two role words at most)
  if (people.length !== 1 || !people[0]?.subject) return null;
  const person = people[0].name;
  const head = roleKey(role.split(/\s+/u).at(-1) ?? "");
  const roles = context.before().rolesOf(person);
  return roles.length === 0 || roles.some((r) => r === head || sameStem(r, head) || r.endsWith(head) || head.endsWith(r)) ? person : null;
}

/**
 * The people a paragraph names in full (two capitalised words or more, no body among them), each
 * once, and whether the name opens a sentence there (after two words at most: "Owner Dana Whitfield").
 */
function peopleIn(text: string, lex: Lexicon): { name: string; subject: boolean }[] {
  const tokens = tokenize(text);
  const found = new Map<string, boolean>();
  const small = stopwordsOf(lex);
  let opened = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && /[.!?:;\n]/u.test(tokens[i - 1]?.after ?? "")) opened = i;
    if (small.has(tokens[i]?.lower ?? "")) continue;
    const n = nameRunAt(tokens, i);
    if (n >= 2) {
      const cut = complementOff(tokens, i, n);
      const run = tokens.slice(i + cut, i + n).map((t) => t.word).join(" ");
      const inClause = tokens.slice(opened, i).every((t) => t.after === "");
      if (!isOrganisation(run)) found.set(personName(run, lex), (found.get(personName(run, lex)) ?? false) || (i - opened <= 2 && inClause));
    }
    if (n > 0) i += n - 1;
  }
  return [...found].map(([name, subject]) => ({ name, subject }));
}

/** Whether `word` is an article of the language ("die", "la", "the", "l'…" is elided into its noun). */
const determinerOf = (word: string, lex: Lexicon) => articles.has(word.toLocaleLowerCase()) || (speechWords[baseLanguage(lex.lang ?? "en")]?.determiners ?? []).includes(word.toLocaleLowerCase());
const articles = new Set(["the", "der", "die", "das", "den", "la", "le", "les", "el", "los", "las", "il", "lo", "o", "a", "os", "as"]);

/** A quote with no attribution continues the quote before it, or is by the person just named. */
function unattributed(context: SpeakerContext): string | null {
  // a sentence of its own right after names who said it ("The words were those of Ana Ruiz.")
  const named = namedAfterQuote(context.next ?? "");
  if (named) return resolveSpeaker(named, { ...context, next: null });
  // the speaker is null only when the article never says who: else the last person who spoke
  return context.previousQuote ?? fromContext(context) ?? context.lastSpeaker;
}

/**
 * The person a short paragraph after a quote gives the quote to: one sentence that points back at
 * the words (`backReferences`: "The words were those of …", "So sagte es …", "Так сказал …")
 * and names someone after that phrase ("the mayor, Ana Ruiz", "Landrätin Petra Lang").
 */
export function namedAfterQuote(next: string): Subject | null {
  const text = next.trim();
  // (a paragraph of its own, one sentence, no quote of its own)
  if (!text || text.length > 160 || /[“”„«»"「」]/u.test(text) || /[.!?]\s+\p{Lu}/u.test(text)) return null;
  const lower = text.toLocaleLowerCase();
  for (const phrase of backReferences) {
    const at = lower.indexOf(phrase);
    if (at < 0 || (at > 0 && /[\p{L}\p{N}]/u.test(lower.charAt(at - 1))) || /[\p{L}\p{N}]/u.test(lower.charAt(at + phrase.length))) continue;
    const tokens = tokenize(text.slice(at + phrase.length));
    for (let i = 0; i < tokens.length; i++) {
      const n = nameRunAt(tokens, i, 4);
      if (n > 0) return { kind: "name", text: tokens.slice(i, i + n).map((t) => t.word).join(" ") };
    }
    // no name: a role the article tied to a person before ("Ces mots sont ceux du maire, qui …")
    const role = roleAfter(tokens);
    if (role) return { kind: "role", text: role };
  }
  return null;
}

/** The one to three small-letter words after a back-reference, up to a comma or the end, a linking word ("du", "of the") off. */
function roleAfter(tokens: readonly Token[]): string | null {
  let i = 0;
  while (i < tokens.length && linkingWords.has(tokens[i]?.lower ?? "")) i++;
  const words: string[] = [];
  for (; i < tokens.length && words.length < 4; i++) {
    const t = tokens[i] as Token;
    if (!/^\p{Ll}/u.test(t.word)) return null;
    words.push(t.word);
    if (t.after !== "") break;
  }
  return words.length >= 1 && words.length <= 3 ? words.join(" ") : null;
}
const linkingWords = new Set(["of", "the", "du", "de", "la", "le", "des", "del", "della", "dello", "di", "do", "da", "von", "vom", "der", "van", "het"]);

/** Pronouns of several people, which a company or a body may stand behind too. */
const plurals = new Set(["they", "de", "dem", "ils", "elles", "ellos", "ellas", "они", "вони", "oni", "ony", "αυτοί", "αυτές"]);

/** Whether a name or a role is an organisation's (a word of `organisationWords` in it: "Harbour Freight Lines", "the company"). */
export function isOrganisation(name: string): boolean {
  return name.split(/[\s,]+/u).some((w) => organisationWords.has(w.replace(/[.]+$/u, "").toLocaleLowerCase()));
}

/** Whether `texts` print `name` with a word of an organisation right after it ("Nordbygda Kraft AS", "Vestby kommune"). */
function namesOrganisation(name: string, texts: readonly string[]): boolean {
  for (const text of texts) {
    const at = text.indexOf(`${name} `);
    if (at < 0) continue;
    const next = /^\S+/u.exec(text.slice(at + name.length + 1))?.[0] ?? "";
    if (organisationWords.has(next.replace(/[\p{P}]+$/u, "").toLocaleLowerCase())) return true;
  }
  return false;
}

/**
 * The person a paragraph introduces right after a quote's attribution: a sentence that opens with
 * a full name and the person's age between commas ("… he said. Peter Aalto, 61, is a fisherman").
 */
export function introducedAfter(after: string): string | null {
  const stop = /[.!?]\s+(?=\p{Lu})/u.exec(after);
  if (!stop) return null;
  const tokens = tokenize(after.slice(stop.index + stop[0].length, stop.index + stop[0].length + 120));
  const n = nameRunAt(tokens, 0, 4);
  return n >= 2 && tokens[n - 1]?.after === "," && /^\p{N}{1,3}$/u.test(tokens[n]?.word ?? "") && tokens[n]?.after === "," ? tokens.slice(0, n).map((t) => t.word).join(" ") : null;
}

/** The person the text just before is about, with the full name the article gives (not one `skip` says no to). */
function fromContext(context: SpeakerContext, skip?: (name: string) => boolean): string | null {
  // a paragraph that ends in a colon leads in to this quote: the person it opens with, when the
  // article gives that name as a person's (a full name, or a surname of one)
  const lead = leadInName(context.recent.findLast((text) => text !== "") ?? "", context.lex);
  const person = lead ? fullName(lead, context) : null;
  if (person?.includes(" ") && !skip?.(person)) return person;
  const found = referent(context.recent, context.lex, skip);
  return found ? fullName(found, context) : caselessReferent(context.recent, context.lex);
}

/** A character of a script other than Latin (letters of no script, digits and marks are Common or Inherited). */
const notLatin = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;

/**
 * In a script without case, the person the text just before is about: the subject of its last
 * sentence that holds a verb of saying (트럼프 대통령은 … 언급했다, राकेश कुमार ने बताया), read
 * by the particle or position that marks it; never a pronoun.
 */
function caselessReferent(recent: readonly string[], lex: Lexicon): string | null {
  for (let k = recent.length - 1; k >= 0; k--) {
    const text = recent[k] ?? "";
    if (!text || /[\p{Lu}\p{Ll}]/u.test(text.slice(0, 200))) continue;
    const sentences = text.split(/(?<=[.!?؟।。])\s*/u).filter(Boolean).reverse();
    for (const sentence of sentences) {
      if (!hasSpeechVerb(sentence, lex)) continue;
      const subject = caselessSubject(sentence, lex) ?? clauseSubject(sentence, lex);
      if (subject && subject.kind !== "pronoun") return subject.text;
    }
  }
  // else, where the verb comes last in Arabic script, the phrase that opens the last sentence before
  // that names someone (علی رضایی، وزیر اقتصاد، … سخنرانی کرد. / وی افزود: «…»)
  for (let k = recent.length - 1; k >= 0; k--) {
    // (text all in the Latin script has no such phrase: not split into sentences for each quote)
    if (!notLatin.test(recent[k] ?? "")) continue;
    const sentence = (recent[k] ?? "").split(/(?<=[.!?؟۔。！？])\s*/u).filter(Boolean).at(-1) ?? "";
    const subject = openingSubject(sentence, lex) ?? hanOpening(sentence, lex);
    if (subject && subject.kind !== "pronoun") return subject.text;
  }
  // else the subject a particle marks in the last sentence before (山田市長は…開いた。, 김 시장은 … 열었다.)
  const last = recent.findLast((text) => text !== "") ?? "";
  if (!/[\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(last)) return null;
  const sentence = last.split(/(?<=[.!?。！？])\s*/u).filter(Boolean).at(-1) ?? "";
  const subject = caselessSubject(sentence, lex);
  return subject && subject.kind !== "pronoun" ? subject.text : null;
}

/** In a script without case, the last speaker whose name ends in the one word `name` ("الحسن" → "خالد الحسن"), else null. */
const lastNamed = (name: string, context: SpeakerContext): string | null =>
  !/[\s\p{Lu}\p{Ll}]/u.test(name) && context.lastSpeaker?.endsWith(` ${name}`) ? context.lastSpeaker : null;

/** A one-word name becomes the full name the article gives elsewhere ("Jadoon" → "Amira Jadoon"). */
function fullName(name: string, context: SpeakerContext): string {
  // without case, a surname alone is the last speaker whose name ends in it ("أضاف الحسن" after
  // "وقال وزير النقل خالد الحسن"); a name shortened under a title ("윤 대통령", "岸田首相") takes the
  // form the text gave first
  if (!/[\p{Lu}\p{Ll}]/u.test(name)) return lastNamed(name, context) ?? context.all().longerForm(name) ?? name;
  const names = context.all();
  // a name in another case than the one a reader names the person by ("по словам Ольги Ивановой"
  // where the copy also prints "сказала Иванова", "сказал Путину" where it prints "Путин"): the
  // surname as the copy prints it in the nominative, with its full name when the copy gives one so
  const surname = name.split(" ").at(-1) ?? name;
  const nominative = names.nominative(surname);
  if (nominative !== surname) {
    const full = names.fullName(nominative);
    return full?.endsWith(` ${nominative}`) ? full : nominative;
  }
  if (name.includes(" ")) return name;
  // the first full name in the whole text is the first before the quote when there is one there
  const full = names.fullName(name);
  // (a full name in another case, "Ольги Ивановой" for "Иванова", is not the name as a reader gives it)
  return full !== null && !full.endsWith(` ${name}`) && inflectsNames(context.lex) && !full.endsWith(` ${names.nominative(full.split(" ").at(-1) ?? "")}`) ? name : (full ?? name);
}

/** The names in a text, gathered paragraph by paragraph as the reader reaches them. */
export interface NameIndex {
  /** Adds the next paragraph of the text (each paragraph once, in order). */
  add(text: string): void;
  /** The first full name (two to four words) whose last word is `surname`, or null. */
  fullName(surname: string): string | null;
  /**
   * In a script without case, the first form of `name` in the text with one to four letters
   * more after its first part: the given name between a surname and a title ("윤 대통령" →
   * "윤석열 대통령", "岸田首相" → "岸田文雄首相"); null when the text has none.
   */
  longerForm(name: string): string | null;
  /**
   * The person last tied to a role: "President Putin" for "the president", "Mayor Ingrid
   * Solberg" for "the mayor", "Ingrid Solberg, the mayor" for "the mayor"; null when none.
   */
  personForRole(role: string): string | null;
  /** The role words the text ties to `person` ("Leiterin Sabine Kurz", "Ingrid Solberg, the mayor"), as role keys. */
  rolesOf(person: string): string[];
  /**
   * In a language that inflects names, the form of `word` a reader names the person by: the
   * shortest capitalised form of the same stem the text prints ("Путин" for "Путину", "Иванова"
   * for "Ивановой", "Зеленський" for "Зеленського"); `word` itself otherwise.
   */
  nominative(word: string): string;
}

/**
 * An empty index for one article's text, read with `lex` (its titles); `reads` says what it
 * gathers: full names by surname, people by role, or both. With `source` (the text's paragraphs
 * in order), the index reads them itself, only as far as a question needs: a surname's first full
 * name is found as soon as it is read; a question about every form reads the rest first.
 */
export function nameIndex(lex: Lexicon, reads: { names: boolean; roles: boolean } = { names: true, roles: true }, source?: Iterator<string>): NameIndex {
  const bySurname = new Map<string, string>();
  // role word → [order, person]; the later of the two ways of naming a role wins
  const titled = new Map<string, [number, string]>();
  const apposed = new Map<string, [number, string]>();
  let order = 0;
  // the paragraphs, for the longer forms of names in scripts without case (each name looked up once)
  const texts: string[] = [];
  const longer = new Map<string, string | null>();
  const inflected = new Map<string, string | null>();
  // capitalised words of an inflecting language, for the nominative of a name in another case
  const forms = new Set<string>();
  const nominatives = new Map<string, string>();
  const collectForms = reads.names && inflectsNames(lex);
  const words = (tokens: readonly Token[], from: number, to: number) => tokens.slice(from, to).map((x) => x.word).join(" ");
  // person → the role words the text puts before or after the name ("Bakkal işleten Hasan Kaya": bakkal, işleten)
  const roleWords = new Map<string, Set<string>>();
  const rolesBy = (person: string) => {
    let set = roleWords.get(person);
    if (!set) roleWords.set(person, (set = new Set()));
    return set;
  };
  /** Ties the role word at `at` to `person`, with the words of the same phrase just before it. */
  const tie = (role: string, person: string, tokens: readonly Token[], at: number) => {
    titled.set(roleKey(role), [order, person]);
    const set = rolesBy(person);
    set.add(roleKey(role));
    for (let k = at - 1; k >= Math.max(0, at - 2) && tokens[k]?.after === ""; k--) set.add(roleKey(tokens[k]?.word ?? ""));
  };
  /** Reads the source's next paragraph; false when none is left. */
  const pull = (): boolean => {
    const next = source?.next();
    if (!next || next.done) {
      source = undefined;
      return false;
    }
    index.add(next.value);
    return true;
  };
  const readAll = () => {
    while (source && pull());
  };
  const index: NameIndex = {
    add(text) {
      if (reads.names && !/[\p{Lu}\p{Ll}]/u.test(text.slice(0, 40))) texts.push(text);
      const tokens = tokenize(text);
      let runEnd = 0;
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i] as Token;
        order++;
        if (collectForms && t.word.length >= 4 && t.word !== t.lower && /^\p{Lu}\p{Ll}/u.test(t.word)) forms.add(t.word);
        // full names: runs of two or more capitalised words
        // (a verb of saying capitalised at a sentence's start is no part of a name: "Zdaniem Kowalczyka")
        const run = i >= runEnd && !(t.word !== t.lower && verbAt(tokens, i, lex) > 0) ? nameRunAt(tokens, i, 8) : 0;
        if (run > 0) runEnd = i + run;
        // (taking titles off a name never changes its last word)
        if (reads.names && run >= 2 && !bySurname.has(tokens[i + run - 1]?.word ?? "")) {
          const person = personName(words(tokens, i, i + run), lex);
          const parts = person.split(" ");
          if (parts.length >= 2 && parts.length <= 4) bySurname.set(parts.at(-1) ?? "", person);
        }
        if (!reads.roles) continue;
        // "President Putin", "Foreign Minister Sergei Lavrov": a capitalised word, then a name
        // and in any language a role word in lower case right before a name ("ο πρωθυπουργός Κυριάκος
        // Μητσοτάκης", "прем'єр-міністр Денис Шмигаль", "Rovers manager Gordon Dunmore")
        if (t.after === "" && /^\p{L}/u.test(t.word)) {
          const n = nameRunAt(tokens, i + 1, 4);
          if (n > 0 && (t.word !== t.lower || n >= 2)) tie(t.word, words(tokens, i + 1, i + 1 + n), tokens, i);
          // the role's complement in lower case between them: "министр финансов Антон Силуанов",
          // "глава региона …", "la ministra de Trabajo Yolanda Díaz" (a full name after it)
          else if (n === 0) {
            for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
              const x = tokens[k] as Token;
              if (x.after !== "" || x.word !== x.lower) break;
              // (a complement opens with "of" or is in the genitive case, as in Russian or Greek: not an adverb, "Thomas allegedly told")
              if (k === i + 1 && !complementOpeners.has(x.lower) && !caseMarked.test(x.word)) break;
              const m = nameRunAt(tokens, k + 1, 4);
              if (m >= 2) {
                const cut = complementOff(tokens, k + 1, m);
                tie(t.word, words(tokens, k + 1 + cut, k + 1 + m), tokens, i);
                break;
              }
            }
          }
        }
        // "la portavoz del Gobierno, Pilar Alegría", "the chief economist at the bank, Jane Morrow":
        // a role in lower case, its complement, then the person set off by a comma
        // ("Le maire, Bernard Lemoine, …", "the mayor, Ana Ruiz": the role word itself set off)
        if (t.after === "," && t.word === t.lower && /^\p{L}/u.test(t.word) && i > 0 && determinerOf(tokens[i - 1]?.word ?? "", lex)) {
          const n = nameRunAt(tokens, i + 1, 4);
          if (n >= 2) tie(t.word, words(tokens, i + 1, i + 1 + n), tokens, i);
        }
        if (t.after === "" && t.word === t.lower && /^\p{L}/u.test(t.word)) {
          for (let k = i + 1; k <= i + 4 && k < tokens.length; k++) {
            const x = tokens[k] as Token;
            if (x.after === ",") {
              const n = nameRunAt(tokens, k + 1, 4);
              if (n >= 2) tie(t.word, words(tokens, k + 1, k + 1 + n), tokens, i);
              break;
            }
            if (x.after !== "") break;
          }
        }
        // "Ingrid Solberg, the mayor" / "Ingrid Solberg, mayor of …"
        if (i > 1) {
          for (let back = i - 1; back >= Math.max(0, i - 5); back--) {
            if (tokens[back]?.after !== ",") continue;
            // (a verb between them makes a clause, not an apposition: "Bjørøya, beskriver duoen")
            let verb = false;
            for (let k = back + 1; k < i && !verb; k++) verb = verbAt(tokens, k, lex) > 0;
            if (verb) break;
            let start = back;
            while (start > 0 && nameRunAt(tokens, start - 1, back - start + 2) === back - start + 2) start--;
            const n = nameRunAt(tokens, start, back - start + 1);
            if (n === back - start + 1 && n > 0) {
              const person = words(tokens, start, back + 1);
              apposed.set(t.lower, [order, person]);
              rolesBy(person).add(roleKey(t.word));
            }
            break;
          }
        }
      }
    },
    fullName(surname) {
      while (source && !bySurname.has(surname)) pull();
      const exact = bySurname.get(surname);
      if (exact || !inflectsNames(lex)) return exact ?? null;
      // a name in another case ("по словам Пескова", "zdaniem Kowalczyka", "Virtasen mukaan"): the
      // full name whose surname has the same stem (each looked up once)
      let found = inflected.get(surname);
      if (found === undefined) {
        found = null;
        for (const [key, person] of bySurname) if (sameStem(key, surname)) found ??= person;
        inflected.set(surname, found);
      }
      return found;
    },
    longerForm(name) {
      if (!reads.names) return null;
      readAll();
      let found = longer.get(name);
      if (found === undefined) {
        found = null;
        // the part kept after the inserted letters is a title or a word of two letters or more, never one letter ("李强" is not "李克强")
        for (let cut = 1; cut <= Math.min(name.length - 2, 4) && found === null; cut++) {
          const head = name.slice(0, cut);
          const tail = name.slice(cut);
          if (/^\s|\s$/u.test(head) || tail.trim().length < 2) continue;
          const form = new RegExp(`${escape(head)}[\\p{L}\\p{M}]{1,4}${escape(tail)}`, "u");
          for (const text of texts) {
            const m = text.includes(head) && text.includes(tail) ? form.exec(text) : null;
            if (m) {
              found = m[0];
              break;
            }
          }
        }
        longer.set(name, found);
      }
      return found;
    },
    personForRole(role) {
      readAll();
      const head = role.split(/\s+/).at(-1)?.replace(elided, "").replace(/[^\p{L}-]/gu, "");
      if (!head) return null;
      // (a role in its definite form, "treneren", "ministern", is the role word with a suffix: "trener")
      const a = titled.get(roleKey(head)) ?? definiteForm(titled, roleKey(head)) ?? kindredRole(titled, roleKey(head));
      const b = apposed.get(head.toLocaleLowerCase());
      if (a && b) return a[0] > b[0] ? a[1] : b[1];
      return (a ?? b)?.[1] ?? null;
    },
    nominative(word) {
      if (!inflectsNames(lex) || word.length < 4) return word;
      readAll();
      let found = nominatives.get(word);
      if (found === undefined) {
        found = word;
        for (const form of forms) if (form.length < found.length && sameStem(form, word)) found = form;
        nominatives.set(word, found);
      }
      return found;
    },
    rolesOf(person) {
      readAll();
      const found: string[] = [];
      for (const [named, set] of roleWords) if (named === person || named.endsWith(` ${person}`)) found.push(...set);
      return found;
    },
  };
  return index;
}

/** Words that open a role's complement ("ministra de Trabajo", "head of communications", "minister van Financiën"). */
const complementOpeners = new Set(["of", "for", "de", "del", "des", "du", "da", "do", "di", "della", "van", "von", "der", "för", "for", "av", "i", "på", "al", "alla", "ai", "au", "aux"]);
/** Scripts whose languages mark a complement by case, not a preposition ("министр финансов"). */
const caseMarked = /^[\p{Script=Cyrillic}\p{Script=Greek}]/u;

/**
 * Languages that inflect names by case, so that one person's surname takes several endings
 * (Russian "Песков", "Пескова", "Пескову"; Polish "Kowalczyk", "Kowalczyka"; Finnish "Virtanen", "Virtasen").
 */
const nameCases = new Set(["ru", "uk", "be", "pl", "cs", "sk", "sl", "hr", "sr", "bg", "lt", "lv", "fi", "et", "hu", "el"]);
const inflectsNames = (lex: Lexicon) => nameCases.has(baseLanguage(lex.lang ?? "en"));

/**
 * Whether two forms of a capitalised word are one name in two cases: the same first four letters
 * or more, each ending differing by three letters at most.
 */
function sameStem(a: string, b: string): boolean {
  if (a === b || a.length < 4 || b.length < 4 || a.includes(" ") || b.includes(" ")) return a === b;
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  return p >= 4 && a.length - p <= 3 && b.length - p <= 3 && p * 2 >= Math.max(a.length, b.length);
}

/** The entry of `role` without a definite suffix of one to three letters ("treneren" → "trener"), if any. */
function definiteForm<T>(roles: Map<string, T>, role: string): T | undefined {
  for (let cut = 1; cut <= 3 && role.length - cut >= 4; cut++) {
    const found = roles.get(role.slice(0, -cut));
    if (found) return found;
  }
  return undefined;
}

/**
 * The latest entry of a role printed in a longer form: a compound that ends in it ("der Minister"
 * of "Verkehrsminister Detlef Tabbert"), or a hyphenated role whose first part opens it ("прем'єрка"
 * of "Прем'єр-міністр Ірина Бойко"), five letters or more in common.
 */
function kindredRole(roles: Map<string, [number, string]>, role: string): [number, string] | undefined {
  if (role.length < 5) return undefined;
  let found: [number, string] | undefined;
  for (const [key, entry] of roles) {
    const head = key.split("-")[0] ?? "";
    const kin = (key.length >= role.length + 3 && key.endsWith(role)) || (head !== key && head.length >= 5 && role.startsWith(head));
    if (kin && (!found || entry[0] > found[0])) found = entry;
  }
  return found;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
const decapitalise = (word: string) => word.charAt(0).toLocaleLowerCase() + word.slice(1);
/** A role word as it is looked up: letters and hyphens, first letter in lower case. */
const roleKey = (word: string) => decapitalise(word.replace(elided, "").replace(/[^\p{L}-]/gu, ""));
/** An article elided before a role ("l'assessore", "dell'azienda", "l’adjointe"): not part of the role word. */
const elided = /^\p{Script=Latin}{1,4}['’](?=\p{L})/u;

/**
 * A speaker read as one capitalised word near a quote that is the dateline's place, in any case
 * of it ("Bakı, 5 dekabr." then "“…”, - Bakıda keçirilən …"): a place, never who spoke. Such a
 * quote takes the speaker of the quote before it, else none. Run once the dateline is known.
 */
export function dropPlaceSpeakers(blocks: readonly Block[], dateline: string): void {
  const place = /^[\p{L}\p{M}-]+/u.exec(dateline)?.[0] ?? "";
  if (place.length < 3) return;
  let before: string | null = null;
  for (const block of blocks) {
    if (block.type !== "quote") continue;
    const one = block.speaker !== null && !/\s/u.test(block.speaker);
    if (one && (block.speaker === place || sameStem(place.toLocaleLowerCase(), (block.speaker as string).toLocaleLowerCase()))) block.speaker = before;
    before = block.speaker;
  }
}
