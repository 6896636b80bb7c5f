/**
 * Subheads: a short line without a sentence's end (or ending in a colon or question mark), in
 * the body, that opens a section of the story: prose stands before it and right after it.
 * What else a short line between paragraphs can be, and how it is told from a heading by its
 * shape and its neighbours in any language: a page's label or player control before the story's
 * first sentence ("Transcript", "Why you can trust …", "1.0x"), a line over page furniture (a
 * gallery's title over its share menu), a line of digits, an interviewer's question.
 */
import { isAdLabel, isBoxTitleLine, isCommentsLabel, isNetworkName, isPromptLine, isSiteListLabel, isTagLabel } from "../lexicon/interface-words.js";
import { charLength, isLetter, isTableLetter, tableEnd } from "../lang/letters.js";
import { isProse, wordsOf } from "../lines/features.js";
import { spaceEndsSentences } from "../segments.js";
import { cutDateline, isBareName } from "./header.js";
import { isDataLine, isDataRun, readList } from "./list.js";
import { isNameAndRole } from "./name-role.js";
import { isKickerLine, isSpaced, pageLabel, proseBefore, seenBefore } from "./related.js";
import type { Unit } from "./units.js";

/** A sentence's or a clause's end in any script (Armenian ։, Ethiopic ። ፧, Khmer ។, Myanmar ။, Tibetan །). */
const sentenceEnd = /[.,;!…。．！，；、।॥؟۔։።፧។៕။།]["”’»」』)]*$/u;
/** A sentence's end inside a line, then a label of one to three words and a colon of any script, then more. */
const captionAndCredit = /[.!?。．！？։።។]\s+[^\s:：՝፦៖]+(?:\s+[^\s:：՝፦៖]+){0,2}\s*[:：՝፦៖]\s*\S/u;
/** "Label : words from a small letter": a label of one word, a colon of any script, the rest opening in lower case. */
const labelRunOn = /^([^\s:：]{2,30})\s?[:：]\s+\p{Ll}/u;
/** The line without the closing marks after its last word. */
const bareEnd = (text: string) => text.replace(/[\s»«”“"’‘'」』)\]]+$/u, "");
/** A short line that is one quotation ("«Mastergrad i rosinfingre»", "“郑重道歉”"): a heading that quotes, not a quote. */
export const quotedHeading = (text: string) => /^[“„»«"‘「『][^“”„«»"「」『』]+[”“»«"’」』]$/u.test(text) && wordsOf(text).length <= 8;

/** A line that opens with an arrow or a pictograph ("➡️ Follow … on WhatsApp", "👉 Siga o canal …", "▶ Watch"): the page's call to its reader, never a heading. */
const pointedLine = /^[\p{Extended_Pictographic}\u2190-\u21FF\u2794-\u27BF\u2B00-\u2B2F\u25B6\u25B8\u25BA]/u;

/** A line that reads as running text: it ends as a sentence, or is too long for anything else. */
function readsAsProse(text: string): boolean {
  if (/[.!?:;…。．！？：।॥؟۔։።፧។៕။།]["”’»」』)]*$/u.test(text)) return true;
  if (spaceEndsSentences.test(text)) return text.length >= 60;
  return wordsOf(text).length >= 20;
}


/** What is known of an article's lines once, for the checks below (kept per article, each line read once). */
interface ArticleFacts {
  /** How many times each line's text is printed. */
  printed: Map<string, number>;
  /** Whether the article's prose is written mostly in Latin letters (null: too few letters to say). */
  latin: boolean | null;
  /** Lines that are a question on their own, short of prose. */
  questions: number;
  /** Those questions with one line under them before the next question (a Q&A's turn: one answer). */
  turns: number;
}
const factsOf = new WeakMap<Unit[], ArticleFacts>();
const isQuestionLine = (text: string) => /[?？]["”’»」』)]*$/u.test(text) && !isProse(text);
function articleFacts(units: Unit[]): ArticleFacts {
  let facts = factsOf.get(units);
  if (facts) return facts;
  const printed = new Map<string, number>();
  let latin = 0;
  let letters = 0;
  let questions = 0;
  let turns = 0;
  let lastQuestion = -1;
  for (const [k, u] of units.entries()) {
    printed.set(u.text, (printed.get(u.text) ?? 0) + 1);
    if (isQuestionLine(u.text)) {
      questions++;
      if (lastQuestion >= 0 && k - lastQuestion === 2) turns++;
      lastQuestion = k;
    }
    if (!isProse(u.text)) continue;
    if (letters < 20_000) for (const m of u.text.matchAll(/\p{L}/gu)) {
      letters++;
      if (/\p{Script=Latin}/u.test(m[0])) latin++;
    }
  }
  facts = { printed, latin: letters < 200 ? null : latin * 10 >= letters * 7 ? true : latin * 10 <= letters * 3 ? false : null, questions, turns };
  factsOf.set(units, facts);
  return facts;
}

/** Whether a line is written in another script than the article's prose (a Latin label in a Korean story, a Cyrillic line in a French one). */
function otherScript(text: string, articleLatin: boolean | null): boolean {
  if (articleLatin === null) return false;
  let latin = 0;
  let letters = 0;
  for (const m of text.matchAll(/\p{L}/gu)) {
    letters++;
    if (/\p{Script=Latin}/u.test(m[0])) latin++;
  }
  if (letters < 3) return false;
  return articleLatin ? latin === 0 : latin === letters;
}

/** A page's label that no word list above the body caught ("Related topics", "Most read", "Comments"). */
const isInterfaceLabel = (text: string) => isTagLabel(text) || isSiteListLabel(text) || isBoxTitleLine(text) || isCommentsLabel(text);

/**
 * Whether the question at `i` is one of a Q&A's turns: one line of answer under it and the next
 * question right under that, or a question one answer above it.
 */
function answeredInTurn(units: Unit[], i: number): boolean {
  const turn = (q: number) => isQuestionLine(units[q]?.text ?? "") && !isQuestionLine(units[q + 1]?.text ?? "-") && readsAsProse(units[q + 1]?.text ?? "") && isQuestionLine(units[q + 2]?.text ?? "");
  return turn(i) || turn(i - 2);
}

/** How many question lines make the article a Q&A, whose questions are the interviewer's, not headings. */
const QA_QUESTIONS = 4;

/**
 * Whether the short line at `k` ends a block of lines printed together that holds a sentence (a
 * caption over its "Credit" label and name): the end of a figure, under which a heading may stand.
 */
function endsFigure(units: Unit[], k: number): boolean {
  // (in copy printed without blank lines every line is printed together: nothing tells a figure's lines from a list's)
  if (!isSpaced(units)) return false;
  for (let m = k; m > k - 3 && m > 0; m--) {
    if ((units[m] as Unit).afterBlank) return false;
    if (readsAsProse((units[m - 1] as Unit).text)) return true;
  }
  return false;
}

/** Whether line `k` is a line of a list without bullets: it ends no sentence, is shorter than prose and is no element's end (a caption, a fact box's row, a name with a role). */
function inRun(units: Unit[], k: number, endsElement: (u: Unit) => boolean): boolean {
  const u = units[k];
  return u !== undefined && u.bullet === null && !readsAsProse(u.text) && !isProse(u.text) && !endsElement(u) && !isDataLine(u.text) && !isNameAndRole(u.text, units) && wordsOf(u.text).length <= 24;
}

/** The fewest words of the body text under a heading (fewer: a credit, a label or a caption's sentence). */
const BODY_MIN_WORDS = 6;

/** The longest question that is still a heading ("AfD rośnie w siłę. Kto będzie rządził w Niemczech?"); longer, an interviewer's. */
const QUESTION_MAX_WORDS = 10;

/** Why line `i` is a subhead, in words for `--explain`, or null when it is not one. */
export function subheadWhy(units: Unit[], i: number, inBody: boolean, dropped: (u: Unit) => boolean, endsElement: (u: Unit) => boolean = dropped): string | null {
  const u = units[i];
  if (!u || !inBody || u.bullet !== null) return null;
  const words = wordsOf(u.text);
  // (a heading that a table of contents above lists may be as long as a headline)
  const listed = seenBefore(units, i);
  const above = units[i - 1];
  if (listed ? words.length > 24 || u.text.length > 160 : words.length > 14 || u.text.length > 90) return null;
  // a heading opens a section of prose (the tests below): asked first, as most short lines of a list,
  // a table or a column of words have none under them (a cheap test before the rules that read neighbours)
  let j = i + 1;
  while (j < units.length && dropped(units[j] as Unit)) j++;
  const next = units[j];
  if (j - i - 1 >= 2 || next === undefined || !readsAsProse(next.text) || wordsOf(next.text).length < BODY_MIN_WORDS) return null;
  // a sentence's end in any script (。 ！ ， । ؟ ۔ ።), before closing marks or not, is not a heading's
  if (sentenceEnd.test(bareEnd(u.text)) || /^[–—―-]\s/u.test(u.text)) return null;
  // a sentence, then a label and its colon ("… კენტრონში. ფოტო: ინტერპრესნიუსი", "…։ Լուսანկარը՝ Արմենպրես"): a caption and its credit
  if (captionAndCredit.test(u.text)) return null;
  // a word of the page, its colon, then words that run on from a small letter ("Vidéo : les enseignants rassemblés …",
  // "Vídeo: los vecinos …"): a player's label and its caption; a heading's topic before its colon is the story's ("Retraites : ce qui change")
  const label = u.text.includes(":") || u.text.includes("：") ? labelRunOn.exec(u.text) : null;
  if (label && wordsOf(label[1] ?? "").length === 1 && pageLabel(units, i, label[1])) return null;
  // (in a script that parts sentences with a space, Thai, a line as long as a sentence is one)
  if (spaceEndsSentences.test(u.text) && u.text.length >= 60) return null;
  // a line that opens with an arrow or a pictograph, or with a call to click or to get the app, speaks to the reader: the page's, not a heading
  if (pointedLine.test(u.text) || isPromptLine(u.text, words.length)) return null;
  // "Siga o canal do Jornal no WhatsApp", "Follow us on Telegram": a line that ends on a network's name the story's prose never names is the page's call to follow it
  if (isNetworkName(words.at(-1) ?? "") && pageLabel(units, i, words.at(-1))) return null;
  // a line of digits ("1.0x", "00:00", "3/5") is a player's or a table's, not a heading
  if (!/\p{L}\p{M}*\p{L}/u.test(u.text) || moreDigitsThanLetters(u.text)) return null;
  // a count and one word ("12 Bilder", "8 photos", "24 фото", "(5 Kommentare)") is a gallery's or a thread's counter: a heading
  // names its section in more than a count (a numbered heading has its mark and its words: "1. Warum die Preise steigen")
  if (/^\(?\p{N}{1,3}\s+[\p{L}\p{M}]+\)?$/u.test(u.text)) return null;
  // a long question is an interviewer's, a paragraph (spec: questions stay paragraphs)
  if (/[?？]["”’»」』)]*$/u.test(u.text) && words.length > QUESTION_MAX_WORDS) return null;
  // a line printed right under a label of one to three words, the label set apart above it, is
  // the label's element (a teaser under its section, a caption under its credit), not a heading
  // (in copy printed without blank lines, the label is the label where prose stands above it)
  // (an ad's label dropped above, "Anzeige", "广告", labels the ad that was there, not the line under it)
  if (above !== undefined && words.length >= 5 && isKickerLine(above) && !(dropped(above) && isAdLabel(above.text)) && (isSpaced(units) ? !u.afterBlank && above.afterBlank : isProse(units[i - 2]?.text ?? ""))) return null;
  // a heading stands under body text (or under an element: a figure, the page's noise), not under another short line standing alone
  let k = i - 1;
  while (k >= 0 && dropped(units[k] as Unit)) k--;
  const over = units[k];
  // (a pull quote's attribution, "Name, role", ends an element too, and so does a fact box's or a timetable's last row)
  if (over !== undefined && proseBefore(units, i) && !readsAsProse(over.text) && !endsElement(over) && wordsOf(over.text).length < BODY_MIN_WORDS && !endsFigure(units, k) && !isNameAndRole(over.text, units) && !isDataLine(over.text)) return null;
  // (nor under the last two of a run of lines that end no sentence, a list's items without bullets: "Закрыть форточки …" /
  // "Звонить по номеру 112, если …" over "Работы будут вести круглосуточно": the list's last item)
  // (a timeline's or a table's rows end an element: "Monday 1 December: roads closed" over "Tuesday 2 December: water falls")
  if (!listed && over !== undefined && proseBefore(units, i) && inRun(units, k, endsElement) && inRun(units, k - 1, endsElement) && !endsFigure(units, k) && !isDataRun([(units[k - 1] as Unit).text, over.text])) return null;
  // a row under a row ("13:00 Roads reopen" under "8:00 Mass start") is the table's, not a heading
  // (the rows above may have been dropped as the page's: the row printed right above tells too)
  if (isDataLine(u.text) && ((over !== undefined && isDataLine(over.text)) || (above !== undefined && isDataLine(above.text)))) return null;
  const facts = articleFacts(units);
  // a line printed twice (an image's alt text over its caption, a teaser shown again) is not a heading, unless a contents list above lists it
  if (!listed && (facts.printed.get(u.text) ?? 0) > 1) return null;
  // a line in another script than the story's is a page's label or a caption's alt text, not a heading of the story
  if (otherScript(u.text, facts.latin)) return null;
  // a page's label, a name with a role after a comma, and a Q&A's questions are not headings
  if (isInterfaceLabel(u.text) || isNameAndRole(u.text, units)) return null;
  // (an explainer's questions are headings: most of them open a section of two paragraphs or more, where an
  // interviewer's question is over one answer, "¿Quién tiene derecho a cobrarlo?" / two paragraphs / "¿Cuánto …?")
  const sections = facts.questions >= 3 && facts.turns * 2 < facts.questions - 1;
  if (!sections && facts.questions >= QA_QUESTIONS && isQuestionLine(u.text) && words.length > 4) return null;
  // a question over one answer, then the next question ("Who pays?" / one paragraph / "When will the roads open?"): a Q&A's, not a heading
  if (!sections && isQuestionLine(u.text) && answeredInTurn(units, i)) return null;
  // "The paper reported on the closing argument:" over a quote leads into it; it is not a heading
  const leadIn = /[:：]$/u.test(u.text);
  // a line in quotation marks is a quote, unless it is an ALL CAPS crosshead ("‘WE WERE NOT ASKED’")
  if (/^[“„»«"‘]/u.test(u.text) && u.text !== u.text.toLocaleUpperCase() && !quotedHeading(u.text)) return null;
  // a heading sits closer to its section than to the line before it: the last of a run of short
  // lines printed together (teasers, links, labels) and set apart from what follows belongs to
  // the run, not to the prose under it (a caption, a credit or noise above it ends another element;
  // before the story's first sentence the header's lines are read by the header's rules)
  if (!u.afterBlank && units[i + 1]?.afterBlank === true && proseBefore(units, i) && above !== undefined && isSpaced(units) && !endsElement(above) && !sentenceEnd.test(bareEnd(above.text)) && !/[?？:：]$/u.test(bareEnd(above.text)) && wordsOf(above.text).length <= 24) return null;
  // a name under a name ("Per Olav Lien" under "Ingrid Berge") ends a list of names, not a heading
  if (isBareName(u.text) && above !== undefined && isBareName(above.text)) return null;
  // a heading is right over its section: a line over two or more lines of page furniture (a
  // gallery's title over "Read more" and a share menu, a player's label over its times) is not one
  // (tested above, with the next rule: j - i - 1 >= 2)
  // a heading opens a section of prose: the next line reads as a sentence (a headline list in
  // the page's tail, "Most viewed", a menu, is followed by more short lines; tested above, first)
  // a paragraph broken by the copy: its first words on one line, the rest (from a small letter) on the next
  // (Georgian's Mkhedruli letters are all small: a paragraph of a caseless script opens with one)
  if (/^(?!\p{Script=Georgian})\p{Ll}/u.test(next.text)) return null;
  // an image's alt text over its caption: the caption repeats or opens with the same words
  if (next.text.startsWith(u.text) || endsElement(next)) return null;
  // "DALLA NOSTRA CORRISPONDENTE" over "NEW YORK - …": a line in capitals over a dateline is the dateline's formula, not a heading
  if (u.text === u.text.toLocaleUpperCase() && /\p{Lu}/u.test(u.text) && cutDateline(next.text).dateline !== null) return null;
  if (leadIn && /^[“„»«"‘'「『–—―-]/u.test(next.text)) return null;
  // "The city will:" over a list introduces the list; it is not a heading
  if (u.text.endsWith(":") && readList(units, j, true) !== null) return null;
  return listed ? "subhead: listed in a contents list above, over prose" : `subhead: ${words.length} words, no sentence end, between prose`;
}

/** Whether line `i` is a subhead (see `subheadWhy`). */
export const isSubhead = (units: Unit[], i: number, inBody: boolean, dropped: (u: Unit) => boolean, endsElement?: (u: Unit) => boolean): boolean =>
  subheadWhy(units, i, inBody, dropped, endsElement) !== null;

/** Whether digits are more than half a line's letters (counted only when it has a digit). */
function moreDigitsThanLetters(text: string): boolean {
  const digits = text.match(/\p{N}/gu)?.length ?? 0;
  return digits > 0 && digits * 2 > lettersUpTo(text, digits * 2);
}

/** The letters (`\p{L}`) of `text`, counted up to `enough` (no match object per letter: every short line of the body is asked). */
function lettersUpTo(text: string, enough: number): number {
  let letters = 0;
  for (let k = 0; k < text.length && letters < enough; k++) {
    const code = text.charCodeAt(k);
    if (code < tableEnd) {
      if (isTableLetter(code)) letters++;
      continue;
    }
    const length = charLength(text, k);
    if (isLetter(length === 1 ? (text[k] as string) : text.slice(k, k + 2))) letters++;
    k += length - 1;
  }
  return letters;
}
