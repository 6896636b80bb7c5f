/**
 * Interviews and transcripts (spec, "Interviews and transcripts"): the interviewee's answers are
 * quotes with that speaker; the questions and the presenter's or reporter's turns stay paragraphs.
 * Two shapes hold across outlets and languages:
 *
 * - labelled turns, `NAME: words` (a broadcast transcript, `Q:`/`A:`): a label used twice or
 *   more, or in capitals; its unlabelled paragraphs after it are the same turn. The interviewers
 *   are the first label, labels that ask (a third of their turns are questions), the byline's
 *   author and question labels (`Q`); everyone else answers.
 * - marked questions and answers (`*question?` then `-answer`): after a question, the
 *   paragraphs up to the next question are the interviewee's answer.
 * - unmarked questions and answers, as web Q&As print them: four or more paragraphs (one in four) that are
 *   one question each, every one answered by paragraphs that quote nobody by name (an explainer's
 *   question crossheads are answered by reporting: "…, said X").
 *
 * Read once per article, before the body is read block by block.
 */
import { joinWords, nameRunAt, namedSpeakers, personName, stopwordsOf, tokenize, type Subject } from "../attribution.js";
import type { Lexicon } from "../lexicon/index.js";
import { addressWords, allHonorifics, interviewerLabels, interviewerWords, interviewLabels } from "../lexicon/speech.js";
import { wordsOf } from "../segments.js";
import { caselessSubject, hasSpeechVerb } from "../subjects.js";
import type { TextQuote } from "./quotes.js";
import type { Unit } from "./units.js";

/** The answers of an interview by unit index (empty when the text is no interview). */
export type Answers = Map<number, TextQuote>;

/**
 * An interview: the answers, and the questions and interviewers' turns (paragraphs, never
 * subheads); `credits`, the interviewer's credit lines ("Interview by …"), paragraphs too.
 */
export interface Interview {
  answers: Answers;
  questions: Set<number>;
  credits?: Set<number>;
}

const labelPattern = /^(\p{L}[\p{L}\p{M}.'’ -]{0,40}?)\s?[:：]\s+(\S.*)$/su;
const questionLabels = new Set(["q", "question", "frage", "pregunta", "question", "domanda", "pergunta", "vraag", "fråga", "spørsmål", "spørgsmål", "kysymys", "pytanie", "вопрос", "س", "soru", "질문", "問"]);
const answerLabels = new Set(["a", "answer", "antwort", "respuesta", "réponse", "risposta", "resposta", "antwoord", "svar", "vastaus", "odpowiedź", "ответ", "ج", "cevap", "답", "答"]);
/**
 * A paragraph that asks: it ends with a question mark of its script ("?", "？", Arabic "؟",
 * Amharic "፧", Greek ";" after a Greek word), or its last sentence carries the Armenian "՞",
 * written over the word it asks with ("Ինչո՞ւ …։").
 */
export function isQuestion(text: string): boolean {
  // (read from the end, without copying the paragraph: asked of every paragraph)
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) <= 32 || closers.includes(text.charAt(end - 1)))) end--;
  const last = text.charAt(end - 1);
  if (last === "?" || last === "？" || last === "؟" || last === "፧") return true;
  if (last === ";") return /\p{Script=Greek}[\p{L}\p{M}]*\s*$/u.test(text.slice(Math.max(0, end - 40), end - 1));
  // (Armenian ends a sentence with "։", often typed as ":")
  const before = text.charCodeAt(end - 2);
  if ((last !== "։" && last !== "." && last !== ":") || before < 0x531 || before > 0x58f) return false;
  const mark = text.lastIndexOf("՞", end);
  return mark >= 0 && !/[։.:!?]/u.test(text.slice(mark, end - 1));
}
const closers = "\"”»)’";
const upper = (s: string) => /\p{Lu}/u.test(s) && s === s.toLocaleUpperCase();

interface Label {
  name: string;
  turns: number;
  questions: number;
  first: number;
}

/**
 * The interviewer's credit lines of a text ("Interview by …", "Das Gespräch führte …"): where they
 * stand (an answer never runs into one) and the names they credit (never the person interviewed).
 */
interface Credits {
  lines: Set<number>;
  askers: string[];
}

/** Reads the interview in `units[from…]`, if there is one. */
export function readInterview(units: readonly Unit[], from: number, lex: Lexicon, author: string | null): Interview {
  const credits = creditsOf(units, from);
  const interview = labelledTurns(units, from, lex, author, credits) ?? markedAnswers(units, from, lex, credits) ?? askedAnswers(units, from, lex, author, credits) ?? { answers: new Map(), questions: new Set() };
  return { ...interview, credits: credits.lines };
}

/** The credit lines of the whole text; a label and a name alone count only under a question. */
function creditsOf(units: readonly Unit[], from: number): Credits {
  const credits: Credits = { lines: new Set(), askers: [] };
  let asked = false;
  for (let i = 0; i < units.length; i++) {
    const text = (units[i] as Unit).text;
    // (a credit is a short line: longer ones are not read)
    const name = text.length <= 90 ? interviewerCredit(text, asked) : null;
    if (name) {
      credits.lines.add(i);
      credits.askers.push(name);
    }
    asked ||= i >= from && isQuestion(text);
  }
  return credits;
}

/** `subject`, unless it is an interviewer the text credits (or holds one's name): then null. */
function notAsker(subject: Subject | null, credits: Credits): Subject | null {
  if (!subject) return null;
  return credits.askers.some((name) => holdsName(subject.text, name) || holdsName(name, subject.text)) ? null : subject;
}

/** The first of the candidates, read in order, that is not an interviewer the text credits. */
function firstInterviewee(credits: Credits, ...candidates: (() => Subject | null)[]): Subject | null {
  for (const candidate of candidates) {
    const found = notAsker(candidate(), credits);
    if (found) return found;
  }
  return null;
}

function labelOf(text: string, notNames: Set<string>): { label: string; rest: string } | null {
  const m = labelPattern.exec(text);
  if (!m) return null;
  const label = (m[1] ?? "").trim();
  // "Photo: …", "Read more: …", "Updated: …" are labels of other things
  // (an interviewer's question may be short: "Courier: Why now?")
  if (notNames.has(label.toLocaleLowerCase()) || ((m[2] ?? "").split(/\s+/u).length < 4 && !isQuestion(m[2] ?? ""))) return null;
  const words = label.split(/\s+/u);
  if (words.length > 4 || label.length < 1) return null;
  // a name or a Q/A label: every word capitalised (or a script without case)
  if (!words.every((w) => !/[\p{Ll}\p{Lu}]/u.test(w.charAt(0)) || /\p{Lu}/u.test(w.charAt(0)) || /^(de|van|von|der|al|bin|da|di|du|la|le)$/u.test(w))) return null;
  return { label, rest: m[2] ?? "" };
}

function labelledTurns(units: readonly Unit[], from: number, lex: Lexicon, author: string | null, credits: Credits): Interview | null {
  const labels = new Map<string, Label>();
  const turnAt = new Map<number, { label: string; rest: string }>();
  const notNames = new Set([...lex.creditLabels, ...lex.captionLabels, ...lex.relatedTitles, ...lex.updatedWords, ...lex.bylinePrefixes, ...lex.noise].map((w) => w.toLocaleLowerCase()));
  for (let i = from; i < units.length; i++) {
    const found = labelOf((units[i] as Unit).text, notNames);
    if (!found) continue;
    turnAt.set(i, found);
    const key = found.label.toLocaleLowerCase();
    const entry = labels.get(key) ?? { name: found.label, turns: 0, questions: 0, first: i };
    entry.turns++;
    if (isQuestion(found.rest)) entry.questions++;
    labels.set(key, entry);
  }
  // a surname alone labels the same person as a full name (`Dan Okoro:` then `Okoro:`)
  const alias = new Map<string, string>();
  if (labels.size <= 40) {
    for (const [key, l] of labels) {
      const full = key.includes(" ") ? undefined : [...labels.keys()].find((k) => k.endsWith(` ${key}`) || abbreviates(l.name, (labels.get(k) as Label).name));
      const whole = full === undefined ? undefined : labels.get(full);
      if (full === undefined || !whole) continue;
      alias.set(key, full);
      whole.turns += l.turns;
      whole.questions += l.questions;
      whole.first = Math.min(whole.first, l.first);
      labels.delete(key);
    }
  }
  // a label is a speaker's when it recurs, or is printed in capitals beside other such labels
  const speakers = [...labels.entries()].filter(([, l]) => l.turns >= 2 || (upper(l.name) && l.name.length >= 3));
  if (speakers.length === 1) return answersAfterQuestions(units, from, turnAt, speakers[0] as [string, Label], credits);
  if (speakers.length < 2 || speakers.reduce((n, [, l]) => n + l.turns, 0) < 3) return null;
  const byAuthor = (name: string) => author !== null && holdsName(author, name);
  const firstLabel = Math.min(...speakers.map(([, l]) => l.first));
  const asks = (key: string, l: Label) => questionLabels.has(key) || l.first === firstLabel || l.questions > 0 || byAuthor(l.name);
  const answering = new Map(speakers.filter(([key, l]) => !asks(key, l)));
  const askingLabels = speakers.some(([key, l]) => !answering.has(key) && l.questions * 2 >= l.turns);
  if (answering.size === 0) return null;
  const known = new Set(speakers.map(([key]) => key));
  const answers: Answers = new Map();
  const questions = new Set<number>();
  let current: string | null = null;
  // each speaker's name is looked up once
  const names = new Map<string, Subject | null>();
  const speakerOf = (key: string): Subject | null => {
    if (!names.has(key)) names.set(key, answerLabels.has(key) ? notAsker(intervieweeBefore(units, from, firstLabel, lex), credits) : printedName((answering.get(key) as Label).name, units));
    return names.get(key) ?? null;
  };
  for (let i = from; i < units.length; i++) {
    const turn = turnAt.get(i);
    const label = turn?.label.toLocaleLowerCase();
    const key = label === undefined ? undefined : (alias.get(label) ?? label);
    if (turn && key && known.has(key)) {
      current = answering.has(key) ? key : null;
      if (!current) questions.add(i);
      if (current) answers.set(i, { text: turn.rest, attribution: turn.label, subject: speakerOf(current) });
      continue;
    }
    // a question printed without its label, where the interviewer's turns ask, is the interviewer's again
    if (current && i > firstLabel && askingLabels && isQuestion((units[i] as Unit).text)) {
      current = null;
      questions.add(i);
      continue;
    }
    // (a box's title or a link, a line without an end stop, ends the turn: the page goes on past the interview)
    if (current && (shortLabel(units[i] as Unit) || credits.lines.has(i))) current = null;
    if (current && i > firstLabel) answers.set(i, { text: (units[i] as Unit).text, attribution: null, subject: speakerOf(current) });
  }
  return { answers, questions };
}

/**
 * One label only, on the answers (`Raman: …`), each after a question printed without a label:
 * three turns or more, two in three of them right after a question. The label's turns and the
 * paragraphs after them up to the next question are the interviewee's; the questions stay paragraphs.
 */
function answersAfterQuestions(units: readonly Unit[], from: number, turnAt: Map<number, { label: string; rest: string }>, [key, label]: [string, Label], credits: Credits): Interview | null {
  if (label.turns < 3 || questionLabels.has(key) || label.questions * 3 > label.turns) return null;
  const turns = [...turnAt].filter(([, t]) => t.label.toLocaleLowerCase() === key);
  const asked = turns.filter(([i]) => isQuestion((units[i - 1] as Unit | undefined)?.text ?? "") && !turnAt.has(i - 1));
  if (asked.length * 3 < turns.length * 2) return null;
  const subject = printedName(label.name, units);
  const answers: Answers = new Map();
  const questions = new Set<number>();
  let inAnswer = false;
  for (let i = Math.max(from, label.first - 1); i < units.length; i++) {
    const turn = turnAt.get(i);
    if (turn && turn.label.toLocaleLowerCase() === key) {
      answers.set(i, { text: turn.rest, attribution: turn.label, subject });
      inAnswer = true;
    } else if (isQuestion((units[i] as Unit).text) && !turn) {
      questions.add(i);
      inAnswer = false;
    } else if (inAnswer && (shortLabel(units[i] as Unit) || credits.lines.has(i))) inAnswer = false;
    else if (inAnswer) answers.set(i, { text: (units[i] as Unit).text, attribution: null, subject });
  }
  return { answers, questions };
}

/**
 * "JON SIEBEN" as the article prints the name elsewhere ("Jon Sieben"); initials ("AL", "A.L.")
 * as the full name they abbreviate ("Anna Lind"); else as labelled.
 */
function printedName(label: string, units: readonly Unit[]): Subject {
  const initials = initialsOf(label);
  if (initials) {
    for (const u of units) {
      const tokens = tokenize(u.text);
      for (let k = 0; k < tokens.length; k++) {
        const n = nameRunAt(tokens, k, initials.length);
        const words = tokens.slice(k, k + n).map((t) => t.word);
        if (n === initials.length && words.every((w, j) => w.charAt(0) === initials[j] && /\p{Ll}/u.test(w))) return { text: words.join(" "), kind: "name" };
        if (n > 0) k += n - 1;
      }
    }
  }
  if (upper(label)) {
    const wanted = label.toLocaleLowerCase();
    for (const u of units) {
      const lower = u.text.toLocaleLowerCase();
      // (the name as a whole word: "al" inside "talks" is no name)
      for (let at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1)) {
        const printed = u.text.slice(at, at + label.length);
        const whole = !/[\p{L}\p{M}]/u.test(u.text.charAt(at - 1)) && !/[\p{L}\p{M}]/u.test(u.text.charAt(at + label.length));
        if (whole && !upper(printed) && printed.toLocaleLowerCase() === wanted) return { text: printed, kind: "name" };
      }
    }
  }
  return { text: label, kind: "name" };
}

/** The letters of a label of initials ("AL", "A.L.", "J.-P. M." → A, L), two to four; null when the label is no initials. */
function initialsOf(label: string): string[] | null {
  const bare = label.replace(/[.\s-]/gu, "");
  return /^\p{Lu}{2,4}$/u.test(bare) && (bare === label || /^(?:\p{Lu}\.?[\s-]*){2,4}$/u.test(label)) ? [...bare] : null;
}

/**
 * Whether a label is the initials of a full name labelled once at the top ("RO" of "Rachel
 * Okonjo", "PvD" of "Pieter van Dijk"): one letter per word, in the name's case.
 */
function abbreviates(short: string, name: string): boolean {
  const words = name.split(/\s+/u);
  const letters = [...short.replace(/[.\s-]/gu, "")];
  return words.length >= 2 && words.length <= 4 && /^\p{Lu}/u.test(letters[0] ?? "") && letters.length === words.length && words.every((w, j) => letters[j] === [...w][0]);
}

/** Whether `text` holds `name` as whole words: "Interview by Daniel Ferreira" holds "Ferreira", never the label "A". */
function holdsName(text: string, name: string): boolean {
  const have = [...wordsOf(text.toLocaleLowerCase())];
  const want = [...wordsOf(name.toLocaleLowerCase())];
  return want.length > 0 && have.some((_, k) => want.every((w, j) => have[k + j] === w));
}

/** Marker of a question paragraph: a star or bullet glued or spaced, or the bullet the line had. */
const questionMark = /^[*•■▪]\s*/u;
const answerMark = /^[-–—―]\s*/u;

function markedAnswers(units: readonly Unit[], from: number, lex: Lexicon, credits: Credits): Interview | null {
  const isMarkedQuestion = (u: Unit) => (questionMark.test(u.text) || u.bullet !== null) && isQuestion(u.text);
  const questions: number[] = [];
  for (let i = from; i < units.length; i++) if (isMarkedQuestion(units[i] as Unit)) questions.push(i);
  if (questions.length < 2) return null;
  // each question is answered by a dash-marked paragraph right after it
  const answered = questions.filter((q) => answerMark.test(units[q + 1]?.text ?? ""));
  if (answered.length * 2 < questions.length || answered.length < 2) return null;
  const subject = notAsker(intervieweeBefore(units, from, questions[0] as number, lex), credits);
  const answers: Answers = new Map();
  let inAnswer = false;
  for (let i = questions[0] as number; i < units.length; i++) {
    const u = units[i] as Unit;
    if (isMarkedQuestion(u)) {
      inAnswer = true;
      continue;
    }
    // (the interviewer's credit under the last answer ends it)
    if (credits.lines.has(i)) inAnswer = false;
    if (!inAnswer) continue;
    answers.set(i, { text: u.text.replace(answerMark, ""), attribution: null, subject });
  }
  return { answers, questions: new Set(questions) };
}

/**
 * The person interviewed: the last person said to speak in the paragraphs before the first
 * question or answer ("Khalid Massa spoke to us …", "X sagte"), read in any script.
 */
function intervieweeBefore(units: readonly Unit[], from: number, to: number, lex: Lexicon, namesOnly = false): Subject | null {
  let found: Subject | null = null;
  for (let i = from; i < to; i++) {
    const text = (units[i] as Unit).text;
    const named = namedSpeakers(text, lex).at(-1);
    if (named) found = { text: named, kind: "name" };
    else if (!namesOnly && hasSpeechVerb(text, lex)) {
      for (const sentence of text.split(/(?<=[.!?؟。])\s+/u)) {
        const subject = hasSpeechVerb(sentence, lex) ? caselessSubject(sentence, lex) : null;
        if (subject) found = subject;
      }
    }
  }
  return found;
}

/** A paragraph that is one question of the interviewer: it ends with a question mark and opens with no quote mark or dash. */
const asked = (u: Unit) => isQuestion(u.text) && !/^[\p{Pi}\p{Pf}"'«»„“”‘’「『\p{Pd}]/u.test(u.text) && !/[“”«»„「」"]/u.test(u.text);
/** A short line without end punctuation (a link, a label, a box title): an answer never runs into it. */
const shortLabel = (u: Unit) => !/[.!?…。！？،؟।"”»)]$/u.test(u.text.trim()) && u.text.split(/\s+/u).length <= 8;

function askedAnswers(units: readonly Unit[], from: number, lex: Lexicon, author: string | null, credits: Credits): Interview | null {
  const questions: number[] = [];
  for (let i = from; i < units.length; i++) if (asked(units[i] as Unit)) questions.push(i);
  // a Q&A asks often: four questions or more, one paragraph in four from the first to the end
  // (an article with a few question crossheads asks less); three where the page says it is an
  // interview: the interviewer's credit, or the interview's label over the questions ("Cultura | Entrevista")
  const least = credits.lines.size > 0 || labelledAsInterview(units, questions[0] ?? 0) ? 3 : 4;
  if (questions.length < least || questions.length * 4 < units.length - (questions[0] as number)) return null;
  // each question answered by the paragraph after it, which is no question and no quote of someone named
  const answerAfter = (q: number) => {
    const next = units[q + 1];
    return next !== undefined && !asked(next) && !shortLabel(next) && !/^[“"«„「]/u.test(next.text);
  };
  const answered = questions.filter(answerAfter);
  if (answered.length < 3 || answered.length * 3 < questions.length * 2) return null;
  const reported = answered.filter((q) => namedSpeakers((units[q + 1] as Unit).text, lex).length > 0).length;
  if (reported * 3 > answered.length) return null;
  if (!addressed(units, questions, lex)) return null;
  const first = questions[0] as number;
  const isQ = new Set(questions);
  const run: number[] = [];
  let inAnswer = false;
  for (let i = first; i < units.length; i++) {
    const u = units[i] as Unit;
    if (isQ.has(i)) {
      inAnswer = answerAfter(i);
      continue;
    }
    if (!inAnswer || shortLabel(u) || credits.lines.has(i)) {
      inAnswer = false;
      continue;
    }
    run.push(i);
  }
  if (explains(units, run, lex)) return null;
  // a question put as a statement, between two paragraphs of answer, is the interviewer's turn
  const inRun = new Set(run);
  for (const i of run) {
    if (inRun.has(i - 1) && inRun.has(i + 1) && statedQuestion((units[i] as Unit).text, lex)) {
      inRun.delete(i);
      isQ.add(i);
    }
  }
  const subject = firstInterviewee(
    credits,
    () => labelledInterviewee(units, first),
    () => addressedPerson(units, questions, lex),
    () => nameOverQuote(units, first),
    () => intervieweeBefore(units, from, first, lex, true),
    () => firstPerson(units, from, first, lex, author, credits),
    () => intervieweeBefore(units, from, first, lex),
    () => honoured(units, 0, first),
  );
  const answers: Answers = new Map();
  for (const i of inRun) answers.set(i, { text: (units[i] as Unit).text, attribution: null, subject });
  return { answers, questions: isQ };
}

/**
 * A question put as a statement ("Your critics say the menu has hardly changed.", "Die Gewerkschaft
 * sagt, der Lohn sei zu niedrig.", "Su editorial dice que …"): one short sentence that reports what
 * others say or addresses the person asked. Asked only of a paragraph between two of an answer.
 */
function statedQuestion(text: string, lex: Lexicon): boolean {
  if (text.length > 200 || !/[.…]$/u.test(text) || /[.!?…]\s+\S/u.test(text.slice(0, -1)) || /^[\p{Pi}\p{Pf}"'«»„「『\p{Pd}]/u.test(text)) return false;
  if (hasSpeechVerb(text, lex)) return true;
  const words = addressWords[lex.lang ?? ""];
  if (!words) return false;
  for (const w of wordsOf(text)) if (words.has(w.toLocaleLowerCase())) return true;
  return false;
}

/**
 * An explainer, not an interview: among the answers someone is quoted by name ("“…,” said Priya
 * Nair", "« … », a expliqué Sophie Marin"), or one answer in four reports what someone said. An
 * interviewee answers in their own words; an explainer's question crossheads are answered by reporting.
 */
function explains(units: readonly Unit[], run: readonly number[], lex: Lexicon): boolean {
  let reported = 0;
  for (const i of run) {
    const text = (units[i] as Unit).text;
    if (namedSpeakers(text, lex).length === 0) continue;
    if (/^[\p{Pi}\p{Pf}"«»„「『]/u.test(text)) return true;
    reported++;
  }
  return reported * 4 > run.length;
}

/**
 * An interviewer addresses the person asked: in a language that prints its subject pronouns, one
 * question or more holds a word of address ("you", "Sie", "vous"). A reader's FAQ asks in no one's
 * name ("What is changing?", "Do I need to apply?"). Languages without such a list pass.
 */
function addressed(units: readonly Unit[], questions: readonly number[], lex: Lexicon): boolean {
  const words = addressWords[lex.lang ?? ""];
  if (!words) return true;
  return questions.some((q) => {
    for (const w of wordsOf((units[q] as Unit).text)) if (words.has(w.toLocaleLowerCase())) return true;
    return false;
  });
}

/** "Interview: Jana Weber", "Entrevista – Marta Ruiz", a line over the questions: the name after an interview's label. */
function labelledInterviewee(units: readonly Unit[], to: number): Subject | null {
  for (let i = 0; i < to; i++) {
    const m = /^([\p{L}\p{M}'’ ]{3,20}?)\s*[:：|–—-]\s*(\p{Lu}[\p{L}\p{M}.'’ -]{2,60})$/u.exec((units[i] as Unit).text.trim());
    if (m && interviewLabels.has((m[1] ?? "").trim().toLocaleLowerCase()) && (m[2] ?? "").split(" ").length <= 5) return { text: (m[2] ?? "").trim(), kind: "name" };
  }
  return null;
}

/**
 * "Lucía Ferrer: «Escribo de noche …»", "Klimaforscherin Jana Weber: „Wir haben …“": over the
 * questions (the headline), a full name, a colon and quoted words: the person who answers.
 */
function nameOverQuote(units: readonly Unit[], to: number): Subject | null {
  for (let i = 0; i < to; i++) {
    const text = (units[i] as Unit).text;
    const colon = text.search(/[:：]\s*[\p{Pi}\p{Pf}"'«»„「『]/u);
    if (colon < 3 || colon > 60) continue;
    const tokens = tokenize(text.slice(0, colon));
    for (let k = Math.max(0, tokens.length - 4); k <= tokens.length - 2; k++) {
      if (nameRunAt(tokens, k) === tokens.length - k) return { text: tokens.slice(k).map((t) => t.word).join(" "), kind: "name" };
    }
  }
  return null;
}

/**
 * The person the questions address by name ("Frau Roth, wie viele …?", "Ms Okafor, why …?",
 * "…, Herr Wendel?"): the full name the introduction gives with that surname, or the surname.
 */
function addressedPerson(units: readonly Unit[], questions: readonly number[], lex: Lexicon): Subject | null {
  const small = stopwordsOf(lex);
  for (const q of questions) {
    const tokens = tokenize((units[q] as Unit).text);
    // the address opens the question or closes it, set off by a comma: one to three name words
    let run: string[] | null = null;
    const opening = nameRunAt(tokens, 0, 3);
    if (opening >= 1 && tokens[opening - 1]?.after === "," && !small.has(tokens[0]?.lower ?? "")) run = tokens.slice(0, opening).map((t) => t.word);
    for (let k = Math.max(1, tokens.length - 3); !run && k < tokens.length; k++) {
      if (tokens[k - 1]?.after === "," && nameRunAt(tokens, k, 3) === tokens.length - k) run = tokens.slice(k).map((t) => t.word);
    }
    const surname = run?.at(-1);
    if (!run || !surname) continue;
    // the full name the introduction gives with that surname
    for (let i = 0; i < (questions[0] ?? 0); i++) {
      const inText = tokenize((units[i] as Unit).text);
      for (let k = 0; k < inText.length; k++) {
        const n = nameRunAt(inText, k);
        if (n >= 2 && inText[k + n - 1]?.word === surname && !small.has(inText[k]?.lower ?? "")) return { text: personName(joinWords(inText, k, n), lex), kind: "name" };
        if (n > 0) k += n - 1;
      }
    }
    // else the address as printed, without its title ("Frau Roth" → "Roth"); a first name alone says too little
    return run.length >= 2 ? { text: personName(run.join(" "), lex), kind: "name" } : null;
  }
  return null;
}

/** A short line over the questions that labels the page an interview ("Cultura | Entrevista", "Interview"). */
function labelledAsInterview(units: readonly Unit[], to: number): boolean {
  for (let i = 0; i < to; i++) {
    const text = (units[i] as Unit).text;
    if (text.length > 40 || /[.!?]$/u.test(text)) continue;
    const words = [...wordsOf(text.toLocaleLowerCase())];
    if (words.length <= 4 && words.some(labelWord)) return true;
  }
  return false;
}

/** In a script without spaces, the name right before an honorific ("漆職人・山口恵美さん" → 山口恵美). */
function honoured(units: readonly Unit[], from: number, to: number): Subject | null {
  for (let i = from; i < to; i++) {
    const text = (units[i] as Unit).text;
    for (const h of allHonorifics) {
      for (let at = text.indexOf(h); at > 0; at = text.indexOf(h, at + 1)) {
        const name = /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hangul}ー]{2,5}$/u.exec(text.slice(Math.max(0, at - 8), at))?.[0];
        const whole = name !== undefined && !/[\p{Script=Han}\p{Script=Katakana}\p{Script=Hangul}ー]/u.test(text.charAt(at - name.length - 1));
        if (name && whole) return { text: name, kind: "name" };
      }
    }
  }
  return null;
}

/** The first full name in the introduction that is not the byline's author: the person interviewed. */
function firstPerson(units: readonly Unit[], from: number, to: number, lex: Lexicon, author: string | null, credits: Credits): Subject | null {
  for (let i = from; i < to; i++) {
    const tokens = tokenize((units[i] as Unit).text);
    for (let k = 0; k < tokens.length; k++) {
      const n = nameRunAt(tokens, k);
      if (n < 2) continue;
      // (a small word capitalised at a sentence's start opens no name: "Drei Kitas im Landkreis …")
      if (stopwordsOf(lex).has(tokens[k]?.lower ?? "")) {
        k += n - 1;
        continue;
      }
      // (a possessive is no part of the name: "Amara Obi’s third novel")
      const person = personName(tokens.slice(k, k + n).map((t) => t.word).join(" "), lex).replace(/['’]s$/u, "");
      if ((!author || !author.toLocaleLowerCase().includes(person.toLocaleLowerCase())) && notAsker({ text: person, kind: "name" }, credits)) return { text: person, kind: "name" };
      k += n - 1;
    }
  }
  return null;
}

/** A word of an interview's label, or an inflected form of one ("Gespräch", "Haastattelun", "Interviews"). */
const labelWord = (word: string): boolean => {
  if (interviewLabels.has(word) || interviewerLabels.has(word)) return true;
  for (const label of interviewLabels) if (label.length >= 5 && word.startsWith(label) && word.length <= label.length + 3) return true;
  return false;
};
/** In a script without case, an interviewer's label and the name after it: "（聞き手・山田太郎）", "대담=김철수 기자". */
const caselessCredit = /^[（(［[]?\s*(\S{2,12}?)\s*[・:：=＝/／]\s*([^\s（）()［\]・:：=＝/／]{2,12}(?:\s[^\s（）()［\]]{1,6})?)\s*[）)］\]]?$/u;

/**
 * The interviewer's credit line, over or under the questions ("Interview by Daniel Price", "Das
 * Gespräch führte Thomas Berger.", "Entrevista de Pablo Serrano", "（聞き手・山田太郎）"): the name
 * of the person who asked, never the one who answers; null when `text` is no such line. A label
 * and a name alone ("Entrevista: Pablo Serrano", "Interview: Jana Weber") credit the interviewer only
 * under the answers (`under`): over the questions they name the person interviewed.
 */
export function interviewerCredit(text: string, under: boolean): string | null {
  const line = text.trim();
  if (line.length < 5 || line.length > 90) return null;
  const caseless = caselessCredit.exec(line);
  if (caseless && interviewerLabels.has((caseless[1] ?? "").toLocaleLowerCase())) return (caseless[2] ?? "").trim();
  const tokens = tokenize(line);
  if (tokens.length < 3 || tokens.length > 10) return null;
  // the line ends with a full name
  let at = -1;
  for (let k = Math.max(0, tokens.length - 4); k <= tokens.length - 2; k++) {
    if (nameRunAt(tokens, k) === tokens.length - k) {
      at = k;
      break;
    }
  }
  if (at < 1 || !/^\.?$/u.test(tokens.at(-1)?.after ?? "")) return null;
  const before = tokens.slice(0, at).map((t) => t.lower);
  if (!before.some(labelWord)) return null;
  const name = tokens.slice(at).map((t) => t.word).join(" ");
  if (before.some((w) => interviewerWords.has(w) || interviewerLabels.has(w))) return name;
  // "Entrevista: Pablo Serrano", "Interview – Daniel Price" under the answers
  return under && before.length === 1 && /^\s*[:：|–—-]/u.test(tokens[at - 1]?.after ?? "") ? name : null;
}
